#include "daoui.h"

#include "daopage.h"
#include "daoservice.h"

#include "moduleregistry.h"

#include <QIcon>

namespace Steward::Dao {

void setupDaoUi(Shell::ModuleRegistry &registry)
{
    registry.addPage({QStringLiteral("dao"), DaoPage::tr("DAO"),
                      QIcon::fromTheme(QStringLiteral("view-bank")), Permission::View, 66,
                      [](Shell::ConsoleSession &session, QWidget *parent) -> QWidget * {
                          return new DaoPage(session, parent);
                      }});
}

} // namespace Steward::Dao
