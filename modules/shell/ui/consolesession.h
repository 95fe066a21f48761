#pragma once

#include "commandbus.h"
#include "permissions.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Steward {
class ChangeNotifier;
class ServiceLayer;
} // namespace Steward

namespace Steward::Shell {

class ModuleRegistry;

/** A logged-in operator's console: who they are and the one way widgets reach the service
 *  layer. call() runs the command on a worker thread and hands the result back on the GUI
 *  thread, so no widget ever waits on the database. */
class ConsoleSession : public QObject
{
    Q_OBJECT
public:
    ConsoleSession(ServiceLayer &services, Principal principal, QObject *parent = nullptr);

    ServiceLayer &services() const { return m_services; }
    const Principal &principal() const { return m_principal; }
    bool can(const QString &permission) const { return m_principal.can(permission); }
    /** What the modules contribute, for views that offer other modules' actions (the person
     *  view); null when the session runs without the console's registry (tests). */
    const ModuleRegistry *registry() const { return m_registry; }
    void setRegistry(const ModuleRegistry *registry) { m_registry = registry; }

    /** Runs @p command asynchronously; @p done runs on the GUI thread unless @p context has
     *  been destroyed by then. */
    void call(const QString &command, const QJsonObject &params, QObject *context,
              std::function<void(const CommandResult &)> done);

Q_SIGNALS:
    /** A write command committed, in this console or in another one sharing the database
     *  (PostgreSQL LISTEN/NOTIFY, or a poll of the audit head every two seconds). Pages refresh
     *  what they show; the same commit may be reported twice. */
    void dataChanged(const QString &command);
    /** A command was refused because the operator was disabled or logged out meanwhile. */
    void accessRevoked(const QString &reason);

private:
    ServiceLayer &m_services;
    Principal m_principal;
    ChangeNotifier *m_notifier = nullptr;
    const ModuleRegistry *m_registry = nullptr;
};

} // namespace Steward::Shell
