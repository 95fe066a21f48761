#include "financeui.h"

#include "payoutservice.h"
#include "payoutspage.h"
#include "reconciliationpage.h"
#include "revenuepage.h"

#include "financeservice.h"

#include "mainwindow.h"
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
    registry.addPage(
        {QStringLiteral("payouts"), PayoutsPage::tr("Payouts"),
         QIcon::fromTheme(QStringLiteral("mail-send")), PayoutPermission::View, 61,
         [](Shell::ConsoleSession &session, QWidget *parent) -> QWidget * {
             auto *page = new PayoutsPage(session, parent);
             // Reconcile opens the Reconciliation page on the selected payout.
             QObject::connect(page, &PayoutsPage::reconcileRequested, page, [page](qint64 id) {
                 auto *window = qobject_cast<Shell::MainWindow *>(page->window());
                 if (!window || !window->showPage(QStringLiteral("reconciliation")))
                     return;
                 if (auto *target = qobject_cast<ReconciliationPage *>(
                         window->pageWidget(QStringLiteral("reconciliation"))))
                     target->showPayout(id);
             });
             return page;
         }});
    registry.addPage({QStringLiteral("reconciliation"), ReconciliationPage::tr("Reconciliation"),
                      QIcon::fromTheme(QStringLiteral("edit-find")), PayoutPermission::View, 62,
                      [](Shell::ConsoleSession &session, QWidget *parent) -> QWidget * {
                          return new ReconciliationPage(session, parent);
                      }});
}

} // namespace Steward::Finance
