#pragma once

#include <QWidget>

class QComboBox;
class QTabWidget;

namespace Steward::Shell {
class ConsoleSession;
class InlineMessage;
class RecordTableView;
} // namespace Steward::Shell

namespace Steward::Dao {

class ProposalListModel;
class ProposalView;
class StakingView;
class TreasuryView;

/** The DAO page (admins; finance reads): proposals with their detail, the treasury and
 *  staking, each reloaded when a DAO or ledger command commits anywhere. */
class DaoPage : public QWidget
{
    Q_OBJECT
public:
    explicit DaoPage(Shell::ConsoleSession &session, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    Shell::RecordTableView *proposalTable() const { return m_list; }
    ProposalView *proposalView() const { return m_view; }
    TreasuryView *treasuryView() const { return m_treasury; }
    StakingView *stakingView() const { return m_staking; }
    ProposalListModel *proposals() const { return m_model; }

private:
    QWidget *buildProposalsTab();
    void applyFilter();
    void reloadAll();

    Shell::ConsoleSession &m_session;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_state = nullptr;
    ProposalListModel *m_model = nullptr;
    Shell::RecordTableView *m_list = nullptr;
    ProposalView *m_view = nullptr;
    TreasuryView *m_treasury = nullptr;
    StakingView *m_staking = nullptr;
    Shell::InlineMessage *m_message = nullptr;
};

} // namespace Steward::Dao
