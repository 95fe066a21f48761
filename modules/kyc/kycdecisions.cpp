// The reviewer's steps on a case: claim, release, the checklist, and the decisions with their
// effects on the applicant's flags and roles.

#include "kyccase.h"

#include "query.h"

#include <QDateTime>

namespace Steward::Kyc {

namespace {

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

/** The case the operator decided on, at the version they saw. Reading first lets a lost race
 *  name who won rather than that the state moved on. */
CaseRow caseAtVersion(CommandContext &ctx)
{
    const qint64 id = ctx.requireId(QStringLiteral("id"));
    const qint64 version = ctx.requireVersion();
    CaseRow row = loadCase(ctx.db(), id);
    if (row.version != version)
        throw staleVersion(ctx.db(), id);
    return row;
}

void requireReviewable(const CaseRow &row, const QString &what)
{
    if (row.state == QLatin1String("pending"))
        throw Error::conflict(QStringLiteral("KYC case %1 is pending; claim it before you %2 it")
                                  .arg(row.id)
                                  .arg(what));
    if (row.state != QLatin1String("in_review") && row.state != QLatin1String("escalated"))
        throw Error::conflict(QStringLiteral("KYC case %1 is %2; only a case in review or "
                                             "escalated can be %3")
                                  .arg(row.id)
                                  .arg(row.state, what == QLatin1String("approve")
                                                      ? QStringLiteral("approved")
                                                      : QStringLiteral("decided")));
}

/** Applies @p assignments (a SET list) and the version bump, guarded by the version read. */
void updateCase(CommandContext &ctx, const CaseRow &row, const QString &assignments,
                QVariantList values)
{
    values << ctx.now() << row.id << row.version;
    Query update(ctx.db(),
                 QStringLiteral("UPDATE kyc_cases SET ") + assignments +
                     QStringLiteral(", updated_at = ?, version = version + 1 "
                                    "WHERE id = ? AND version = ?"),
                 values);
    // Another console may have committed between the read and this update (PostgreSQL runs
    // them concurrently): the conditional update is the real guard.
    if (update.rowsAffected() == 0)
        throw staleVersion(ctx.db(), row.id);
}

/** Audits the change from @p before and returns the case as kyc.get shows it. */
QJsonValue finish(CommandContext &ctx, const CaseRow &before, const QString &reason)
{
    const CaseRow after = loadCase(ctx.db(), before.id);
    ctx.audit({QStringLiteral("kyc_case"), QString::number(before.id), before.auditState(),
               after.auditState(), reason});
    return caseView(ctx.db(), before.id, ctx.now());
}

struct ReasonTemplate
{
    QString code;
    QString title;
};

ReasonTemplate requireTemplate(CommandContext &ctx, const QString &kind)
{
    const QString code = ctx.requireString(QStringLiteral("template"));
    Query row(ctx.db(),
              QStringLiteral("SELECT kind, title, is_active FROM kyc_reason_templates "
                             "WHERE code = ?"),
              {code});
    if (!row.next() || !row.value(2).toBool())
        throw Error::badInput(QStringLiteral("unknown reason template '%1'").arg(code));
    if (row.value(0).toString() != kind)
        throw Error::badInput(QStringLiteral("template '%1' is for %2, not %3")
                                  .arg(code,
                                       row.value(0).toString() == QLatin1String("reject")
                                           ? QStringLiteral("rejections")
                                           : QStringLiteral("resubmission requests"),
                                       kind == QLatin1String("reject")
                                           ? QStringLiteral("rejections")
                                           : QStringLiteral("resubmission requests")));
    return {code, row.value(1).toString()};
}

QString requireText(CommandContext &ctx, const QString &key, int maxLength)
{
    const QString text = ctx.requireString(key);
    if (text.size() > maxLength)
        throw Error::badInput(
            QStringLiteral("parameter '%1' is longer than %2 characters").arg(key).arg(maxLength));
    return text;
}

QString optionalText(CommandContext &ctx, const QString &key, int maxLength)
{
    const QString text = ctx.optionalString(key);
    if (text.size() > maxLength)
        throw Error::badInput(
            QStringLiteral("parameter '%1' is longer than %2 characters").arg(key).arg(maxLength));
    return text;
}

/** The checklist items of the case's type not ticked for its current attempt. */
QStringList missingItems(const QSqlDatabase &db, const CaseRow &row)
{
    Query items(db,
                QStringLiteral("SELECT i.label FROM kyc_checklist_items i "
                               "LEFT JOIN kyc_case_checklist k ON k.case_id = ? "
                               "AND k.attempt = ? AND k.item = i.item "
                               "WHERE i.case_type = ? AND k.item IS NULL ORDER BY i.position"),
                {row.id, row.attempts, row.caseType});
    QStringList missing;
    while (items.next())
        missing << items.value(0).toString();
    return missing;
}

/** Makes the applicant's role usable: pending or locked becomes active; a revoked role stays
 *  revoked (a moderation decision, not a missing verification). */
void unlockRole(CommandContext &ctx, const CaseRow &row, const QString &role)
{
    Query existing(ctx.db(),
                   QStringLiteral("SELECT status FROM user_roles WHERE user_id = ? AND role = ?"),
                   {row.userId, role});
    const QString status = existing.next() ? existing.value(0).toString() : QString();
    if (status.isEmpty()) {
        Query(ctx.db(),
              QStringLiteral("INSERT INTO user_roles (user_id, role, status, since_at) "
                             "VALUES (?, ?, 'active', ?)"),
              {row.userId, role, ctx.now()});
    } else {
        if (status != QLatin1String("pending") && status != QLatin1String("locked"))
            return;
        Query(ctx.db(),
              QStringLiteral("UPDATE user_roles SET status = 'active' WHERE user_id = ? AND "
                             "role = ?"),
              {row.userId, role});
    }
    ctx.audit({QStringLiteral("user_role"), QStringLiteral("%1/%2").arg(row.userId).arg(role),
               QJsonObject{{QStringLiteral("status"), status}},
               QJsonObject{{QStringLiteral("status"), QStringLiteral("active")}},
               QStringLiteral("KYC case %1 approved").arg(row.id)});
    ctx.emitEvent(QStringLiteral("user:role_unlocked"), QStringLiteral("user"),
                  QString::number(row.userId),
                  {{QStringLiteral("userId"), row.userId},
                   {QStringLiteral("role"), role},
                   {QStringLiteral("caseId"), row.id}});
}

void applyApproval(CommandContext &ctx, const CaseRow &row)
{
    const qint64 now = ctx.now();
    if (row.caseType == QLatin1String("age")) {
        Query user(ctx.db(), QStringLiteral("SELECT age_verified, version FROM users WHERE id = ?"),
                   {row.userId});
        const bool wasVerified = user.next() && user.value(0).toBool();
        const qint64 userVersion = user.value(1).toLongLong();
        Query(ctx.db(),
              QStringLiteral("UPDATE users SET age_verified = ?, updated_at = ?, "
                             "version = version + 1 WHERE id = ?"),
              {true, now, row.userId});
        Query(ctx.db(),
              QStringLiteral("INSERT INTO age_verifications (user_id, method, result, "
                             "verified_at, created_at) VALUES (?, 'kyc', 'verified', ?, ?)"),
              {row.userId, now, now});
        ctx.audit({QStringLiteral("user"), QString::number(row.userId),
                   QJsonObject{{QStringLiteral("age_verified"), wasVerified},
                               {QStringLiteral("version"), userVersion}},
                   QJsonObject{{QStringLiteral("age_verified"), true},
                               {QStringLiteral("version"), userVersion + 1}},
                   QStringLiteral("KYC case %1 approved").arg(row.id)});
        ctx.emitEvent(QStringLiteral("user:verified_age"), QStringLiteral("user"),
                      QString::number(row.userId),
                      {{QStringLiteral("userId"), row.userId}, {QStringLiteral("caseId"), row.id}});
    } else if (row.caseType == QLatin1String("business")) {
        unlockRole(ctx, row, QStringLiteral("vendor"));
        Query(ctx.db(),
              QStringLiteral("UPDATE vendors SET verification_status = 'verified', updated_at = ?, "
                             "version = version + 1 WHERE owner_user_id = ? "
                             "AND verification_status <> 'verified'"),
              {now, row.userId});
    } else if (row.caseType == QLatin1String("driver")) {
        unlockRole(ctx, row, QStringLiteral("driver"));
        Query(ctx.db(),
              QStringLiteral("UPDATE drivers SET status = 'active', updated_at = ?, "
                             "version = version + 1 WHERE user_id = ? "
                             "AND status IN ('applicant', 'pending_verification')"),
              {now, row.userId});
    } else if (row.caseType == QLatin1String("host")) {
        unlockRole(ctx, row, QStringLiteral("host"));
        Query(ctx.db(),
              QStringLiteral("UPDATE hosts SET verification_status = 'verified', updated_at = ?, "
                             "version = version + 1 WHERE user_id = ? "
                             "AND verification_status <> 'verified'"),
              {now, row.userId});
    }
    ctx.emitEvent(QStringLiteral("kyc:approved"), QStringLiteral("kyc_case"),
                  QString::number(row.id),
                  {{QStringLiteral("caseId"), row.id},
                   {QStringLiteral("userId"), row.userId},
                   {QStringLiteral("caseType"), row.caseType}});
}

/** A vendor's or host's verification status records the rejection; drivers have no such
 *  status and stay applicants. */
void applyRejection(CommandContext &ctx, const CaseRow &row)
{
    if (row.caseType == QLatin1String("business"))
        Query(ctx.db(),
              QStringLiteral("UPDATE vendors SET verification_status = 'rejected', updated_at = ?, "
                             "version = version + 1 WHERE owner_user_id = ? "
                             "AND verification_status IN ('unverified', 'pending')"),
              {ctx.now(), row.userId});
    else if (row.caseType == QLatin1String("host"))
        Query(ctx.db(),
              QStringLiteral("UPDATE hosts SET verification_status = 'rejected', updated_at = ?, "
                             "version = version + 1 WHERE user_id = ? "
                             "AND verification_status IN ('unverified', 'pending')"),
              {ctx.now(), row.userId});
}

/** Rejection and resubmission request: the template, the applicant's message, the note. */
QJsonValue decideAgainst(CommandContext &ctx, bool resubmission)
{
    const QString kind = resubmission ? QStringLiteral("resubmit") : QStringLiteral("reject");
    ctx.requireId(QStringLiteral("id"));
    ctx.requireVersion();
    const QString message = requireText(ctx, QStringLiteral("message"), 2000);
    const QString note = optionalText(ctx, QStringLiteral("note"), 2000);
    const ReasonTemplate reason = requireTemplate(ctx, kind);
    const CaseRow before = caseAtVersion(ctx);
    requireReviewable(before, resubmission ? QStringLiteral("request a resubmission of")
                                           : QStringLiteral("reject"));
    const qint64 me = ctx.principal().operatorId;
    if (resubmission) {
        // The applicant's next attempt is reviewed afresh: nobody holds it, no first approval.
        updateCase(ctx, before,
                   QStringLiteral("state = 'resubmission_requested', assigned_operator_id = NULL, "
                                  "assigned_at = NULL, first_decision = NULL, "
                                  "first_decided_by = NULL, first_decided_at = NULL, "
                                  "decision_reason = ?"),
                   {reason.code});
    } else {
        updateCase(ctx, before,
                   QStringLiteral("state = 'rejected', decided_by = ?, decided_at = ?, "
                                  "decision_reason = ?"),
                   {nullableId(me), ctx.now(), reason.code});
        applyRejection(ctx, before);
    }
    recordStep(ctx, before,
               resubmission ? QStringLiteral("resubmission_requested") : QStringLiteral("rejected"),
               {}, reason.code, message, note);
    // The notification service sends the message to the applicant; the note stays here.
    ctx.emitEvent(resubmission ? QStringLiteral("kyc:resubmission_requested")
                               : QStringLiteral("kyc:rejected"),
                  QStringLiteral("kyc_case"), QString::number(before.id),
                  {{QStringLiteral("caseId"), before.id},
                   {QStringLiteral("userId"), before.userId},
                   {QStringLiteral("caseType"), before.caseType},
                   {QStringLiteral("template"), reason.code},
                   {QStringLiteral("message"), message}});
    return finish(ctx, before,
                  note.isEmpty() ? reason.title : QStringLiteral("%1: %2").arg(reason.title, note));
}

} // namespace

QJsonValue claim(CommandContext &ctx)
{
    const qint64 me = ctx.principal().operatorId;
    const CaseRow before = caseAtVersion(ctx);
    if (me <= 0)
        throw Error::badInput(QStringLiteral("only an operator can claim a KYC case"));
    // A case in review whose reviewer is gone (removed, or never recorded) may be picked up.
    if (before.state == QLatin1String("in_review") && before.assignedTo > 0) {
        if (before.assignedTo == me)
            throw Error::conflict(QStringLiteral("you already hold KYC case %1").arg(before.id));
        throw Error::conflict(QStringLiteral("KYC case %1 is already in review by %2")
                                  .arg(before.id)
                                  .arg(operatorName(ctx.db(), before.assignedTo)));
    }
    if (before.state == QLatin1String("escalated") && before.assignedTo == me)
        throw Error::conflict(QStringLiteral("you already hold KYC case %1").arg(before.id));
    if (before.state != QLatin1String("pending") && before.state != QLatin1String("escalated") &&
        before.state != QLatin1String("in_review"))
        throw Error::conflict(
            QStringLiteral("KYC case %1 is %2; only pending or escalated cases can be claimed")
                .arg(before.id)
                .arg(before.state));
    // An escalated case stays escalated: it changes hands, not state.
    updateCase(
        ctx, before, QStringLiteral("state = ?, assigned_operator_id = ?, assigned_at = ?"),
        {before.state == QLatin1String("pending") ? QStringLiteral("in_review") : before.state, me,
         ctx.now()});
    recordStep(ctx, before, QStringLiteral("claimed"));
    return finish(ctx, before, {});
}

QJsonValue release(CommandContext &ctx)
{
    const CaseRow before = caseAtVersion(ctx);
    const Principal &me = ctx.principal();
    if (before.assignedTo <= 0 || !isOpenState(before.state))
        throw Error::conflict(QStringLiteral("KYC case %1 is not held by anyone").arg(before.id));
    if (before.assignedTo != me.operatorId && !me.isSystem && me.role != Role::Admin)
        throw Error::denied(QStringLiteral("KYC case %1 is held by %2; only they or an admin can "
                                           "release it")
                                .arg(before.id)
                                .arg(operatorName(ctx.db(), before.assignedTo)));
    updateCase(
        ctx, before, QStringLiteral("state = ?, assigned_operator_id = NULL, assigned_at = NULL"),
        {before.state == QLatin1String("in_review") ? QStringLiteral("pending") : before.state});
    recordStep(ctx, before, QStringLiteral("released"));
    return finish(ctx, before, {});
}

QJsonValue check(CommandContext &ctx)
{
    ctx.requireId(QStringLiteral("id"));
    ctx.requireVersion();
    const QString item = ctx.requireString(QStringLiteral("item"));
    if (!ctx.params().value(QStringLiteral("done")).isBool())
        throw Error::badInput(QStringLiteral("parameter 'done' is required (true or false)"));
    const bool done = ctx.optionalBool(QStringLiteral("done"), false);
    const CaseRow before = caseAtVersion(ctx);
    Query known(ctx.db(),
                QStringLiteral("SELECT label FROM kyc_checklist_items WHERE case_type = ? AND "
                               "item = ?"),
                {before.caseType, item});
    if (!known.next())
        throw Error::badInput(
            QStringLiteral("'%1' is not a checklist item of %2 cases").arg(item, before.caseType));
    const QString label = known.value(0).toString();
    requireReviewable(before, QStringLiteral("check"));
    const bool ticked = Query::scalar(ctx.db(),
                                      QStringLiteral("SELECT count(*) FROM kyc_case_checklist "
                                                     "WHERE case_id = ? AND attempt = ? AND "
                                                     "item = ?"),
                                      {before.id, before.attempts, item})
                            .toLongLong() > 0;
    if (ticked == done)
        return caseView(ctx.db(), before.id, ctx.now());
    if (done)
        Query(
            ctx.db(),
            QStringLiteral("INSERT INTO kyc_case_checklist (case_id, attempt, item, checked_by, "
                           "checked_at) VALUES (?, ?, ?, ?, ?)"),
            {before.id, before.attempts, item, nullableId(ctx.principal().operatorId), ctx.now()});
    else
        Query(ctx.db(),
              QStringLiteral("DELETE FROM kyc_case_checklist WHERE case_id = ? AND attempt = ? "
                             "AND item = ?"),
              {before.id, before.attempts, item});
    updateCase(ctx, before, QStringLiteral("state = state"), {});
    recordStep(ctx, before, done ? QStringLiteral("checked") : QStringLiteral("unchecked"), item);
    return finish(ctx, before,
                  (done ? QStringLiteral("checked: ") : QStringLiteral("unchecked: ")) + label);
}

QJsonValue approve(CommandContext &ctx)
{
    ctx.requireId(QStringLiteral("id"));
    ctx.requireVersion();
    const QString note = optionalText(ctx, QStringLiteral("note"), 2000);
    const CaseRow before = caseAtVersion(ctx);
    requireReviewable(before, QStringLiteral("approve"));
    const QStringList missing = missingItems(ctx.db(), before);
    if (!missing.isEmpty())
        throw Error::conflict(QStringLiteral("KYC case %1 cannot be approved: the checklist is "
                                             "incomplete (%2)")
                                  .arg(before.id)
                                  .arg(missing.join(QStringLiteral("; "))));
    const qint64 me = ctx.principal().operatorId;
    if (before.isHighRisk(riskThreshold(ctx.db()))) {
        if (me <= 0)
            throw Error::denied(QStringLiteral("KYC case %1 needs two named reviewers; the system "
                                               "cannot approve it")
                                    .arg(before.id));
        if (before.firstDecision != QLatin1String("approve")) {
            // Four-eyes: this approval is the first of two.
            updateCase(ctx, before,
                       QStringLiteral("first_decision = 'approve', first_decided_by = ?, "
                                      "first_decided_at = ?"),
                       {me, ctx.now()});
            recordStep(ctx, before, QStringLiteral("first_approval"), {}, {}, {}, note);
            return finish(ctx, before, note.isEmpty() ? QStringLiteral("first approval") : note);
        }
        if (before.firstDecidedBy == me)
            throw Error::denied(QStringLiteral("you recorded the first approval of KYC case %1 "
                                               "at %2; a different reviewer must confirm it")
                                    .arg(before.id)
                                    .arg(isoTime(before.firstDecidedAt)));
    }
    updateCase(ctx, before,
               QStringLiteral("state = 'approved', decided_by = ?, decided_at = ?, "
                              "decision_reason = ?"),
               {nullableId(me), ctx.now(), note.isEmpty() ? QStringLiteral("Approved") : note});
    applyApproval(ctx, before);
    recordStep(ctx, before, QStringLiteral("approved"), {}, {}, {}, note);
    return finish(ctx, before, note.isEmpty() ? QStringLiteral("approved") : note);
}

QJsonValue reject(CommandContext &ctx)
{
    return decideAgainst(ctx, false);
}

QJsonValue requestResubmission(CommandContext &ctx)
{
    return decideAgainst(ctx, true);
}

QJsonValue escalate(CommandContext &ctx)
{
    ctx.requireId(QStringLiteral("id"));
    ctx.requireVersion();
    const QString note = requireText(ctx, QStringLiteral("note"), 2000);
    const CaseRow before = caseAtVersion(ctx);
    if (before.state == QLatin1String("escalated"))
        throw Error::conflict(QStringLiteral("KYC case %1 is already escalated").arg(before.id));
    if (before.state != QLatin1String("pending") && before.state != QLatin1String("in_review"))
        throw Error::conflict(
            QStringLiteral("KYC case %1 is %2; only pending or in-review cases can be escalated")
                .arg(before.id)
                .arg(before.state));
    // A senior reviewer claims it next.
    updateCase(ctx, before,
               QStringLiteral("state = 'escalated', assigned_operator_id = NULL, "
                              "assigned_at = NULL"),
               {});
    recordStep(ctx, before, QStringLiteral("escalated"), {}, {}, {}, note);
    return finish(ctx, before, note);
}

} // namespace Steward::Kyc
