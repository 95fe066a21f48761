#include "timelinemodel.h"

#include "moderationtext.h"

#include "consolesession.h"

#include <QJsonArray>

namespace Steward::Moderation {

TimelineModel::TimelineModel(Shell::ConsoleSession &session, qint64 userId, QObject *parent)
    : QAbstractTableModel(parent), m_session(session), m_userId(userId)
{}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &row = m_rows.at(index.row());
    const QString kind = row.value(QStringLiteral("kind")).toString();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return ModerationText::time(row.value(QStringLiteral("at")).toInteger());
        case KindColumn:
            return ModerationText::timelineKindTitle(kind);
        case TitleColumn:
            return row.value(QStringLiteral("title")).toString();
        case ActorColumn:
            return row.value(QStringLiteral("actor")).toString();
        case DetailColumn:
            return row.value(QStringLiteral("detail")).toString().simplified();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == DetailColumn || index.column() == TitleColumn)
            return row
                .value(index.column() == DetailColumn ? QStringLiteral("detail")
                                                      : QStringLiteral("title"))
                .toString();
        break;
    case Qt::ForegroundRole:
        if (index.column() == KindColumn) {
            const QColor color = ModerationText::severityColor(
                kind == QLatin1String("strike")     ? QStringLiteral("high")
                : kind == QLatin1String("decision") ? QStringLiteral("medium")
                                                    : QString());
            if (color.isValid())
                return color;
        }
        break;
    case KindRole:
        return kind;
    case IdRole:
        return row.value(QStringLiteral("id")).toInteger();
    case AtRole:
        return row.value(QStringLiteral("at")).toInteger();
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("What");
    case ActorColumn:
        return tr("By");
    case DetailColumn:
        return tr("Detail");
    }
    return {};
}

bool TimelineModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_isLoading && m_error.isEmpty();
}

void TimelineModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QJsonObject params{{QStringLiteral("user_id"), m_userId},
                       {QStringLiteral("limit"), WindowSize}};
    if (!m_next.isEmpty())
        params.insert(QStringLiteral("before"), m_next);
    const quint64 generation = m_generation;
    m_isLoading = true;
    Q_EMIT loadingChanged(true);
    m_session.call(QStringLiteral("moderation.timeline"), params, this,
                   [this, generation](const CommandResult &result) {
                       if (generation != m_generation)
                           return;
                       m_isLoading = false;
                       if (!result.ok()) {
                           m_error = result.message;
                           Q_EMIT loadingChanged(false);
                           return;
                       }
                       const QJsonObject page = result.data.toObject();
                       const QJsonArray entries = page.value(QStringLiteral("entries")).toArray();
                       m_hasMore = page.value(QStringLiteral("has_more")).toBool();
                       m_next = page.value(QStringLiteral("next")).toString();
                       if (!entries.isEmpty()) {
                           const int first = int(m_rows.size());
                           beginInsertRows({}, first, first + int(entries.size()) - 1);
                           for (const QJsonValue &entry : entries)
                               m_rows << entry.toObject();
                           endInsertRows();
                       }
                       Q_EMIT loadingChanged(false);
                   });
}

void TimelineModel::reload()
{
    ++m_generation;
    const bool wasLoading = m_isLoading;
    m_isLoading = false;
    beginResetModel();
    m_rows.clear();
    m_next.clear();
    m_error.clear();
    m_hasMore = true;
    endResetModel();
    if (wasLoading)
        Q_EMIT loadingChanged(false);
    fetchMore({});
}

} // namespace Steward::Moderation
