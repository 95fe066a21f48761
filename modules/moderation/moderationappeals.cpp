#include "moderationcommands.h"
#include "moderationrecords.h"
#include "moderationsanctions.h"

#include "query.h"

namespace Steward::Moderation {

namespace {

const QString kAppeal = QStringLiteral("appeal");

/** The decision an appeal is about, with what it did to the account. */
struct AppealedDecision
{
    qint64 id = 0;
    qint64 reportId = 0;
    qint64 subject = 0;
    qint64 operatorId = 0;
    QString operatorName;
    QString action;
    QString reason;
    QString ladderAction;

    bool sanctioned() const
    {
        for (const QString &what : {action, ladderAction}) {
            if (what == QLatin1String("suspend") || what == QLatin1String("ban"))
                return true;
        }
        return false;
    }
};

std::optional<AppealedDecision> appealedDecision(const QSqlDatabase &db, qint64 decisionId)
{
    Query row(db,
              QStringLiteral("SELECT d.id, d.report_id, r.subject_user_id, d.operator_id, "
                             "o.username, d.action, d.reason, d.ladder_action "
                             "FROM moderation_decisions d "
                             "JOIN moderation_reports r ON r.id = d.report_id "
                             "LEFT JOIN operators o ON o.id = d.operator_id WHERE d.id = ?"),
              {decisionId});
    if (!row.next())
        return std::nullopt;
    return AppealedDecision{row.value(0).toLongLong(), row.value(1).toLongLong(),
                            row.value(2).toLongLong(), row.value(3).toLongLong(),
                            row.value(4).toString(),   row.value(5).toString(),
                            row.value(6).toString(),   row.value(7).toString()};
}

/** Whether @p decision is the newest decision that suspended or banned its user: only then does
 *  overturning it give the account back (a later sanction stands on its own). */
bool isLatestSanction(const QSqlDatabase &db, const AppealedDecision &decision)
{
    Query row(db,
              QStringLiteral("SELECT d.id FROM moderation_decisions d "
                             "JOIN moderation_reports r ON r.id = d.report_id "
                             "WHERE r.subject_user_id = ? AND (d.action IN ('suspend', 'ban') "
                             "OR d.ladder_action IN ('suspend', 'ban')) "
                             "ORDER BY d.decided_at DESC, d.id DESC LIMIT 1"),
              {decision.subject});
    return row.next() && row.value(0).toLongLong() == decision.id;
}

} // namespace

namespace Commands {

QJsonValue appealFile(CommandContext &ctx)
{
    const qint64 decisionId = ctx.requireId(QStringLiteral("decision_id"));
    const QString message = ctx.requireString(QStringLiteral("message"));
    if (message.size() > 4000)
        throw Error::badInput(QStringLiteral("the appeal message is longer than 4000 characters"));
    const auto decision = appealedDecision(ctx.db(), decisionId);
    if (!decision)
        throw Error::notFound(QStringLiteral("decision %1 does not exist").arg(decisionId));
    if (decision->action == QLatin1String("dismiss") ||
        decision->action == QLatin1String("escalate") ||
        decision->action == QLatin1String("restore"))
        throw Error::badInput(
            QStringLiteral("decision %1 (%2) took no action against the user to appeal")
                .arg(decisionId)
                .arg(decision->action));
    const QVariant open =
        Query::scalar(ctx.db(),
                      QStringLiteral("SELECT id FROM appeals WHERE decision_id = ? "
                                     "AND status IN ('open', 'in_review')"),
                      {decisionId});
    if (open.isValid())
        throw Error::conflict(QStringLiteral("decision %1 already has open appeal %2")
                                  .arg(decisionId)
                                  .arg(open.toLongLong()));
    const QVariant strike =
        Query::scalar(ctx.db(), QStringLiteral("SELECT min(id) FROM strikes WHERE decision_id = ?"),
                      {decisionId});
    const QString type = decision->sanctioned()                 ? QStringLiteral("suspension")
                         : strike.isValid() && !strike.isNull() ? QStringLiteral("strike")
                                                                : QStringLiteral("moderation");
    Query insert(
        ctx.db(),
        QStringLiteral("INSERT INTO appeals (user_id, appeal_type, decision_id, strike_id, "
                       "message, status, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, 'open', ?, ?) RETURNING id"),
        {decision->subject, type, decisionId,
         strike.isNull() ? QVariant(QMetaType::fromType<qint64>()) : strike, message, ctx.now(),
         ctx.now()});
    insert.next();
    const qint64 id = insert.value(0).toLongLong();
    const QJsonObject after = loadAppeal(ctx.db(), id);
    ctx.audit({kAppeal, QString::number(id), QJsonValue(), after,
               QStringLiteral("appeal against decision %1").arg(decisionId)});
    return after;
}

QJsonValue appealDecide(CommandContext &ctx)
{
    const qint64 id = ctx.requireId(QStringLiteral("id"));
    const qint64 version = ctx.requireVersion();
    const QString outcome = ctx.requireString(QStringLiteral("outcome"));
    if (outcome != QLatin1String("upheld") && outcome != QLatin1String("overturned"))
        throw Error::badInput(
            QStringLiteral("outcome must be upheld or overturned, not '%1'").arg(outcome));
    const QString note = ctx.requireString(QStringLiteral("note"));
    if (note.size() > 2000)
        throw Error::badInput(QStringLiteral("the note is longer than 2000 characters"));

    Query row(ctx.db(),
              QStringLiteral("SELECT version, status, appeal_type, decision_id, strike_id, user_id "
                             "FROM appeals WHERE id = ?"),
              {id});
    if (!row.next())
        throw Error::notFound(QStringLiteral("appeal %1 does not exist").arg(id));
    if (row.value(0).toLongLong() != version)
        throw staleVersion(ctx.db(), kAppeal, QStringLiteral("appeal"), id);
    const QString status = row.value(1).toString();
    if (status != QLatin1String("open") && status != QLatin1String("in_review"))
        throw Error::conflict(QStringLiteral("appeal %1 is already %2").arg(id).arg(status));
    if (row.value(2).toString() == QLatin1String("kyc"))
        throw Error::badInput(
            QStringLiteral("appeal %1 is about a KYC case; it is decided in KYC review").arg(id));
    const qint64 strikeId = row.value(4).toLongLong();
    const qint64 userId = row.value(5).toLongLong();
    const auto decision = appealedDecision(ctx.db(), row.value(3).toLongLong());
    if (decision && decision->operatorId != 0 && decision->operatorId == ctx.principal().operatorId)
        throw Error::denied(QStringLiteral("appeal %1 must be decided by another moderator than "
                                           "%2, who made the original decision")
                                .arg(id)
                                .arg(decision->operatorName));

    const QJsonObject before = loadAppeal(ctx.db(), id);
    Query update(ctx.db(),
                 QStringLiteral("UPDATE appeals SET status = ?, decided_by = ?, decided_at = ?, "
                                "decision_note = ?, updated_at = ?, version = version + 1 "
                                "WHERE id = ? AND version = ?"),
                 {outcome,
                  ctx.principal().operatorId > 0 ? QVariant(ctx.principal().operatorId)
                                                 : QVariant(QMetaType::fromType<qint64>()),
                  ctx.now(), note, ctx.now(), id, version});
    if (update.rowsAffected() == 0)
        throw staleVersion(ctx.db(), kAppeal, QStringLiteral("appeal"), id);

    Effects effects;
    if (outcome == QLatin1String("overturned")) {
        const QString reason = QStringLiteral("appeal %1 overturned: %2").arg(id).arg(note);
        // The strike the appeal names, and every strike the decision issued.
        Query(ctx.db(),
              QStringLiteral("UPDATE strikes SET revoked_at = ?, revoked_by = ? "
                             "WHERE revoked_at IS NULL AND (id = ? OR decision_id = ?)"),
              {ctx.now(),
               ctx.principal().operatorId > 0 ? QVariant(ctx.principal().operatorId)
                                              : QVariant(QMetaType::fromType<qint64>()),
               strikeId, decision ? decision->id : 0});
        if (decision) {
            if (decision->sanctioned() && isLatestSanction(ctx.db(), *decision))
                reinstate(ctx, effects, userId, reason);
            Query(ctx.db(),
                  QStringLiteral("INSERT INTO moderation_decisions (report_id, operator_id, "
                                 "action, reason, note, decided_at) "
                                 "VALUES (?, ?, 'restore', ?, ?, ?)"),
                  {decision->reportId,
                   ctx.principal().operatorId > 0 ? QVariant(ctx.principal().operatorId)
                                                  : QVariant(QMetaType::fromType<qint64>()),
                   decision->reason, note, ctx.now()});
        }
    }
    const QJsonObject after = loadAppeal(ctx.db(), id);
    ctx.audit({kAppeal, QString::number(id), before, after, note});
    effects.flushTo(ctx);
    ctx.emitEvent(QStringLiteral("moderation:appeal_decided"), kAppeal, QString::number(id),
                  {{QStringLiteral("appealId"), id},
                   {QStringLiteral("outcome"), outcome},
                   {QStringLiteral("userId"), userId}});
    return after;
}

} // namespace Commands

} // namespace Steward::Moderation
