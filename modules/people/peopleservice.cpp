#include "peopleservice.h"

#include "auditlog.h"
#include "query.h"
#include "servicelayer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

namespace Steward::People {

namespace {

const QString kUserColumns =
    QStringLiteral("SELECT id, email, first_name, last_name, status, city, country, created_at, "
                   "version, status_reason, suspended_until, age_verified, email_verified, "
                   "tos_accepted, marketplace_verified, updated_at FROM users ");

QJsonObject userSummary(Query &row)
{
    return QJsonObject{{QStringLiteral("id"), row.value(0).toLongLong()},
                       {QStringLiteral("email"), row.value(1).toString()},
                       {QStringLiteral("first_name"), row.value(2).toString()},
                       {QStringLiteral("last_name"), row.value(3).toString()},
                       {QStringLiteral("status"), row.value(4).toString()},
                       {QStringLiteral("city"), row.value(5).toString()},
                       {QStringLiteral("country"), row.value(6).toString()},
                       {QStringLiteral("created_at"), row.value(7).toLongLong()},
                       {QStringLiteral("version"), row.value(8).toLongLong()}};
}

QJsonObject loadUser(const QSqlDatabase &db, qint64 id)
{
    Query row(db, kUserColumns + QStringLiteral("WHERE id = ?"), {id});
    if (!row.next())
        throw Error::notFound(QStringLiteral("user %1 does not exist").arg(id));
    QJsonObject user = userSummary(row);
    user.insert(QStringLiteral("status_reason"), row.value(9).toString());
    user.insert(QStringLiteral("suspended_until"), row.value(10).toLongLong());
    user.insert(QStringLiteral("age_verified"), row.value(11).toBool());
    user.insert(QStringLiteral("email_verified"), row.value(12).toBool());
    user.insert(QStringLiteral("tos_accepted"), row.value(13).toBool());
    user.insert(QStringLiteral("marketplace_verified"), row.value(14).toBool());
    user.insert(QStringLiteral("updated_at"), row.value(15).toLongLong());
    return user;
}

void appendRange(QJsonArray &out, QSet<qint64> &seen, const QSqlDatabase &db, const QString &column,
                 const QString &prefix, qint64 limit)
{
    // The column comes from a fixed list in search(); values are bound.
    Query rows(db,
               kUserColumns +
                   QStringLiteral("WHERE %1 >= ? AND %1 < ? ORDER BY %1, id LIMIT ?").arg(column),
               {prefix, prefixUpperBound(prefix), limit});
    while (rows.next() && out.size() < limit) {
        const qint64 id = rows.value(0).toLongLong();
        if (!seen.contains(id)) {
            seen.insert(id);
            out << userSummary(rows);
        }
    }
}

QJsonValue search(CommandContext &ctx)
{
    const QString text = ctx.requireString(QStringLiteral("text")).simplified().toLower();
    const qint64 limit =
        std::clamp<qint64>(ctx.optionalInteger(QStringLiteral("limit"), 50), 1, 500);
    if (text.size() > 200)
        throw Error::badInput(QStringLiteral("search text is longer than 200 characters"));
    QJsonArray result;
    QSet<qint64> seen;
    static const QRegularExpression digits(QStringLiteral("^#?(\\d{1,18})$"));
    if (const auto match = digits.match(text); match.hasMatch()) {
        Query row(ctx.db(), kUserColumns + QStringLiteral("WHERE id = ?"),
                  {match.captured(1).toLongLong()});
        if (row.next()) {
            seen.insert(row.value(0).toLongLong());
            result << userSummary(row);
        }
    }
    if (text.contains(QLatin1Char('@'))) {
        appendRange(result, seen, ctx.db(), QStringLiteral("email"), text, limit);
    } else {
        appendRange(result, seen, ctx.db(), QStringLiteral("name_key"), text, limit);
        if (result.size() < limit)
            appendRange(result, seen, ctx.db(), QStringLiteral("last_name_key"), text, limit);
        if (result.size() < limit)
            appendRange(result, seen, ctx.db(), QStringLiteral("email"), text, limit);
    }
    return result;
}

QJsonValue listPage(CommandContext &ctx)
{
    const qint64 limit =
        std::clamp<qint64>(ctx.optionalInteger(QStringLiteral("limit"), 200), 1, 1000);
    const QString status = ctx.optionalString(QStringLiteral("status"));
    static const QStringList statuses = {QStringLiteral("active"), QStringLiteral("suspended"),
                                         QStringLiteral("banned"), QStringLiteral("deleted")};
    if (!status.isEmpty() && !statuses.contains(status))
        throw Error::badInput(QStringLiteral("unknown status '%1'").arg(status));
    const QString afterKey = ctx.optionalString(QStringLiteral("after_name_key"));
    const qint64 afterId = ctx.optionalInteger(QStringLiteral("after_id"), 0);

    // Keyset paging on (name_key, id): each page starts where the last one ended, so page N
    // costs the same as page 1.
    QString sql = QStringLiteral("SELECT id, email, first_name, last_name, status, city, country, "
                                 "created_at, version, name_key FROM users WHERE ");
    QVariantList values;
    if (!status.isEmpty()) {
        sql += QStringLiteral("status = ? AND ");
        values << status;
    }
    sql +=
        QStringLiteral("(name_key > ? OR (name_key = ? AND id > ?)) ORDER BY name_key, id LIMIT ?");
    values << afterKey << afterKey << afterId << limit;
    Query rows(ctx.db(), sql, values);
    QJsonArray result;
    QString lastKey;
    qint64 lastId = 0;
    while (rows.next()) {
        result << userSummary(rows);
        lastKey = rows.value(9).toString();
        lastId = rows.value(0).toLongLong();
    }
    return QJsonObject{{QStringLiteral("rows"), result},
                       {QStringLiteral("next_name_key"), lastKey},
                       {QStringLiteral("next_id"), lastId},
                       {QStringLiteral("has_more"), result.size() == limit}};
}

QJsonValue personView(CommandContext &ctx)
{
    const qint64 id = ctx.requireId(QStringLiteral("id"));
    QJsonObject person = loadUser(ctx.db(), id);
    Query roles(ctx.db(),
                QStringLiteral("SELECT role, status, since_at FROM user_roles WHERE user_id = ? "
                               "ORDER BY role"),
                {id});
    QJsonArray roleList;
    while (roles.next())
        roleList << QJsonObject{{QStringLiteral("role"), roles.value(0).toString()},
                                {QStringLiteral("status"), roles.value(1).toString()},
                                {QStringLiteral("since_at"), roles.value(2).toLongLong()}};
    person.insert(QStringLiteral("roles"), roleList);

    Query history(ctx.db(),
                  QStringLiteral("SELECT seq, at, actor, command, reason FROM audit_log "
                                 "WHERE target_type = 'user' AND target_id = ? "
                                 "ORDER BY seq DESC LIMIT 50"),
                  {QString::number(id)});
    QJsonArray entries;
    while (history.next())
        entries << QJsonObject{{QStringLiteral("seq"), history.value(0).toLongLong()},
                               {QStringLiteral("at"), history.value(1).toLongLong()},
                               {QStringLiteral("actor"), history.value(2).toString()},
                               {QStringLiteral("command"), history.value(3).toString()},
                               {QStringLiteral("reason"), history.value(4).toString()}};
    person.insert(QStringLiteral("history"), entries);
    return person;
}

/** "already changed by X at T": who last touched the user, for the operator who lost a race. */
Error staleVersion(const QSqlDatabase &db, qint64 id)
{
    return AuditLog::staleVersion(db, QStringLiteral("user"), QString::number(id),
                                  QStringLiteral("user %1").arg(id));
}

QJsonValue changeStatus(CommandContext &ctx, bool suspend)
{
    const qint64 id = ctx.requireId(QStringLiteral("id"));
    const QString reason = ctx.requireString(QStringLiteral("reason"));
    const qint64 version = ctx.requireVersion();
    const qint64 days = suspend ? ctx.optionalInteger(QStringLiteral("days"), 0) : 0;
    if (days < 0 || days > 3650)
        throw Error::badInput(
            QStringLiteral("suspension length must be 0 (indefinite) to 3650 days"));
    const QJsonObject before = loadUser(ctx.db(), id);
    // The version is checked first: an operator who lost a race learns who won, rather than
    // that the state has moved on.
    if (before.value(QStringLiteral("version")).toInteger() != version)
        throw staleVersion(ctx.db(), id);
    const QString status = before.value(QStringLiteral("status")).toString();
    if (suspend && status != QLatin1String("active"))
        throw Error::conflict(QStringLiteral("user %1 is %2, not active").arg(id).arg(status));
    if (!suspend && status != QLatin1String("suspended"))
        throw Error::conflict(QStringLiteral("user %1 is %2, not suspended").arg(id).arg(status));
    const qint64 until = days > 0 ? ctx.now() + days * 24 * 3600 * 1000 : 0;

    Query update(ctx.db(),
                 QStringLiteral("UPDATE users SET status = ?, status_reason = ?, "
                                "suspended_until = ?, updated_at = ?, version = version + 1 "
                                "WHERE id = ? AND version = ?"),
                 {suspend ? QStringLiteral("suspended") : QStringLiteral("active"),
                  suspend ? reason : QString(),
                  until > 0 ? QVariant(until) : QVariant(QMetaType::fromType<qint64>()), ctx.now(),
                  id, version});
    // Another console may have committed between the read above and this update (PostgreSQL
    // runs them concurrently): the conditional update is the real guard.
    if (update.rowsAffected() == 0)
        throw staleVersion(ctx.db(), id);
    const QJsonObject after = loadUser(ctx.db(), id);
    ctx.audit({QStringLiteral("user"), QString::number(id), before, after, reason});
    QJsonObject payload{{QStringLiteral("userId"), id}, {QStringLiteral("reason"), reason}};
    if (until > 0)
        payload.insert(QStringLiteral("until"), until);
    ctx.emitEvent(suspend ? QStringLiteral("user:suspended") : QStringLiteral("user:reinstated"),
                  QStringLiteral("user"), QString::number(id), payload);
    return after;
}

} // namespace

QString prefixUpperBound(const QString &prefix)
{
    return prefix + QChar(0xFFFF);
}

void setupPeopleService(ServiceLayer &services)
{
    CommandBus &bus = services.bus();
    bus.add({QStringLiteral("people.search"),
             Permission::PeopleView,
             QStringLiteral("Find users by email, name or id: text, limit"),
             false,
             {},
             search});
    bus.add({QStringLiteral("people.list"),
             Permission::PeopleView,
             QStringLiteral("Users by name, paged by key: status, after_name_key, after_id, limit"),
             false,
             {},
             listPage});
    bus.add({QStringLiteral("people.get"),
             Permission::PeopleView,
             QStringLiteral("A person's identity, roles across services, status and history: id"),
             false,
             {},
             personView});
    bus.add({QStringLiteral("people.suspend"),
             Permission::PeopleSuspend,
             QStringLiteral("Suspend a user: id, version, reason, days (0 = until reinstated)"),
             true,
             {},
             [](CommandContext &ctx) { return changeStatus(ctx, true); }});
    bus.add({QStringLiteral("people.reinstate"),
             Permission::PeopleSuspend,
             QStringLiteral("Reinstate a suspended user: id, version, reason"),
             true,
             {},
             [](CommandContext &ctx) { return changeStatus(ctx, false); }});
}

} // namespace Steward::People
