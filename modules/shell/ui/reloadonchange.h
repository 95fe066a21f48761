#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace Steward::Shell {

class ConsoleSession;

/** Turns the commits a view shows into one reload: every command @p matches (from this console or
 *  another, see ConsoleSession::dataChanged) restarts a short timer, and @p reload runs when it
 *  fires, so a burst of commits (a bulk decision, several consoles) is one reload. */
class ReloadOnChange : public QObject
{
public:
    ReloadOnChange(ConsoleSession &session, std::function<bool(const QString &command)> matches,
                   std::function<void()> reload, int delayMs, QObject *parent);

    /** Runs the reload after the delay (again), e.g. when one is wanted once a load is in. */
    void schedule() { m_timer.start(); }
    /** Drops a pending reload: the caller is loading fresh rows anyway. */
    void cancel() { m_timer.stop(); }

private:
    QTimer m_timer;
};

} // namespace Steward::Shell
