#include "database.h"

#include "query.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QSqlError>
#include <QThread>

namespace Steward {

namespace {
QAtomicInteger<quint64> s_nextDatabaseId = 0;
QAtomicInteger<quint64> s_nextThreadSerial = 0;

/** Names a thread's connections. A serial number rather than the thread id, because ids are
 *  reused by later threads and a connection may only be used by the thread that opened it.
 *  Connections are removed by ~Database, never at thread exit: pooled threads can outlive
 *  QtSql's own globals at process exit. */
thread_local const quint64 t_threadSerial = s_nextThreadSerial.fetchAndAddOrdered(1);
} // namespace

Database::Database(DatabaseUrl url)
    : m_url(std::move(url)), m_dialect(SqlDialect::forKind(m_url.kind())),
      m_prefix(QStringLiteral("steward-%1-").arg(s_nextDatabaseId.fetchAndAddOrdered(1)))
{}

Database::~Database()
{
    QMutexLocker locker(&m_mutex);
    for (const QString &name : std::as_const(m_connectionNames))
        QSqlDatabase::removeDatabase(name);
}

const SqlDialect &Database::dialectOf(const QSqlDatabase &db)
{
    static const auto sqlite = SqlDialect::forKind(DatabaseUrl::Kind::Sqlite);
    static const auto postgres = SqlDialect::forKind(DatabaseUrl::Kind::PostgreSql);
    return db.driverName() == QLatin1String("QPSQL") ? *postgres : *sqlite;
}

void Database::open()
{
    if (m_url.isSqlite()) {
        const QFileInfo file(m_url.path());
        if (!file.dir().exists() && !QDir().mkpath(file.absolutePath()))
            throw Error::internal(QStringLiteral("cannot create folder %1 for the database")
                                      .arg(file.absolutePath()));
        if (file.exists() && !file.isWritable())
            throw Error::internal(
                QStringLiteral("SQLite database %1 is read-only: Steward needs to write to it")
                    .arg(m_url.path()));
        if (file.exists() && file.isDir())
            throw Error::internal(
                QStringLiteral("SQLite database path %1 is a folder").arg(m_url.path()));
    }
    connection();
}

QSqlDatabase Database::connection()
{
    const QString name = m_prefix + QString::number(t_threadSerial);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    } else {
        QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driverName(), name);
        if (!db.isValid())
            throw Error::internal(QStringLiteral("the Qt SQL driver %1 is not installed")
                                      .arg(m_dialect->driverName()));
        m_dialect->configure(db, m_url);
        QMutexLocker locker(&m_mutex);
        m_connectionNames << name;
    }
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!db.open())
        throw Error::internal(m_dialect->describeOpenError(db.lastError(), m_url));
    try {
        m_dialect->initialize(db);
    } catch (const Error &error) {
        db.close();
        if (m_url.isSqlite())
            throw Error::internal(
                QStringLiteral("SQLite database %1 cannot be used (corrupt or not a database): %2")
                    .arg(m_url.path(), error.message()));
        throw;
    }
    return db;
}

void Database::begin(QSqlDatabase &db)
{
    Query(db, m_dialect->beginWriteStatement());
}

void Database::commit(QSqlDatabase &db)
{
    Query(db, QStringLiteral("COMMIT"));
}

void Database::rollback(QSqlDatabase &db) noexcept
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("ROLLBACK"));
}

void Database::backOff(int attempt)
{
    const int ceiling = 10 << std::min(attempt, 6);
    QThread::msleep(5 + QRandomGenerator::global()->bounded(ceiling));
}

} // namespace Steward
