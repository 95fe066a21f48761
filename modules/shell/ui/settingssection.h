#pragma once

#include <QWidget>

namespace Steward::Shell {

/** A module's part of the Settings dialog, shown on a tab of its own after the console's
 *  settings. The dialog asks every section to validate() when the operator confirms and saves
 *  them all only when each one accepts its input; Cancel discards every section's edits. */
class SettingsSection : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    /** True when the input can be saved; otherwise the section shows what is wrong itself. */
    virtual bool validate() { return true; }
    /** Stores the input. */
    virtual void save() = 0;
};

} // namespace Steward::Shell
