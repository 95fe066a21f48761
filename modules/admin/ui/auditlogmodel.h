#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace Steward::Shell {
class ConsoleSession;
class ReloadOnChange;
} // namespace Steward::Shell

namespace Steward::Admin {

/** The audit log, newest first, for the Audit page. Entries arrive in windows of WindowSize
 *  through `audit.list`, keyed by sequence number (each window starts below the oldest entry
 *  shown), optionally only those about one target. Entries are immutable, so when a command
 *  commits the model only puts the new entries on top. */
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SeqColumn,
        TimeColumn,
        ActorColumn,
        CommandColumn,
        TargetColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role { SeqRole = Qt::UserRole + 1 };

    static constexpr int WindowSize = 200;

    /** One audit entry as the service returned it; before and after are JSON text. */
    struct Entry
    {
        qint64 seq = 0;
        qint64 at = 0;
        QString actor;
        QString command;
        QString targetType;
        QString targetId;
        QString reason;
        QString before;
        QString after;
    };

    explicit AuditLogModel(Shell::ConsoleSession &session, QObject *parent = nullptr);

    /** Shows only entries about the target @p type / @p id ("user" / "42"); two empty strings
     *  show every entry. Starts over from the newest entry. */
    void setTargetFilter(const QString &type, const QString &id);
    QString targetType() const { return m_targetType; }
    QString targetId() const { return m_targetId; }

    Entry entryAt(int row) const;
    /** The row of entry @p seq among those loaded, or -1. */
    int rowOf(qint64 seq) const;
    bool isLoading() const { return m_isLoading; }
    bool hasMore() const { return m_hasMore; }
    QString errorString() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /** Puts entries written since the last load on top. */
    void refresh();
    /** Forgets what is loaded and starts again from the newest entry. */
    void restart();

    /** An entry's time as the audit page shows it: local time, to the second. */
    static QString formatTime(qint64 msecs);

Q_SIGNALS:
    void loadingChanged(bool isLoading);
    void errorOccurred(const QString &message);

private:
    static Entry entryFromJson(const QJsonObject &object);
    QJsonObject listParameters(qint64 beforeSeq) const;
    void setLoading(bool isLoading);
    void fail(const QString &message);

    Shell::ConsoleSession &m_session;
    QList<Entry> m_entries;
    QString m_targetType;
    QString m_targetId;
    QString m_error;
    /** Where the next window starts: the oldest sequence number loaded, 0 for the newest. */
    qint64 m_oldestSeq = 0;
    bool m_hasMore = true;
    bool m_isLoading = false;
    /** Bumped when the model starts over; answers for an older generation are dropped. */
    quint64 m_generation = 0;
    Shell::ReloadOnChange *m_reload = nullptr;
};

} // namespace Steward::Admin
