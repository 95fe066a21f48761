#include "membermodels.h"

#include "consolesession.h"
#include "theme.h"

#include "money.h"

#include <QApplication>
#include <QBrush>
#include <QDateTime>
#include <QFont>
#include <QJsonArray>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace Steward::Members {

namespace {

QString dateText(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).date(), QLocale::ShortFormat);
}

QString moneyText(qint64 minor, const QString &currency)
{
    return Money(minor, currency).toDisplayString();
}

} // namespace

PagedListModel::PagedListModel(Shell::ConsoleSession &session, Source source, QObject *parent)
    : KeyedTableModel(parent), m_session(session), m_source(std::move(source))
{}

void PagedListModel::setParams(const QJsonObject &params)
{
    m_params = params;
    m_active = true;
    restart();
}

void PagedListModel::clear()
{
    m_active = false;
    ++m_generation;
    m_isLoading = false;
    beginResetModel();
    m_rows.clear();
    m_hasMore = false;
    m_error.clear();
    endResetModel();
}

void PagedListModel::restart()
{
    ++m_generation;
    m_isLoading = false;
    beginResetModel();
    m_rows.clear();
    m_next = 0;
    m_hasMore = true;
    m_error.clear();
    endResetModel();
    fetchMore({});
}

QJsonObject PagedListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QJsonObject();
}

qint64 PagedListModel::idAt(int row) const
{
    return rowAt(row).value(m_source.idField).toInteger();
}

int PagedListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).value(m_source.idField).toInteger() == id)
            return i;
    return -1;
}

int PagedListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool PagedListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_active && m_hasMore && !m_isLoading && m_error.isEmpty();
}

void PagedListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const quint64 generation = m_generation;
    const bool isFirst = m_rows.isEmpty();
    m_isLoading = true;
    QJsonObject params = m_params;
    params.insert(m_source.afterParam, m_next);
    params.insert(QStringLiteral("limit"), WindowSize);
    m_session.call(m_source.command, params, this,
                   [this, generation, isFirst](const CommandResult &result) {
                       if (generation != m_generation)
                           return;
                       m_isLoading = false;
                       if (!result.ok()) {
                           m_error = result.message;
                           Q_EMIT errorOccurred(m_error);
                           return;
                       }
                       const QJsonObject page = result.data.toObject();
                       const QJsonArray rows = page.value(m_source.rowsField).toArray();
                       m_hasMore = page.value(QStringLiteral("has_more")).toBool();
                       if (!rows.isEmpty()) {
                           m_next = page.value(m_source.nextField).toInteger();
                           const int first = int(m_rows.size());
                           beginInsertRows({}, first, first + int(rows.size()) - 1);
                           for (const QJsonValue &row : rows)
                               m_rows << row.toObject();
                           endInsertRows();
                       }
                       if (isFirst)
                           Q_EMIT pageLoaded(page);
                   });
}

void PagedListModel::refresh()
{
    if (!m_active)
        return;
    if (m_rows.isEmpty()) {
        restart();
        return;
    }
    const quint64 generation = ++m_generation;
    m_isLoading = true;
    QJsonObject params = m_params;
    params.insert(m_source.afterParam, 0);
    params.insert(QStringLiteral("limit"),
                  std::clamp<int>(int(m_rows.size()), WindowSize, MaxReload));
    m_session.call(m_source.command, params, this, [this, generation](const CommandResult &result) {
        if (generation != m_generation)
            return;
        m_isLoading = false;
        if (!result.ok()) {
            m_error = result.message;
            Q_EMIT errorOccurred(m_error);
            return;
        }
        m_error.clear();
        const QJsonObject page = result.data.toObject();
        QList<QJsonObject> fresh;
        for (const QJsonValue &row : page.value(m_source.rowsField).toArray())
            fresh << row.toObject();
        m_hasMore = page.value(QStringLiteral("has_more")).toBool();
        if (!fresh.isEmpty())
            m_next = page.value(m_source.nextField).toInteger();
        const QString idField = m_source.idField;
        mergeRows(m_rows, std::move(fresh),
                  [idField](const QJsonObject &row) { return row.value(idField).toInteger(); });
        Q_EMIT pageLoaded(page);
    });
}

