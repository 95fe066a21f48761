#pragma once

namespace Steward::Shell {
class ModuleRegistry;
}

namespace Steward::Kyc {

/** Adds what the KYC module contributes to the console: the Verification page, for operators
 *  holding kyc.view. */
void setupKycUi(Shell::ModuleRegistry &registry);

} // namespace Steward::Kyc
