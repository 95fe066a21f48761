#pragma once

#include "databaseurl.h"

#include <QTemporaryDir>

#include <memory>

namespace Steward::Test {

/** A fresh, empty database for one test: a SQLite file in a temporary folder, or — when
 *  STEWARD_TEST_BACKEND=postgresql — a new database on the server at STEWARD_TEST_PG_URL,
 *  dropped again when this object goes. */
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();

    const DatabaseUrl &url() const { return m_url; }
    bool isPostgreSql() const { return !m_url.isSqlite(); }
    /** "sqlite" or "postgresql", for messages. */
    static QString backend();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    DatabaseUrl m_url;
    QString m_adminConnection;
    QString m_databaseName;
};

} // namespace Steward::Test

namespace Steward {
class ServiceLayer;
class Clock;
} // namespace Steward

namespace Steward::Test {
/** A service layer on @p url with every migration applied (and no commands registered). */
std::unique_ptr<ServiceLayer> openMigrated(const DatabaseUrl &url,
                                           std::unique_ptr<Clock> clock = nullptr);
/** Adds an operator directly (as the system) and returns its id; the password is hashed for
 *  real, so logins in tests go through the same code as in production. */
qint64 addOperator(ServiceLayer &services, const QString &username, const QString &role,
                   const QString &password);
} // namespace Steward::Test
