#pragma once

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace Steward::Shell {
class ConsoleSession;
class InlineMessage;
class RecordTableView;
} // namespace Steward::Shell

namespace Steward::Members {

class DrawEntryModel;
class DrawListModel;
class MemberQueueModel;

/** The Member programme page (Finance): the queue with each member's position, tenure, standing
 *  and eligibility; the reward draws; and a draw's detail — its seed, frozen rules, entries with
 *  the winners highlighted, the verification result — where a second operator approves or
 *  rejects it. Every list is paged by key and reloads when a members command commits. */
class MemberProgrammePage : public QWidget
{
    Q_OBJECT
public:
    explicit MemberProgrammePage(Shell::ConsoleSession &session, QWidget *parent = nullptr);

    /** Shows the Queue (0) or Draws (1) tab. */
    void showTab(int index);
    /** Opens draw @p id in the detail (selecting it in the list when loaded). */
    void showDraw(qint64 id);

private:
    QWidget *buildQueueTab();
    QWidget *buildDrawsTab();
    void applyQueueFilter();
    void selectedDrawChanged();
    void showDetail(const QJsonObject &draw);
    void verify();
    void approve();
    void reject();
    void draft();
    void reloadAll();

    Shell::ConsoleSession &m_session;
    QTabWidget *m_tabs = nullptr;

    MemberQueueModel *m_queue = nullptr;
    Shell::RecordTableView *m_queueView = nullptr;
    QComboBox *m_queueFilter = nullptr;
    QLabel *m_rules = nullptr;
    Shell::InlineMessage *m_queueMessage = nullptr;

    DrawListModel *m_draws = nullptr;
    Shell::RecordTableView *m_drawView = nullptr;
    QPushButton *m_draft = nullptr;
    Shell::InlineMessage *m_drawsMessage = nullptr;

    QWidget *m_detail = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_seed = nullptr;
    QLabel *m_frozenRules = nullptr;
    QLabel *m_decision = nullptr;
    Shell::InlineMessage *m_verifyResult = nullptr;
    Shell::InlineMessage *m_refusal = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    DrawEntryModel *m_entries = nullptr;
    Shell::RecordTableView *m_entryView = nullptr;
    QJsonObject m_current;
    qint64 m_wantedDraw = 0;
};

} // namespace Steward::Members
