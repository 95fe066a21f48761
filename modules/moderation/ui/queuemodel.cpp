#include "queuemodel.h"

#include "moderationtext.h"

#include "consolesession.h"
#include "reloadonchange.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace Steward::Moderation {

QueueModel::QueueModel(Shell::ConsoleSession &session, QObject *parent)
    : QAbstractListModel(parent), m_session(session)
{
    for (const QString &code : queues())
        m_queues.append({code});
    m_reload = new Shell::ReloadOnChange(
        m_session,
        [](const QString &command) { return command.startsWith(QLatin1String("moderation.")); },
        [this] { refresh(); }, 200, this);
    refresh();
}

QStringList QueueModel::queues()
{
    return {QStringLiteral("unreviewed"), QStringLiteral("escalated"), QStringLiteral("appeals"),
            QStringLiteral("mine"), QStringLiteral("resolved")};
}

qint64 QueueModel::count(const QString &queue) const
{
    const int row = rowOf(queue);
    return row >= 0 ? m_queues.at(row).count : -1;
}

QString QueueModel::countText(const QString &queue) const
{
    const int row = rowOf(queue);
    if (row < 0 || m_queues.at(row).count < 0)
        return QStringLiteral("…");
    const QString number = QLocale().toString(m_queues.at(row).count);
    //: A count the service stopped at: "10,000+".
    return m_queues.at(row).isCapped ? tr("%1+").arg(number) : number;
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_queues.size());
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Queue &queue = m_queues.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return ModerationText::queueTitle(queue.code);
    case Qt::AccessibleTextRole:
        if (queue.count < 0)
            return ModerationText::queueTitle(queue.code);
        //: A queue in the sidebar for screen readers: "Unreviewed, 12 items".
        return tr("%1, %Ln item(s)", nullptr, int(std::min<qint64>(queue.count, INT_MAX)))
            .arg(ModerationText::queueTitle(queue.code));
    case Qt::ToolTipRole:
        if (queue.code == QLatin1String("mine"))
            return tr("Reports you hold a claim on.");
        if (queue.oldestAt > 0 && queue.code != QLatin1String("resolved"))
            return tr("Oldest item arrived %1 (%2 ago).")
                .arg(ModerationText::time(queue.oldestAt),
                     ModerationText::age(queue.oldestAt, m_now));
        break;
    case QueueRole:
        return queue.code;
    case CountRole:
        return queue.count;
    case OldestRole:
        return queue.oldestAt;
    case IsLoadedRole:
        return queue.count >= 0;
    case CountTextRole:
        return countText(queue.code);
    }
    return {};
}

void QueueModel::refresh()
{
    m_reload->cancel();
    const quint64 generation = ++m_generation;
    m_session.call(
        QStringLiteral("moderation.queues"), {}, this,
        [this, generation](const CommandResult &result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                m_error = result.message;
                Q_EMIT refreshed();
                return;
            }
            m_error.clear();
            const QJsonObject answer = result.data.toObject();
            m_now =
                answer.value(QStringLiteral("now")).toInteger(QDateTime::currentMSecsSinceEpoch());
            const QJsonArray queues = answer.value(QStringLiteral("queues")).toArray();
            for (const QJsonValue &value : queues) {
                const QJsonObject queue = value.toObject();
                const int row = rowOf(queue.value(QStringLiteral("queue")).toString());
                if (row < 0)
                    continue;
                m_queues[row].count = queue.value(QStringLiteral("count")).toInteger();
                m_queues[row].oldestAt = queue.value(QStringLiteral("oldest_at")).toInteger();
                m_queues[row].isCapped = queue.value(QStringLiteral("capped")).toBool();
            }
            Q_EMIT dataChanged(index(0), index(int(m_queues.size()) - 1));
            Q_EMIT refreshed();
        });
}

} // namespace Steward::Moderation
