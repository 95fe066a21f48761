#pragma once

#include "databaseurl.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

#include <memory>

namespace Steward {

/** Everything that differs between SQLite and PostgreSQL, in one place. Queries elsewhere are
 *  written once in the SQL both understand (bound values, `RETURNING`, `LIMIT`). */
class SqlDialect
{
public:
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

    /** How many values one statement may bind (bulk inserts size their batches by this). */
    virtual int maxBoundValues() const = 0;
};

} // namespace Steward
