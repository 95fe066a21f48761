#pragma once

#include "daorules.h"

#include <QSqlDatabase>
#include <QString>

namespace Steward {
class ServiceLayer;
}

namespace Steward::Dao {

namespace Permission {
/** Proposals, votes, the treasury and staking. */
inline const QString View = QStringLiteral("dao.view");
/** Filing proposals and votes on behalf of platform users, queueing, canceling, staking and the
 *  governance settings. */
inline const QString Manage = QStringLiteral("dao.manage");
/** Approving and executing a queued proposal's transfer. */
inline const QString Execute = QStringLiteral("dao.execute");
} // namespace Permission

/** The governance settings new proposals freeze now (app_settings dao.*). */
Settings currentSettings(const QSqlDatabase &db);

/** Tokens staked at instant @p at (staked before it and not unstaked before it). */
qint64 totalStakedAt(const QSqlDatabase &db, qint64 at);
/** @p userId's voting power at instant @p at. */
qint64 votingPowerAt(const QSqlDatabase &db, qint64 userId, qint64 at);

/** Registers the DAO's permissions and commands: dao.settings, dao.set_settings, dao.proposals,
 *  dao.proposal, dao.create, dao.vote, dao.queue, dao.approve_execution, dao.execute,
 *  dao.cancel, dao.seal, dao.treasury, dao.staking, dao.stakes, dao.stake, dao.lock and
 *  dao.unstake. */
void setupDaoService(ServiceLayer &services);

} // namespace Steward::Dao
