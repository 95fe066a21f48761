#include "membersui.h"

#include "memberprogrammepage.h"
#include "memberservice.h"

#include "moduleregistry.h"

#include <QIcon>

namespace Steward::Members {

void setupMembersUi(Shell::ModuleRegistry &registry)
{
    registry.addPage({QStringLiteral("members"), MemberProgrammePage::tr("Member programme"),
                      QIcon::fromTheme(QStringLiteral("system-users")), Permission::View, 64,
                      [](Shell::ConsoleSession &session, QWidget *parent) -> QWidget * {
                          return new MemberProgrammePage(session, parent);
                      }});
}

} // namespace Steward::Members
