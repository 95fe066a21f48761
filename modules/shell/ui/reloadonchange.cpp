#include "reloadonchange.h"

#include "consolesession.h"

namespace Steward::Shell {

ReloadOnChange::ReloadOnChange(ConsoleSession &session,
                               std::function<bool(const QString &command)> matches,
                               std::function<void()> reload, int delayMs, QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(delayMs);
    connect(&m_timer, &QTimer::timeout, this, std::move(reload));
    connect(&session, &ConsoleSession::dataChanged, this,
            [this, matches = std::move(matches)](const QString &command) {
                if (matches(command))
                    m_timer.start();
            });
}

} // namespace Steward::Shell
