#include "kyccase.h"

#include "auditlog.h"
#include "query.h"

#include <QJsonArray>

namespace Steward::Kyc {

namespace {

const QString kMask = QStringLiteral("••••••••");
const QString kDateMask = QStringLiteral("••••-••-••");

qint64 setting(const QSqlDatabase &db, const QString &key, qint64 fallback, qint64 low, qint64 high)
{
    Query row(db, QStringLiteral("SELECT value FROM app_settings WHERE key = ?"), {key});
    if (!row.next())
        return fallback;
    bool ok = false;
    const qint64 value = row.value(0).toString().trimmed().toLongLong(&ok);
    return ok && value >= low && value <= high ? value : fallback;
}

} // namespace

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

const QStringList &caseTypes()
{
    static const QStringList types{QStringLiteral("age"), QStringLiteral("identity"),
                                   QStringLiteral("business"), QStringLiteral("driver"),
                                   QStringLiteral("host")};
    return types;
}

const QStringList &caseStates()
{
    static const QStringList states{
        QStringLiteral("pending"),   QStringLiteral("in_review"),
        QStringLiteral("escalated"), QStringLiteral("resubmission_requested"),
        QStringLiteral("approved"),  QStringLiteral("rejected")};
    return states;
}

bool isOpenState(const QString &state)
{
    return state == QLatin1String("pending") || state == QLatin1String("in_review") ||
           state == QLatin1String("escalated");
}

qint64 slaHours(const QSqlDatabase &db, const QString &caseType)
{
    const qint64 fallback = caseType == QLatin1String("age")        ? 24
                            : caseType == QLatin1String("identity") ? 48
                                                                    : 72;
    return setting(db, QStringLiteral("kyc.sla_hours.") + caseType, fallback, 1, 24 * 365);
}

qint64 riskThreshold(const QSqlDatabase &db)
{
    return setting(db, QStringLiteral("kyc.four_eyes.risk_threshold"), 70, 0, 100);
}

qint64 retentionDays(const QSqlDatabase &db)
{
    return setting(db, QStringLiteral("kyc.retention_days"), 90, 1, 36500);
}

QJsonObject CaseRow::auditState() const
{
    return QJsonObject{{QStringLiteral("state"), state},
                       {QStringLiteral("version"), version},
                       {QStringLiteral("attempts"), attempts},
                       {QStringLiteral("assigned_operator_id"), assignedTo},
                       {QStringLiteral("first_decision"), firstDecision},
                       {QStringLiteral("first_decided_by"), firstDecidedBy},
                       {QStringLiteral("decided_by"), decidedBy}};
}

CaseRow loadCase(const QSqlDatabase &db, qint64 id)
{
    Query row(db,
              QStringLiteral("SELECT id, user_id, case_type, state, risk_score, watchlist_hits, "
                             "attempts, version, assigned_operator_id, first_decision, "
                             "first_decided_by, first_decided_at, decided_by, decided_at, "
                             "submitted_at, due_at FROM kyc_cases WHERE id = ?"),
              {id});
    if (!row.next())
        throw Error::notFound(QStringLiteral("KYC case %1 does not exist").arg(id));
    CaseRow c;
    c.id = row.value(0).toLongLong();
    c.userId = row.value(1).toLongLong();
    c.caseType = row.value(2).toString();
    c.state = row.value(3).toString();
    c.riskScore = row.value(4).toInt();
    c.watchlistHits = row.value(5).toInt();
    c.attempts = row.value(6).toInt();
    c.version = row.value(7).toLongLong();
    c.assignedTo = row.value(8).toLongLong();
    c.firstDecision = row.value(9).toString();
    c.firstDecidedBy = row.value(10).toLongLong();
    c.firstDecidedAt = row.value(11).toLongLong();
    c.decidedBy = row.value(12).toLongLong();
    c.decidedAt = row.value(13).toLongLong();
    c.submittedAt = row.value(14).toLongLong();
    c.dueAt = row.value(15).toLongLong();
    return c;
}

Error staleVersion(const QSqlDatabase &db, qint64 id)
{
    return AuditLog::staleVersion(db, QStringLiteral("kyc_case"), QString::number(id),
                                  QStringLiteral("KYC case %1").arg(id));
}

QString operatorName(const QSqlDatabase &db, qint64 operatorId)
{
    if (operatorId <= 0)
        return {};
    return Query::scalar(db, QStringLiteral("SELECT display_name FROM operators WHERE id = ?"),
                         {operatorId})
        .toString();
}

void recordStep(CommandContext &ctx, const CaseRow &row, const QString &action, const QString &item,
                const QString &templateCode, const QString &message, const QString &note)
{
    Query(ctx.db(),
          QStringLiteral("INSERT INTO kyc_case_events (case_id, attempt, operator_id, actor, "
                         "action, item, template, applicant_message, note, at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
          {row.id, row.attempts, nullableId(ctx.principal().operatorId),
           ctx.principal().actorName(), action, nullable(item), nullable(templateCode),
           nullable(message), nullable(note), ctx.now()});
}

QJsonObject caseView(const QSqlDatabase &db, qint64 id, qint64 now)
{
    Query row(db,
              QStringLiteral(
                  "SELECT c.id, c.user_id, c.case_type, c.state, c.provider, c.risk_score, "
                  "c.watchlist_hits, c.country, c.attempts, c.submitted_at, c.due_at, "
                  "c.assigned_operator_id, c.assigned_at, c.first_decision, c.first_decided_by, "
                  "c.first_decided_at, c.decided_by, c.decided_at, c.decision_reason, "
                  "c.created_at, c.updated_at, c.version, "
                  "CASE WHEN c.birthdate_encrypted IS NULL THEN 0 ELSE 1 END, "
                  "u.first_name, u.last_name, u.email, u.status, u.country, u.city, "
                  "u.age_verified, u.created_at, "
                  "CASE WHEN u.phone_encrypted IS NULL THEN 0 ELSE 1 END, "
                  "ao.display_name, fo.display_name, dob.display_name "
                  "FROM kyc_cases c JOIN users u ON u.id = c.user_id "
                  "LEFT JOIN operators ao ON ao.id = c.assigned_operator_id "
                  "LEFT JOIN operators fo ON fo.id = c.first_decided_by "
                  "LEFT JOIN operators dob ON dob.id = c.decided_by "
                  "WHERE c.id = ?"),
              {id});
    if (!row.next())
        throw Error::notFound(QStringLiteral("KYC case %1 does not exist").arg(id));
    const QString caseType = row.value(2).toString();
    const QString state = row.value(3).toString();
    const int riskScore = row.value(5).toInt();
    const int watchlistHits = row.value(6).toInt();
    const int attempts = row.value(8).toInt();
    const qint64 dueAt = row.value(10).toLongLong();
    const QString firstDecision = row.value(13).toString();
    const qint64 threshold = riskThreshold(db);
    const bool highRisk = riskScore > threshold || watchlistHits > 0;
    const bool hasBirthdate = row.value(22).toInt() != 0;
    const bool hasPhone = row.value(31).toInt() != 0;

    QJsonObject view{
        {QStringLiteral("id"), row.value(0).toLongLong()},
        {QStringLiteral("user_id"), row.value(1).toLongLong()},
        {QStringLiteral("case_type"), caseType},
        {QStringLiteral("state"), state},
        {QStringLiteral("provider"), row.value(4).toString()},
        {QStringLiteral("risk_score"), riskScore},
        {QStringLiteral("watchlist_hits"), watchlistHits},
        {QStringLiteral("high_risk"), highRisk},
        {QStringLiteral("risk_threshold"), threshold},
        {QStringLiteral("country"), row.value(7).toString()},
        {QStringLiteral("attempts"), attempts},
        {QStringLiteral("submitted_at"), row.value(9).toLongLong()},
        {QStringLiteral("due_at"), dueAt},
        {QStringLiteral("overdue"), isOpenState(state) && dueAt > 0 && dueAt < now},
        {QStringLiteral("sla_hours"), slaHours(db, caseType)},
        {QStringLiteral("assigned_to_id"), row.value(11).toLongLong()},
        {QStringLiteral("assigned_to_name"), row.value(32).toString()},
        {QStringLiteral("assigned_at"), row.value(12).toLongLong()},
        {QStringLiteral("first_decision"), firstDecision},
        {QStringLiteral("first_decided_by_id"), row.value(14).toLongLong()},
        {QStringLiteral("first_decided_by"), row.value(33).toString()},
        {QStringLiteral("first_decided_at"), row.value(15).toLongLong()},
        {QStringLiteral("needs_second_review"),
         firstDecision == QLatin1String("approve") && isOpenState(state)},
        {QStringLiteral("created_at"), row.value(19).toLongLong()},
        {QStringLiteral("updated_at"), row.value(20).toLongLong()},
        {QStringLiteral("version"), row.value(21).toLongLong()},
        {QStringLiteral("has_birthdate"), hasBirthdate},
        {QStringLiteral("birthdate_masked"), hasBirthdate ? kDateMask : QString()},
        {QStringLiteral("now"), now},
    };
    view.insert(QStringLiteral("applicant"),
                QJsonObject{
                    {QStringLiteral("id"), row.value(1).toLongLong()},
                    {QStringLiteral("name"), QStringLiteral("%1 %2").arg(row.value(23).toString(),
                                                                         row.value(24).toString())},
                    {QStringLiteral("email"), row.value(25).toString()},
                    {QStringLiteral("status"), row.value(26).toString()},
                    {QStringLiteral("country"), row.value(27).toString()},
                    {QStringLiteral("city"), row.value(28).toString()},
                    {QStringLiteral("age_verified"), row.value(29).toBool()},
                    {QStringLiteral("created_at"), row.value(30).toLongLong()},
                    {QStringLiteral("has_phone"), hasPhone},
                    {QStringLiteral("phone_masked"), hasPhone ? kMask : QString()},
                });
    QJsonObject decision{{QStringLiteral("decided_by"), row.value(16).toLongLong()},
                         {QStringLiteral("decided_by_name"), row.value(34).toString()},
                         {QStringLiteral("decided_at"), row.value(17).toLongLong()},
                         {QStringLiteral("reason"), row.value(18).toString()},
                         {QStringLiteral("action"), QString()},
                         {QStringLiteral("template"), QString()},
                         {QStringLiteral("applicant_message"), QString()},
                         {QStringLiteral("note"), QString()}};

    // The sealed columns are only tested for presence: their bytes are never read here.
    Query documents(db,
                    QStringLiteral("SELECT id, kind, attempt, mime_type, issuing_country, "
                                   "expires_at, uploaded_at, "
                                   "CASE WHEN document_number_encrypted IS NULL THEN 0 ELSE 1 END, "
                                   "CASE WHEN content_encrypted IS NULL THEN 0 ELSE 1 END, "
                                   "purged_at FROM kyc_documents WHERE case_id = ? "
                                   "ORDER BY attempt DESC, id"),
                    {id});
    QJsonArray documentList;
    while (documents.next()) {
        const bool hasNumber = documents.value(7).toInt() != 0;
        const qint64 purgedAt = documents.value(9).toLongLong();
        documentList << QJsonObject{
            {QStringLiteral("id"), documents.value(0).toLongLong()},
            {QStringLiteral("kind"), documents.value(1).toString()},
            {QStringLiteral("attempt"), documents.value(2).toInt()},
            {QStringLiteral("mime_type"), documents.value(3).toString()},
            {QStringLiteral("issuing_country"), documents.value(4).toString()},
            {QStringLiteral("expires_at"), documents.value(5).toLongLong()},
            {QStringLiteral("uploaded_at"), documents.value(6).toLongLong()},
            {QStringLiteral("has_number"), hasNumber},
            {QStringLiteral("number_masked"), hasNumber ? kMask : QString()},
            {QStringLiteral("has_content"), documents.value(8).toInt() != 0},
            {QStringLiteral("purged"), purgedAt > 0},
            {QStringLiteral("purged_at"), purgedAt},
        };
    }
    view.insert(QStringLiteral("documents"), documentList);
    QJsonArray attemptList;
    for (int attempt = attempts; attempt >= 1; --attempt)
        attemptList << attempt;
    view.insert(QStringLiteral("attempts_list"), attemptList);

    Query checks(db,
                 QStringLiteral("SELECT id, document_id, provider, document_authenticity, "
                                "face_match_score, liveness_score, watchlist_hits, result, "
                                "checked_at FROM kyc_checks WHERE case_id = ? "
                                "ORDER BY checked_at DESC, id DESC"),
                 {id});
    QJsonArray checkList;
    while (checks.next())
        checkList << QJsonObject{
            {QStringLiteral("id"), checks.value(0).toLongLong()},
            {QStringLiteral("document_id"), checks.value(1).toLongLong()},
            {QStringLiteral("provider"), checks.value(2).toString()},
            {QStringLiteral("document_authenticity"), checks.value(3).toString()},
            {QStringLiteral("face_match_score"),
             checks.value(4).isNull() ? QJsonValue() : QJsonValue(checks.value(4).toInt())},
            {QStringLiteral("liveness_score"),
             checks.value(5).isNull() ? QJsonValue() : QJsonValue(checks.value(5).toInt())},
            {QStringLiteral("watchlist_hits"), checks.value(6).toInt()},
            {QStringLiteral("result"), checks.value(7).toString()},
            {QStringLiteral("checked_at"), checks.value(8).toLongLong()},
        };
    view.insert(QStringLiteral("checks"), checkList);

    Query items(db,
                QStringLiteral("SELECT i.item, i.label, k.checked_at, o.display_name "
                               "FROM kyc_checklist_items i "
                               "LEFT JOIN kyc_case_checklist k ON k.case_id = ? "
                               "AND k.attempt = ? AND k.item = i.item "
                               "LEFT JOIN operators o ON o.id = k.checked_by "
                               "WHERE i.case_type = ? ORDER BY i.position, i.item"),
                {id, attempts, caseType});
    QJsonArray checklist;
    bool complete = true;
    while (items.next()) {
        const bool done = !items.value(2).isNull();
        complete = complete && done;
        checklist << QJsonObject{{QStringLiteral("item"), items.value(0).toString()},
                                 {QStringLiteral("label"), items.value(1).toString()},
                                 {QStringLiteral("done"), done},
                                 {QStringLiteral("by"), items.value(3).toString()},
                                 {QStringLiteral("at"), items.value(2).toLongLong()}};
    }
    view.insert(QStringLiteral("checklist"), checklist);
    view.insert(QStringLiteral("checklist_complete"), complete);

    Query steps(db,
                QStringLiteral("SELECT e.at, e.actor, e.action, e.attempt, e.item, e.template, "
                               "e.applicant_message, e.note, o.display_name "
                               "FROM kyc_case_events e LEFT JOIN operators o "
                               "ON o.id = e.operator_id WHERE e.case_id = ? "
                               "ORDER BY e.id DESC LIMIT 200"),
                {id});
    QJsonArray history;
    bool decisionFound = false;
    static const QStringList decisions{QStringLiteral("approved"), QStringLiteral("rejected"),
                                       QStringLiteral("resubmission_requested"),
                                       QStringLiteral("escalated")};
    while (steps.next()) {
        const QString name = steps.value(8).toString();
        const QString action = steps.value(2).toString();
        const QJsonObject step{
            {QStringLiteral("at"), steps.value(0).toLongLong()},
            {QStringLiteral("operator_name"), name.isEmpty() ? steps.value(1).toString() : name},
            {QStringLiteral("action"), action},
            {QStringLiteral("attempt"), steps.value(3).toInt()},
            {QStringLiteral("item"), steps.value(4).toString()},
            {QStringLiteral("template"), steps.value(5).toString()},
            {QStringLiteral("applicant_message"), steps.value(6).toString()},
            {QStringLiteral("note"), steps.value(7).toString()},
        };
        history << step;
        if (!decisionFound && decisions.contains(action)) {
            decisionFound = true;
            decision.insert(QStringLiteral("action"), action);
            decision.insert(QStringLiteral("template"), step.value(QStringLiteral("template")));
            decision.insert(QStringLiteral("applicant_message"),
                            step.value(QStringLiteral("applicant_message")));
            decision.insert(QStringLiteral("note"), step.value(QStringLiteral("note")));
        }
    }
    view.insert(QStringLiteral("decision"), decision);
    view.insert(QStringLiteral("history"), history);
    return view;
}

} // namespace Steward::Kyc
