#pragma once

#include "auditlog.h"
#include "clock.h"
#include "errors.h"
#include "permissions.h"

#include <QFuture>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QSqlDatabase>
#include <QThreadPool>

#include <functional>

namespace Steward {

class Database;
class EventDispatcher;

/** What a command returned: data on success, or an error code and a one-line message. */
struct CommandResult
{
    ErrorCode code = ErrorCode::Ok;
    QString message;
    QJsonValue data;

    bool ok() const { return code == ErrorCode::Ok; }
    static CommandResult failure(const Error &error) { return {error.code(), error.message(), {}}; }
};

/** What a handler sees: the caller, the parameters, the open transaction, and the two ways to
 *  leave traces (audit entries and outbox events) that commit or roll back with its change. */
class CommandContext
{
public:
    CommandContext(const Principal &principal, const QString &command, const QJsonObject &params,
                   const Clock &clock);

    const Principal &principal() const { return m_principal; }
    const QString &command() const { return m_command; }
    const QJsonObject &params() const { return m_params; }
    /** The open transaction (write commands) or the thread's connection (queries). */
    QSqlDatabase &db() { return m_db; }
    /** The time of this command, fixed for its whole run. */
    qint64 now() const { return m_now; }

    /** Values computed outside the transaction by the command's prepare step. */
    QJsonObject &prepared() { return m_prepared; }

    /** Records one effect on one target; a bulk command records one per item. */
    void audit(const AuditRecord &record);
    /** Emits a platform event in the outbox, written in this transaction. */
    void emitEvent(const QString &type, const QString &aggregateType, const QString &aggregateId,
                   const QJsonObject &payload = {});

    // Parameter readers: each throws Error::badInput naming the parameter.
    QString requireString(const QString &key) const;
    /** The trimmed string, or @p fallback; never a null QString (which SQL would bind as NULL). */
    QString optionalString(const QString &key, const QString &fallback = {}) const;
    qint64 requireId(const QString &key) const;
    qint64 optionalInteger(const QString &key, qint64 fallback) const;
    bool optionalBool(const QString &key, bool fallback) const;
    /** The optimistic-lock version the operator's decision was made on. */
    qint64 requireVersion() const { return requireId(QStringLiteral("version")); }

private:
    friend class CommandBus;

    const Principal &m_principal;
    QString m_command;
    QJsonObject m_params;
    QJsonObject m_prepared;
    QSqlDatabase m_db;
    qint64 m_now = 0;
    bool m_isWrite = false;
    QList<AuditRecord> m_audit;
    struct PendingEvent
    {
        QString type, aggregateType, aggregateId;
        QJsonObject payload;
    };
    QList<PendingEvent> m_events;
};

/** A named operation with the permission it requires. */
struct CommandSpec
{
    QString name;        ///< "module.verb", e.g. "people.suspend".
    QString permission;  ///< Required permission; see Permissions.
    QString description; ///< One line for `stewardctl commands`.
    /** False for queries: they run without a write transaction and may not audit or emit. */
    bool isWrite = true;
    /** Optional slow work done before the transaction opens (password hashing). */
    std::function<void(CommandContext &)> prepare;
    std::function<QJsonValue(CommandContext &)> handle;
};

/** The one path for every operation. It authorizes the operator (re-reading their role and
 *  status from the database), opens the transaction, runs the handler, writes its audit entries
 *  and outbox events in that transaction, commits, delivers the events, then tells listeners. */
class CommandBus : public QObject
{
    Q_OBJECT
public:
    CommandBus(Database &database, const Clock &clock, EventDispatcher &events,
               QObject *parent = nullptr);
    ~CommandBus() override;

    /** Registers a command; a second registration of a name is a programming error. */
    void add(CommandSpec spec);
    QList<CommandSpec> commands() const;
    bool has(const QString &name) const;

    /** Runs @p name on the calling thread. Never throws. */
    CommandResult execute(const Principal &principal, const QString &name,
                          const QJsonObject &params = {});

    /** Runs @p name on the bus's worker threads; the GUI uses this so it never waits on the
     *  database. */
    QFuture<CommandResult> post(const Principal &principal, const QString &name,
                                const QJsonObject &params = {});

    /** Waits for posted commands to finish (shutdown, tests). */
    void waitForIdle();

Q_SIGNALS:
    /** A write command committed. Emitted from the worker thread; connect with a context object
     *  to receive it on the GUI thread. */
    void committed(const QString &command, const QJsonValue &result);

private:
    CommandResult run(const Principal &principal, const CommandSpec &spec,
                      const QJsonObject &params);
    void authorize(const QSqlDatabase &db, const Principal &principal, const CommandSpec &spec);

    Database &m_database;
    const Clock &m_clock;
    EventDispatcher &m_events;
    QHash<QString, CommandSpec> m_commands;
    QThreadPool m_pool;
};

} // namespace Steward
