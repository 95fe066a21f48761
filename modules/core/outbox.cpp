#include "outbox.h"

#include "database.h"
#include "query.h"

#include <QJsonDocument>
#include <QLoggingCategory>

namespace Steward {

Q_LOGGING_CATEGORY(lcEvents, "steward.events", QtInfoMsg)

EventDispatcher::EventDispatcher(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent), m_database(database), m_clock(clock)
{}

qint64 EventDispatcher::append(const QSqlDatabase &db, qint64 now, const QString &type,
                               const QString &aggregateType, const QString &aggregateId,
                               const QJsonObject &payload)
{
    Query insert(db,
                 QStringLiteral("INSERT INTO outbox (event_type, aggregate_type, aggregate_id, "
                                "payload, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                 {type, aggregateType, aggregateId,
                  QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), now});
    return insert.next() ? insert.value(0).toLongLong() : 0;
}

void EventDispatcher::addHandler(EventHandler handler)
{
    m_handlers << std::move(handler);
}

bool EventDispatcher::deliver(const EventHandler &handler, const OutboxEvent &event)
{
    return m_database.write([&](QSqlDatabase &db) {
        // The first console to mark the event wins; a concurrent one waits for it and then
        // inserts nothing.
        Query mark(db,
                   QStringLiteral("INSERT INTO processed_events (handler, event_id, processed_at) "
                                  "VALUES (?, ?, ?) ON CONFLICT (handler, event_id) DO NOTHING"),
                   {handler.name, event.id, m_clock.now()});
        if (mark.rowsAffected() == 0)
            return false;
        handler.handle(db, event);
        return true;
    });
}

int EventDispatcher::deliverPending(int batchSize)
{
    int effects = 0;
    for (const EventHandler &handler : std::as_const(m_handlers)) {
        for (;;) {
            QSqlDatabase db = m_database.connection();
            const qint64 cursor =
                Query::scalar(db,
                              QStringLiteral("SELECT last_event_id FROM outbox_cursors "
                                             "WHERE handler = ?"),
                              {handler.name})
                    .toLongLong();
            Query rows(db);
            rows.prepare(QStringLiteral("SELECT id, event_type, aggregate_type, aggregate_id, "
                                        "payload, created_at FROM outbox WHERE id > ? "
                                        "ORDER BY id LIMIT ?"));
            rows.exec({cursor, batchSize});
            QList<OutboxEvent> batch;
            while (rows.next()) {
                OutboxEvent event;
                event.id = rows.value(0).toLongLong();
                event.type = rows.value(1).toString();
                event.aggregateType = rows.value(2).toString();
                event.aggregateId = rows.value(3).toString();
                event.payload = QJsonDocument::fromJson(rows.value(4).toString().toUtf8()).object();
                event.createdAt = rows.value(5).toLongLong();
                batch << event;
            }
            if (batch.isEmpty())
                break;
            bool failed = false;
            for (const OutboxEvent &event : std::as_const(batch)) {
                if (!handler.eventTypes.isEmpty() && !handler.eventTypes.contains(event.type))
                    continue;
                try {
                    if (deliver(handler, event))
                        ++effects;
                } catch (const Error &error) {
                    // Leave the cursor before this event: the next pass retries it. Other
                    // handlers still get their events.
                    qCWarning(lcEvents) << "handler" << handler.name << "failed on event"
                                        << event.id << event.type << ":" << error.message();
                    failed = true;
                    break;
                }
            }
            if (failed)
                break;
            const qint64 last = batch.last().id;
            m_database.write([&](QSqlDatabase &db) {
                Query update(db,
                             QStringLiteral("UPDATE outbox_cursors SET last_event_id = ? "
                                            "WHERE handler = ? AND last_event_id < ?"),
                             {last, handler.name, last});
                if (update.rowsAffected() == 0 &&
                    !Query::scalar(db,
                                   QStringLiteral("SELECT 1 FROM outbox_cursors "
                                                  "WHERE handler = ?"),
                                   {handler.name})
                         .isValid())
                    Query(db,
                          QStringLiteral("INSERT INTO outbox_cursors (handler, last_event_id) "
                                         "VALUES (?, ?)"),
                          {handler.name, last});
            });
            if (batch.size() < batchSize)
                break;
        }
    }
    if (effects > 0)
        qCDebug(lcEvents) << "delivered" << effects << "events";
    return effects;
}

} // namespace Steward
