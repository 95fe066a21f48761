#pragma once

namespace Steward {
class ServiceLayer;
}

namespace Steward::Admin {

/** Registers the operator administration and audit commands (`operator.*`, `audit.*`). */
void setupAdminService(ServiceLayer &services);

} // namespace Steward::Admin
