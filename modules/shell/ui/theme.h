#pragma once

#include <QColor>
#include <QString>

namespace Steward::Shell {

/** The console's look: Fusion style with a light, dark or the desktop's palette. Applying a
 *  theme takes effect at once in every open window. */
class Theme
{
public:
    /** Applies "light", "dark" or "system" (anything else counts as "system"). */
    static void apply(const QString &name);
    /** The theme applied last. */
    static QString current();
    /** True when the palette in effect has a dark window background. */
    static bool isDark();

    /** Text colours for inline messages that read well on the current palette. */
    static QColor errorColor();
    static QColor successColor();
    /** Text that needs attention but is not an error (overdue, waiting for a second person). */
    static QColor warningColor();
    /** A row or badge background that marks a warning without hurting legibility. */
    static QColor warningBackground();
};

} // namespace Steward::Shell
