#include "consolesession.h"

#include "changenotifier.h"
#include "servicelayer.h"

#include <QFutureWatcher>

namespace Steward::Shell {

ConsoleSession::ConsoleSession(ServiceLayer &services, Principal principal, QObject *parent)
    : QObject(parent), m_services(services), m_principal(std::move(principal))
{
    connect(&m_services.bus(), &CommandBus::committed, this,
            [this](const QString &command) { Q_EMIT dataChanged(command); });
    m_notifier = new ChangeNotifier(m_services.database(), 2000, this);
    connect(m_notifier, &ChangeNotifier::changed, this,
            [this](const QString &command) { Q_EMIT dataChanged(command); });
    m_notifier->start();
}

void ConsoleSession::call(const QString &command, const QJsonObject &params, QObject *context,
                          std::function<void(const CommandResult &)> done)
{
    auto *watcher = new QFutureWatcher<CommandResult>(this);
    QPointer<QObject> guard(context);
    connect(watcher, &QFutureWatcher<CommandResult>::finished, this,
            [this, watcher, guard, done = std::move(done)] {
                const CommandResult result = watcher->result();
                watcher->deleteLater();
                if (result.code == ErrorCode::Unauthenticated ||
                    (result.code == ErrorCode::PermissionDenied &&
                     result.message.contains(QLatin1String("disabled"))))
                    Q_EMIT accessRevoked(result.message);
                if (guard && done)
                    done(result);
            });
    watcher->setFuture(m_services.bus().post(m_principal, command, params));
}

} // namespace Steward::Shell
