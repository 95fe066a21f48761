#include "testdatabase.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <stdexcept>

namespace Steward::Test {

namespace {
QAtomicInteger<int> s_counter = 0;

QSqlDatabase adminConnection(const QString &name, const DatabaseUrl &server)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(server.host());
    db.setPort(server.port());
    db.setUserName(server.userName());
    db.setPassword(server.password());
    db.setDatabaseName(server.databaseName());
    return db;
}
} // namespace

QString TestDatabase::backend()
{
    return qEnvironmentVariable("STEWARD_TEST_BACKEND", QStringLiteral("sqlite"));
}

TestDatabase::TestDatabase()
{
    if (backend() != QLatin1String("postgresql")) {
        m_dir = std::make_unique<QTemporaryDir>();
        m_url = DatabaseUrl::sqlite(m_dir->filePath(QStringLiteral("steward.db")));
        return;
    }
    QString error;
    const auto server = DatabaseUrl::parse(qEnvironmentVariable("STEWARD_TEST_PG_URL"), &error);
    if (!server)
        throw std::runtime_error("STEWARD_TEST_PG_URL is not set or invalid: the PostgreSQL "
                                 "variant of this test needs the server the test command starts");
    m_databaseName = QStringLiteral("tst_%1_%2_%3")
                         .arg(QCoreApplication::applicationName().toLower())
                         .arg(QCoreApplication::applicationPid())
                         .arg(s_counter.fetchAndAddOrdered(1));
    m_adminConnection = QStringLiteral("test-admin-") + m_databaseName;
    {
        QSqlDatabase db = adminConnection(m_adminConnection, *server);
        if (!db.open())
            throw std::runtime_error(
                ("cannot reach the test PostgreSQL server: " + db.lastError().text())
                    .toStdString());
        QSqlQuery query(db);
        // The name is built from the program name, pid and a counter: no user input.
        if (!query.exec(QStringLiteral("CREATE DATABASE ") + m_databaseName))
            throw std::runtime_error(query.lastError().text().toStdString());
    }
    const QString text = server->toString();
    m_url = *DatabaseUrl::parse(text.left(text.lastIndexOf(QLatin1Char('/')) + 1) + m_databaseName,
                                &error);
}

TestDatabase::~TestDatabase()
{
    if (m_databaseName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_adminConnection);
        QSqlQuery query(db);
        query.exec(QStringLiteral("DROP DATABASE IF EXISTS ") + m_databaseName +
                   QStringLiteral(" WITH (FORCE)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(m_adminConnection);
}

} // namespace Steward::Test

#include "clock.h"
#include "passwordhasher.h"
#include "query.h"
#include "servicelayer.h"

namespace Steward::Test {

std::unique_ptr<ServiceLayer> openMigrated(const DatabaseUrl &url, std::unique_ptr<Clock> clock)
{
    auto services = std::make_unique<ServiceLayer>(url, std::move(clock));
    try {
        services->open();
        services->migrate();
    } catch (const Error &error) {
        // QtTest reports exceptions without their text; say it first.
        qWarning("cannot open the test database: %s", qPrintable(error.message()));
        throw;
    }
    return services;
}

qint64 addOperator(ServiceLayer &services, const QString &username, const QString &role,
                   const QString &password)
{
    const QString hash = PasswordHasher::hash(password);
    const qint64 now = services.clock().now();
    return services.database().write([&](QSqlDatabase &db) {
        Query insert(db,
                     QStringLiteral("INSERT INTO operators (username, display_name, role, "
                                    "password_hash, created_at, updated_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                     {username, username, role, hash, now, now});
        insert.next();
        return insert.value(0).toLongLong();
    });
}

} // namespace Steward::Test
