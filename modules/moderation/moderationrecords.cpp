#include "moderationrecords.h"

#include "permissions.h"
#include "auditlog.h"
#include "query.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace Steward::Moderation {

namespace {

QString personName(const QVariant &first, const QVariant &last)
{
    if (first.isNull() && last.isNull())
        return {};
    return (first.toString() + QLatin1Char(' ') + last.toString()).trimmed();
}

} // namespace

QString reportSelect(const QString &inner, const QString &order)
{
    // The inner select narrows and pages on moderation_reports alone, so the joins run for the
    // rows of one page only.
    return QStringLiteral(
               "SELECT r.id, r.subject_user_id, u.first_name, u.last_name, u.status, "
               "r.content_type, r.content_id, r.content_excerpt, p.storage_key, r.source, "
               "r.ai_score, r.ai_source, r.reason, pr.title, r.severity, r.status, r.queue, "
               "r.priority, r.report_count, r.reporter_accuracy, r.claimed_by, o.display_name, "
               "r.lease_until, r.created_at, r.updated_at, r.resolved_at, r.version, r.details, "
               "r.reporter_user_id, r.duplicate_of, ru.first_name, ru.last_name, o.username, "
               "r.queue_rank "
               "FROM (%1) r "
               "JOIN users u ON u.id = r.subject_user_id "
               "LEFT JOIN policy_reasons pr ON pr.code = r.reason "
               "LEFT JOIN operators o ON o.id = r.claimed_by "
               "LEFT JOIN photos p ON r.content_type = 'photo' AND p.id = r.content_id "
               "LEFT JOIN users ru ON ru.id = r.reporter_user_id ")
               .arg(inner) +
           (order.isEmpty() ? QString() : QStringLiteral("ORDER BY ") + order);
}

QJsonObject reportRow(const Query &row, qint64 now, bool withDetails)
{
    const bool leased = !row.value(20).isNull() && row.value(22).toLongLong() > now;
    QJsonObject report{
        {QStringLiteral("kind"), QStringLiteral("report")},
        {QStringLiteral("id"), row.value(0).toLongLong()},
        {QStringLiteral("subject_user_id"), row.value(1).toLongLong()},
        {QStringLiteral("subject_name"), personName(row.value(2), row.value(3))},
        {QStringLiteral("subject_status"), row.value(4).toString()},
        {QStringLiteral("content_type"), row.value(5).toString()},
        {QStringLiteral("content_id"), integerOrNull(row.value(6))},
        {QStringLiteral("content_excerpt"), stringOrNull(row.value(7))},
        {QStringLiteral("media_url"), stringOrNull(row.value(8))},
        {QStringLiteral("source"), row.value(9).toString()},
        {QStringLiteral("ai_score"), integerOrNull(row.value(10))},
        {QStringLiteral("ai_source"), stringOrNull(row.value(11))},
        {QStringLiteral("reason"), row.value(12).toString()},
        {QStringLiteral("reason_title"), row.value(13).toString()},
        {QStringLiteral("severity"), row.value(14).toString()},
        {QStringLiteral("status"), row.value(15).toString()},
        {QStringLiteral("queue"), row.value(16).toString()},
        {QStringLiteral("priority"), row.value(17).toInt()},
        {QStringLiteral("report_count"), row.value(18).toInt()},
        {QStringLiteral("reporter_accuracy"), row.value(19).toInt()},
        {QStringLiteral("claimed_by"),
         leased ? QJsonValue(row.value(20).toLongLong()) : QJsonValue()},
        {QStringLiteral("claimed_by_name"),
         leased ? QJsonValue(row.value(21).toString()) : QJsonValue()},
        {QStringLiteral("lease_until"),
         leased ? QJsonValue(row.value(22).toLongLong()) : QJsonValue()},
        {QStringLiteral("created_at"), row.value(23).toLongLong()},
        {QStringLiteral("updated_at"), row.value(24).toLongLong()},
        {QStringLiteral("resolved_at"), integerOrNull(row.value(25))},
        {QStringLiteral("version"), row.value(26).toLongLong()},
    };
    if (withDetails) {
        report.insert(QStringLiteral("details"), stringOrNull(row.value(27)));
        report.insert(QStringLiteral("reporter_user_id"), integerOrNull(row.value(28)));
        report.insert(QStringLiteral("reporter_name"),
                      row.value(28).isNull()
                          ? QJsonValue()
                          : QJsonValue(personName(row.value(30), row.value(31))));
        report.insert(QStringLiteral("duplicate_of"), integerOrNull(row.value(29)));
    }
    return report;
}

QJsonObject loadReport(const QSqlDatabase &db, qint64 id, qint64 now, bool withDetails)
{
    Query row(db, reportSelect(QStringLiteral("SELECT * FROM moderation_reports WHERE id = ?")),
              {id});
    if (!row.next())
        throw Error::notFound(QStringLiteral("report %1 does not exist").arg(id));
    return reportRow(row, now, withDetails);
}

