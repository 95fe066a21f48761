#include "moderationcommands.h"
#include "moderationrecords.h"

#include "query.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Steward::Moderation {

namespace {

QJsonObject preferencesOf(const QSqlDatabase &db, qint64 operatorId)
{
    Query row(db,
              QStringLiteral("SELECT blur_images, version FROM moderation_preferences "
                             "WHERE operator_id = ?"),
              {operatorId});
    if (!row.next())
        return QJsonObject{{QStringLiteral("blur_images"), true}, {QStringLiteral("version"), 0}};
    return QJsonObject{{QStringLiteral("blur_images"), row.value(0).toBool()},
                       {QStringLiteral("version"), row.value(1).toLongLong()}};
}

qint64 requireOperator(CommandContext &ctx)
{
    if (ctx.principal().operatorId <= 0)
        throw Error::badInput(QStringLiteral("preferences belong to an operator; call them with "
                                             "--as <operator>"));
    return ctx.principal().operatorId;
}

} // namespace

namespace Commands {

QJsonValue policies(CommandContext &ctx)
{
    Query rows(ctx.db(),
               QStringLiteral("SELECT code, title, description, default_severity, strike_weight, "
                              "is_active, version FROM policy_reasons ORDER BY title, code"));
    QJsonArray list;
    while (rows.next())
        list << Policy{rows.value(0).toString(),  rows.value(1).toString(),
                       rows.value(2).toString(),  rows.value(3).toString(),
                       rows.value(4).toInt(),     rows.value(5).toBool(),
                       rows.value(6).toLongLong()}
                    .toJson();
    return QJsonObject{{QStringLiteral("policies"), list}};
}

QJsonValue policySave(CommandContext &ctx)
{
    const QString code = ctx.requireString(QStringLiteral("code"));
    static const QRegularExpression codePattern(QStringLiteral("^[a-z][a-z0-9_]{1,39}$"));
    if (!codePattern.match(code).hasMatch())
        throw Error::badInput(QStringLiteral("a policy code is 2 to 40 lowercase letters, digits "
                                             "or underscores, starting with a letter"));
    const QString title = ctx.requireString(QStringLiteral("title"));
    const QString description = ctx.requireString(QStringLiteral("description"));
    if (title.size() > 80 || description.size() > 1000)
        throw Error::badInput(
            QStringLiteral("the title is limited to 80 characters, the description to 1000"));
    const QString severity = ctx.requireString(QStringLiteral("default_severity"));
    if (!severities().contains(severity))
        throw Error::badInput(QStringLiteral("unknown severity '%1'").arg(severity));
    const qint64 weight = ctx.optionalInteger(QStringLiteral("strike_weight"), -1);
    if (weight < 0 || weight > 10)
        throw Error::badInput(QStringLiteral("strike_weight must be from 0 to 10"));
    const bool active = ctx.optionalBool(QStringLiteral("is_active"), true);
    const QJsonValue versionValue = ctx.params().value(QStringLiteral("version"));
    const std::optional<Policy> existing = findPolicy(ctx.db(), code);

    if (versionValue.isUndefined() || versionValue.isNull()) {
        if (existing)
            throw Error::conflict(
                QStringLiteral("policy '%1' already exists; pass its version to change it")
                    .arg(code));
        Query(ctx.db(),
              QStringLiteral("INSERT INTO policy_reasons (code, title, description, "
                             "default_severity, strike_weight, is_active) "
                             "VALUES (?, ?, ?, ?, ?, ?)"),
              {code, title, description, severity, weight, active});
    } else {
        const qint64 version = ctx.requireVersion();
        if (!existing)
            throw Error::notFound(QStringLiteral("policy '%1' does not exist").arg(code));
        if (existing->version != version)
            throw staleVersion(ctx.db(), QStringLiteral("policy_reason"), code,
                               QStringLiteral("policy '%1'").arg(code));
        Query update(ctx.db(),
                     QStringLiteral("UPDATE policy_reasons SET title = ?, description = ?, "
                                    "default_severity = ?, strike_weight = ?, is_active = ?, "
                                    "version = version + 1 WHERE code = ? AND version = ?"),
                     {title, description, severity, weight, active, code, version});
        if (update.rowsAffected() == 0)
            throw staleVersion(ctx.db(), QStringLiteral("policy_reason"), code,
                               QStringLiteral("policy '%1'").arg(code));
    }
    const Policy after = *findPolicy(ctx.db(), code);
    ctx.audit({QStringLiteral("policy_reason"), code,
               existing ? QJsonValue(existing->toJson()) : QJsonValue(), after.toJson(),
               existing ? QStringLiteral("policy changed") : QStringLiteral("policy added")});
    return after.toJson();
}

QJsonValue ladder(CommandContext &ctx)
{
    return loadLadder(ctx.db()).toJson();
}

QJsonValue ladderSave(CommandContext &ctx)
{
    const qint64 version = ctx.requireVersion();
    Ladder ladder = Ladder::fromJson(ctx.params());
    const Ladder before = loadLadder(ctx.db());
    QJsonObject stored = ladder.toJson();
    stored.remove(QStringLiteral("version"));
    const QString value = QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact));
    Query update(ctx.db(),
                 QStringLiteral("UPDATE app_settings SET value = ?, updated_at = ?, "
                                "version = version + 1 WHERE key = ? AND version = ?"),
                 {value, ctx.now(), kLadderKey, version});
    if (update.rowsAffected() == 0)
        throw staleVersion(ctx.db(), QStringLiteral("setting"), kLadderKey,
                           QStringLiteral("the strike ladder"));
    const Ladder after = loadLadder(ctx.db());
    ctx.audit({QStringLiteral("setting"), kLadderKey, before.toJson(), after.toJson(),
               QStringLiteral("strike ladder changed")});
    return after.toJson();
}

QJsonValue preferences(CommandContext &ctx)
{
    return preferencesOf(ctx.db(), requireOperator(ctx));
}

QJsonValue preferencesSave(CommandContext &ctx)
{
    const qint64 operatorId = requireOperator(ctx);
    const QJsonValue blur = ctx.params().value(QStringLiteral("blur_images"));
    if (!blur.isBool())
        throw Error::badInput(
            QStringLiteral("parameter 'blur_images' is required (true or false)"));
    const QJsonObject before = preferencesOf(ctx.db(), operatorId);
    const qint64 current = before.value(QStringLiteral("version")).toInteger();
    const QJsonValue versionValue = ctx.params().value(QStringLiteral("version"));
    if (!versionValue.isUndefined() && !versionValue.isNull() &&
        ctx.optionalInteger(QStringLiteral("version"), -1) != current)
        throw Error::conflict(QStringLiteral("your moderation preferences were changed in another "
                                             "console; reload them"));
    if (current == 0) {
        Query(ctx.db(),
              QStringLiteral("INSERT INTO moderation_preferences (operator_id, blur_images, "
                             "updated_at) VALUES (?, ?, ?)"),
              {operatorId, blur.toBool(), ctx.now()});
    } else {
        Query(ctx.db(),
              QStringLiteral("UPDATE moderation_preferences SET blur_images = ?, updated_at = ?, "
                             "version = version + 1 WHERE operator_id = ?"),
              {blur.toBool(), ctx.now(), operatorId});
    }
    const QJsonObject after = preferencesOf(ctx.db(), operatorId);
    ctx.audit({QStringLiteral("moderation_preferences"), QString::number(operatorId), before, after,
               QStringLiteral("preferences changed")});
    return after;
}

} // namespace Commands

} // namespace Steward::Moderation
