#pragma once

#include <QAbstractListModel>
#include <QList>

namespace Steward::Shell {
class ConsoleSession;
class ReloadOnChange;
} // namespace Steward::Shell

namespace Steward::Moderation {

/** The moderation queues (unreviewed, escalated, appeals, resolved, mine) with how many items
 *  each holds and when its oldest item arrived, from `moderation.queues`. The rows never
 *  change; their counts follow every moderation command committed in any console. */
class QueueModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { QueueRole = Qt::UserRole + 1, CountRole, OldestRole, IsLoadedRole, CountTextRole };

    explicit QueueModel(Shell::ConsoleSession &session, QObject *parent = nullptr);

    /** The queue codes in sidebar order. */
    static QStringList queues();
    int rowOf(const QString &queue) const { return int(queues().indexOf(queue)); }
    qint64 count(const QString &queue) const;
    /** The count as shown: "1,234", or "10,000+" where the service stopped counting. */
    QString countText(const QString &queue) const;
    /** The server's time of the last answer, for ages that do not depend on this clock. */
    qint64 now() const { return m_now; }
    QString errorString() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void refresh();

Q_SIGNALS:
    void refreshed();

private:
    struct Queue
    {
        QString code;
        qint64 count = -1;
        /** The service stopped counting at `count`. */
        bool isCapped = false;
        qint64 oldestAt = 0;
    };

    Shell::ConsoleSession &m_session;
    QList<Queue> m_queues;
    qint64 m_now = 0;
    QString m_error;
    quint64 m_generation = 0;
    Shell::ReloadOnChange *m_reload = nullptr;
};

} // namespace Steward::Moderation
