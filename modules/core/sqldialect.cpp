#include "sqldialect.h"

#include "errors.h"
#include "query.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Steward {

namespace {

/** app_settings key of the indexes a bulk load has dropped and not yet recreated. */
const QString kBulkLoadJournal = QStringLiteral("bulk_load.dropped_indexes");

// SQLite's page cache for a bulk load, in KiB: the default 2 MB is far smaller than the
// tables and indexes being filled, so their pages would be read back from the file for every
// batch, and rebuilding an index sorts within this budget before spilling to temporary files.
constexpr int kSqliteBulkCacheKib = 256 * 1024;
// PostgreSQL's memory for rebuilding one index after a bulk load.
const char kPostgreSqlBulkMaintenanceMemory[] = "256MB";

/** Throws unless @p name can be written into DDL as it is. */
void requirePlainIdentifier(const QString &name, const char *what)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    if (!identifier.match(name).hasMatch())
        throw Error::internal(
            QStringLiteral("invalid %1 name \"%2\"").arg(QLatin1String(what), name));
}

QStringList firstColumn(Query &query)
{
    QStringList result;
    while (query.next())
        result << query.value(0).toString();
    return result;
}

QString replaceTokens(QString sql, const QString &pk, const QString &blob, const QString &bytewise)
{
    sql.replace(QLatin1String("{{pk}}"), pk);
    sql.replace(QLatin1String("{{blob}}"), blob);
    sql.replace(QLatin1String("{{bytewise}}"), bytewise);
    return sql;
}

class SqliteDialect final : public SqlDialect
{
public:
    QString name() const override { return QStringLiteral("sqlite"); }
    QString driverName() const override { return QStringLiteral("QSQLITE"); }

    QString translateDdl(const QString &sql) const override
    {
        return replaceTokens(sql, QStringLiteral("INTEGER PRIMARY KEY"), QStringLiteral("BLOB"),
                             QStringLiteral("COLLATE BINARY"));
    }
    QString beginWriteStatement() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    QString lockMigrationsStatement() const override { return {}; }

    bool isTransient(const QSqlError &error) const override
    {
        const QString code = error.nativeErrorCode();
        // SQLITE_BUSY (5), SQLITE_LOCKED (6) and their extended codes.
        bool ok = false;
        const int value = code.toInt(&ok);
        return ok && ((value & 0xff) == 5 || (value & 0xff) == 6);
    }

    void configure(QSqlDatabase &db, const DatabaseUrl &url) const override
    {
        db.setDatabaseName(url.path());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }

    void initialize(QSqlDatabase &db) const override
    {
        // A garbage file opens fine; the first read tells.
        Query::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
        Query(db, QStringLiteral("PRAGMA journal_mode=WAL"));
        Query(db, QStringLiteral("PRAGMA synchronous=NORMAL"));
        Query(db, QStringLiteral("PRAGMA foreign_keys=ON"));
        Query(db, QStringLiteral("PRAGMA busy_timeout=10000"));
    }

    QString describeOpenError(const QSqlError &error, const DatabaseUrl &url) const override
    {
        const QFileInfo info(url.path());
        if (!info.dir().exists())
            return QStringLiteral("cannot open SQLite database %1: folder %2 does not exist")
                .arg(url.path(), info.absolutePath());
        return QStringLiteral("cannot open SQLite database %1: %2")
            .arg(url.path(), error.text().simplified());
    }

    QStringList tables(const QSqlDatabase &db) const override
    {
        Query query(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
        return firstColumn(query);
    }

    QStringList columns(const QSqlDatabase &db, const QString &table) const override
    {
        Query query(db, QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY name"),
                    {table});
        return firstColumn(query);
    }

    void resetIdentity(const QSqlDatabase &, const QString &) const override
    {
        // INTEGER PRIMARY KEY continues after the largest rowid by itself.
    }

    QStringList indexes(const QSqlDatabase &db) const override
    {
        Query query(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' "
                                       "AND tbl_name NOT LIKE 'sqlite_%' ORDER BY name"));
        return firstColumn(query);
    }

    QList<IndexDefinition> secondaryIndexes(const QSqlDatabase &db,
                                            const QString &table) const override
    {
        // origin 'c' is a CREATE INDEX; the indexes behind constraints ('pk', 'u') have no
        // SQL of their own and stay.
        Query query(db,
                    QStringLiteral("SELECT l.name, m.sql FROM pragma_index_list(?) l "
                                   "JOIN sqlite_master m ON m.type = 'index' AND m.name = l.name "
                                   "WHERE l.origin = 'c' AND l.\"unique\" = 0 "
                                   "AND m.sql IS NOT NULL ORDER BY l.name"),
                    {table});
        QList<IndexDefinition> result;
        while (query.next())
            result.append({query.value(0).toString(), table, query.value(1).toString()});
        return result;
    }

