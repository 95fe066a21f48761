#pragma once

#include "permissions.h"

#include <QCoreApplication>
#include <QString>

namespace Steward::Shell {

/** How the console names an operator and their role on screen (translated role titles). */
class OperatorLabel
{
    Q_DECLARE_TR_FUNCTIONS(Steward::Shell::OperatorLabel)
public:
    static QString roleTitle(Role role);
    /** "username (Role)", as shown in the status bar. */
    static QString describe(const Principal &principal);
};

} // namespace Steward::Shell
