#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Steward::Shell {
class ConsoleSession;
class InlineMessage;
} // namespace Steward::Shell

namespace Steward::Dao {

/** Files a proposal on behalf of a platform user (dao.create). The service checks the
 *  proposer's stake, the recipient and the treasury; a refusal is shown here and the dialog
 *  stays open. */
class ProposalDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProposalDialog(Shell::ConsoleSession &session, QWidget *parent = nullptr);

    /** The new proposal's id once filed. */
    qint64 createdId() const { return m_createdId; }

    void accept() override;

private:
    Shell::ConsoleSession &m_session;
    QSpinBox *m_proposer = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QCheckBox *m_pays = nullptr;
    QDoubleSpinBox *m_amount = nullptr;
    QComboBox *m_currency = nullptr;
    QLineEdit *m_recipient = nullptr;
    QPushButton *m_ok = nullptr;
    Shell::InlineMessage *m_message = nullptr;
    qint64 m_createdId = 0;
};

} // namespace Steward::Dao