// ---- The queue --------------------------------------------------------------------------------

MemberQueueModel::MemberQueueModel(Shell::ConsoleSession &session, QObject *parent)
    : PagedListModel(session,
                     {QStringLiteral("members.list"), QStringLiteral("rows"),
                      QStringLiteral("user_id"), QStringLiteral("after"),
                      QStringLiteral("next_after")},
                     parent)
{}

int MemberQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MemberQueueModel::standingText(const QString &standing)
{
    if (standing == QLatin1String("good"))
        return tr("Good");
    if (standing == QLatin1String("late"))
        return tr("Late");
    if (standing == QLatin1String("suspended"))
        return tr("Suspended");
    if (standing == QLatin1String("left"))
        return tr("Left");
    return standing;
}

QVariant MemberQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &row = m_rows.at(index.row());
    const bool eligible = row.value(QStringLiteral("eligible")).toBool();
    const QString standing = row.value(QStringLiteral("standing")).toString();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PositionColumn: {
            const QJsonValue position = row.value(QStringLiteral("queue_position"));
            return position.isNull() ? tr("—") : QLocale().toString(position.toInteger());
        }
        case MemberColumn:
            return row.value(QStringLiteral("name")).toString();
        case TenureColumn:
            return tr("%Ln month(s)", nullptr, row.value(QStringLiteral("tenure_months")).toInt());
        case StandingColumn:
            return standingText(standing);
        case EligibleColumn: {
            if (eligible)
                return tr("Yes (weight %1)").arg(row.value(QStringLiteral("weight")).toInt());
            QStringList reasons;
            for (const QJsonValue &reason :
                 row.value(QStringLiteral("ineligible_reasons")).toArray())
                reasons << reason.toString();
            return tr("No: %1").arg(reasons.join(QStringLiteral("; ")));
        }
        case AwardsColumn: {
            const int awards = row.value(QStringLiteral("awards_count")).toInt();
            if (awards == 0)
                return tr("None");
            return tr("%1, last %2")
                .arg(awards)
                .arg(dateText(row.value(QStringLiteral("last_award_at")).toInteger()));
        }
        case JoinedColumn:
            return dateText(row.value(QStringLiteral("joined_at")).toInteger());
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == PositionColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == StandingColumn && standing == QLatin1String("suspended"))
            return QBrush(Shell::Theme::errorColor());
        if (index.column() == StandingColumn && standing == QLatin1String("late"))
            return QBrush(Shell::Theme::warningColor());
        if (index.column() == EligibleColumn && eligible)
            return QBrush(Shell::Theme::successColor());
        if (standing == QLatin1String("left") || (index.column() == EligibleColumn && !eligible))
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::ToolTipRole:
        if (index.column() == MemberColumn)
            return row.value(QStringLiteral("email")).toString();
        if (index.column() == TenureColumn)
            return tr("%1 months paid, %2 missed")
                .arg(row.value(QStringLiteral("months_paid")).toInt())
                .arg(row.value(QStringLiteral("missed_payments")).toInt());
        break;
    }
    return {};
}

QVariant MemberQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PositionColumn:
        return tr("Position");
    case MemberColumn:
        return tr("Member");
    case TenureColumn:
        return tr("Tenure");
    case StandingColumn:
        return tr("Standing");
    case EligibleColumn:
        return tr("Eligible");
    case AwardsColumn:
        return tr("Awards");
    case JoinedColumn:
        return tr("Joined");
    }
    return {};
}

// ---- Draws ------------------------------------------------------------------------------------

DrawListModel::DrawListModel(Shell::ConsoleSession &session, QObject *parent)
    : PagedListModel(session,
                     {QStringLiteral("members.draws"), QStringLiteral("rows"), QStringLiteral("id"),
                      QStringLiteral("after"), QStringLiteral("next_after")},
                     parent)
{}

int DrawListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DrawListModel::stateText(const QString &state)
{
    if (state == QLatin1String("drafted"))
        return tr("Awaiting approval");
    if (state == QLatin1String("approved"))
        return tr("Approved");
    if (state == QLatin1String("rejected"))
        return tr("Rejected");
    return state;
}

