#pragma once

#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace Steward {

class Query;

/** Writes many rows into one table with multi-row `INSERT … VALUES (?, …), (?, …)` statements.
 *  Rows are buffered and sent a statement at a time; the statement for a full batch is
 *  prepared once and reused, so loading millions of rows costs one round trip per batch.
 *  Batches stay under the dialect's bound-value limit and at most 500 rows. Values are always
 *  bound; the table and column names, which cannot be, must be plain lower-case identifiers.
 *
 *  The inserter runs inside the caller's transaction and never commits. Call flush() before
 *  committing: rows still buffered when the inserter is destroyed are dropped. */
class BulkInserter
{
public:
    /** Throws Error (bad input) for a table or column name that is not `[a-z_][a-z0-9_]*`, or
     *  for an empty column list. @p rowsPerStatement 0 picks the largest batch allowed. */
    BulkInserter(QSqlDatabase db, QString table, QStringList columns, int rowsPerStatement = 0);
    ~BulkInserter();
    BulkInserter(const BulkInserter &) = delete;
    BulkInserter &operator=(const BulkInserter &) = delete;

    /** Buffers one row, one value per column in order; writes a batch when it is full. Throws
     *  Error (bad input) when the row has the wrong number of values, and the database's Error
     *  when a batch fails. */
    void add(const QVariantList &row);
    /** Writes the rows still buffered. */
    void flush();

    /** Rows sent to the database so far (buffered rows are not counted). */
    qint64 rowsWritten() const { return m_rowsWritten; }
    int rowsPerStatement() const { return m_rowsPerStatement; }
    const QString &table() const { return m_table; }

    /** The largest batch for @p columnCount columns under @p maxBoundValues (at least 1). */
    static int batchSize(int columnCount, int maxBoundValues);

private:
    QString insertStatement(int rows) const;
    void write(int rows);

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement = 1;
    QVariantList m_pending;
    int m_pendingRows = 0;
    std::unique_ptr<Query> m_fullBatch;
    qint64 m_rowsWritten = 0;
};

} // namespace Steward
