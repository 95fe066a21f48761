#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace Steward::Shell {
class ConsoleSession;
class InlineMessage;
} // namespace Steward::Shell

namespace Steward::People {

/** Asks for the reason (and, to suspend, the length) of a status change and sends it with the
 *  version the person was shown at. It closes when the service accepts; it stays open showing
 *  the service's message when the input is refused; when someone else changed the person
 *  first it closes and reports the conflict so the person can be reloaded. */
class PersonStatusDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Action { Suspend, Reinstate };

    PersonStatusDialog(Shell::ConsoleSession &session, Action action, qint64 personId,
                       qint64 version, const QString &personName, QWidget *parent = nullptr);

    void accept() override;

Q_SIGNALS:
    /** The person changed since they were loaded; @p message is the service's, naming who
     *  changed them and when. */
    void conflicted(const QString &message);

private:
    void updateButtons();
    void updateEnd();

    Shell::ConsoleSession &m_session;
    Action m_action;
    qint64 m_personId;
    qint64 m_version;
    QPlainTextEdit *m_reason = nullptr;
    QSpinBox *m_days = nullptr;
    QLabel *m_end = nullptr;
    Shell::InlineMessage *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_isSending = false;
};

} // namespace Steward::People
