#include "reportlistmodel.h"

#include "moderationtext.h"

#include "consolesession.h"
#include "reloadonchange.h"

#include <QBrush>
#include <QDateTime>
#include <QFont>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace Steward::Moderation {

namespace {

// A reload fetches what is shown in a few large requests rather than many small windows.
constexpr qint64 kRefreshChunk = 1000;

qint64 idOf(const QJsonObject &row)
{
    return row.value(QStringLiteral("id")).toInteger();
}

QString text(const QJsonObject &row, const char *key)
{
    return row.value(QLatin1String(key)).toString();
}

qint64 number(const QJsonObject &row, const char *key)
{
    return row.value(QLatin1String(key)).toInteger();
}

QList<ReportListModel::Column> columnsFor(const QString &queue)
{
    using C = ReportListModel::Column;
    // The content comes early: it is what the operator reads first.
    if (queue == QLatin1String("appeals"))
        return {C::AppealTypeColumn,       C::MessageColumn,   C::SubjectColumn,
                C::OriginalDecisionColumn, C::DecidedByColumn, C::WaitingColumn};
    if (queue == QLatin1String("resolved"))
        return {C::SeverityColumn, C::ContentColumn, C::ReasonColumn, C::AiScoreColumn,
                C::ReportsColumn,  C::SubjectColumn, C::StatusColumn, C::DecidedColumn};
    return {C::PriorityColumn, C::SeverityColumn, C::ContentColumn,
            C::ReasonColumn,   C::AiScoreColumn,  C::ReportsColumn,
            C::SubjectColumn,  C::ClaimColumn,    C::WaitingColumn};
}

} // namespace

ReportListModel::ReportListModel(Shell::ConsoleSession &session, QObject *parent)
    : KeyedTableModel(parent), m_session(session), m_columns(columnsFor(m_filter.queue))
{
    // Coalesces a burst of commits (a bulk decision, several consoles) into one reload.
    m_reload = new Shell::ReloadOnChange(
        m_session,
        [](const QString &command) {
            return command.startsWith(QLatin1String("moderation.")) &&
                   command != QLatin1String("moderation.preferences_save");
        },
        [this] { refresh(); }, 200, this);
}

void ReportListModel::setFilter(const ReportFilter &filter)
{
    ReportFilter simplified = filter;
    simplified.text = filter.text.simplified();
    if (simplified == m_filter)
        return;
    m_filter = simplified;
    restart();
}

qint64 ReportListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? idOf(m_rows.at(row)) : 0;
}

QJsonObject ReportListModel::recordAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QJsonObject();
}

int ReportListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (idOf(m_rows.at(row)) == id)
            return row;
    return -1;
}

void ReportListModel::updateRecord(const QJsonObject &record)
{
    const int row = rowOf(idOf(record));
    if (row < 0)
        return;
    // A claim answers with a report row; an appeal decision with an appeal row: the same kind
    // as the list's, so the whole row is replaced.
    m_rows[row] = record;
    Q_EMIT dataChanged(index(row, 0), index(row, int(m_columns.size()) - 1));
}

int ReportListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ReportListModel::display(const QJsonObject &row, Column column) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    switch (column) {
    case PriorityColumn:
        return QLocale().toString(number(row, "priority"));
    case SeverityColumn:
        return ModerationText::severityTitle(text(row, "severity"));
    case ContentColumn: {
        const QString type = ModerationText::contentTypeTitle(text(row, "content_type"));
        const QString excerpt = text(row, "content_excerpt").simplified();
        //: A reported item in the list: %1 is its type ("Message"), %2 an excerpt.
        return excerpt.isEmpty() ? type : tr("%1: %2").arg(type, excerpt);
    }
    case ReasonColumn:
        return text(row, "reason_title").isEmpty() ? text(row, "reason")
                                                   : text(row, "reason_title");
    case AiScoreColumn:
        // The detector is in the tooltip and the detail pane: the column stays narrow.
        return ModerationText::aiScore(row.value(QStringLiteral("ai_score")));
    case ReportsColumn:
        return QLocale().toString(number(row, "report_count"));
    case SubjectColumn:
        return text(row, "subject_name");
    case ClaimColumn: {
        const qint64 until = number(row, "lease_until");
        if (row.value(QStringLiteral("claimed_by")).isNull() || until <= now)
            return QString();
        const QString holder = number(row, "claimed_by") == m_session.principal().operatorId
                                   ? tr("You")
                                   : text(row, "claimed_by_name");
        //: Who holds an item and until when: "Anna Berg · 14:32".
        return tr("%1 · %2").arg(holder, ModerationText::clockTime(until, now));
    }
    case StatusColumn:
        return ModerationText::statusTitle(text(row, "status"));
    case WaitingColumn:
        return ModerationText::age(number(row, "created_at"), now);
    case DecidedColumn:
        return ModerationText::time(number(row, "resolved_at"));
    case AppealTypeColumn:
        return ModerationText::appealTypeTitle(text(row, "appeal_type"));
    case OriginalDecisionColumn: {
        const QString action = ModerationText::actionTitle(text(row, "decision_action"));
        const QString reason = text(row, "decision_reason_title");
        //: An original decision: %1 the action ("Suspend"), %2 the policy reason.
        return reason.isEmpty() ? action : tr("%1 — %2").arg(action, reason);
    }
    case DecidedByColumn:
        return row.value(QStringLiteral("decided_by")).isNull() ? tr("System")
                                                                : text(row, "decided_by_name");
    case MessageColumn:
        return text(row, "message").simplified();
    }
    return {};
}

