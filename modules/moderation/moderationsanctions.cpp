#include "moderationsanctions.h"

#include "query.h"

namespace Steward::Moderation {

Sanction Sanction::stronger(const Sanction &a, const Sanction &b)
{
    if (a.kind != b.kind)
        return a.kind > b.kind ? a : b;
    return a.days >= b.days ? a : b;
}

QJsonObject userState(const QSqlDatabase &db, qint64 userId)
{
    Query row(db,
              QStringLiteral("SELECT status, status_reason, suspended_until, version FROM users "
                             "WHERE id = ?"),
              {userId});
    if (!row.next())
        throw Error::notFound(QStringLiteral("user %1 does not exist").arg(userId));
    return QJsonObject{{QStringLiteral("id"), userId},
                       {QStringLiteral("status"), row.value(0).toString()},
                       {QStringLiteral("status_reason"), stringOrNull(row.value(1))},
                       {QStringLiteral("suspended_until"), integerOrNull(row.value(2))},
                       {QStringLiteral("version"), row.value(3).toLongLong()}};
}

namespace {

void setStatus(CommandContext &ctx, qint64 userId, const QString &status, const QVariant &reason,
               const QVariant &until)
{
    Query(ctx.db(),
          QStringLiteral("UPDATE users SET status = ?, status_reason = ?, suspended_until = ?, "
                         "updated_at = ?, version = version + 1 WHERE id = ?"),
          {status, reason, until, ctx.now(), userId});
}

} // namespace

QJsonObject applySanction(CommandContext &ctx, Effects &effects, qint64 userId,
                          const Sanction &sanction, const QString &reason)
{
    const QJsonObject before = userState(ctx.db(), userId);
    if (sanction.kind == Sanction::None)
        return before;
    const QString status = before.value(QStringLiteral("status")).toString();
    if (status == QLatin1String("banned") || status == QLatin1String("deleted"))
        return before;
    const qint64 until = ctx.now() + sanction.days * kDay;
    if (sanction.kind == Sanction::Suspend && status == QLatin1String("suspended")) {
        const QJsonValue current = before.value(QStringLiteral("suspended_until"));
        if (current.isNull() || current.toInteger() >= until)
            return before;
    }
    const bool ban = sanction.kind == Sanction::Ban;
    setStatus(ctx, userId, ban ? QStringLiteral("banned") : QStringLiteral("suspended"), reason,
              ban ? QVariant(QMetaType::fromType<qint64>()) : QVariant(until));
    const QJsonObject after = userState(ctx.db(), userId);
    effects.audit({QStringLiteral("user"), QString::number(userId), before, after, reason});
    QJsonObject payload{{QStringLiteral("userId"), userId}, {QStringLiteral("reason"), reason}};
    if (!ban)
        payload.insert(QStringLiteral("until"), until);
    effects.emitEvent(ban ? QStringLiteral("user:banned") : QStringLiteral("user:suspended"),
                      QStringLiteral("user"), QString::number(userId), payload);
    return after;
}

QJsonObject reinstate(CommandContext &ctx, Effects &effects, qint64 userId, const QString &reason)
{
    const QJsonObject before = userState(ctx.db(), userId);
    const QString status = before.value(QStringLiteral("status")).toString();
    if (status != QLatin1String("suspended") && status != QLatin1String("banned"))
        return before;
    setStatus(ctx, userId, QStringLiteral("active"), QVariant(QMetaType::fromType<QString>()),
              QVariant(QMetaType::fromType<qint64>()));
    const QJsonObject after = userState(ctx.db(), userId);
    effects.audit({QStringLiteral("user"), QString::number(userId), before, after, reason});
    effects.emitEvent(QStringLiteral("user:reinstated"), QStringLiteral("user"),
                      QString::number(userId),
                      {{QStringLiteral("userId"), userId}, {QStringLiteral("reason"), reason}});
    return after;
}

int activeStrikeWeight(const QSqlDatabase &db, qint64 userId, qint64 now)
{
    return Query::scalar(db,
                         QStringLiteral("SELECT COALESCE(sum(weight), 0) FROM strikes "
                                        "WHERE user_id = ? AND revoked_at IS NULL "
                                        "AND (expires_at IS NULL OR expires_at > ?)"),
                         {userId, now})
        .toInt();
}

} // namespace Steward::Moderation
