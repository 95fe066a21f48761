#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace Steward::Shell {

class ConsoleSession;
class MainWindow;

/** Locks the console after ConsoleSettings::idleLockMinutes without keyboard or mouse input
 *  anywhere in the application (or at once on request): the main window covers its pages with
 *  a lock screen, dialogs over it are closed, and only the operator's password — checked by
 *  AuthService off the GUI thread, with its lockout rules — opens it again. */
class IdleLock : public QObject
{
    Q_OBJECT
public:
    IdleLock(ConsoleSession &session, MainWindow &window);
    ~IdleLock() override;

    /** Re-reads the idle time from the settings. */
    void reloadSettings();
    /** Locks after @p timeout without input; zero turns the idle lock off. */
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }

    bool isLocked() const { return m_locked; }
    void lock();

Q_SIGNALS:
    void lockedChanged(bool locked);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void checkIdle();
    void unlock(const QString &password);
    void closeDialogsOverWindow();

    ConsoleSession &m_session;
    MainWindow &m_window;
    QElapsedTimer m_lastInput;
    QTimer m_check;
    std::chrono::milliseconds m_timeout{0};
    bool m_locked = false;
    bool m_checking = false;
};

} // namespace Steward::Shell
