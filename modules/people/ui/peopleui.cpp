#include "peopleui.h"

#include "peoplepage.h"
#include "personsearchpopup.h"

#include "consolesession.h"
#include "moduleregistry.h"
#include "permissions.h"

#include <QIcon>

namespace Steward::People {

void setupPeopleUi(Shell::ModuleRegistry &registry)
{
    registry.addPage({QStringLiteral("people"), PeoplePage::tr("People"),
                      QIcon::fromTheme(QStringLiteral("system-users")), Permission::PeopleView, 10,
                      [](Shell::ConsoleSession &session, QWidget *parent) -> QWidget * {
                          return new PeoplePage(session, parent);
                      }});
    registry.addAction({QStringLiteral("people.find"), PersonSearchPopup::tr("Find person…"),
                        QKeySequence(Qt::CTRL | Qt::Key_K), Permission::PeopleView,
                        [](Shell::ConsoleSession &session, QWidget *window) {
                            PersonSearchPopup::showFor(session, window);
                        }});
}

} // namespace Steward::People
