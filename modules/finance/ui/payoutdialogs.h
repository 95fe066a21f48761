#pragma once

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace Steward::Shell {
class ConsoleSession;
class InlineMessage;
} // namespace Steward::Shell

namespace Steward::Finance {

/** A decision that needs a reason (or a reference) and sometimes an amount: runs @p command with
 *  @p params plus the text under @p textKey (and amount_minor in @p currency when one is asked
 *  for). The service's refusal stays in the dialog; the dialog closes once the command
 *  committed. */
class PayoutDecisionDialog : public QDialog
{
    Q_OBJECT
public:
    struct Options
    {
        QString title;
        QString explanation;
        QString command;
        QJsonObject params;
        QString textKey = QStringLiteral("reason");
        QString textLabel;
        bool isTextRequired = true;
        QString amountCurrency; ///< Asks for an amount in this currency when set.
        QString acceptText;
    };
    PayoutDecisionDialog(Shell::ConsoleSession &session, Options options,
                         QWidget *parent = nullptr);

    QJsonObject result() const { return m_result; }

private:
    void submit();

    Shell::ConsoleSession &m_session;
    Options m_options;
    QDoubleSpinBox *m_amount = nullptr;
    QPlainTextEdit *m_text = nullptr;
    Shell::InlineMessage *m_message = nullptr;
    QPushButton *m_ok = nullptr;
    QJsonObject m_result;
};

/** A new payout run: the currency, payee type, schedule, as-of date and minimum amount;
 *  Preview (payouts.run_preview) shows who is paid how much and the total without writing
 *  anything, Create (payouts.run_create) makes the run from the same choices. */
class NewRunDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewRunDialog(Shell::ConsoleSession &session, QWidget *parent = nullptr);

    /** The run created. */
    QJsonObject run() const { return m_run; }

    /** Starts the preview (the Preview button). */
    void preview();
    /** Creates the run (the Create button); only after a preview of the same choices. */
    void create();

Q_SIGNALS:
    /** A preview arrived (or failed). */
    void previewed();

private:
    QJsonObject params() const;
    void choicesChanged();
    void showPlan(const QJsonObject &plan);

    Shell::ConsoleSession &m_session;
    QComboBox *m_currency;
    QComboBox *m_payeeType;
    QComboBox *m_schedule;
    QDateEdit *m_asOf;
    QDoubleSpinBox *m_minimum;
    QLineEdit *m_note;
    QLabel *m_summary;
    QTableWidget *m_plan;
    Shell::InlineMessage *m_message;
    QPushButton *m_previewButton;
    QPushButton *m_createButton;
    QJsonObject m_previewedParams;
    QJsonObject m_run;
    int m_generation = 0;
};

} // namespace Steward::Finance
