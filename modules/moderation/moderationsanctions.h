#pragma once

#include "moderationrecords.h"

#include <QJsonObject>

namespace Steward::Moderation {

/** What a decision or a ladder step does to the user's account. */
struct Sanction
{
    enum Kind { None, Suspend, Ban } kind = None;
    int days = 0; ///< Suspend only.

    /** The stronger of two sanctions: a ban beats any suspension, a longer suspension a shorter
     *  one. */
    static Sanction stronger(const Sanction &a, const Sanction &b);
};

/** The user's status fields as the audit log and the decision result show them. */
QJsonObject userState(const QSqlDatabase &db, qint64 userId);

/** Applies @p sanction to the user unless their account already carries an equal or stronger
 *  one (a banned user stays banned; a longer suspension is kept): users.status, suspended_until,
 *  status_reason and version change, audited, with user:suspended / user:banned. Returns the
 *  user's state afterwards. */
QJsonObject applySanction(CommandContext &ctx, Effects &effects, qint64 userId,
                          const Sanction &sanction, const QString &reason);

/** Sets a suspended or banned user active again (user:reinstated); returns the state after. */
QJsonObject reinstate(CommandContext &ctx, Effects &effects, qint64 userId, const QString &reason);

/** Total weight of the user's strikes that are neither revoked nor expired at @p now. */
int activeStrikeWeight(const QSqlDatabase &db, qint64 userId, qint64 now);

} // namespace Steward::Moderation
