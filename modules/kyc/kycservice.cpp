#include "kycservice.h"

#include "kyccase.h"
#include "servicelayer.h"

namespace Steward::Kyc {

namespace {

void declarePermissions()
{
    Permissions::declare(Permission::View,
                         QStringLiteral("See KYC queues and cases, personal data masked"),
                         {Role::Moderator, Role::Admin});
    Permissions::declare(Permission::Decide,
                         QStringLiteral("Review KYC cases: claim, checklist, approve, reject, "
                                        "request resubmission, escalate"),
                         {Role::Moderator, Role::Admin});
    // Reviewers cannot judge a document they may not see; every reveal names its reason and is
    // audited. Support and finance never need an applicant's identity documents.
    Permissions::declare(Permission::Reveal,
                         QStringLiteral("Reveal a KYC applicant's sealed personal data, with a "
                                        "reason (audited)"),
                         {Role::Moderator, Role::Admin});
    Permissions::declare(Permission::Purge,
                         QStringLiteral("Purge the documents of KYC cases past retention"),
                         {Role::Admin});
    Permissions::declare(Permission::Intake,
                         QStringLiteral("Record applicants' KYC submissions from the platform"),
                         {Role::Admin});
}

CommandSpec query(const QString &name, const QString &description,
                  std::function<QJsonValue(CommandContext &)> handle)
{
    return {name, Permission::View, description, false, {}, std::move(handle)};
}

CommandSpec write(const QString &name, const QString &permission, const QString &description,
                  std::function<QJsonValue(CommandContext &)> handle)
{
    return {name, permission, description, true, {}, std::move(handle)};
}

} // namespace

void setupKycService(ServiceLayer &services)
{
    declarePermissions();
    CommandBus &bus = services.bus();
    const PersonalDataVault &vault = services.personalData();
    bus.add(query(QStringLiteral("kyc.counts"),
                  QStringLiteral("KYC cases per state and per type, with the overdue ones"),
                  counts));
    bus.add(query(QStringLiteral("kyc.list"),
                  QStringLiteral("KYC cases paged by key: state, case_type, overdue, mine, "
                                 "second_review, text, after, limit"),
                  listCases));
    bus.add(query(QStringLiteral("kyc.get"),
                  QStringLiteral("A KYC case with documents, checks, checklist and history, "
                                 "personal data masked: id"),
                  getCase));
    bus.add(query(QStringLiteral("kyc.templates"),
                  QStringLiteral("Reason templates for rejections and resubmission requests"),
                  templates));
    bus.add(write(QStringLiteral("kyc.claim"), Permission::Decide,
                  QStringLiteral("Take a pending or escalated KYC case: id, version"), claim));
    bus.add(write(QStringLiteral("kyc.release"), Permission::Decide,
                  QStringLiteral("Hand a KYC case back to the queue: id, version"), release));
    bus.add(write(QStringLiteral("kyc.check"), Permission::Decide,
                  QStringLiteral("Tick or untick a checklist item: id, version, item, done"),
                  check));
    bus.add(write(QStringLiteral("kyc.approve"), Permission::Decide,
                  QStringLiteral("Approve a KYC case (high risk needs a second reviewer): id, "
                                 "version, note"),
                  approve));
    bus.add(write(QStringLiteral("kyc.reject"), Permission::Decide,
                  QStringLiteral("Reject a KYC case: id, version, template, message, note"),
                  reject));
    bus.add(write(QStringLiteral("kyc.request_resubmission"), Permission::Decide,
                  QStringLiteral("Ask the applicant for new documents: id, version, template, "
                                 "message, note"),
                  requestResubmission));
    bus.add(write(QStringLiteral("kyc.escalate"), Permission::Decide,
                  QStringLiteral("Escalate a KYC case to a senior reviewer: id, version, note"),
                  escalate));
    bus.add(write(QStringLiteral("kyc.reveal"), Permission::Reveal,
                  QStringLiteral("Reveal one sealed field of a KYC case, audited: id, field, "
                                 "document_id, attempt, reason"),
                  [&vault](CommandContext &ctx) { return reveal(ctx, vault); }));
    bus.add(write(QStringLiteral("kyc.submit"), Permission::Intake,
                  QStringLiteral("Open a KYC case from an applicant's upload: user_id, "
                                 "case_type, documents, birthdate, checks, risk_score"),
                  [&vault](CommandContext &ctx) { return submit(ctx, vault); }));
    bus.add(write(QStringLiteral("kyc.resubmit"), Permission::Intake,
                  QStringLiteral("Record an applicant's new attempt: id, documents, birthdate, "
                                 "checks"),
                  [&vault](CommandContext &ctx) { return resubmit(ctx, vault); }));
    bus.add(write(QStringLiteral("kyc.purge"), Permission::Purge,
                  QStringLiteral("Purge the documents of KYC cases decided before the retention "
                                 "period: older_than_days"),
                  purge));
}

} // namespace Steward::Kyc
