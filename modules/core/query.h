#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace Steward {

/** A prepared statement with bound values that throws Error on failure instead of returning
 *  false; a transient failure (busy, serialization) throws TransientDatabaseError so the
 *  surrounding transaction can be retried. SQL text is never built from values. */
class Query
{
public:
    explicit Query(const QSqlDatabase &db);
    /** Prepares @p sql and executes it with @p values at once. */
    Query(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

    /** Sets the statement; it is prepared on the first exec() with values and reused after. */
    void prepare(const QString &sql);
    void exec(const QVariantList &values = {});

    bool next() { return m_query.next(); }
    QVariant value(int index) const { return m_query.value(index); }
    QVariant value(const QString &name) const { return m_query.value(name); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery &raw() { return m_query; }

    /** Executes @p sql and returns the first column of the first row, or an invalid variant. */
    static QVariant scalar(const QSqlDatabase &db, const QString &sql,
                           const QVariantList &values = {});

private:
    [[noreturn]] void fail() const;

    QSqlDatabase m_db;
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};

} // namespace Steward
