#pragma once

// What the moderation command files share: how reports and appeals are read and shown, the
// stale-version message, policies and the ladder. Internal to steward_moderation.

#include "moderationpermissions.h"

#include "auditlog.h"
#include "commandbus.h"
#include "errors.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace Steward {
class Query;
}

namespace Steward::Moderation {

inline constexpr qint64 kDay = 24 * 3600 * 1000LL;
inline constexpr qint64 kMinute = 60 * 1000LL;

/** The report columns every command returns, joined with the subject, the policy, the claim
 *  holder, the photo and the reporter. @p inner selects moderation_reports rows (`SELECT * FROM
 *  moderation_reports WHERE …`), @p order sorts the joined rows (may be empty). */
QString reportSelect(const QString &inner, const QString &order = {});
/** Columns of reportSelect() a caller pages on. */
inline constexpr int kReportIdColumn = 0;
inline constexpr int kReportRankColumn = 33;
/** A row of reportSelect() as the report shape of the command contract. A lease is shown only
 *  while it is live at @p now. */
QJsonObject reportRow(const Query &row, qint64 now, bool withDetails = false);
/** One report; throws not found. */
QJsonObject loadReport(const QSqlDatabase &db, qint64 id, qint64 now, bool withDetails = false);

/** Appeal columns joined with the user and the decision appealed against. */
QString appealSelect(const QString &inner, const QString &order = {});
QJsonObject appealRow(const Query &row);
QJsonObject loadAppeal(const QSqlDatabase &db, qint64 id);

/** "<what> was already changed by X at T; reload and decide again": who last touched the
 *  audited target, for the operator who lost a race. */
Error staleVersion(const QSqlDatabase &db, const QString &targetType, const QString &targetId,
                   const QString &what);
/** The same for a numbered target: "<noun> N was already changed …". */
inline Error staleVersion(const QSqlDatabase &db, const QString &targetType, const QString &noun,
                          qint64 id)
{
    return staleVersion(db, targetType, QString::number(id),
                        QStringLiteral("%1 %2").arg(noun).arg(id));
}

/** UTC ISO time for messages. */
QString isoTime(qint64 msecs);
/** A nullable column as JSON: null when SQL NULL. */
QJsonValue integerOrNull(const QVariant &value);
QJsonValue stringOrNull(const QVariant &value);

/** Whether the calling operator's current role holds @p permission (read from the database,
 *  like the bus does, so a role change takes effect at once). */
bool callerCan(CommandContext &ctx, const QString &permission);

/** Audit entries and events of one item, handed to the context only when the item succeeded:
 *  a bulk command rolls a failed item back to its savepoint and drops its effects. */
class Effects
{
public:
    void audit(const AuditRecord &record) { m_audit << record; }
    void emitEvent(const QString &type, const QString &aggregateType, const QString &aggregateId,
                   const QJsonObject &payload = {})
    {
        m_events << Event{type, aggregateType, aggregateId, payload};
    }
    void flushTo(CommandContext &ctx) const;

private:
    struct Event
    {
        QString type, aggregateType, aggregateId;
        QJsonObject payload;
    };
    QList<AuditRecord> m_audit;
    QList<Event> m_events;
};

/** A policy reason as stored. */
struct Policy
{
    QString code;
    QString title;
    QString description;
    QString defaultSeverity;
    int strikeWeight = 0;
    bool isActive = true;
    qint64 version = 0;

    QJsonObject toJson() const;
};
/** The policy, or nullopt when no such code exists. */
std::optional<Policy> findPolicy(const QSqlDatabase &db, const QString &code);

/** The strike ladder: how long strikes count, and what a total of active strike weight
 *  triggers. */
struct Ladder
{
    struct Step
    {
        int strikes = 0;
        QString action; ///< warn, suspend or ban
        int days = 0;   ///< suspend only
    };
    int strikeExpiryDays = 180;
    QList<Step> steps;
    qint64 version = 0;

    QJsonObject toJson() const;
    /** Parses and validates the command parameters / stored JSON; throws bad input. */
    static Ladder fromJson(const QJsonObject &json);
};
inline const QString kLadderKey = QStringLiteral("moderation.ladder");
Ladder loadLadder(const QSqlDatabase &db);

const QStringList &contentTypes();
const QStringList &reportSources();
const QStringList &severities();

} // namespace Steward::Moderation
