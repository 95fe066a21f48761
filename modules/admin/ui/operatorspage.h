#pragma once

#include "recordtableview.h"

#include <QJsonObject>
#include <QWidget>

class QAction;

namespace Steward::Shell {
class ConsoleSession;
class InlineMessage;
} // namespace Steward::Shell

namespace Steward::Admin {

class OperatorListModel;

/** The Operators page: who can use the console, with what role, and whether they are enabled,
 *  locked or enrolled in two-factor login; from here an admin adds operators, changes roles,
 *  disables and enables them, resets passwords and removes a lost two-factor device. */
class OperatorsPage : public QWidget
{
    Q_OBJECT
public:
    explicit OperatorsPage(Shell::ConsoleSession &session, QWidget *parent = nullptr);

    OperatorListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    QJsonObject currentOperator() const;
    void updateActions();
    void restoreSelection();
    void addOperator();
    void changeRole();
    void toggleDisabled();
    void resetPassword();
    void removeTwoFactor();
    /** A dialog that runs @p command on operator @p id with a required reason. */
    void openReasonDialog(const QString &command, qint64 id, const QString &title,
                          const QString &description, const QString &acceptText);

    Shell::ConsoleSession &m_session;
    OperatorListModel *m_model = nullptr;
    Shell::RecordTableView *m_view = nullptr;
    Shell::InlineMessage *m_message = nullptr;
    QAction *m_add = nullptr;
    QAction *m_changeRole = nullptr;
    QAction *m_disable = nullptr;
    QAction *m_resetPassword = nullptr;
    QAction *m_removeTwoFactor = nullptr;
    /** The operator to select again after a reload. */
    qint64 m_selectedId = 0;
};

} // namespace Steward::Admin
