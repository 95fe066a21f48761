#pragma once

namespace Steward::Shell {
class ModuleRegistry;
}

namespace Steward::Finance {

/** Registers the pages of the Finance sidebar group (sidebar order 60-69, finance.view). */
void setupFinanceUi(Shell::ModuleRegistry &registry);

} // namespace Steward::Finance
