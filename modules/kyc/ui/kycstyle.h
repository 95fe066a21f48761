#pragma once

#include <QColor>
#include <QString>

namespace Steward::Kyc {

/** Colours of the KYC console that follow the light or dark theme: the warning colour of
 *  overdue cases and the badge colours of the case states. */
class KycStyle
{
public:
    /** Text in the warning colour (overdue, needs a second reviewer). */
    static QColor warningColor();
    /** A row background that marks a warning without hurting legibility. */
    static QColor warningBackground();

    struct Badge
    {
        QColor background;
        QColor text;
    };
    /** The badge of a case state. */
    static Badge stateBadge(const QString &state);
    /** Style sheet for a QLabel shown as a badge. */
    static QString badgeStyleSheet(const Badge &badge);
};

} // namespace Steward::Kyc
