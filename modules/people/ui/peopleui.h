#pragma once

namespace Steward::Shell {
class ModuleRegistry;
}

namespace Steward::People {

/** Adds what the People module contributes to the console: the People page and the Ctrl+K
 *  "Find person…" action, both for operators holding people.view. */
void setupPeopleUi(Shell::ModuleRegistry &registry);

} // namespace Steward::People
