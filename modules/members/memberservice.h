#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Steward {
class ServiceLayer;
}

namespace Steward::Members {

namespace Permission {
/** The queue, members and draws. */
inline const QString View = QStringLiteral("members.view");
/** Drafting a draw (the maker). */
inline const QString Draw = QStringLiteral("members.draw");
/** Approving or rejecting a draft (the checker, never its maker). */
inline const QString Approve = QStringLiteral("members.approve");
} // namespace Permission

/** Registers the member programme's permissions and commands: members.list, members.get,
 *  members.draws, members.draw, members.draft_draw, members.verify_draw, members.approve_draw
 *  and members.reject_draw. */
void setupMembersService(ServiceLayer &services);

/** Recomputes a member's tenure, months paid, missed payments and last payment from
 *  member_payments (months due at @p now) and standing_rank from standing, inside the caller's
 *  write transaction. */
void recomputeMember(QSqlDatabase &db, qint64 userId, qint64 now);
/** recomputeMember() for every member (after a bulk import of payment history). */
void recomputeMembers(QSqlDatabase &db, qint64 now);

} // namespace Steward::Members
