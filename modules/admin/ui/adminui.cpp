#include "adminui.h"

#include "auditpage.h"
#include "operatorspage.h"

#include "consolesession.h"
#include "moduleregistry.h"
#include "permissions.h"

#include <QIcon>

namespace Steward::Admin {

void setupAdminUi(Shell::ModuleRegistry &registry)
{
    registry.addPage({QStringLiteral("operators"), OperatorsPage::tr("Operators"),
                      QIcon::fromTheme(QStringLiteral("preferences-system-users")),
                      Permission::OperatorsManage, 90,
                      [](Shell::ConsoleSession &session, QWidget *parent) -> QWidget * {
                          return new OperatorsPage(session, parent);
                      }});
    registry.addPage({QStringLiteral("audit"), AuditPage::tr("Audit log"),
                      QIcon::fromTheme(QStringLiteral("document-properties")),
                      Permission::AuditView, 95,
                      [](Shell::ConsoleSession &session, QWidget *parent) -> QWidget * {
                          return new AuditPage(session, parent);
                      }});
}

} // namespace Steward::Admin
