#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace Steward::Shell {

class InlineMessage;

/** What the main window shows instead of its pages while the console is locked: who locked
 *  it, a password field to unlock, and a way to log out instead. It only asks; IdleLock
 *  checks the password. */
class LockScreen : public QWidget
{
    Q_OBJECT
public:
    explicit LockScreen(const QString &operatorName, QWidget *parent = nullptr);

    /** Empties the field and message and puts the focus in the field. */
    void reset();
    void setBusy(bool busy);
    void showError(const QString &message);

Q_SIGNALS:
    void unlockRequested(const QString &password);
    void logoutRequested();

private:
    void requestUnlock();

    QLineEdit *m_password = nullptr;
    QPushButton *m_unlockButton = nullptr;
    QPushButton *m_logoutButton = nullptr;
    InlineMessage *m_message = nullptr;
};

} // namespace Steward::Shell
