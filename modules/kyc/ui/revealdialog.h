#pragma once

#include <QDialog>
#include <QJsonObject>

class QDialogButtonBox;
class QPlainTextEdit;

namespace Steward::Shell {
class ConsoleSession;
class InlineMessage;
} // namespace Steward::Shell

namespace Steward::Kyc {

/** Asks for the reason to reveal a case's personal data (its documents, the birthdate, the
 *  phone number or the document numbers), then reveals it through `kyc.reveal`, which records
 *  the reason in the audit log. Nothing is sent without a reason. The service's refusal (the
 *  vault is locked, a document was purged) is shown in the dialog. */
class RevealDialog : public QDialog
{
    Q_OBJECT
public:
    /** @p field is "documents", "birthdate", "phone" or "document_number"; @p what says in
     *  words what will be shown ("the documents and selfies of case #12"). */
    RevealDialog(Shell::ConsoleSession &session, qint64 caseId, const QString &field,
                 const QString &what, QWidget *parent = nullptr);

    /** Pre-fills the reason, e.g. with the one given for this case before. */
    void setReason(const QString &reason);
    QString reason() const;

    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    Shell::InlineMessage *error() const { return m_error; }

    void accept() override;

Q_SIGNALS:
    /** The service revealed the data: @p result is `kyc.reveal`'s answer. */
    void revealed(const QJsonObject &result, const QString &reason);

private:
    void updateButtons();

    Shell::ConsoleSession &m_session;
    qint64 m_caseId;
    QString m_field;
    bool m_isSending = false;
    QPlainTextEdit *m_reason = nullptr;
    Shell::InlineMessage *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Steward::Kyc