QString appealSelect(const QString &inner, const QString &order)
{
    return QStringLiteral(
               "SELECT a.id, a.version, a.appeal_type, a.message, a.status, a.user_id, "
               "u.first_name, u.last_name, a.created_at, a.updated_at, a.strike_id, "
               "a.decision_id, d.action, d.reason, pr.title, d.note, d.operator_id, "
               "o.display_name, d.decided_at, d.report_id, r.content_type, r.content_excerpt, "
               "a.decided_by, ao.display_name, a.decided_at, a.decision_note, o.username "
               "FROM (%1) a "
               "JOIN users u ON u.id = a.user_id "
               "LEFT JOIN moderation_decisions d ON d.id = a.decision_id "
               "LEFT JOIN policy_reasons pr ON pr.code = d.reason "
               "LEFT JOIN operators o ON o.id = d.operator_id "
               "LEFT JOIN moderation_reports r ON r.id = d.report_id "
               "LEFT JOIN operators ao ON ao.id = a.decided_by ")
               .arg(inner) +
           (order.isEmpty() ? QString() : QStringLiteral("ORDER BY ") + order);
}

QJsonObject appealRow(const Query &row)
{
    return QJsonObject{
        {QStringLiteral("kind"), QStringLiteral("appeal")},
        {QStringLiteral("id"), row.value(0).toLongLong()},
        {QStringLiteral("version"), row.value(1).toLongLong()},
        {QStringLiteral("appeal_type"), row.value(2).toString()},
        {QStringLiteral("message"), row.value(3).toString()},
        {QStringLiteral("status"), row.value(4).toString()},
        {QStringLiteral("user_id"), row.value(5).toLongLong()},
        {QStringLiteral("subject_name"), personName(row.value(6), row.value(7))},
        {QStringLiteral("created_at"), row.value(8).toLongLong()},
        {QStringLiteral("updated_at"), row.value(9).toLongLong()},
        {QStringLiteral("strike_id"), integerOrNull(row.value(10))},
        {QStringLiteral("decision_id"), integerOrNull(row.value(11))},
        {QStringLiteral("decision_action"), stringOrNull(row.value(12))},
        {QStringLiteral("decision_reason"), stringOrNull(row.value(13))},
        {QStringLiteral("decision_reason_title"), stringOrNull(row.value(14))},
        {QStringLiteral("decision_note"), stringOrNull(row.value(15))},
        {QStringLiteral("decided_by"), integerOrNull(row.value(16))},
        {QStringLiteral("decided_by_name"), stringOrNull(row.value(17))},
        {QStringLiteral("decided_at"), integerOrNull(row.value(18))},
        {QStringLiteral("report_id"), integerOrNull(row.value(19))},
        {QStringLiteral("content_type"), stringOrNull(row.value(20))},
        {QStringLiteral("content_excerpt"), stringOrNull(row.value(21))},
        {QStringLiteral("appeal_decided_by"), integerOrNull(row.value(22))},
        {QStringLiteral("appeal_decided_by_name"), stringOrNull(row.value(23))},
        {QStringLiteral("appeal_decided_at"), integerOrNull(row.value(24))},
        {QStringLiteral("appeal_decision_note"), stringOrNull(row.value(25))},
    };
}

QJsonObject loadAppeal(const QSqlDatabase &db, qint64 id)
{
    Query row(db, appealSelect(QStringLiteral("SELECT * FROM appeals WHERE id = ?")), {id});
    if (!row.next())
        throw Error::notFound(QStringLiteral("appeal %1 does not exist").arg(id));
    return appealRow(row);
}

Error staleVersion(const QSqlDatabase &db, const QString &targetType, const QString &targetId,
                   const QString &what)
{
    return AuditLog::staleVersion(db, targetType, targetId, what);
}

QString isoTime(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODate);
}

QJsonValue integerOrNull(const QVariant &value)
{
    return value.isNull() ? QJsonValue() : QJsonValue(value.toLongLong());
}

QJsonValue stringOrNull(const QVariant &value)
{
    return value.isNull() ? QJsonValue() : QJsonValue(value.toString());
}

bool callerCan(CommandContext &ctx, const QString &permission)
{
    const Principal &principal = ctx.principal();
    if (principal.isSystem)
        return true;
    const auto role = roleFromName(
        Query::scalar(ctx.db(), QStringLiteral("SELECT role FROM operators WHERE id = ?"),
                      {principal.operatorId})
            .toString());
    return role && Permissions::forRole(*role).contains(permission);
}

void Effects::flushTo(CommandContext &ctx) const
{
    for (const AuditRecord &record : m_audit)
        ctx.audit(record);
    for (const Event &event : m_events)
        ctx.emitEvent(event.type, event.aggregateType, event.aggregateId, event.payload);
}

