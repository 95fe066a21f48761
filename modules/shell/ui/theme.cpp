#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace Steward::Shell {

namespace {

QString s_current = QStringLiteral("system");

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor alternate(0x27, 0x29, 0x2c);
    const QColor text(0xe4, 0xe6, 0xe8);
    const QColor disabledText(0x7c, 0x80, 0x86);
    const QColor button(0x35, 0x37, 0x3b);
    const QColor highlight(0x3d, 0x7e, 0xdb);

    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, alternate);
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabledText);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, button);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, button.lighter(140));
    palette.setColor(QPalette::Midlight, button.lighter(120));
    palette.setColor(QPalette::Mid, button.darker(130));
    palette.setColor(QPalette::Dark, base.darker(130));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xa6, 0xf0));
    palette.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xf0));

    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Base, window);
    palette.setColor(QPalette::Disabled, QPalette::Button, window);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, button.lighter(130));
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    return palette;
}

} // namespace

void Theme::apply(const QString &name)
{
    // Fusion draws the same on every platform and honours custom palettes completely.
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    if (name == QLatin1String("dark")) {
        s_current = name;
        QApplication::setPalette(darkPalette());
    } else if (name == QLatin1String("light")) {
        s_current = name;
        QApplication::setPalette(QApplication::style()->standardPalette());
    } else {
        s_current = QStringLiteral("system");
        // An empty palette resolves to the desktop's colours, or Fusion's when it has none.
        QApplication::setPalette(QPalette());
    }
}

QString Theme::current()
{
    return s_current;
}

bool Theme::isDark()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

QColor Theme::errorColor()
{
    return isDark() ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

QColor Theme::successColor()
{
    return isDark() ? QColor(0x81, 0xc9, 0x95) : QColor(0x1e, 0x7d, 0x32);
}

QColor Theme::warningColor()
{
    return isDark() ? QColor(0xf0, 0xb4, 0x5c) : QColor(0xa0, 0x55, 0x00);
}

QColor Theme::warningBackground()
{
    return isDark() ? QColor(0x3f, 0x32, 0x1c) : QColor(0xfd, 0xee, 0xd6);
}

} // namespace Steward::Shell
