#include "query.h"

#include "database.h"
#include "errors.h"

#include <QLoggingCategory>
#include <QSqlError>

namespace Steward {

Q_LOGGING_CATEGORY(lcSql, "steward.sql", QtWarningMsg)

Query::Query(const QSqlDatabase &db) : m_db(db), m_query(db)
{
    m_query.setForwardOnly(true);
}

Query::Query(const QSqlDatabase &db, const QString &sql, const QVariantList &values) : Query(db)
{
    prepare(sql);
    exec(values);
}

void Query::prepare(const QString &sql)
{
    m_sql = sql;
    m_prepared = false;
}

void Query::exec(const QVariantList &values)
{
    // Statements without values run directly: PostgreSQL cannot PREPARE DDL, SET or BEGIN.
    if (values.isEmpty() && !m_prepared) {
        if (!m_query.exec(m_sql))
            fail();
        return;
    }
    if (!m_prepared) {
        if (!m_query.prepare(m_sql))
            fail();
        m_prepared = true;
    }
    for (int i = 0; i < values.size(); ++i)
        m_query.bindValue(i, values.at(i));
    if (!m_query.exec())
        fail();
}

QVariant Query::scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    Query query(db, sql, values);
    return query.next() ? query.value(0) : QVariant();
}

void Query::fail() const
{
    const QSqlError error = m_query.lastError();
    qCDebug(lcSql) << "failed:" << m_sql << error.text();
    if (Database::dialectOf(m_db).isTransient(error))
        throw TransientDatabaseError(error.text().simplified());
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    throw Error::internal(QStringLiteral("database error: %1").arg(text.simplified()));
}

} // namespace Steward
