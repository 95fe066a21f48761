#pragma once

namespace Steward::Shell {
class ModuleRegistry;
}

namespace Steward::Members {

/** Adds the Member programme page (Finance) for operators holding members.view. */
void setupMembersUi(Shell::ModuleRegistry &registry);

} // namespace Steward::Members
