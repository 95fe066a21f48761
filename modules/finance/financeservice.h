#pragma once

#include <QString>

namespace Steward {

class ServiceLayer;

/** Finance: the platform's double-entry ledger (see Ledger) and the commands that read it and
 *  post to it. */
namespace Finance {

/** Permission names the finance commands require. */
namespace Permission {
/** Accounts, balances and transactions: finance and admins. */
inline const QString View = QStringLiteral("finance.view");
/** Post a balanced transaction by hand: finance and admins. */
inline const QString Post = QStringLiteral("finance.post");
/** Reverse a posted transaction, with a reason: finance and admins. */
inline const QString Reverse = QStringLiteral("finance.reverse");
} // namespace Permission

/** Declares the finance permissions and registers the finance.* commands. */
void setupFinanceService(ServiceLayer &services);

} // namespace Finance
} // namespace Steward
