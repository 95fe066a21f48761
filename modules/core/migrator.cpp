#include "migrator.h"

#include "clock.h"
#include "database.h"
#include "query.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace Steward {

namespace {

QList<Migrator::Migration> readFolder(const QString &folder)
{
    static const QRegularExpression fileName(QStringLiteral("^(\\d{3,})_([a-z0-9_]+)\\.sql$"));
    QList<Migrator::Migration> result;
    const QDir dir(folder);
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = fileName.match(file);
        if (!match.hasMatch())
            throw Error::internal(
                QStringLiteral("migration file %1 is not named NNN_name.sql").arg(file));
        QFile input(dir.filePath(file));
        if (!input.open(QIODevice::ReadOnly))
            throw Error::internal(QStringLiteral("cannot read migration %1").arg(file));
        const QByteArray bytes = input.readAll();
        Migrator::Migration migration;
        migration.version = match.captured(1).toInt();
        migration.name = match.captured(2);
        migration.sql = QString::fromUtf8(bytes);
        migration.checksum = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
        if (!result.isEmpty() && result.last().version == migration.version)
            throw Error::internal(
                QStringLiteral("two migrations share version %1").arg(migration.version));
        result << migration;
    }
    return result;
}

/** Splits a migration into statements at semicolons that end a line; comments are dropped. */
QStringList statements(const QString &sql)
{
    QStringList result;
    QString current;
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            current = current.trimmed();
            current.chop(1);
            result << current;
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        result << current.trimmed();
    return result;
}

} // namespace

QList<Migrator::Migration> Migrator::builtIn()
{
    return readFolder(QStringLiteral(":/steward/sql"));
}

QList<Migrator::Migration> Migrator::fromFolder(const QString &folder)
{
    return readFolder(folder);
}

Migrator::Migrator(Database &database, QList<Migration> migrations)
    : m_database(database), m_migrations(std::move(migrations))
{}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

void Migrator::ensureTable()
{
    QSqlDatabase db = m_database.connection();
    if (m_database.dialect().tables(db).contains(QStringLiteral("schema_migrations")))
        return;
    m_database.write([](QSqlDatabase &db) {
        Query(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                 "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                 "checksum TEXT NOT NULL, applied_at BIGINT NOT NULL)"));
    });
}

QList<Migrator::AppliedMigration> Migrator::applied()
{
    ensureTable();
    Query query(m_database.connection(),
                QStringLiteral("SELECT version, name, checksum, applied_at FROM schema_migrations "
                               "ORDER BY version"));
    QList<AppliedMigration> result;
    while (query.next())
        result << AppliedMigration{query.value(0).toInt(), query.value(1).toString(),
                                   query.value(2).toByteArray(), query.value(3).toLongLong()};
    return result;
}

int Migrator::currentVersion()
{
    const auto rows = applied();
    return rows.isEmpty() ? 0 : rows.last().version;
}

void Migrator::check(const QList<AppliedMigration> &applied) const
{
    if (!applied.isEmpty() && applied.last().version > latestVersion())
        throw Error::internal(
            QStringLiteral("the database schema is at version %1 but this Steward knows only up "
                           "to %2: upgrade Steward before using this database")
                .arg(applied.last().version)
                .arg(latestVersion()));
    for (const AppliedMigration &row : applied) {
        const auto known =
            std::find_if(m_migrations.cbegin(), m_migrations.cend(),
                         [&](const Migration &m) { return m.version == row.version; });
        if (known == m_migrations.cend())
            throw Error::internal(
                QStringLiteral("the database has migration %1 which this Steward does not know")
                    .arg(row.version));
        if (known->checksum != row.checksum)
            throw Error::internal(
                QStringLiteral("migration %1_%2 applied to this database differs from the one "
                               "shipped (checksum mismatch)")
                    .arg(row.version, 3, 10, QLatin1Char('0'))
                    .arg(row.name));
    }
    // Migrations apply in order: one missing below the newest applied would never run.
    for (const Migration &migration : m_migrations) {
        if (applied.isEmpty() || migration.version >= applied.last().version)
            break;
        const bool present =
            std::any_of(applied.cbegin(), applied.cend(), [&](const AppliedMigration &row) {
                return row.version == migration.version;
            });
        if (!present)
            throw Error::internal(
                QStringLiteral("migration %1_%2 was never applied to this database although later "
                               "ones were; restore it from a backup or start a new one")
                    .arg(migration.version, 3, 10, QLatin1Char('0'))
                    .arg(migration.name));
    }
}

QList<Migrator::Migration> Migrator::pending()
{
    const auto rows = applied();
    check(rows);
    const int current = rows.isEmpty() ? 0 : rows.last().version;
    QList<Migration> result;
    for (const Migration &migration : m_migrations) {
        if (migration.version > current)
            result << migration;
    }
    return result;
}

void Migrator::migrate(const std::function<void(const Migration &)> &progress)
{
    const QList<Migration> todo = pending();
    const SqlDialect &dialect = m_database.dialect();
    for (const Migration &migration : todo) {
        if (progress)
            progress(migration);
        m_database.write([&](QSqlDatabase &db) {
            if (const QString lock = dialect.lockMigrationsStatement(); !lock.isEmpty())
                Query(db, lock);
            // Another console may have applied it while this one waited for the lock.
            const QVariant done = Query::scalar(
                db, QStringLiteral("SELECT 1 FROM schema_migrations WHERE version = ?"),
                {migration.version});
            if (done.isValid())
                return;
            const QStringList parts = statements(dialect.translateDdl(migration.sql));
            for (const QString &statement : parts) {
                try {
                    Query(db, statement);
                } catch (const Error &error) {
                    throw Error::internal(QStringLiteral("migration %1_%2 failed: %3")
                                              .arg(migration.version, 3, 10, QLatin1Char('0'))
                                              .arg(migration.name, error.message()));
                }
            }
            Query(db,
                  QStringLiteral("INSERT INTO schema_migrations (version, name, checksum, "
                                 "applied_at) VALUES (?, ?, ?, ?)"),
                  {migration.version, migration.name, QString::fromLatin1(migration.checksum),
                   SystemClock().now()});
        });
    }
}

} // namespace Steward
