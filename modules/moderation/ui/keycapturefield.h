#pragma once

#include <QKeySequence>
#include <QLineEdit>

namespace Steward::Moderation {

/** A field that takes one key combination as soon as it is pressed (Qt's QKeySequenceEdit
 *  waits for up to four). Tab and Shift+Tab still move the focus and Escape leaves the field,
 *  so the settings stay usable from the keyboard. */
class KeyCaptureField : public QLineEdit
{
    Q_OBJECT
public:
    explicit KeyCaptureField(QWidget *parent = nullptr);

    /** Shows @p key without reporting it. */
    void setKey(const QKeySequence &key);
    QKeySequence key() const { return m_key; }

Q_SIGNALS:
    /** The operator pressed @p key in the field. */
    void keyCaptured(const QKeySequence &key);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QKeySequence m_key;
};

} // namespace Steward::Moderation
