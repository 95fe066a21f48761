#pragma once

#include <QString>

/** The moderation permissions, declared with their roles by setupModerationService(); the table
 *  is in docs/security.md. */
namespace Steward::Moderation::Permission {
/** Queues, reports, policies and the ladder (moderators, admins). */
inline const QString View = QStringLiteral("moderation.view");
/** A person's moderation and verification history (support, moderators, admins). */
inline const QString Timeline = QStringLiteral("moderation.timeline");
/** Claim, release, decide and bulk-decide reports (moderators, admins). */
inline const QString Decide = QStringLiteral("moderation.decide");
/** The ban decision (admins). */
inline const QString Ban = QStringLiteral("moderation.ban");
/** Decide appeals against another moderator's decision (moderators, admins). */
inline const QString Appeal = QStringLiteral("moderation.appeal");
/** Hand a report to another moderator, and list who can take one (moderators, admins). */
inline const QString Assign = QStringLiteral("moderation.assign");
/** Edit policy reasons and the strike ladder (admins). */
inline const QString Policy = QStringLiteral("moderation.policy");
/** File reports and appeals on a user's behalf (support, moderators, admins). */
inline const QString Report = QStringLiteral("moderation.report");
} // namespace Steward::Moderation::Permission
