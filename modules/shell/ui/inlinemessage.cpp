#include "inlinemessage.h"

#include "theme.h"

#include <QDialog>
#include <QEvent>
#include <QLayout>
#include <QTimer>

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
    // Once the layout has taken the new text into account.
    QTimer::singleShot(0, this, &InlineMessage::growDialogToFit);
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

void InlineMessage::growDialogToFit()
{
    auto *dialog = qobject_cast<QDialog *>(window());
    if (!dialog || !dialog->isVisible() || !dialog->layout())
        return;
    QLayout *layout = dialog->layout();
    layout->activate();
    // Word-wrapped text needs more height the narrower it is; the minimum size ignores that.
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(dialog->width())
                                                   : layout->totalSizeHint().height();
    if (needed > dialog->height())
        dialog->resize(dialog->width(), needed);
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
    const QString sheet =
        color.isValid() ? QStringLiteral("color: %1;").arg(color.name()) : QString();
    if (sheet != styleSheet())
        setStyleSheet(sheet);
}

} // namespace Steward::Shell
