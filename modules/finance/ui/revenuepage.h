#pragma once

#include <QJsonObject>
#include <QWidget>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Steward::Shell {
class ConsoleSession;
class InlineMessage;
} // namespace Steward::Shell

namespace Steward::Finance {

/** Revenue analytics for finance staff: a period, a service and a currency; the KPI strip
 *  (gross, refunds, net, GMV, take rate, DAO allocation), revenue over time stacked by service,
 *  where the money went, MRR movements, per-service totals and top payees. Every figure comes
 *  from the finance.revenue, finance.mrr and finance.top_payees commands; clicking a bar opens
 *  the transactions behind it. */
class RevenuePage : public QWidget
{
    Q_OBJECT
public:
    explicit RevenuePage(Shell::ConsoleSession &session, QWidget *parent = nullptr);

    /** Reloads every figure for the chosen period. */
    void reload();
    /** Sets a custom range [from, to) in days, for tools and tests. */
    void setRange(const QDate &from, const QDate &to);
    void setCurrency(const QString &currency);

Q_SIGNALS:
    /** Every figure of the last reload arrived (or failed). */
    void loaded();

private:
    void applyPreset();
    void showRevenue(const QJsonObject &data);
    void showMrr(const QJsonObject &data);
    void showTopPayees(const QJsonObject &data);
    void openDrillDown(qint64 from, qint64 to, const QString &service, const QString &label);
    void exportCsv(QTableWidget *table, const QString &name);
    QString money(qint64 minor) const;
    void finishOne();

    Shell::ConsoleSession &m_session;
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_granularity;
    QComboBox *m_service;
    QComboBox *m_currency;
    QComboBox *m_payeeType;
    QPushButton *m_refresh;
    Shell::InlineMessage *m_message;
    QList<QLabel *> m_kpis;
    QChartView *m_seriesChart;
    QChartView *m_splitChart;
    QChartView *m_mrrChart;
    QTableWidget *m_services;
    QTableWidget *m_payees;
    QJsonObject m_revenue;
    QString m_shownCurrency;
    int m_pending = 0;
    int m_generation = 0;
};

} // namespace Steward::Finance
