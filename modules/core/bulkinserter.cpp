#include "bulkinserter.h"

#include "database.h"
#include "errors.h"
#include "query.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlDriver>

#include <sqlite3.h>

#include <algorithm>

namespace Steward {

namespace {

// See batchSize().
constexpr int kBoundValuesPerStatement = 500;

bool isPlainIdentifier(const QString &name)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return identifier.match(name).hasMatch();
}

/** The sqlite3 connection behind @p db, or null when its driver is not Qt's SQLite driver. */
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

/** A single-row INSERT prepared on the connection's sqlite3 handle and reused for every row.
 *  Values are bound the way Qt's SQLite driver binds them, so rows come out the same. */
class BulkInserter::SqliteStatement
{
public:
    SqliteStatement(sqlite3 *handle, const QString &sql) : m_handle(handle)
    {
        const QByteArray utf8 = sql.toUtf8();
        const int code =
            sqlite3_prepare_v2(m_handle, utf8.constData(), int(utf8.size()), &m_statement, nullptr);
        if (code != SQLITE_OK)
            fail(code);
    }
    ~SqliteStatement() { sqlite3_finalize(m_statement); }
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    void insert(const QVariantList &row)
    {
        for (int i = 0; i < int(row.size()); ++i) {
            const int code = bind(i + 1, row.at(i));
            if (code != SQLITE_OK)
                fail(code);
        }
        const int code = sqlite3_step(m_statement);
        if (code != SQLITE_DONE) {
            sqlite3_reset(m_statement);
            fail(code);
        }
        sqlite3_reset(m_statement);
    }

private:
    int bind(int index, const QVariant &value)
    {
        if (value.isNull())
            return sqlite3_bind_null(m_statement, index);
        switch (value.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
            return sqlite3_bind_int64(m_statement, index, value.toLongLong());
        case QMetaType::Double:
            return sqlite3_bind_double(m_statement, index, value.toDouble());
        case QMetaType::QString: {
            // The row outlives the step, so SQLite may read the string where it is.
            const QString *text = static_cast<const QString *>(value.constData());
            if (text->isNull())
                return sqlite3_bind_null(m_statement, index);
            return sqlite3_bind_text16(m_statement, index, text->utf16(),
                                       int(text->size() * sizeof(QChar)), SQLITE_STATIC);
        }
        case QMetaType::QByteArray: {
            const QByteArray *bytes = static_cast<const QByteArray *>(value.constData());
            if (bytes->isNull())
                return sqlite3_bind_null(m_statement, index);
            return sqlite3_bind_blob(m_statement, index, bytes->constData(), int(bytes->size()),
                                     SQLITE_STATIC);
        }
        case QMetaType::QDateTime: {
            const QDateTime time = value.toDateTime();
            if (time.isNull())
                return sqlite3_bind_null(m_statement, index);
            return bindText(index, time.toString(Qt::ISODateWithMs));
        }
        default:
            return bindText(index, value.toString());
        }
    }

    int bindText(int index, const QString &text)
    {
        return sqlite3_bind_text16(m_statement, index, text.utf16(),
                                   int(text.size() * sizeof(QChar)), SQLITE_TRANSIENT);
    }

    [[noreturn]] void fail(int code) const
    {
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_handle));
        // SQLITE_BUSY and SQLITE_LOCKED, as SqlDialect::isTransient() reads them.
        if ((code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED)
            throw TransientDatabaseError(message);
        throw Error::internal(QStringLiteral("database error: %1").arg(message.simplified()));
    }

    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

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
    if (sqlite3 *handle = sqliteHandle(m_db)) {
        m_sqlite = std::make_unique<SqliteStatement>(handle, insertStatement(1));
        return;
    }
    const int columnCount = int(m_columns.size());
    const int maxBoundValues = Database::dialectOf(m_db).maxBoundValues();
    m_rowsPerStatement =
        rowsPerStatement > 0
            ? std::clamp(rowsPerStatement, 1, std::max(1, maxBoundValues / columnCount))
            : batchSize(columnCount, maxBoundValues);
    m_pending.reserve(qsizetype(m_rowsPerStatement) * m_columns.size());
}

BulkInserter::~BulkInserter() = default;

int BulkInserter::batchSize(int columnCount, int maxBoundValues)
{
    if (columnCount <= 0)
        return 1;
    return std::max(1, std::min(kBoundValuesPerStatement, maxBoundValues) / columnCount);
}

void BulkInserter::add(const QVariantList &row)
{
    if (row.size() != m_columns.size())
        throw Error::badInput(QStringLiteral("a row for %1 has %2 values for %3 columns")
                                  .arg(m_table)
                                  .arg(row.size())
                                  .arg(m_columns.size()));
    if (m_sqlite) {
        m_sqlite->insert(row);
        ++m_rowsWritten;
        return;
    }
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
