#include "bulkinserter.h"

#include "database.h"
#include "errors.h"
#include "query.h"

#include <QRegularExpression>

#include <algorithm>

namespace Steward {

namespace {

// Beyond a few hundred rows a longer statement no longer saves time, only memory.
constexpr int kMaxRowsPerStatement = 500;

bool isPlainIdentifier(const QString &name)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return identifier.match(name).hasMatch();
}

} // namespace

BulkInserter::BulkInserter(QSqlDatabase db, QString table, QStringList columns,
                           int rowsPerStatement)
    : m_db(std::move(db)), m_table(std::move(table)), m_columns(std::move(columns))
{
    if (!isPlainIdentifier(m_table))
        throw Error::badInput(QStringLiteral("invalid table name \"%1\"").arg(m_table));
    if (m_columns.isEmpty())
        throw Error::badInput(QStringLiteral("no columns given for table %1").arg(m_table));
    for (const QString &column : std::as_const(m_columns)) {
        if (!isPlainIdentifier(column))
            throw Error::badInput(QStringLiteral("invalid column name \"%1\"").arg(column));
    }
    const int largest =
        batchSize(int(m_columns.size()), Database::dialectOf(m_db).maxBoundValues());
    m_rowsPerStatement = rowsPerStatement > 0 ? std::min(rowsPerStatement, largest) : largest;
    m_pending.reserve(qsizetype(m_rowsPerStatement) * m_columns.size());
}

BulkInserter::~BulkInserter() = default;

int BulkInserter::batchSize(int columnCount, int maxBoundValues)
{
    if (columnCount <= 0)
        return 1;
    return std::clamp(maxBoundValues / columnCount, 1, kMaxRowsPerStatement);
}

void BulkInserter::add(const QVariantList &row)
{
    if (row.size() != m_columns.size())
        throw Error::badInput(QStringLiteral("a row for %1 has %2 values for %3 columns")
                                  .arg(m_table)
                                  .arg(row.size())
                                  .arg(m_columns.size()));
    m_pending.append(row);
    if (++m_pendingRows == m_rowsPerStatement)
        write(m_pendingRows);
}

void BulkInserter::flush()
{
    if (m_pendingRows > 0)
        write(m_pendingRows);
}

QString BulkInserter::insertStatement(int rows) const
{
    QString tuple(QLatin1Char('('));
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        tuple += i == 0 ? QLatin1String("?") : QLatin1String(", ?");
    tuple += QLatin1Char(')');

    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                      .arg(m_table, m_columns.join(QLatin1String(", ")));
    sql.reserve(sql.size() + rows * (tuple.size() + 2));
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            sql += QLatin1String(", ");
        sql += tuple;
    }
    return sql;
}

void BulkInserter::write(int rows)
{
    if (rows == m_rowsPerStatement) {
        if (!m_fullBatch) {
            m_fullBatch = std::make_unique<Query>(m_db);
            m_fullBatch->prepare(insertStatement(rows));
        }
        m_fullBatch->exec(m_pending);
    } else {
        // Only the last batch of a load is short; it is prepared for its own size once.
        Query tail(m_db);
        tail.prepare(insertStatement(rows));
        tail.exec(m_pending);
    }
    m_rowsWritten += rows;
    m_pending.clear();
    m_pendingRows = 0;
}

} // namespace Steward
