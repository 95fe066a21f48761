#pragma once

#include <QDialog>
#include <QJsonArray>
#include <QJsonObject>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace Steward::Shell {
class ConsoleSession;
class InlineMessage;
} // namespace Steward::Shell

namespace Steward::Kyc {

/** Confirms a decision on a KYC case and sends it with the version the reviewer saw. Approval
 *  says what it will unlock and whether it is the first of two; rejection and resubmission pick
 *  a reason template that fills the message for the applicant (required, editable) next to a
 *  private note; escalation needs a note. A conflict (someone else changed the case) closes the
 *  dialog with conflicted(); any other refusal stays in the dialog. */
class DecisionDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Decision { Approve, Reject, RequestResubmission, Escalate };

    /** @p kycCase is the case as `kyc.get` returned it; @p templates `kyc.templates`' rows. */
    DecisionDialog(Shell::ConsoleSession &session, Decision decision, const QJsonObject &kycCase,
                   const QJsonArray &templates, QWidget *parent = nullptr);

    Decision decision() const { return m_decision; }
    QComboBox *templatePicker() const { return m_template; }
    QPlainTextEdit *messageEdit() const { return m_message; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    Shell::InlineMessage *error() const { return m_error; }

    /** The service command the decision is sent as. */
    static QString command(Decision decision);

    void accept() override;

Q_SIGNALS:
    /** The decision was saved; @p kycCase is the case as it is now. */
    void decided(const QJsonObject &kycCase);
    /** The case changed meanwhile; @p message is the service's ("already changed by …"). */
    void conflicted(const QString &message);

private:
    void templateChosen();
    void updateButtons();
    bool needsMessage() const;

    Shell::ConsoleSession &m_session;
    Decision m_decision;
    QJsonObject m_case;
    QJsonArray m_templates;
    QString m_filledMessage;
    bool m_isSending = false;

    QComboBox *m_template = nullptr;
    QPlainTextEdit *m_message = nullptr;
    QPlainTextEdit *m_note = nullptr;
    Shell::InlineMessage *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Steward::Kyc