QVariant DrawListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &row = m_rows.at(index.row());
    const QString state = row.value(QStringLiteral("state")).toString();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return QLocale().toString(row.value(QStringLiteral("id")).toInteger());
        case PeriodColumn:
            return row.value(QStringLiteral("period")).toString();
        case PoolColumn:
            return moneyText(row.value(QStringLiteral("pool_minor")).toInteger(),
                             row.value(QStringLiteral("currency")).toString());
        case WinnersColumn:
            return row.value(QStringLiteral("winners")).toInt();
        case EligibleColumn:
            return row.value(QStringLiteral("eligible_count")).toInt();
        case StateColumn:
            return stateText(state);
        case DraftedByColumn:
            return tr("%1, %2").arg(row.value(QStringLiteral("created_by")).toString(),
                                    dateText(row.value(QStringLiteral("created_at")).toInteger()));
        case DecidedByColumn:
            if (row.value(QStringLiteral("decided_by")).isNull())
                return QString();
            return tr("%1, %2").arg(row.value(QStringLiteral("decided_by")).toString(),
                                    dateText(row.value(QStringLiteral("decided_at")).toInteger()));
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == PoolColumn || index.column() == WinnersColumn ||
            index.column() == EligibleColumn || index.column() == IdColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == StateColumn && state == QLatin1String("drafted"))
            return QBrush(Shell::Theme::warningColor());
        if (index.column() == StateColumn && state == QLatin1String("approved"))
            return QBrush(Shell::Theme::successColor());
        if (state == QLatin1String("rejected"))
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    }
    return {};
}

QVariant DrawListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Draw");
    case PeriodColumn:
        return tr("Period");
    case PoolColumn:
        return tr("Pool");
    case WinnersColumn:
        return tr("Winners");
    case EligibleColumn:
        return tr("Eligible");
    case StateColumn:
        return tr("State");
    case DraftedByColumn:
        return tr("Drafted by");
    case DecidedByColumn:
        return tr("Decided by");
    }
    return {};
}

// ---- Entries ----------------------------------------------------------------------------------

DrawEntryModel::DrawEntryModel(Shell::ConsoleSession &session, QObject *parent)
    : PagedListModel(session,
                     {QStringLiteral("members.draw"), QStringLiteral("entries"),
                      QStringLiteral("user_id"), QStringLiteral("after_rank"),
                      QStringLiteral("next_after_rank")},
                     parent)
{}

int DrawEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DrawEntryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &row = m_rows.at(index.row());
    const bool won = row.value(QStringLiteral("won")).toBool();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RankColumn:
            return row.value(QStringLiteral("rank")).toInt();
        case MemberColumn:
            return won ? tr("%1 (winner)").arg(row.value(QStringLiteral("name")).toString())
                       : row.value(QStringLiteral("name")).toString();
        case AwardColumn:
            return won ? moneyText(row.value(QStringLiteral("award_minor")).toInteger(), m_currency)
                       : QString();
        case QueueColumn:
            return row.value(QStringLiteral("queue_position")).toInt();
        case TenureColumn:
            return tr("%Ln month(s)", nullptr, row.value(QStringLiteral("tenure_months")).toInt());
        case WeightColumn:
            return row.value(QStringLiteral("weight")).toInt();
        case ScoreColumn:
            return row.value(QStringLiteral("score")).toString().left(16);
        }
        break;
    case Qt::FontRole:
        if (won) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::BackgroundRole:
        if (won)
            return QBrush(Shell::Theme::warningBackground());
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != MemberColumn && index.column() != ScoreColumn &&
            index.column() != TenureColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == ScoreColumn)
            return row.value(QStringLiteral("score")).toString();
        break;
    }
    return {};
}

QVariant DrawEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case MemberColumn:
        return tr("Member");
    case AwardColumn:
        return tr("Award");
    case QueueColumn:
        return tr("Queue position");
    case TenureColumn:
        return tr("Tenure");
    case WeightColumn:
        return tr("Weight");
    case ScoreColumn:
        return tr("Score");
    }
    return {};
}

} // namespace Steward::Members
