#include "auditlogmodel.h"

#include "consolesession.h"
#include "reloadonchange.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace Steward::Admin {

AuditLogModel::AuditLogModel(Shell::ConsoleSession &session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    // Every command with an effect writes an entry; a burst of them is one refresh.
    m_reload = new Shell::ReloadOnChange(
        m_session, [](const QString &) { return true; }, [this] { refresh(); }, 300, this);
}

void AuditLogModel::setTargetFilter(const QString &type, const QString &id)
{
    const QString trimmedType = type.trimmed();
    const QString trimmedId = trimmedType.isEmpty() ? QString() : id.trimmed();
    if (trimmedType == m_targetType && trimmedId == m_targetId)
        return;
    m_targetType = trimmedType;
    m_targetId = trimmedId;
    restart();
}

AuditLogModel::Entry AuditLogModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row) : Entry();
}

int AuditLogModel::rowOf(qint64 seq) const
{
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries.at(row).seq == seq)
            return row;
    return -1;
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogModel::formatTime(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeqColumn:
            return entry.seq;
        case TimeColumn:
            return formatTime(entry.at);
        case ActorColumn:
            return entry.actor;
        case CommandColumn:
            return entry.command;
        case TargetColumn:
            //: An audit target: %1 is its type ("user"), %2 its id.
            return tr("%1 %2").arg(entry.targetType, entry.targetId);
        case ReasonColumn:
            return entry.reason;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn && !entry.reason.isEmpty())
            return entry.reason;
        if (index.column() == TimeColumn)
            return QDateTime::fromMSecsSinceEpoch(entry.at).toString(Qt::ISODateWithMs);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SeqColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SeqRole:
        return entry.seq;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeqColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Operator");
    case CommandColumn:
        return tr("Command");
    case TargetColumn:
        return tr("Target");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    // After a failure the view would ask again on every repaint; restart() retries.
    return !parent.isValid() && m_hasMore && !m_isLoading && m_error.isEmpty();
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const quint64 generation = m_generation;
    setLoading(true);
    m_session.call(QStringLiteral("audit.list"), listParameters(m_oldestSeq), this,
                   [this, generation](const CommandResult &result) {
                       if (generation != m_generation)
                           return;
                       setLoading(false);
                       if (!result.ok()) {
                           fail(result.message);
                           return;
                       }
                       const QJsonArray rows = result.data.toArray();
                       m_hasMore = rows.size() == WindowSize;
                       if (rows.isEmpty())
                           return;
                       // Moved before the insertion: a view may ask for the next window while
                       // it is told about this one.
                       m_oldestSeq =
                           rows.last().toObject().value(QStringLiteral("seq")).toInteger();
                       const int first = int(m_entries.size());
                       beginInsertRows({}, first, first + int(rows.size()) - 1);
                       for (const QJsonValue &row : rows)
                           m_entries << entryFromJson(row.toObject());
                       endInsertRows();
                   });
}

void AuditLogModel::refresh()
{
    m_reload->cancel();
    if (m_entries.isEmpty() || !m_error.isEmpty()) {
        restart();
        return;
    }
    if (m_isLoading) {
        // A window is on its way; look for new entries once it is in.
        m_reload->schedule();
        return;
    }
    const quint64 generation = m_generation;
    const qint64 newest = m_entries.constFirst().seq;
    setLoading(true);
    m_session.call(QStringLiteral("audit.list"), listParameters(0), this,
                   [this, generation, newest](const CommandResult &result) {
                       if (generation != m_generation)
                           return;
                       setLoading(false);
                       if (!result.ok()) {
                           fail(result.message);
                           return;
                       }
                       const QJsonArray rows = result.data.toArray();
                       QList<Entry> added;
                       for (const QJsonValue &row : rows) {
                           Entry entry = entryFromJson(row.toObject());
                           if (entry.seq <= newest)
                               break;
                           added << std::move(entry);
                       }
                       if (added.size() == WindowSize) {
                           // More new entries than one window: there may be a gap below them.
                           restart();
                           return;
                       }
                       if (added.isEmpty())
                           return;
                       beginInsertRows({}, 0, int(added.size()) - 1);
                       m_entries = added + m_entries;
                       endInsertRows();
                   });
}

void AuditLogModel::restart()
{
    ++m_generation;
    m_reload->cancel();
    // Whatever is in flight answers for the old generation and will be dropped.
    setLoading(false);
    beginResetModel();
    m_entries.clear();
    m_oldestSeq = 0;
    m_hasMore = true;
    m_error.clear();
    endResetModel();
    // A view may already have asked for the first window while reacting to the reset.
    fetchMore({});
}

AuditLogModel::Entry AuditLogModel::entryFromJson(const QJsonObject &object)
{
    Entry entry;
    entry.seq = object.value(QStringLiteral("seq")).toInteger();
    entry.at = object.value(QStringLiteral("at")).toInteger();
    entry.actor = object.value(QStringLiteral("actor")).toString();
    entry.command = object.value(QStringLiteral("command")).toString();
    entry.targetType = object.value(QStringLiteral("target_type")).toString();
    entry.targetId = object.value(QStringLiteral("target_id")).toString();
    entry.reason = object.value(QStringLiteral("reason")).toString();
    entry.before = object.value(QStringLiteral("before")).toString();
    entry.after = object.value(QStringLiteral("after")).toString();
    return entry;
}

QJsonObject AuditLogModel::listParameters(qint64 beforeSeq) const
{
    QJsonObject params{{QStringLiteral("limit"), WindowSize}};
    if (beforeSeq > 0)
        params.insert(QStringLiteral("before_seq"), beforeSeq);
    if (!m_targetType.isEmpty()) {
        params.insert(QStringLiteral("target_type"), m_targetType);
        params.insert(QStringLiteral("target_id"), m_targetId);
    }
    return params;
}

void AuditLogModel::setLoading(bool isLoading)
{
    if (m_isLoading == isLoading)
        return;
    m_isLoading = isLoading;
    Q_EMIT loadingChanged(isLoading);
}

void AuditLogModel::fail(const QString &message)
{
    m_error = message.isEmpty() ? tr("The audit log could not be loaded.") : message;
    Q_EMIT errorOccurred(m_error);
}

} // namespace Steward::Admin
