#include "financeui.h"

#include "revenuepage.h"

#include "financeservice.h"

#include "moduleregistry.h"

#include <QIcon>

namespace Steward::Finance {

void setupFinanceUi(Shell::ModuleRegistry &registry)
{
    // The Finance group: pages 60-69 in the sidebar, one addPage per page.
    registry.addPage({QStringLiteral("revenue"), RevenuePage::tr("Revenue"),
                      QIcon::fromTheme(QStringLiteral("office-chart-bar")), Permission::View, 60,
                      [](Shell::ConsoleSession &session, QWidget *parent) -> QWidget * {
                          return new RevenuePage(session, parent);
                      }});
}

} // namespace Steward::Finance
