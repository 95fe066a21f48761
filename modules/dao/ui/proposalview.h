#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace Steward::Shell {
class ConsoleSession;
class InlineMessage;
class RecordTableView;
} // namespace Steward::Shell

namespace Steward::Dao {

class JsonTableModel;

/** One proposal: what it pays whom and its content hash, the vote against its quorum, its
 *  frozen settings, votes (paged), approvals and the timeline of every transition. The actions
 *  are enabled only when the rules allow them now; otherwise the reason is shown. */
class ProposalView : public QWidget
{
    Q_OBJECT
public:
    explicit ProposalView(Shell::ConsoleSession &session, QWidget *parent = nullptr);

    void showProposal(qint64 id);
    qint64 proposalId() const { return m_id; }
    /** Loads the shown proposal again (after a change anywhere). */
    void reload();

Q_SIGNALS:
    void loaded(const QJsonObject &proposal);

private:
    void showDetail(const QJsonObject &proposal);
    void loadMoreVotes();
    void run(const QString &command, QJsonObject params, const QString &done);
    void vote();
    void queue();
    void approve();
    void execute();
    void cancel();
    void seal();

    Shell::ConsoleSession &m_session;
    qint64 m_id = 0;
    quint64 m_generation = 0;
    QJsonObject m_proposal;
    QJsonValue m_votesNext;

    QWidget *m_content = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_facts = nullptr;
    QProgressBar *m_quorum = nullptr;
    QLabel *m_tally = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_reasons = nullptr;
    QPushButton *m_vote = nullptr;
    QPushButton *m_queue = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_execute = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_seal = nullptr;
    QPushButton *m_moreVotes = nullptr;
    QTabWidget *m_tabs = nullptr;
    JsonTableModel *m_votes = nullptr;
    JsonTableModel *m_approvals = nullptr;
    JsonTableModel *m_timeline = nullptr;
    Shell::InlineMessage *m_message = nullptr;
};

} // namespace Steward::Dao
