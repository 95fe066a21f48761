#pragma once

namespace Steward {

class ServiceLayer;

namespace Finance {

/** Registers the revenue analytics commands (finance.revenue, finance.mrr, finance.top_payees,
 *  finance.revenue_transactions); all read the rollups of RevenueRollups and need finance.view. */
void registerRevenueCommands(ServiceLayer &services);

} // namespace Finance
} // namespace Steward
