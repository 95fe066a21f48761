#pragma once

#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace Steward {

class Query;

/** Writes many rows into one table. On SQLite each row goes through one prepared single-row
 *  `INSERT` on the connection's own handle, which skips the driver's per-value work; elsewhere
 *  rows are buffered and sent as multi-row `INSERT … VALUES (?, …), (?, …)` statements, the
 *  one for a full batch prepared once and reused, so a load costs one round trip per batch.
 *  Values are always bound; the table and column names, which cannot be, must be plain
 *  lower-case identifiers.
 *
 *  The inserter runs inside the caller's transaction and never commits. Call flush() before
 *  committing: rows still buffered when the inserter is destroyed are dropped. */
class BulkInserter
{
public:
    /** Throws Error (bad input) for a table or column name that is not `[a-z_][a-z0-9_]*`, or
     *  for an empty column list. @p rowsPerStatement 0 picks the default batch (batchSize()). */
    BulkInserter(QSqlDatabase db, QString table, QStringList columns, int rowsPerStatement = 0);
    ~BulkInserter();
    BulkInserter(const BulkInserter &) = delete;
    BulkInserter &operator=(const BulkInserter &) = delete;

    /** Adds one row, one value per column in order; writes a batch when it is full. Throws
     *  Error (bad input) when the row has the wrong number of values, and the database's Error
     *  when a write fails. */
    void add(const QVariantList &row);
    /** Writes the rows still buffered. */
    void flush();

    /** Rows sent to the database so far (buffered rows are not counted). */
    qint64 rowsWritten() const { return m_rowsWritten; }
    int rowsPerStatement() const { return m_rowsPerStatement; }
    const QString &table() const { return m_table; }

    /** The default batch for @p columnCount columns: about 500 bound values, never more than
     *  @p maxBoundValues, at least one row. Qt's drivers rewrite every `?` into a named
     *  placeholder that SQLite then looks up by a linear search, so preparing a statement costs
     *  the square of its placeholder count; past a few hundred a longer statement costs more
     *  to prepare than it saves. */
    static int batchSize(int columnCount, int maxBoundValues);

private:
    class SqliteStatement;

    QString insertStatement(int rows) const;
    void write(int rows);

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement = 1;
    QVariantList m_pending;
    int m_pendingRows = 0;
    std::unique_ptr<Query> m_fullBatch;
    std::unique_ptr<SqliteStatement> m_sqlite;
    qint64 m_rowsWritten = 0;
};

} // namespace Steward
