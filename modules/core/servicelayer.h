#pragma once

#include "authservice.h"
#include "clock.h"
#include "commandbus.h"
#include "database.h"
#include "outbox.h"
#include "personaldata.h"

#include <QObject>

#include <functional>
#include <memory>

namespace Steward {

class Migrator;

/** The embedded service layer a console or stewardctl runs on: the database, the clock, the
 *  command bus, event delivery and login. Modules register their commands and event handlers
 *  on it at start-up. */
class ServiceLayer : public QObject
{
    Q_OBJECT
public:
    explicit ServiceLayer(const DatabaseUrl &url, std::unique_ptr<Clock> clock = nullptr,
                          QObject *parent = nullptr);
    ~ServiceLayer() override;

    /** Connects and checks the database; throws Error with a one-line reason. */
    void open();
    /** Applies pending migrations; @p progress receives "version name" before each. */
    void migrate(const std::function<void(const QString &)> &progress = {});

    Database &database() { return *m_database; }
    const Clock &clock() const { return *m_clock; }
    CommandBus &bus() { return *m_bus; }
    EventDispatcher &events() { return *m_events; }
    AuthService &auth() { return *m_auth; }
    /** The personal-data key; unlock it at start-up (see PersonalDataVault). */
    PersonalDataVault &personalData() { return *m_personalData; }

private:
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<EventDispatcher> m_events;
    std::unique_ptr<CommandBus> m_bus;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<PersonalDataVault> m_personalData;
};

} // namespace Steward
