#include "servicelayer.h"

#include "migrator.h"

namespace Steward {

ServiceLayer::ServiceLayer(const DatabaseUrl &url, std::unique_ptr<Clock> clock, QObject *parent)
    : QObject(parent), m_clock(clock ? std::move(clock) : std::make_unique<SystemClock>()),
      m_database(std::make_unique<Database>(url)),
      m_events(std::make_unique<EventDispatcher>(*m_database, *m_clock)),
      m_bus(std::make_unique<CommandBus>(*m_database, *m_clock, *m_events)),
      m_auth(std::make_unique<AuthService>(*m_database, *m_clock)),
      m_personalData(std::make_unique<PersonalDataVault>(*m_database))
{
    declareCorePermissions();
}

ServiceLayer::~ServiceLayer()
{
    // Workers hold connections: stop them before the database goes.
    m_bus->waitForIdle();
}

void ServiceLayer::open()
{
    m_database->open();
}

void ServiceLayer::migrate(const std::function<void(const QString &)> &progress)
{
    Migrator migrator(*m_database);
    migrator.migrate([&](const Migrator::Migration &migration) {
        if (progress)
            progress(QStringLiteral("%1 %2")
                         .arg(migration.version, 3, 10, QLatin1Char('0'))
                         .arg(migration.name));
    });
    if (m_database->dialect().recoverBulkLoad(m_database->connection()) && progress)
        progress(QStringLiteral("recreated the indexes of an interrupted bulk load"));
}

} // namespace Steward