QVariant ReportListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &row = m_rows.at(index.row());
    const Column column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        switch (column) {
        case ContentColumn:
        case MessageColumn:
        case OriginalDecisionColumn:
            return display(row, column);
        case AiScoreColumn:
            if (!row.value(QStringLiteral("ai_score")).isNull())
                return tr("Likelihood that the content is AI-generated: %1, scored by %2.")
                    .arg(ModerationText::aiScore(row.value(QStringLiteral("ai_score"))),
                         text(row, "ai_source").isEmpty() ? tr("an unnamed detector")
                                                          : text(row, "ai_source"));
            break;
        case ClaimColumn:
            if (!display(row, column).toString().isEmpty())
                return tr("Claimed by %1 until %2.")
                    .arg(text(row, "claimed_by_name"),
                         ModerationText::time(number(row, "lease_until")));
            break;
        case WaitingColumn:
            return ModerationText::time(number(row, "created_at"));
        case PriorityColumn:
            return tr("Priority from severity, number of reports (%1) and the reporters' past "
                      "accuracy (%2 %).")
                .arg(number(row, "report_count"))
                .arg(number(row, "reporter_accuracy") / 10);
        case SeverityColumn:
            return ModerationText::sourceTitle(text(row, "source"));
        default:
            break;
        }
        break;
    case Qt::ForegroundRole:
        if (column == SeverityColumn) {
            const QColor color = ModerationText::severityColor(text(row, "severity"));
            if (color.isValid())
                return QBrush(color);
        }
        break;
    case Qt::FontRole:
        if (column == SeverityColumn && ModerationText::severityRank(text(row, "severity")) >= 3) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == PriorityColumn || column == ReportsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        return idOf(row);
    case VersionRole:
        return number(row, "version");
    case RecordRole:
        return row;
    case ColumnKindRole:
        return int(column);
    }
    return {};
}

