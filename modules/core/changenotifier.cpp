#include "changenotifier.h"

#include "database.h"
#include "query.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QTimer>

namespace Steward {

Q_LOGGING_CATEGORY(lcNotify, "steward.notify", QtInfoMsg)

namespace {

/** Lives on the notifier's thread and owns that thread's connection. */
class Listener : public QObject
{
public:
    Listener(Database &database, int pollMsecs, ChangeNotifier *notifier)
        : m_database(database), m_pollMsecs(pollMsecs), m_notifier(notifier)
    {}

    void begin()
    {
        try {
            QSqlDatabase db = m_database.connection();
            m_lastSeq = currentSeq(db);
            if (!m_database.isSqlite()) {
                QSqlDriver *driver = db.driver();
                if (driver->subscribeToNotification(QStringLiteral("steward_changes"))) {
                    connect(driver, &QSqlDriver::notification, this,
                            [this](const QString &, QSqlDriver::NotificationSource,
                                   const QVariant &payload) { report(payload.toString()); });
                } else {
                    qCWarning(lcNotify) << "cannot LISTEN; falling back to polling";
                }
            }
        } catch (const Error &error) {
            qCWarning(lcNotify) << "change notifications unavailable:" << error.message();
        }
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, &Listener::poll);
        timer->start(m_pollMsecs);
    }

private:
    static qint64 currentSeq(const QSqlDatabase &db)
    {
        return Query::scalar(db, QStringLiteral("SELECT seq FROM audit_head WHERE id = 1"))
            .toLongLong();
    }

    void poll()
    {
        try {
            QSqlDatabase db = m_database.connection();
            const qint64 seq = currentSeq(db);
            if (seq == m_lastSeq)
                return;
            // Name what changed, as a notification would, so pages can ignore what is not theirs.
            Query commands(db,
                           QStringLiteral("SELECT DISTINCT command FROM audit_log "
                                          "WHERE seq > ? AND seq <= ?"),
                           {m_lastSeq, seq});
            QStringList names;
            while (commands.next())
                names << commands.value(0).toString();
            m_lastSeq = seq;
            for (const QString &name : std::as_const(names))
                Q_EMIT m_notifier->changed(name);
        } catch (const Error &error) {
            qCDebug(lcNotify) << "poll failed:" << error.message();
        }
    }

    void report(const QString &command)
    {
        // The poll that follows would report the same commit again; skip past it.
        try {
            m_lastSeq = currentSeq(m_database.connection());
        } catch (const Error &error) {
            qCDebug(lcNotify) << "cannot read the audit head:" << error.message();
        }
        Q_EMIT m_notifier->changed(command);
    }

    Database &m_database;
    int m_pollMsecs;
    ChangeNotifier *m_notifier;
    qint64 m_lastSeq = -1;
};

} // namespace

ChangeNotifier::ChangeNotifier(Database &database, int pollMsecs, QObject *parent)
    : QObject(parent), m_database(database), m_pollMsecs(pollMsecs)
{
    m_thread.setObjectName(QStringLiteral("steward-changes"));
}

ChangeNotifier::~ChangeNotifier()
{
    m_thread.quit();
    m_thread.wait();
}

void ChangeNotifier::start()
{
    if (m_thread.isRunning())
        return;
    auto *listener = new Listener(m_database, m_pollMsecs, this);
    listener->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, listener, [listener] { listener->begin(); });
    connect(&m_thread, &QThread::finished, listener, &QObject::deleteLater);
    m_thread.start();
}

} // namespace Steward
