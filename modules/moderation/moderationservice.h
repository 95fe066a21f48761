#pragma once

namespace Steward {
class ServiceLayer;
}

namespace Steward::Moderation {

/** Registers the moderation permissions and commands: queues and reports paged by priority,
 *  leases, decisions with strikes and the strike ladder, bulk decisions, appeals, the subject
 *  timeline, policies, the ladder and per-operator preferences (docs/moderation.md). */
void setupModerationService(ServiceLayer &services);

} // namespace Steward::Moderation
