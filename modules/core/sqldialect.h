#pragma once

#include "databaseurl.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

#include <memory>
#include <utility>

namespace Steward {

/** Everything that differs between SQLite and PostgreSQL, in one place. Queries elsewhere are
 *  written once in the SQL both understand (bound values, `RETURNING`, `LIMIT`). */
class SqlDialect
{
public:
    /** An index as the database's catalog describes it, with the statement that recreates it. */
    struct IndexDefinition
    {
        QString name;
        QString table;
        QString sql;
    };

    /** What beginBulkLoad() changed, for endBulkLoad() to put back. */
    struct BulkLoad
    {
        QList<IndexDefinition> droppedIndexes;
        /** Session settings and the values they had before the load, dialect-specific. */
        QList<std::pair<QString, QString>> previousSettings;
    };

    virtual ~SqlDialect() = default;

    static std::unique_ptr<SqlDialect> forKind(DatabaseUrl::Kind kind);

    /** "sqlite" or "postgresql". */
    virtual QString name() const = 0;
    virtual QString driverName() const = 0;

    /** Turns portable migration text into this dialect's DDL: `{{pk}}` is an auto-numbered
     *  64-bit primary key, `{{blob}}` a byte string, `{{bytewise}}` a collation that orders
     *  text by its UTF-8 bytes (so prefix ranges `>= ? AND < ?` use the index). */
    virtual QString translateDdl(const QString &portableSql) const = 0;

    /** Opens a write transaction. SQLite takes the write lock up front so a transaction never
     *  fails half-way on a lock upgrade. */
    virtual QString beginWriteStatement() const = 0;
    /** Statement, run inside the migration transaction, that keeps concurrent consoles from
     *  migrating at the same time. Empty when the write transaction already does. */
    virtual QString lockMigrationsStatement() const = 0;

    /** Statement run in every committing command transaction to wake other consoles, with the
     *  command name bound; empty when the dialect has no notifications. */
    virtual QString notifyStatement() const { return {}; }

    /** True for errors worth retrying the whole transaction for (busy, serialization failure,
     *  deadlock). */
    virtual bool isTransient(const QSqlError &error) const = 0;

    /** Sets driver options before the connection opens. */
    virtual void configure(QSqlDatabase &db, const DatabaseUrl &url) const = 0;
    /** Runs per-connection set-up right after opening (pragmas, session settings). */
    virtual void initialize(QSqlDatabase &db) const = 0;
    /** A one-line explanation for a failed open, naming what the operator can fix. */
    virtual QString describeOpenError(const QSqlError &error, const DatabaseUrl &url) const = 0;

    /** User tables, sorted, for schema comparisons and status. */
    virtual QStringList tables(const QSqlDatabase &db) const = 0;
    /** Column names of @p table, sorted. */
    virtual QStringList columns(const QSqlDatabase &db, const QString &table) const = 0;
    /** Makes the next generated id of @p table follow rows inserted with explicit ids. */
    virtual void resetIdentity(const QSqlDatabase &db, const QString &table) const = 0;

    /** Index names of the user tables, sorted, for schema comparisons; includes the indexes
     *  behind PRIMARY KEY and UNIQUE constraints. */
    virtual QStringList indexes(const QSqlDatabase &db) const = 0;
    /** The non-unique indexes of @p table that no constraint owns, sorted by name: the ones a
     *  bulk load may drop and rebuild without letting a duplicate in. */
    virtual QList<IndexDefinition> secondaryIndexes(const QSqlDatabase &db,
                                                    const QString &table) const = 0;

    /** Prepares the connection for loading many rows into @p tables: drops their secondary
     *  indexes (filling an index in key order afterwards is far cheaper than keeping it up
     *  to date row by row) and switches to bulk-friendly session settings. Run it in a
     *  transaction so the indexes go all or none. Constraints stay, so duplicates are still
     *  refused. Throws Error (internal) for a table or index name that is not a plain
     *  lower-case identifier, before dropping anything. The caller must call endBulkLoad()
     *  whether the load succeeds or fails. */
    BulkLoad beginBulkLoad(const QSqlDatabase &db, const QStringList &tables) const;
    /** Recreates the indexes @p load dropped (those that do not exist already, so it may be run
     *  again after a failure) and restores the session settings. Each index is committed on
     *  its own when no transaction is open. */
    void endBulkLoad(const QSqlDatabase &db, const BulkLoad &load) const;
    /** Recreates the indexes of a bulk load that never ended (the process was killed); run at
     *  every start. Returns true when there was one. */
    bool recoverBulkLoad(const QSqlDatabase &db) const;

    /** How many values one statement may bind (bulk inserts size their batches by this). */
    virtual int maxBoundValues() const = 0;

protected:
    /** Switches the session to bulk-load settings; returns the settings' previous values. */
    virtual QList<std::pair<QString, QString>>
    applyBulkLoadSettings(const QSqlDatabase &db) const = 0;
    /** Puts back settings returned by applyBulkLoadSettings(). */
    virtual void restoreSettings(const QSqlDatabase &db,
                                 const QList<std::pair<QString, QString>> &settings) const = 0;
};

} // namespace Steward
