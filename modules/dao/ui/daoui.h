#pragma once

namespace Steward::Shell {
class ModuleRegistry;
}

namespace Steward::Dao {

/** Adds the DAO page to the console: admins act on it, finance reads it (dao.view). */
void setupDaoUi(Shell::ModuleRegistry &registry);

} // namespace Steward::Dao