    int maxBoundValues() const override { return 32766; }

protected:
    QList<std::pair<QString, QString>> applyBulkLoadSettings(const QSqlDatabase &db) const override
    {
        const QString cacheSize = Query::scalar(db, QStringLiteral("PRAGMA cache_size")).toString();
        Query(db, QStringLiteral("PRAGMA cache_size = -%1").arg(kSqliteBulkCacheKib));
        return {{QStringLiteral("cache_size"), cacheSize}};
    }

    void restoreSettings(const QSqlDatabase &db,
                         const QList<std::pair<QString, QString>> &settings) const override
    {
        for (const auto &[name, value] : settings) {
            bool isNumber = false;
            const qint64 pages = value.toLongLong(&isNumber);
            // Only the cache size is changed; a pragma cannot bind its value, hence the number.
            if (name == QLatin1String("cache_size") && isNumber)
                Query(db, QStringLiteral("PRAGMA cache_size = %1").arg(pages));
        }
    }
};

class PostgreSqlDialect final : public SqlDialect
{
public:
    QString name() const override { return QStringLiteral("postgresql"); }
    QString driverName() const override { return QStringLiteral("QPSQL"); }

    QString translateDdl(const QString &sql) const override
    {
        return replaceTokens(sql,
                             QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"),
                             QStringLiteral("BYTEA"), QStringLiteral("COLLATE \"C\""));
    }
    QString beginWriteStatement() const override { return QStringLiteral("BEGIN"); }
    QString lockMigrationsStatement() const override
    {
        return QStringLiteral("LOCK TABLE schema_migrations IN EXCLUSIVE MODE");
    }
    QString notifyStatement() const override
    {
        return QStringLiteral("SELECT pg_notify('steward_changes', ?)");
    }

    bool isTransient(const QSqlError &error) const override
    {
        const QString code = error.nativeErrorCode();
        return code == QLatin1String("40001") || code == QLatin1String("40P01");
    }

    void configure(QSqlDatabase &db, const DatabaseUrl &url) const override
    {
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.databaseName());
        QStringList options{QStringLiteral("connect_timeout=5"),
                            QStringLiteral("application_name=steward")};
        if (!url.sslMode().isEmpty())
            options << QStringLiteral("sslmode=") + url.sslMode();
        db.setConnectOptions(options.join(QLatin1Char(';')));
    }

    void initialize(QSqlDatabase &db) const override
    {
        Query(db, QStringLiteral("SET TIME ZONE 'UTC'"));
        Query(db, QStringLiteral("SET client_min_messages TO WARNING"));
    }

    QString describeOpenError(const QSqlError &error, const DatabaseUrl &url) const override
    {
        return QStringLiteral("cannot connect to PostgreSQL at %1: %2")
            .arg(url.displayString(), error.text().simplified());
    }

    QStringList tables(const QSqlDatabase &db) const override
    {
        Query query(db, QStringLiteral("SELECT table_name FROM information_schema.tables "
                                       "WHERE table_schema = current_schema() "
                                       "AND table_type = 'BASE TABLE' ORDER BY table_name"));
        return firstColumn(query);
    }

    QStringList columns(const QSqlDatabase &db, const QString &table) const override
    {
        Query query(db,
                    QStringLiteral("SELECT column_name FROM information_schema.columns "
                                   "WHERE table_schema = current_schema() AND table_name = ? "
                                   "ORDER BY column_name"),
                    {table});
        return firstColumn(query);
    }

    void resetIdentity(const QSqlDatabase &db, const QString &table) const override
    {
        requirePlainIdentifier(table, "table");
        // The table name is checked above to be a plain identifier; it cannot be bound.
        const QString sql = QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                           "COALESCE((SELECT MAX(id) FROM %1), 0) + 1, false)")
                                .arg(table);
        Query(db, sql);
    }

    QStringList indexes(const QSqlDatabase &db) const override
    {
        Query query(db, QStringLiteral("SELECT indexname FROM pg_indexes "
                                       "WHERE schemaname = current_schema() ORDER BY indexname"));
        return firstColumn(query);
    }

    QList<IndexDefinition> secondaryIndexes(const QSqlDatabase &db,
                                            const QString &table) const override
    {
        Query query(db,
                    QStringLiteral("SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x "
                                   "JOIN pg_class i ON i.oid = x.indexrelid "
                                   "JOIN pg_class t ON t.oid = x.indrelid "
                                   "JOIN pg_namespace n ON n.oid = t.relnamespace "
                                   "WHERE n.nspname = current_schema() AND t.relname = ? "
                                   "AND NOT x.indisunique AND NOT x.indisprimary "
                                   "AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
                                   "WHERE c.conindid = x.indexrelid) ORDER BY i.relname"),
                    {table});
        QList<IndexDefinition> result;
        while (query.next())
            result.append({query.value(0).toString(), table, query.value(1).toString()});
        return result;
    }

    int maxBoundValues() const override { return 32767; }

