#pragma once

#include <QJsonObject>
#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;

namespace Steward::Shell {
class ConsoleSession;
class InlineMessage;
} // namespace Steward::Shell

namespace Steward::Dao {

class JsonTableModel;

/** The DAO treasury per currency: its ledger balance over time, the 5 % allocations that fund
 *  it by source, what left it (executed proposals, refunds), the queued proposals it is
 *  committed to, and the staking rewards liability next to it. */
class TreasuryView : public QWidget
{
    Q_OBJECT
public:
    explicit TreasuryView(Shell::ConsoleSession &session, QWidget *parent = nullptr);
    void reload();

Q_SIGNALS:
    void loaded();

private:
    void show(const QJsonObject &treasury);
    void showCurrency();

    Shell::ConsoleSession &m_session;
    quint64 m_generation = 0;
    QJsonObject m_treasury;
    QComboBox *m_currency = nullptr;
    QLabel *m_summary = nullptr;
    QChartView *m_chart = nullptr;
    JsonTableModel *m_inflows = nullptr;
    JsonTableModel *m_outflows = nullptr;
    JsonTableModel *m_executed = nullptr;
    JsonTableModel *m_queued = nullptr;
    Shell::InlineMessage *m_message = nullptr;
};

/** Staking: tokens staked by status, rewards accrued at 5 % a year, and the top stakers. */
class StakingView : public QWidget
{
    Q_OBJECT
public:
    explicit StakingView(Shell::ConsoleSession &session, QWidget *parent = nullptr);
    void reload();

Q_SIGNALS:
    void loaded();

private:
    Shell::ConsoleSession &m_session;
    quint64 m_generation = 0;
    QLabel *m_summary = nullptr;
    QChartView *m_pie = nullptr;
    JsonTableModel *m_statuses = nullptr;
    JsonTableModel *m_stakers = nullptr;
    Shell::InlineMessage *m_message = nullptr;
};

} // namespace Steward::Dao
