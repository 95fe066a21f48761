#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Steward::Shell {
class ConsoleSession;
class InlineMessage;
} // namespace Steward::Shell

namespace Steward::Finance {

/** The Reconciliation page (Finance): one payout (payouts.reconcile), the ledger transactions
 *  and entries it posted, and the credits to the payee's payable that funded it, first in first
 *  out, with the funded and unfunded totals; the sources export to CSV with the same totals. */
class ReconciliationPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReconciliationPage(Shell::ConsoleSession &session, QWidget *parent = nullptr);

    /** Reconciles payout @p id (from the Payouts page's Reconcile button, or the id field). */
    void showPayout(qint64 id);
    /** The last answer of payouts.reconcile. */
    QJsonObject result() const { return m_result; }
    /** Sum of the Allocated column as shown, in minor units. */
    qint64 allocatedTotal() const { return m_allocatedTotal; }
    /** Writes the sources table with its totals to @p path; false (and the message shown) when
     *  the file could not be written. */
    bool writeCsv(const QString &path);

Q_SIGNALS:
    /** A reconciliation arrived (or failed). */
    void loaded();

private:
    void reconcile();
    void showResult(const QJsonObject &result);
    void exportCsv();

    Shell::ConsoleSession &m_session;
    QSpinBox *m_id;
    QPushButton *m_go;
    QPushButton *m_export;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_totals;
    QTableWidget *m_ledger;
    QTableWidget *m_sources;
    Shell::InlineMessage *m_message;
    QJsonObject m_result;
    qint64 m_allocatedTotal = 0;
    qint64 m_creditedTotal = 0;
    int m_generation = 0;
};

} // namespace Steward::Finance
