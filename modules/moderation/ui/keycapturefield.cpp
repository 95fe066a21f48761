#include "keycapturefield.h"

#include <QKeyEvent>

namespace Steward::Moderation {

namespace {

bool isModifier(int key)
{
    return key == Qt::Key_Shift || key == Qt::Key_Control || key == Qt::Key_Alt ||
           key == Qt::Key_Meta || key == Qt::Key_AltGr || key == Qt::Key_unknown;
}

bool leavesTheField(const QKeyEvent *event)
{
    return event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab ||
           event->key() == Qt::Key_Escape;
}

} // namespace

KeyCaptureField::KeyCaptureField(QWidget *parent) : QLineEdit(parent)
{
    setReadOnly(true);
    setPlaceholderText(tr("Press a key"));
    setContextMenuPolicy(Qt::NoContextMenu);
}

void KeyCaptureField::setKey(const QKeySequence &key)
{
    m_key = key;
    setText(key.toString(QKeySequence::NativeText));
}

bool KeyCaptureField::event(QEvent *event)
{
    // Every key belongs to the field while it has the focus, even those bound to shortcuts.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *keyEvent = static_cast<QKeyEvent *>(event);
        if (!leavesTheField(keyEvent)) {
            event->accept();
            return true;
        }
    }
    return QLineEdit::event(event);
}

void KeyCaptureField::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        clearFocus();
        return;
    }
    if (leavesTheField(event) || isModifier(event->key())) {
        QLineEdit::keyPressEvent(event);
        return;
    }
    Qt::KeyboardModifiers modifiers =
        event->modifiers() &
        (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
    // "?" is typed with Shift on most layouts; the key is the character, not Shift+?.
    const QString text = event->text();
    if (modifiers == Qt::ShiftModifier && text.size() == 1 && text.at(0).isPrint() &&
        !text.at(0).isLetter() && !text.at(0).isSpace())
        modifiers = Qt::NoModifier;
    event->accept();
    Q_EMIT keyCaptured(QKeySequence(QKeyCombination(modifiers, Qt::Key(event->key()))));
}

} // namespace Steward::Moderation
