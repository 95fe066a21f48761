#pragma once

namespace Steward {

class ServiceLayer;

/** Registers every module's commands, permissions and event handlers on @p services. Adding a
 *  service module adds one line to stewardservices.cpp. */
void setupServices(ServiceLayer &services);

} // namespace Steward