protected:
    QList<std::pair<QString, QString>> applyBulkLoadSettings(const QSqlDatabase &db) const override
    {
        // A demo load can be redone, so its commits need not wait for the disk; an index is
        // rebuilt faster when its sort fits in memory.
        const QList<std::pair<QString, QString>> bulk{
            {QStringLiteral("maintenance_work_mem"),
             QString::fromLatin1(kPostgreSqlBulkMaintenanceMemory)},
            {QStringLiteral("synchronous_commit"), QStringLiteral("off")}};
        QList<std::pair<QString, QString>> previous;
        for (const auto &[name, value] : bulk) {
            previous.append(
                {name, Query::scalar(db, QStringLiteral("SELECT current_setting(?)"), {name})
                           .toString()});
            Query(db, QStringLiteral("SELECT set_config(?, ?, false)"), {name, value});
        }
        return previous;
    }

    void restoreSettings(const QSqlDatabase &db,
                         const QList<std::pair<QString, QString>> &settings) const override
    {
        for (const auto &[name, value] : settings)
            Query(db, QStringLiteral("SELECT set_config(?, ?, false)"), {name, value});
    }
};

} // namespace

SqlDialect::BulkLoad SqlDialect::beginBulkLoad(const QSqlDatabase &db,
                                               const QStringList &tables) const
{
    BulkLoad load;
    for (const QString &table : tables) {
        requirePlainIdentifier(table, "table");
        for (const IndexDefinition &index : secondaryIndexes(db, table)) {
            requirePlainIdentifier(index.name, "index");
            load.droppedIndexes.append(index);
        }
    }
    load.previousSettings = applyBulkLoadSettings(db);
    for (const IndexDefinition &index : std::as_const(load.droppedIndexes)) {
        // The name comes from the catalog and is checked above; DDL cannot bind it.
        Query(db, QStringLiteral("DROP INDEX %1").arg(index.name));
    }
    // Journal the dropped indexes with the drop itself: if the process dies before
    // endBulkLoad(), the next start recreates them (recoverBulkLoad()).
    QJsonArray journal;
    for (const IndexDefinition &index : std::as_const(load.droppedIndexes))
        journal.append(QJsonObject{{QStringLiteral("name"), index.name},
                                   {QStringLiteral("table"), index.table},
                                   {QStringLiteral("sql"), index.sql}});
    Query(db,
          QStringLiteral("INSERT INTO app_settings (key, value, updated_at) VALUES (?, ?, ?) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                         "updated_at = excluded.updated_at"),
          {kBulkLoadJournal,
           QString::fromUtf8(QJsonDocument(journal).toJson(QJsonDocument::Compact)),
           QDateTime::currentMSecsSinceEpoch()});
    return load;
}

bool SqlDialect::recoverBulkLoad(const QSqlDatabase &db) const
{
    const QVariant text = Query::scalar(
        db, QStringLiteral("SELECT value FROM app_settings WHERE key = ?"), {kBulkLoadJournal});
    if (!text.isValid())
        return false;
    BulkLoad load;
    const QJsonArray journal = QJsonDocument::fromJson(text.toString().toUtf8()).array();
    for (const QJsonValue &entry : journal) {
        const QJsonObject index = entry.toObject();
        load.droppedIndexes.append({index.value(QStringLiteral("name")).toString(),
                                    index.value(QStringLiteral("table")).toString(),
                                    index.value(QStringLiteral("sql")).toString()});
        requirePlainIdentifier(load.droppedIndexes.last().name, "index");
    }
    endBulkLoad(db, load);
    return true;
}

void SqlDialect::endBulkLoad(const QSqlDatabase &db, const BulkLoad &load) const
{
    try {
        const QStringList existing = indexes(db);
        for (const IndexDefinition &index : load.droppedIndexes) {
            // The statement is the catalog's own definition of the index.
            if (!existing.contains(index.name))
                Query(db, index.sql);
        }
    } catch (...) {
        try {
            restoreSettings(db, load.previousSettings);
        } catch (const Error &) {
            // The index failure is the one to report; the settings end with the session.
        }
        throw;
    }
    restoreSettings(db, load.previousSettings);
    Query(db, QStringLiteral("DELETE FROM app_settings WHERE key = ?"), {kBulkLoadJournal});
}

std::unique_ptr<SqlDialect> SqlDialect::forKind(DatabaseUrl::Kind kind)
{
    if (kind == DatabaseUrl::Kind::PostgreSql)
        return std::make_unique<PostgreSqlDialect>();
    return std::make_unique<SqliteDialect>();
}

} // namespace Steward
