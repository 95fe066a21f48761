#pragma once

#include "databaseurl.h"
#include "errors.h"
#include "sqldialect.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>
#include <type_traits>

namespace Steward {

/** Thrown for a lock timeout, serialization failure or deadlock: the transaction may succeed
 *  when run again. Database::write() retries it. */
class TransientDatabaseError : public Error
{
public:
    explicit TransientDatabaseError(const QString &message)
        : Error(ErrorCode::Conflict, QStringLiteral("database busy: %1").arg(message))
    {}
};

/** The shared database: one connection per thread, opened on first use, and the single helper
 *  that runs write transactions with retries on busy or serialization failures. */
class Database
{
public:
    explicit Database(DatabaseUrl url);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const DatabaseUrl &url() const { return m_url; }
    const SqlDialect &dialect() const { return *m_dialect; }
    bool isSqlite() const { return m_url.isSqlite(); }

    /** Connects on the calling thread and checks the database can be used; throws Error with a
     *  one-line reason (unreachable server, read-only or corrupt file, missing folder). */
    void open();

    /** The calling thread's connection, opened on first use. */
    QSqlDatabase connection();

    /** Runs @p work inside a write transaction and commits; rolls back when it throws. A
     *  transient failure reruns the whole of @p work, so it must not have effects outside the
     *  database. */
    template <typename Work> auto write(Work &&work) -> std::invoke_result_t<Work, QSqlDatabase &>
    {
        for (int attempt = 1;; ++attempt) {
            QSqlDatabase db = connection();
            try {
                begin(db);
                if constexpr (std::is_void_v<std::invoke_result_t<Work, QSqlDatabase &>>) {
                    work(db);
                    commit(db);
                    return;
                } else {
                    auto result = work(db);
                    commit(db);
                    return result;
                }
            } catch (const TransientDatabaseError &) {
                rollback(db);
                if (attempt >= kMaxAttempts)
                    throw;
                backOff(attempt);
            } catch (...) {
                rollback(db);
                throw;
            }
        }
    }

    /** The dialect of the Database that opened @p db. */
    static const SqlDialect &dialectOf(const QSqlDatabase &db);

private:
    static constexpr int kMaxAttempts = 8;

    void begin(QSqlDatabase &db);
    void commit(QSqlDatabase &db);
    void rollback(QSqlDatabase &db) noexcept;
    static void backOff(int attempt);

    DatabaseUrl m_url;
    std::unique_ptr<SqlDialect> m_dialect;
    QString m_prefix;
    QMutex m_mutex;
    QStringList m_connectionNames;
};

} // namespace Steward
