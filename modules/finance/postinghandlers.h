#pragma once

#include "outbox.h"

#include <QList>

namespace Steward {

class Clock;
class ServiceLayer;

namespace Finance {

/** The outbox handlers that turn the platform's money events into ledger transactions (see
 *  docs/finance.md, "Posting rules"). Each posts through Ledger with an idempotency key named
 *  after the source ("ride:17", "refund:4"), so a redelivered or repeated event changes
 *  nothing. An event with a missing or inconsistent field throws, and the dispatcher retries
 *  it from there on its next pass. */
QList<EventHandler> postingHandlers(const Clock &clock);

/** Adds postingHandlers() to services.events(). */
void registerPostingHandlers(ServiceLayer &services);

} // namespace Finance
} // namespace Steward
