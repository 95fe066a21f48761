#include "commandbus.h"

#include "database.h"
#include "outbox.h"
#include "query.h"

#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

namespace Steward {

Q_LOGGING_CATEGORY(lcBus, "steward.bus", QtInfoMsg)

CommandContext::CommandContext(const Principal &principal, const QString &command,
                               const QJsonObject &params, const Clock &clock)
    : m_principal(principal), m_command(command), m_params(params), m_now(clock.now())
{}

void CommandContext::audit(const AuditRecord &record)
{
    if (!m_isWrite)
        throw Error::internal(
            QStringLiteral("query %1 tried to write an audit entry").arg(m_command));
    m_audit << record;
}

void CommandContext::emitEvent(const QString &type, const QString &aggregateType,
                               const QString &aggregateId, const QJsonObject &payload)
{
    if (!m_isWrite)
        throw Error::internal(QStringLiteral("query %1 tried to emit an event").arg(m_command));
    m_events << PendingEvent{type, aggregateType, aggregateId, payload};
}

QString CommandContext::requireString(const QString &key) const
{
    const QJsonValue value = m_params.value(key);
    if (!value.isString() || value.toString().trimmed().isEmpty())
        throw Error::badInput(
            QStringLiteral("parameter '%1' is required (a non-empty string)").arg(key));
    return value.toString().trimmed();
}

QString CommandContext::optionalString(const QString &key, const QString &fallback) const
{
    const QJsonValue value = m_params.value(key);
    // Never a null QString: bound to SQL it would be NULL, not ''.
    if (value.isUndefined() || value.isNull())
        return fallback.isNull() ? QStringLiteral("") : fallback;
    if (!value.isString())
        throw Error::badInput(QStringLiteral("parameter '%1' must be a string").arg(key));
    return value.toString().trimmed();
}

qint64 CommandContext::requireId(const QString &key) const
{
    const QJsonValue value = m_params.value(key);
    // Accept numbers and numeric strings: ids in JSON from scripts come both ways.
    bool ok = false;
    qint64 id = 0;
    if (value.isDouble()) {
        const double number = value.toDouble();
        ok = number == double(qint64(number));
        id = qint64(number);
    } else if (value.isString()) {
        id = value.toString().toLongLong(&ok);
    }
    if (!ok || id <= 0)
        throw Error::badInput(
            QStringLiteral("parameter '%1' is required (a positive integer)").arg(key));
    return id;
}

qint64 CommandContext::optionalInteger(const QString &key, qint64 fallback) const
{
    const QJsonValue value = m_params.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    const double number = value.toDouble();
    if (!value.isDouble() || number != double(qint64(number)))
        throw Error::badInput(QStringLiteral("parameter '%1' must be an integer").arg(key));
    return qint64(number);
}

bool CommandContext::optionalBool(const QString &key, bool fallback) const
{
    const QJsonValue value = m_params.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isBool())
        throw Error::badInput(QStringLiteral("parameter '%1' must be true or false").arg(key));
    return value.toBool();
}

CommandBus::CommandBus(Database &database, const Clock &clock, EventDispatcher &events,
                       QObject *parent)
    : QObject(parent), m_database(database), m_clock(clock), m_events(events)
{
    // Each worker holds its own connection; a few are plenty for one console.
    m_pool.setMaxThreadCount(4);
    m_pool.setExpiryTimeout(-1);
}

CommandBus::~CommandBus()
{
    m_pool.waitForDone();
}

void CommandBus::add(CommandSpec spec)
{
    Q_ASSERT_X(!m_commands.contains(spec.name), "CommandBus::add", "command registered twice");
    Q_ASSERT(spec.handle);
    m_commands.insert(spec.name, std::move(spec));
}

QList<CommandSpec> CommandBus::commands() const
{
    QList<CommandSpec> result = m_commands.values();
    std::sort(result.begin(), result.end(),
              [](const CommandSpec &a, const CommandSpec &b) { return a.name < b.name; });
    return result;
}

bool CommandBus::has(const QString &name) const
{
    return m_commands.contains(name);
}

