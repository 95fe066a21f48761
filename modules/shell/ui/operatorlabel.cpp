#include "operatorlabel.h"

namespace Steward::Shell {

QString OperatorLabel::roleTitle(Role role)
{
    switch (role) {
    case Role::Support:
        return tr("Support");
    case Role::Moderator:
        return tr("Moderator");
    case Role::Finance:
        return tr("Finance");
    case Role::Admin:
        return tr("Administrator");
    }
    return roleName(role);
}

QString OperatorLabel::describe(const Principal &principal)
{
    if (principal.isSystem)
        return tr("%1 (system)").arg(principal.actorName());
    return tr("%1 (%2)").arg(principal.username, roleTitle(principal.role));
}

} // namespace Steward::Shell
