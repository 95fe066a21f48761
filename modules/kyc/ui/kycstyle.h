#pragma once

#include <QColor>
#include <QString>

namespace Steward::Kyc {

/** Colours of the KYC console that follow the light or dark theme: the badge colours of the
 *  case states. Warnings (overdue, a second reviewer needed) use Shell::Theme's. */
class KycStyle
{
public:
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
