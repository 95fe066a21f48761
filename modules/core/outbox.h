#pragma once

#include "clock.h"

#include <QJsonObject>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace Steward {

class Database;

/** A platform event as stored in the outbox (`user:suspended`, `payment:completed`, …). */
struct OutboxEvent
{
    qint64 id = 0;
    QString type;
    QString aggregateType;
    QString aggregateId;
    QJsonObject payload;
    qint64 createdAt = 0;
};

/** An in-process consumer of outbox events. Its effect runs in the same transaction that marks
 *  the event processed for it, so an event delivered twice has one effect. */
struct EventHandler
{
    QString name;           ///< Stable: processed-event rows are keyed by it.
    QStringList eventTypes; ///< Empty means every type.
    std::function<void(QSqlDatabase &db, const OutboxEvent &event)> handle;
};

/** Writes events with the change that causes them and delivers them at least once to the
 *  registered handlers. Any console may deliver; the processed-events table decides who wins. */
class EventDispatcher : public QObject
{
    Q_OBJECT
public:
    EventDispatcher(Database &database, const Clock &clock, QObject *parent = nullptr);

    /** Appends an event inside the caller's open write transaction. */
    static qint64 append(const QSqlDatabase &db, qint64 now, const QString &type,
                         const QString &aggregateType, const QString &aggregateId,
                         const QJsonObject &payload);

    void addHandler(EventHandler handler);

    /** Delivers every event not yet processed by each handler, oldest first, on the calling
     *  thread. A handler that throws stops at that event (logged) and is retried from there on
     *  the next pass; the other handlers go on. Returns the number of (handler, event)
     *  deliveries that had an effect. */
    int deliverPending(int batchSize = 500);

    /** Delivers one event to one handler; false when it was processed already. Exposed so tests
     *  can deliver the same event twice. */
    bool deliver(const EventHandler &handler, const OutboxEvent &event);

    QList<EventHandler> handlers() const { return m_handlers; }

private:
    Database &m_database;
    const Clock &m_clock;
    QList<EventHandler> m_handlers;
};

} // namespace Steward
