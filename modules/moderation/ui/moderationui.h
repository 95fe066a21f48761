#pragma once

namespace Steward::Shell {
class ModuleRegistry;
}

namespace Steward::Moderation {

/** Adds what the Moderation module contributes to the console: the Moderation page (queues,
 *  report list and detail, keyboard triage) for moderation.view, the Moderation policy page
 *  for moderation.policy, the Ctrl+Shift+T "Moderation timeline of a person…" action for
 *  moderation.timeline (support staff too), and the Moderation tab of the settings. */
void setupModerationUi(Shell::ModuleRegistry &registry);

} // namespace Steward::Moderation
