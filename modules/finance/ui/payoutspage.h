#pragma once

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace Steward::Shell {
class ConsoleSession;
class InlineMessage;
class RecordTableView;
} // namespace Steward::Shell

namespace Steward::Finance {

class PayoutListModel;

/** The Payouts page (Finance): payee balances with their holds, payout runs with maker-checker
 *  approval, execution and payment files, and every payout with its single decisions. Every
 *  list is paged by key and reloads when a payouts or finance command commits. */
class PayoutsPage : public QWidget
{
    Q_OBJECT
public:
    enum Tab { PayeesTab, RunsTab, PayoutsTab };

    explicit PayoutsPage(Shell::ConsoleSession &session, QWidget *parent = nullptr);

    void showTab(Tab tab);
    /** Opens run @p id in the Runs tab (selecting it in the list once loaded). */
    void showRun(qint64 id);
    /** The run shown in the detail, as last loaded (payouts.run). */
    QJsonObject currentRun() const { return m_run; }

    /** Approves the shown run (the Approve button), after the operator confirms. */
    void approveRun();
    /** Executes the shown run step by step with a progress dialog (the Execute button). */
    void executeRun();

Q_SIGNALS:
    /** The operator asked to reconcile payout @p id (the Reconcile button). */
    void reconcileRequested(qint64 id);
    /** The run detail shows a freshly loaded run. */
    void runShown(const QJsonObject &run);
    /** An execution stopped: finished, cancelled or refused. */
    void executionFinished(bool done);

private:
    QWidget *buildPayeesTab();
    QWidget *buildRunsTab();
    QWidget *buildPayoutsTab();
    void applyPayeeFilter();
    void applyPayoutFilter();
    void showHolds();
    void placeHold();
    void releaseHold();
    void newRun();
    void selectedRunChanged();
    void loadRun(qint64 id);
    void showRunDetail(const QJsonObject &run);
    void markRunPaid();
    void cancelRun();
    void exportRun(const QString &format);
    void updatePayoutActions();
    void decidePayout(const QString &command);
    void reloadAll();

    Shell::ConsoleSession &m_session;
    QTabWidget *m_tabs = nullptr;

    // Payees
    QComboBox *m_payeeType = nullptr;
    QComboBox *m_payeeCurrency = nullptr;
    PayoutListModel *m_payees = nullptr;
    Shell::RecordTableView *m_payeeView = nullptr;
    QLabel *m_payeeTitle = nullptr;
    QTableWidget *m_holds = nullptr;
    QPushButton *m_placeHold = nullptr;
    QPushButton *m_releaseHold = nullptr;
    Shell::InlineMessage *m_payeesMessage = nullptr;

    // Runs
    PayoutListModel *m_runs = nullptr;
    Shell::RecordTableView *m_runView = nullptr;
    QWidget *m_runDetail = nullptr;
    QLabel *m_runTitle = nullptr;
    QLabel *m_runSummary = nullptr;
    QLabel *m_runDecision = nullptr;
    QLabel *m_runProgress = nullptr;
    Shell::InlineMessage *m_runRefusal = nullptr;
    Shell::InlineMessage *m_runMessage = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_execute = nullptr;
    QPushButton *m_markPaid = nullptr;
    QPushButton *m_cancelRun = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QPushButton *m_exportSepa = nullptr;
    PayoutListModel *m_runPayouts = nullptr;
    Shell::RecordTableView *m_runPayoutView = nullptr;
    Shell::InlineMessage *m_runsMessage = nullptr;
    QJsonObject m_run;
    qint64 m_wantedRun = 0;
    int m_runGeneration = 0;
    bool m_isExecuting = false;

    // Payouts
    QComboBox *m_payoutState = nullptr;
    QComboBox *m_payoutType = nullptr;
    PayoutListModel *m_payouts = nullptr;
    Shell::RecordTableView *m_payoutView = nullptr;
    QPushButton *m_approvePayout = nullptr;
    QPushButton *m_payPayout = nullptr;
    QPushButton *m_failPayout = nullptr;
    QPushButton *m_returnPayout = nullptr;
    QPushButton *m_reconcile = nullptr;
    Shell::InlineMessage *m_payoutsMessage = nullptr;
};

} // namespace Steward::Finance
