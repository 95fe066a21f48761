#pragma once

#include <QObject>
#include <QThread>

namespace Steward {

class Database;

/** Tells a console that another console sharing the database committed something. On
 *  PostgreSQL it listens for the `steward_changes` notification the command bus sends with every
 *  commit; on both dialects it also polls the audit head every @p pollMsecs as a fallback. It
 *  runs on its own thread with its own connection; changed() arrives queued in the receiver's
 *  thread. The notification is only a wake-up: pages re-read what they show. */
class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    explicit ChangeNotifier(Database &database, int pollMsecs = 2000, QObject *parent = nullptr);
    ~ChangeNotifier() override;

    void start();

Q_SIGNALS:
    /** @p command names a committed command (one signal per distinct command). */
    void changed(const QString &command);

private:
    Database &m_database;
    int m_pollMsecs;
    QThread m_thread;
};

} // namespace Steward