QVariant ReportListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        const Column column = m_columns.at(section);
        if (column == PriorityColumn || column == ReportsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        switch (m_columns.at(section)) {
        case AiScoreColumn:
            return tr("Likelihood that the content is AI-generated; point at a score for the "
                      "detector that gave it.");
        case ReportsColumn:
            return tr("How many people reported the same content");
        case ClaimColumn:
            return tr("Who is working on the item, and until when");
        case WaitingColumn:
            return tr("How long the item has waited");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (m_columns.at(section)) {
    case PriorityColumn:
        return tr("Priority");
    case SeverityColumn:
        return tr("Severity");
    case ContentColumn:
        return tr("Content");
    case ReasonColumn:
        return tr("Reason");
    case AiScoreColumn:
        return tr("AI score");
    case ReportsColumn:
        return tr("Reports");
    case SubjectColumn:
        return tr("Subject");
    case ClaimColumn:
        return tr("Claimed");
    case StatusColumn:
        return tr("Outcome");
    case WaitingColumn:
        return tr("Waiting");
    case DecidedColumn:
        return tr("Decided");
    case AppealTypeColumn:
        return tr("Appeal against");
    case OriginalDecisionColumn:
        return tr("Original decision");
    case DecidedByColumn:
        return tr("Decided by");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

bool ReportListModel::canFetchMore(const QModelIndex &parent) const
{
    // After a failure the view would otherwise ask again on every repaint; refresh() retries.
    return !parent.isValid() && m_hasMore && !m_isLoading && m_error.isEmpty();
}

QJsonObject ReportListModel::listParameters(const QString &after, qint64 limit) const
{
    QJsonObject params{{QStringLiteral("queue"), m_filter.queue}, {QStringLiteral("limit"), limit}};
    if (!after.isEmpty())
        params.insert(QStringLiteral("after"), after);
    const auto add = [&params](const char *key, const QString &value) {
        if (!value.isEmpty())
            params.insert(QLatin1String(key), value);
    };
    add("text", m_filter.text);
    if (m_filter.subjectUserId > 0)
        params.insert(QStringLiteral("subject_user_id"), m_filter.subjectUserId);
    // The service ignores these for appeals; not sending them keeps its answer honest.
    if (!m_filter.isAppeals()) {
        add("content_type", m_filter.contentType);
        add("reason", m_filter.reason);
        add("severity", m_filter.severity);
        add("source", m_filter.source);
    }
    return params;
}

void ReportListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const quint64 generation = m_generation;
    setLoading(true);
    m_session.call(QStringLiteral("moderation.list"), listParameters(m_next, WindowSize), this,
                   [this, generation](const CommandResult &result) {
                       if (generation != m_generation)
                           return;
                       setLoading(false);
                       if (!result.ok()) {
                           failed(result.message);
                           return;
                       }
                       m_error.clear();
                       const QJsonObject page = result.data.toObject();
                       const QJsonArray rows = page.value(QStringLiteral("rows")).toArray();
                       m_hasMore = page.value(QStringLiteral("has_more")).toBool();
                       if (rows.isEmpty()) {
                           Q_EMIT refreshed();
                           return;
                       }
                       // Moved before the insertion: a view may ask for the next window while
                       // it is told about this one.
                       m_next = page.value(QStringLiteral("next")).toString();
                       // A reload may have brought some of these rows already.
                       QList<QJsonObject> fresh;
                       for (const QJsonValue &row : rows)
                           if (rowOf(idOf(row.toObject())) < 0)
                               fresh << row.toObject();
                       if (!fresh.isEmpty()) {
                           const int first = int(m_rows.size());
                           beginInsertRows({}, first, first + int(fresh.size()) - 1);
                           m_rows << fresh;
                           endInsertRows();
                       }
                       Q_EMIT refreshed();
                   });
}

void ReportListModel::refresh()
{
    m_reload->cancel();
    if (m_rows.isEmpty()) {
        restart();
        return;
    }
    const quint64 generation = ++m_generation;
    m_error.clear();
    setLoading(true);
    fetchRefreshWindow(generation, {}, std::max<qint64>(m_rows.size(), WindowSize), {});
}

void ReportListModel::restart()
{
    ++m_generation;
    m_reload->cancel();
    // Whatever is in flight answers for the old generation and will be dropped.
    setLoading(false);
    beginResetModel();
    m_rows.clear();
    m_columns = columnsFor(m_filter.queue);
    m_next.clear();
    m_hasMore = true;
    m_error.clear();
    endResetModel();
    // A view may already have asked for the first window while reacting to the reset.
    fetchMore({});
}

void ReportListModel::setLoading(bool isLoading)
{
    if (m_isLoading == isLoading)
        return;
    m_isLoading = isLoading;
    Q_EMIT loadingChanged(isLoading);
}

void ReportListModel::failed(const QString &message)
{
    m_error = message.isEmpty() ? tr("The queue could not be loaded.") : message;
    Q_EMIT errorOccurred(m_error);
}

void ReportListModel::fetchRefreshWindow(quint64 generation, QList<QJsonObject> rows, qint64 wanted,
                                         const QString &after)
{
    m_session.call(QStringLiteral("moderation.list"),
                   listParameters(after, std::min(kRefreshChunk, wanted - rows.size())), this,
                   [this, generation, rows = std::move(rows), wanted,
                    after](const CommandResult &result) mutable {
                       if (generation != m_generation)
                           return;
                       if (!result.ok()) {
                           setLoading(false);
                           failed(result.message);
                           return;
                       }
                       const QJsonObject page = result.data.toObject();
                       const QJsonArray fresh = page.value(QStringLiteral("rows")).toArray();
                       for (const QJsonValue &row : fresh)
                           rows << row.toObject();
                       const bool hasMore = page.value(QStringLiteral("has_more")).toBool();
                       const QString next =
                           fresh.isEmpty() ? after : page.value(QStringLiteral("next")).toString();
                       if (hasMore && rows.size() < wanted) {
                           fetchRefreshWindow(generation, std::move(rows), wanted, next);
                           return;
                       }
                       setLoading(false);
                       m_error.clear();
                       m_next = next;
                       m_hasMore = hasMore;
                       applyRows(std::move(rows));
                       Q_EMIT refreshed();
                   });
}

void ReportListModel::applyRows(QList<QJsonObject> rows)
{
    mergeRows(m_rows, std::move(rows), [](const QJsonObject &row) { return idOf(row); });
}

} // namespace Steward::Moderation