CommandResult CommandBus::execute(const Principal &principal, const QString &name,
                                  const QJsonObject &params)
{
    const auto it = m_commands.constFind(name);
    if (it == m_commands.cend())
        return {ErrorCode::BadInput, QStringLiteral("unknown command '%1'").arg(name), {}};
    try {
        return run(principal, it.value(), params);
    } catch (const Error &error) {
        return CommandResult::failure(error);
    } catch (const std::exception &error) {
        return {ErrorCode::Internal, QString::fromLocal8Bit(error.what()), {}};
    }
}

QFuture<CommandResult> CommandBus::post(const Principal &principal, const QString &name,
                                        const QJsonObject &params)
{
    return QtConcurrent::run(
        &m_pool, [this, principal, name, params] { return execute(principal, name, params); });
}

void CommandBus::waitForIdle()
{
    m_pool.waitForDone();
}

void CommandBus::authorize(const QSqlDatabase &db, const Principal &principal,
                           const CommandSpec &spec)
{
    if (principal.isSystem)
        return;
    if (principal.operatorId <= 0)
        throw Error(ErrorCode::Unauthenticated, QStringLiteral("not logged in"));
    // Role and status are read again on every call: an admin's change to an operator takes
    // effect in every console at once.
    Query row(db, QStringLiteral("SELECT role, is_disabled FROM operators WHERE id = ?"),
              {principal.operatorId});
    if (!row.next())
        throw Error(ErrorCode::Unauthenticated, QStringLiteral("operator no longer exists"));
    if (row.value(1).toBool())
        throw Error::denied(QStringLiteral("operator %1 is disabled").arg(principal.username));
    const auto role = roleFromName(row.value(0).toString());
    if (!role)
        throw Error::denied(
            QStringLiteral("operator %1 has no valid role").arg(principal.username));
    const Principal current =
        Principal::forOperator(principal.operatorId, principal.username, *role);
    if (!current.can(spec.permission))
        throw Error::denied(
            QStringLiteral("%1 (%2) may not run %3: it needs permission '%4'")
                .arg(principal.username, roleName(*role), spec.name, spec.permission));
}

CommandResult CommandBus::run(const Principal &principal, const CommandSpec &spec,
                              const QJsonObject &params)
{
    CommandContext context(principal, spec.name, params, m_clock);
    if (!spec.isWrite) {
        context.m_db = m_database.connection();
        authorize(context.m_db, principal, spec);
        return {ErrorCode::Ok, {}, spec.handle(context)};
    }

    if (spec.prepare) {
        // Authorize before the slow prepare step too, so a denied caller costs nothing; the
        // check inside the transaction below is the one that counts.
        authorize(m_database.connection(), principal, spec);
        spec.prepare(context);
    }

    bool wroteEvents = false;
    const QJsonValue result = m_database.write([&](QSqlDatabase &db) {
        context.m_db = db;
        context.m_isWrite = true;
        context.m_audit.clear();
        context.m_events.clear();
        authorize(db, principal, spec);
        QJsonValue value = spec.handle(context);
        // Audit first: it takes the head lock that orders concurrent writers, so outbox ids
        // are assigned in commit order.
        for (const AuditRecord &record : std::as_const(context.m_audit))
            AuditLog::append(db, context.now(), principal.operatorId, principal.actorName(),
                             spec.name, record);
        for (const auto &event : std::as_const(context.m_events))
            EventDispatcher::append(db, context.now(), event.type, event.aggregateType,
                                    event.aggregateId, event.payload);
        wroteEvents = !context.m_events.isEmpty();
        if (!context.m_audit.isEmpty()) {
            if (const QString notify = m_database.dialect().notifyStatement(); !notify.isEmpty())
                Query(db, notify, {spec.name});
        }
        return value;
    });
    qCDebug(lcBus) << spec.name << "committed by" << principal.actorName();
    if (wroteEvents) {
        try {
            m_events.deliverPending();
        } catch (const Error &error) {
            // The change is committed; delivery is retried by the next pass.
            qCWarning(lcBus) << "event delivery after" << spec.name << "failed:" << error.message();
        }
    }
    Q_EMIT committed(spec.name, result);
    return {ErrorCode::Ok, {}, result};
}

} // namespace Steward
