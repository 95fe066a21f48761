#pragma once

#include "recordtableview.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace Steward::Shell {
class ConsoleSession;
class InlineMessage;
} // namespace Steward::Shell

namespace Steward::People {

class UserListModel;

/** The People page: every user of the platform in name order, narrowed by status or by a
 *  search, loaded window by window as the operator scrolls. Enter or a double-click opens the
 *  person. */
class PeoplePage : public QWidget
{
    Q_OBJECT
public:
    explicit PeoplePage(Shell::ConsoleSession &session, QWidget *parent = nullptr);

    UserListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    /** Opens the person of the current row. */
    void openCurrent();

private:
    void updateSummary();

    Shell::ConsoleSession &m_session;
    UserListModel *m_model = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLineEdit *m_search = nullptr;
    Shell::RecordTableView *m_view = nullptr;
    Shell::InlineMessage *m_summary = nullptr;
    QTimer m_searchDelay;
};

} // namespace Steward::People
