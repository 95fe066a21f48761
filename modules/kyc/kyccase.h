#pragma once

// What the KYC commands share: a case as the decision code sees it, the review settings, the
// full case view every write command returns, and the command handlers themselves.

#include "commandbus.h"
#include "personaldata.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Steward::Kyc {

/** The states an operator works on. The SQL text is the partial indexes' predicate verbatim
 *  (sql/012_kyc.sql): both databases use those indexes only when a query repeats it. */
inline const QString kOpenPredicate =
    QStringLiteral("state IN ('pending', 'in_review', 'escalated')");

const QStringList &caseTypes();
/** All six, in queue order: pending, in_review, escalated, resubmission_requested, approved,
 *  rejected. */
const QStringList &caseStates();
bool isOpenState(const QString &state);

/** Review settings (app_settings), with their defaults when a row is missing or unusable. */
qint64 slaHours(const QSqlDatabase &db, const QString &caseType);
qint64 riskThreshold(const QSqlDatabase &db);
qint64 retentionDays(const QSqlDatabase &db);

/** The columns of a case the decision code needs. */
struct CaseRow
{
    qint64 id = 0;
    qint64 userId = 0;
    QString caseType;
    QString state;
    int riskScore = 0;
    int watchlistHits = 0;
    int attempts = 1;
    qint64 version = 0;
    qint64 assignedTo = 0;
    QString firstDecision;
    qint64 firstDecidedBy = 0;
    qint64 firstDecidedAt = 0;
    qint64 decidedBy = 0;
    qint64 decidedAt = 0;
    qint64 submittedAt = 0;
    qint64 dueAt = 0;

    /** Four-eyes applies: risk above the threshold or any watchlist hit. */
    bool isHighRisk(qint64 threshold) const { return riskScore > threshold || watchlistHits > 0; }
    /** What the audit log keeps of a case: its workflow state, never personal data. */
    QJsonObject auditState() const;
};

/** The case; throws Error::notFound for an unknown id. */
CaseRow loadCase(const QSqlDatabase &db, qint64 id);

/** "case N was already changed by X at T": who last touched the case, for the operator who lost
 *  a race. */
Error staleVersion(const QSqlDatabase &db, qint64 id);

/** NULL for an empty string / a non-positive id, else the value: for binding. */
QVariant nullable(const QString &text);
QVariant nullableId(qint64 id);

/** The operator's display name, or "" for 0 / unknown. */
QString operatorName(const QSqlDatabase &db, qint64 operatorId);

/** The full case as kyc.get returns it: applicant, documents by attempt, provider checks, the
 *  current attempt's checklist, four-eyes state, decision record and history. Personal data
 *  masked; nothing sealed is opened. */
QJsonObject caseView(const QSqlDatabase &db, qint64 id, qint64 now);

/** Appends a step to the case's history (kyc_case_events) in the command's transaction. */
void recordStep(CommandContext &ctx, const CaseRow &row, const QString &action,
                const QString &item = {}, const QString &templateCode = {},
                const QString &message = {}, const QString &note = {});

// Command handlers (kycqueue.cpp, kycdecisions.cpp, kycpersonaldata.cpp).
QJsonValue counts(CommandContext &ctx);
QJsonValue listCases(CommandContext &ctx);
QJsonValue getCase(CommandContext &ctx);
QJsonValue templates(CommandContext &ctx);
QJsonValue claim(CommandContext &ctx);
QJsonValue release(CommandContext &ctx);
QJsonValue check(CommandContext &ctx);
QJsonValue approve(CommandContext &ctx);
QJsonValue reject(CommandContext &ctx);
QJsonValue requestResubmission(CommandContext &ctx);
QJsonValue escalate(CommandContext &ctx);
QJsonValue submit(CommandContext &ctx, const PersonalDataVault &vault);
QJsonValue resubmit(CommandContext &ctx, const PersonalDataVault &vault);
QJsonValue reveal(CommandContext &ctx, const PersonalDataVault &vault);
QJsonValue purge(CommandContext &ctx);

} // namespace Steward::Kyc
