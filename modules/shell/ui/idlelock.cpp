#include "idlelock.h"

#include "consolesession.h"
#include "lockscreen.h"
#include "mainwindow.h"

#include "authservice.h"
#include "errors.h"
#include "consolesettings.h"
#include "servicelayer.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent>

namespace Steward::Shell {

using namespace std::chrono_literals;

IdleLock::IdleLock(ConsoleSession &session, MainWindow &window)
    : QObject(&window), m_session(session), m_window(window)
{
    m_lastInput.start();
    connect(&m_check, &QTimer::timeout, this, &IdleLock::checkIdle);
    connect(m_window.lockScreen(), &LockScreen::unlockRequested, this, &IdleLock::unlock);
    qApp->installEventFilter(this);
    reloadSettings();
}

IdleLock::~IdleLock()
{
    qApp->removeEventFilter(this);
}

void IdleLock::reloadSettings()
{
    setTimeout(
        std::chrono::minutes(std::clamp(ConsoleSettings::idleLockMinutes().value(), 0, 240)));
}

void IdleLock::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
    m_lastInput.restart();
    if (m_timeout <= 0ms) {
        m_check.stop();
        return;
    }
    // Checking a few times per idle period is precise enough and costs nothing per event.
    m_check.start(std::clamp<std::chrono::milliseconds>(m_timeout / 4, 50ms, 5s));
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        if (!m_locked)
            m_lastInput.restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::checkIdle()
{
    if (!m_locked && m_timeout > 0ms && m_lastInput.elapsed() >= m_timeout.count())
        lock();
}

void IdleLock::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    closeDialogsOverWindow();
    m_window.setLocked(true);
    Q_EMIT lockedChanged(true);
}

void IdleLock::closeDialogsOverWindow()
{
    // A dialog left open would stay usable on top of the lock screen.
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *widget : windows) {
        if (widget == &m_window || !widget->isVisible())
            continue;
        QWidget *owner = widget->parentWidget();
        while (owner && owner != &m_window)
            owner = owner->parentWidget();
        if (!owner)
            continue;
        if (auto *dialog = qobject_cast<QDialog *>(widget))
            dialog->reject();
        else
            widget->close();
    }
}

void IdleLock::unlock(const QString &password)
{
    if (!m_locked || m_checking)
        return;
    m_checking = true;
    AuthService *auth = &m_session.services().auth();
    const Principal principal = m_session.principal();
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        const QString error = watcher->result();
        watcher->deleteLater();
        m_checking = false;
        if (!error.isEmpty()) {
            m_window.lockScreen()->showError(error);
            return;
        }
        m_locked = false;
        m_lastInput.restart();
        m_window.setLocked(false);
        Q_EMIT lockedChanged(false);
    });
    watcher->setFuture(QtConcurrent::run([auth, principal, password] {
        try {
            auth->verifyPassword(principal, password);
            return QString();
        } catch (const Error &error) {
            return error.message();
        } catch (const std::exception &error) {
            return QString::fromLocal8Bit(error.what());
        }
    }));
}

} // namespace Steward::Shell
