#pragma once

namespace Steward::Shell {
class ModuleRegistry;
}

namespace Steward::Admin {

/** Adds what the administration module contributes to the console: the Operators page (for
 *  operators.manage) and the Audit log page (for audit.view). */
void setupAdminUi(Shell::ModuleRegistry &registry);

} // namespace Steward::Admin
