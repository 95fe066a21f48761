#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QJsonValue>

#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace Steward::Shell {
class ConsoleSession;
class InlineMessage;
} // namespace Steward::Shell

namespace Steward::Admin {

/** A form that runs one bus command when the operator confirms it. Its OK button stays
 *  disabled while the input has a problem (shown under the form); when the service refuses
 *  the command the dialog stays open with the service's message, and it closes only when the
 *  command succeeded. The dialog holds no rule of its own: the service decides. */
class CommandDialog : public QDialog
{
    Q_OBJECT
public:
    CommandDialog(Shell::ConsoleSession &session, const QString &command,
                  QWidget *parent = nullptr);

    /** The form the caller fills with its fields. */
    QFormLayout *form() const { return m_form; }
    /** A sentence above the form saying what the command will do. */
    void setDescription(const QString &text);
    void setAcceptText(const QString &text);
    /** Returns what is wrong with the input, or an empty string when it can be sent. */
    void setValidator(std::function<QString()> validator);
    /** Builds the command's parameters from the fields. */
    void setParameters(std::function<QJsonObject()> parameters);

    /** Checks the input again; connect each field's change signal to it. */
    void revalidate();
    void accept() override;

Q_SIGNALS:
    /** The command committed; @p data is its result. */
    void succeeded(const QJsonValue &data);

private:
    void setSending(bool isSending);

    Shell::ConsoleSession &m_session;
    QString m_command;
    QLabel *m_description = nullptr;
    QFormLayout *m_form = nullptr;
    Shell::InlineMessage *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::function<QString()> m_validator;
    std::function<QJsonObject()> m_parameters;
    bool m_isSending = false;
};

} // namespace Steward::Admin
