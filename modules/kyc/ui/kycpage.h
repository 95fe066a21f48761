#pragma once

#include <QJsonObject>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace Steward::Shell {
class ConsoleSession;
class InlineMessage;
class RecordTableView;
} // namespace Steward::Shell

namespace Steward::Kyc {

class KycCaseModel;
class KycCaseView;
class KycCountsBar;

/** The Verification page: counts per state with the overdue ones highlighted, the case list
 *  (the open queue, most urgent first, by default) narrowed by state, type, overdue, "mine" and
 *  a search, and the case view a reviewer works in. Enter opens a case; in the case view
 *  Ctrl+Shift+N moves to the next case of the list. Everything follows commits from other
 *  consoles without losing the selection. */
class KycPage : public QWidget
{
    Q_OBJECT
public:
    explicit KycPage(Shell::ConsoleSession &session, QWidget *parent = nullptr);

    KycCaseModel *model() const { return m_model; }
    QTableView *view() const;
    KycCaseView *caseView() const { return m_caseView; }
    KycCountsBar *countsBar() const { return m_counts; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *stateFilter() const { return m_stateFilter; }
    QComboBox *typeFilter() const { return m_typeFilter; }
    QCheckBox *mineFilter() const { return m_mine; }
    QCheckBox *overdueFilter() const { return m_overdue; }
    bool isShowingCase() const;

    /** Opens the case of the current row. */
    void openCurrent();
    /** Opens case @p id in the case view. */
    void openCase(qint64 id);
    /** Back to the list, with the case that was open selected. */
    void showList();
    /** Opens the case after (or before) the open one in the list. */
    void openNext();
    void openPrevious();
    /** Loads the counts again. */
    void refreshCounts();

Q_SIGNALS:
    /** The counts were (re)loaded. */
    void countsLoaded();

private:
    void applyFilter();
    void showCounts(const QJsonObject &counts);
    void updateSummary();
    void selectCase(qint64 id);
    void openRow(int row);

    Shell::ConsoleSession &m_session;
    KycCaseModel *m_model = nullptr;
    KycCountsBar *m_counts = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QComboBox *m_typeFilter = nullptr;
    QCheckBox *m_mine = nullptr;
    QCheckBox *m_overdue = nullptr;
    Shell::RecordTableView *m_view = nullptr;
    Shell::InlineMessage *m_summary = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_listPage = nullptr;
    KycCaseView *m_caseView = nullptr;
    QTimer m_searchDelay;
    QTimer m_countsTimer;
    quint64 m_countsGeneration = 0;
    /** The case whose row is selected or open, kept across reloads of the list. */
    qint64 m_currentId = 0;
    int m_currentRow = -1;
    int m_scrollBeforeReset = 0;
};

} // namespace Steward::Kyc
