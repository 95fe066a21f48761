#include "inlinemessage.h"

#include "theme.h"

#include <QEvent>

namespace Steward::Shell {

InlineMessage::InlineMessage(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setVisible(false);
}

void InlineMessage::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    QString sentence = text.trimmed();
    if (!sentence.isEmpty())
        sentence[0] = sentence.at(0).toUpper();
    setText(sentence);
    updateColor();
    setVisible(!sentence.isEmpty());
}

void InlineMessage::clear()
{
    m_kind = Kind::Information;
    setText(QString());
    setVisible(false);
}

void InlineMessage::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        updateColor();
}

void InlineMessage::updateColor()
{
    QColor color;
    if (m_kind == Kind::Error)
        color = Theme::errorColor();
    else if (m_kind == Kind::Success)
        color = Theme::successColor();
    // A style sheet rather than setPalette, and only when it differs: polishing re-enters
    // changeEvent with a PaletteChange.
    const QString sheet = color.isValid() ? QStringLiteral("color: %1;").arg(color.name()) : QString();
    if (sheet != styleSheet())
        setStyleSheet(sheet);
}

} // namespace Steward::Shell
