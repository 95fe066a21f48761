#include "kycstyle.h"

#include "theme.h"

namespace Steward::Kyc {

KycStyle::Badge KycStyle::stateBadge(const QString &state)
{
    const bool isDark = Shell::Theme::isDark();
    const auto badge = [isDark](QRgb lightBackground, QRgb lightText, QRgb darkBackground,
                                QRgb darkText) {
        return isDark ? Badge{QColor(darkBackground), QColor(darkText)}
                      : Badge{QColor(lightBackground), QColor(lightText)};
    };
    if (state == QLatin1String("pending"))
        return badge(0xe3e8ef, 0x34465c, 0x323a46, 0xc8d3e0);
    if (state == QLatin1String("in_review"))
        return badge(0xd8e7fb, 0x174a8c, 0x1c3a5e, 0xb5d3fa);
    if (state == QLatin1String("approved"))
        return badge(0xdcefdc, 0x1d5e20, 0x234d2c, 0xbfe8c8);
    if (state == QLatin1String("rejected"))
        return badge(0xf6d5d7, 0x8c1820, 0x5c1e22, 0xffc4c4);
    if (state == QLatin1String("resubmission_requested"))
        return badge(0xeadcf5, 0x5b2a82, 0x42284f, 0xe1c6f5);
    if (state == QLatin1String("escalated"))
        return badge(0xfbe5c8, 0x7a4300, 0x5a3d10, 0xffd9a0);
    return badge(0xe4e4e4, 0x505050, 0x3a3c40, 0xc0c4c8);
}

QString KycStyle::badgeStyleSheet(const Badge &badge)
{
    return QStringLiteral("QLabel{background:%1;color:%2;border-radius:4px;padding:2px 8px;"
                          "font-weight:bold;}")
        .arg(badge.background.name(), badge.text.name());
}

} // namespace Steward::Kyc
