#pragma once

#include <QString>

namespace Steward {

class ServiceLayer;

/** KYC review: applicants' verification cases (age, identity, business, driver, host), the
 *  reviewer's checklist, four-eyes approval of high-risk cases, the approval's effects on the
 *  user's flags and roles, audited reveals of sealed personal data, and the retention purge. */
namespace Kyc {

/** Permission names the KYC commands require; the UI uses them to hide what a role may not do. */
namespace Permission {
/** Queues, counts and cases with personal data masked: moderators and admins. */
inline const QString View = QStringLiteral("kyc.view");
/** Claim, release, tick the checklist, approve, reject, request resubmission, escalate. */
inline const QString Decide = QStringLiteral("kyc.decide");
/** Reveal a sealed field (birthdate, phone, document numbers, document images) with a reason;
 *  every reveal is audited. */
inline const QString Reveal = QStringLiteral("kyc.reveal");
/** Purge the documents of cases decided longer ago than the retention period: admins. */
inline const QString Purge = QStringLiteral("kyc.purge");
/** The platform's intake of applicants' uploads (new cases and new attempts): admins and the
 *  system principal only, so no reviewer can put documents into a case. */
inline const QString Intake = QStringLiteral("kyc.intake");
} // namespace Permission

/** Declares the KYC permissions and registers the kyc.* commands. */
void setupKycService(ServiceLayer &services);

} // namespace Kyc
} // namespace Steward
