#pragma once

#include "ledger.h"

#include <QString>

#include <optional>

namespace Steward {

class ServiceLayer;

namespace Finance {

/** Permission names the payouts.* commands require (finance and admins). */
namespace PayoutPermission {
/** Payee balances, holds, runs, payouts, payment files, reconciliation. */
inline const QString View = QStringLiteral("payouts.view");
/** Preview, create and cancel payout runs. */
inline const QString Prepare = QStringLiteral("payouts.prepare");
/** Approve runs and payouts, execute them, mark them paid, failed or returned. */
inline const QString Approve = QStringLiteral("payouts.approve");
/** Place and release payee holds. */
inline const QString Hold = QStringLiteral("payouts.hold");
} // namespace PayoutPermission

/** The payable a payout of @p payeeType is paid from (creator -> CreatorPayable, member ->
 *  MemberPayable, …); nullopt for dao_grant (paid from the DAO treasury) and unknown types. */
std::optional<Purpose> payablePurposeOf(const QString &payeeType);

/** Declares the payouts permissions and registers the payouts.* commands. */
void setupPayoutService(ServiceLayer &services);

} // namespace Finance
} // namespace Steward