QJsonObject Policy::toJson() const
{
    return QJsonObject{{QStringLiteral("code"), code},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("description"), description},
                       {QStringLiteral("default_severity"), defaultSeverity},
                       {QStringLiteral("strike_weight"), strikeWeight},
                       {QStringLiteral("is_active"), isActive},
                       {QStringLiteral("version"), version}};
}

std::optional<Policy> findPolicy(const QSqlDatabase &db, const QString &code)
{
    Query row(db,
              QStringLiteral("SELECT code, title, description, default_severity, strike_weight, "
                             "is_active, version FROM policy_reasons WHERE code = ?"),
              {code});
    if (!row.next())
        return std::nullopt;
    return Policy{row.value(0).toString(),  row.value(1).toString(), row.value(2).toString(),
                  row.value(3).toString(),  row.value(4).toInt(),    row.value(5).toBool(),
                  row.value(6).toLongLong()};
}

QJsonObject Ladder::toJson() const
{
    QJsonArray list;
    for (const Step &step : steps)
        list << QJsonObject{{QStringLiteral("strikes"), step.strikes},
                            {QStringLiteral("action"), step.action},
                            {QStringLiteral("days"), step.action == QLatin1String("suspend")
                                                         ? QJsonValue(step.days)
                                                         : QJsonValue()}};
    return QJsonObject{{QStringLiteral("strike_expiry_days"), strikeExpiryDays},
                       {QStringLiteral("steps"), list},
                       {QStringLiteral("version"), version}};
}

namespace {

int integerIn(const QJsonValue &value, const QString &what, int low, int high)
{
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number != double(qint64(number)) || number < low || number > high)
        throw Error::badInput(
            QStringLiteral("%1 must be a whole number from %2 to %3").arg(what).arg(low).arg(high));
    return int(number);
}

} // namespace

Ladder Ladder::fromJson(const QJsonObject &json)
{
    Ladder ladder;
    ladder.strikeExpiryDays = integerIn(json.value(QStringLiteral("strike_expiry_days")),
                                        QStringLiteral("strike_expiry_days"), 1, 3650);
    const QJsonValue stepsValue = json.value(QStringLiteral("steps"));
    if (!stepsValue.isArray())
        throw Error::badInput(QStringLiteral("parameter 'steps' must be a list"));
    const QJsonArray steps = stepsValue.toArray();
    if (steps.size() > 10)
        throw Error::badInput(QStringLiteral("the ladder has at most 10 steps"));
    int previous = 0;
    for (const QJsonValue &value : steps) {
        const QJsonObject object = value.toObject();
        Step step;
        step.strikes = integerIn(object.value(QStringLiteral("strikes")),
                                 QStringLiteral("a step's strikes"), 1, 1000);
        if (step.strikes <= previous)
            throw Error::badInput(
                QStringLiteral("ladder steps must have strictly increasing strike totals"));
        previous = step.strikes;
        step.action = object.value(QStringLiteral("action")).toString();
        if (step.action == QLatin1String("suspend")) {
            step.days = integerIn(object.value(QStringLiteral("days")),
                                  QStringLiteral("a suspension step's days"), 1, 3650);
        } else if (step.action == QLatin1String("warn") || step.action == QLatin1String("ban")) {
            if (!object.value(QStringLiteral("days")).isUndefined() &&
                !object.value(QStringLiteral("days")).isNull())
                throw Error::badInput(
                    QStringLiteral("only a suspension step takes days (step at %1 strikes is %2)")
                        .arg(step.strikes)
                        .arg(step.action));
        } else {
            throw Error::badInput(
                QStringLiteral("a step's action must be warn, suspend or ban, not '%1'")
                    .arg(step.action));
        }
        ladder.steps << step;
    }
    return ladder;
}

Ladder loadLadder(const QSqlDatabase &db)
{
    Query row(db, QStringLiteral("SELECT value, version FROM app_settings WHERE key = ?"),
              {kLadderKey});
    if (!row.next())
        return {};
    Ladder ladder =
        Ladder::fromJson(QJsonDocument::fromJson(row.value(0).toString().toUtf8()).object());
    ladder.version = row.value(1).toLongLong();
    return ladder;
}

const QStringList &contentTypes()
{
    static const QStringList names = {
        QStringLiteral("profile"),         QStringLiteral("photo"),
        QStringLiteral("message"),         QStringLiteral("review"),
        QStringLiteral("agent_listing"),   QStringLiteral("vendor_listing"),
        QStringLiteral("property_listing")};
    return names;
}

const QStringList &reportSources()
{
    static const QStringList names = {QStringLiteral("user_report"), QStringLiteral("automated")};
    return names;
}

const QStringList &severities()
{
    static const QStringList names = {QStringLiteral("low"), QStringLiteral("medium"),
                                      QStringLiteral("high"), QStringLiteral("critical")};
    return names;
}

} // namespace Steward::Moderation
