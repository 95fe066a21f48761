#include "statusbadge.h"

#include "theme.h"

#include <QEvent>

namespace Steward::Moderation {

StatusBadge::StatusBadge(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    hide();
}

void StatusBadge::setBadge(const QString &text, Tone tone)
{
    m_tone = tone;
    setText(text);
    setVisible(!text.isEmpty());
    updateStyle();
}

StatusBadge::Tone StatusBadge::severityTone(const QString &severity)
{
    if (severity == QLatin1String("critical"))
        return Tone::Danger;
    if (severity == QLatin1String("high"))
        return Tone::Warning;
    if (severity == QLatin1String("medium"))
        return Tone::Notice;
    return Tone::Neutral;
}

StatusBadge::Tone StatusBadge::statusTone(const QString &status)
{
    if (status == QLatin1String("banned"))
        return Tone::Danger;
    if (status == QLatin1String("suspended") || status == QLatin1String("escalated"))
        return Tone::Warning;
    if (status == QLatin1String("unreviewed") || status == QLatin1String("in_review") ||
        status == QLatin1String("open"))
        return Tone::Notice;
    if (status == QLatin1String("active") || status == QLatin1String("resolved") ||
        status == QLatin1String("overturned"))
        return Tone::Good;
    return Tone::Neutral;
}

void StatusBadge::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange)
        updateStyle();
}

void StatusBadge::updateStyle()
{
    const bool isDark = Shell::Theme::isDark();
    QString colors;
    switch (m_tone) {
    case Tone::Good:
        colors = isDark ? QStringLiteral("background:#234d2c;color:#bfe8c8;")
                        : QStringLiteral("background:#dcefdc;color:#1d5e20;");
        break;
    case Tone::Notice:
        colors = isDark ? QStringLiteral("background:#4a4317;color:#f3e7a6;")
                        : QStringLiteral("background:#f7efc4;color:#5e4f00;");
        break;
    case Tone::Warning:
        colors = isDark ? QStringLiteral("background:#5a3d10;color:#ffd9a0;")
                        : QStringLiteral("background:#fbe5c8;color:#7a4300;");
        break;
    case Tone::Danger:
        colors = isDark ? QStringLiteral("background:#5c1e22;color:#ffc4c4;")
                        : QStringLiteral("background:#f6d5d7;color:#8c1820;");
        break;
    case Tone::Neutral:
        colors = isDark ? QStringLiteral("background:#3a3c40;color:#d0d4d8;")
                        : QStringLiteral("background:#e6e6e6;color:#404040;");
        break;
    }
    const QString sheet =
        QStringLiteral("QLabel{%1border-radius:4px;padding:1px 7px;font-weight:bold;}").arg(colors);
    if (sheet != styleSheet())
        setStyleSheet(sheet);
}

} // namespace Steward::Moderation
