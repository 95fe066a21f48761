#include "kycui.h"

#include "kycpage.h"

#include "kycservice.h"

#include "moduleregistry.h"

#include <QIcon>

namespace Steward::Kyc {

void setupKycUi(Shell::ModuleRegistry &registry)
{
    registry.addPage({QStringLiteral("kyc"), KycPage::tr("Verification"),
                      QIcon::fromTheme(QStringLiteral("security-high")), Permission::View, 20,
                      [](Shell::ConsoleSession &session, QWidget *parent) -> QWidget * {
                          return new KycPage(session, parent);
                      }});
}

} // namespace Steward::Kyc
