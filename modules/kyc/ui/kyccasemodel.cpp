#include "kyccasemodel.h"

#include "kyctext.h"

#include "consolesession.h"
#include "reloadonchange.h"
#include "theme.h"

#include <QBrush>
#include <QDateTime>
#include <QFont>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace Steward::Kyc {

namespace {

// The service's largest window; a refresh reloads what is shown in few requests.
constexpr int kRefreshChunk = 500;

} // namespace

KycCaseModel::KycCaseModel(Shell::ConsoleSession &session, QObject *parent)
    : KeyedTableModel(parent), m_session(session)
{
    // Coalesces a burst of commits (several reviewers, a purge) into one reload.
    m_reload = new Shell::ReloadOnChange(
        m_session, [](const QString &command) { return command.startsWith(QLatin1String("kyc.")); },
        [this] { refresh(); }, 200, this);
    // "due in 3 h" becomes "overdue 1 min" without anyone committing anything.
    m_minuteTimer.setInterval(60 * 1000);
    connect(&m_minuteTimer, &QTimer::timeout, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    });
    m_minuteTimer.start();
}

void KycCaseModel::setFilter(const Filter &filter)
{
    Filter simplified = filter;
    simplified.text = filter.text.simplified();
    if (simplified == m_filter)
        return;
    m_filter = simplified;
    restart();
}

qint64 KycCaseModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int KycCaseModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return row;
    return -1;
}

qint64 KycCaseModel::now() const
{
    return QDateTime::currentMSecsSinceEpoch() + m_clockOffset;
}

int KycCaseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KycCaseModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool KycCaseModel::isOverdue(const Row &row) const
{
    return KycText::isOpenState(row.state) && row.dueAt > 0 && row.dueAt < now();
}

QVariant KycCaseModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CaseColumn:
            return tr("#%1").arg(row.id);
        case ApplicantColumn:
            return row.applicantName;
        case TypeColumn:
            return KycText::caseTypeName(row.caseType);
        case StateColumn:
            return KycText::stateName(row.state);
        case RiskColumn:
            //: Risk score and watchlist hits in the case list, e.g. "82 · 1 hit".
            return row.watchlistHits > 0
                       ? tr("%1 · %Ln hit(s)", nullptr, row.watchlistHits).arg(row.riskScore)
                       : QString::number(row.riskScore);
        case DueColumn:
            if (KycText::isOpenState(row.state))
                return KycText::dueText(row.dueAt, now());
            //: The time a case was decided, in the due column of decided cases.
            return row.decidedAt > 0 ? tr("decided %1").arg(KycText::date(row.decidedAt))
                                     : QStringLiteral("—");
        case AssignedColumn:
            return row.assignedToName.isEmpty() ? QStringLiteral("—") : row.assignedToName;
        case SubmittedColumn:
            return KycText::dateTime(row.submittedAt);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ApplicantColumn:
            return tr("%1 — %2 (person #%3)")
                .arg(row.applicantName, row.applicantEmail)
                .arg(row.userId);
        case DueColumn:
            return tr("Due %1").arg(KycText::dateTime(row.dueAt));
        case StateColumn:
            if (row.needsSecondReview)
                return tr("First approval by %1; a different reviewer must confirm.")
                    .arg(row.firstDecidedByName);
            break;
        case RiskColumn:
            if (row.isHighRisk)
                return tr("Risk %1 of 100, %Ln watchlist hit(s). High risk: approval needs a "
                          "second reviewer.",
                          nullptr, row.watchlistHits)
                    .arg(row.riskScore);
            break;
        case TypeColumn:
            return KycText::caseTypeName(row.caseType);
        case SubmittedColumn:
            return row.attempts > 1 ? tr("Attempt %1").arg(row.attempts) : QVariant();
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == DueColumn && isOverdue(row))
            return QBrush(Shell::Theme::warningColor());
        if (index.column() == RiskColumn && row.isHighRisk)
            return QBrush(Shell::Theme::warningColor());
        break;
    case Qt::BackgroundRole:
        if (isOverdue(row))
            return QBrush(Shell::Theme::warningBackground());
        break;
    case Qt::FontRole:
        if (index.column() == DueColumn && isOverdue(row)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == CaseColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        return row.id;
    case StateRole:
        return row.state;
    case CaseTypeRole:
        return row.caseType;
    case VersionRole:
        return row.version;
    case DueAtRole:
        return row.dueAt;
    case OverdueRole:
        return isOverdue(row);
    case HighRiskRole:
        return row.isHighRisk;
    case NeedsSecondReviewRole:
        return row.needsSecondReview;
    }
    return {};
}

QVariant KycCaseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CaseColumn:
        return tr("Case");
    case ApplicantColumn:
        return tr("Applicant");
    case TypeColumn:
        return tr("Type");
    case StateColumn:
        return tr("State");
    case RiskColumn:
        return tr("Risk");
    case DueColumn:
        return tr("Due");
    case AssignedColumn:
        return tr("Reviewer");
    case SubmittedColumn:
        return tr("Submitted");
    }
    return {};
}

bool KycCaseModel::canFetchMore(const QModelIndex &parent) const
{
    // After a failure the view would otherwise ask again on every repaint; refresh() retries.
    return !parent.isValid() && m_hasMore && !m_isLoading && m_error.isEmpty();
}

QJsonObject KycCaseModel::listParams(const QString &after, int limit) const
{
    QJsonObject params{{QStringLiteral("limit"), limit}};
    if (!after.isEmpty())
        params.insert(QStringLiteral("after"), after);
    if (!m_filter.state.isEmpty())
        params.insert(QStringLiteral("state"), m_filter.state);
    if (!m_filter.caseType.isEmpty())
        params.insert(QStringLiteral("case_type"), m_filter.caseType);
    if (m_filter.isOverdueOnly)
        params.insert(QStringLiteral("overdue"), true);
    if (m_filter.isMineOnly)
        params.insert(QStringLiteral("mine"), true);
    if (!m_filter.text.isEmpty())
        params.insert(QStringLiteral("text"), m_filter.text);
    return params;
}

void KycCaseModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const quint64 generation = m_generation;
    setLoading(true);
    m_session.call(QStringLiteral("kyc.list"), listParams(m_next, WindowSize), this,
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
                       noteServiceClock(page);
                       const QJsonArray rows = page.value(QStringLiteral("rows")).toArray();
                       m_hasMore = page.value(QStringLiteral("has_more")).toBool();
                       if (rows.isEmpty())
                           return;
                       // Moved before the insertion: a view may ask for the next window while
                       // it is told about this one.
                       m_next = page.value(QStringLiteral("next")).toString();
                       const int first = int(m_rows.size());
                       beginInsertRows({}, first, first + int(rows.size()) - 1);
                       for (const QJsonValue &row : rows)
                           m_rows << rowFromJson(row.toObject());
                       endInsertRows();
                   });
}

void KycCaseModel::refresh()
{
    m_reload->cancel();
    if (m_rows.isEmpty()) {
        restart();
        return;
    }
    const quint64 generation = ++m_generation;
    m_error.clear();
    setLoading(true);
    fetchRefreshWindow(generation, {}, std::max<int>(int(m_rows.size()), WindowSize), {});
}

void KycCaseModel::restart()
{
    ++m_generation;
    m_reload->cancel();
    // Whatever is in flight answers for the old generation and will be dropped.
    setLoading(false);
    beginResetModel();
    m_rows.clear();
    m_next.clear();
    m_hasMore = true;
    m_error.clear();
    endResetModel();
    // A view may already have asked for the first window while reacting to the reset.
    fetchMore({});
}

void KycCaseModel::setLoading(bool isLoading)
{
    if (m_isLoading == isLoading)
        return;
    m_isLoading = isLoading;
    Q_EMIT loadingChanged(isLoading);
}

void KycCaseModel::failed(const QString &message)
{
    m_error = message.isEmpty() ? tr("The cases could not be loaded.") : message;
    Q_EMIT errorOccurred(m_error);
}

void KycCaseModel::noteServiceClock(const QJsonObject &page)
{
    const qint64 serviceNow = page.value(QStringLiteral("now")).toInteger();
    if (serviceNow > 0)
        m_clockOffset = serviceNow - QDateTime::currentMSecsSinceEpoch();
}

void KycCaseModel::fetchRefreshWindow(quint64 generation, QList<Row> rows, int wanted,
                                      const QString &after)
{
    const int limit = std::min(kRefreshChunk, wanted - int(rows.size()));
    m_session.call(QStringLiteral("kyc.list"), listParams(after, limit), this,
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
                       noteServiceClock(page);
                       const QJsonArray fetched = page.value(QStringLiteral("rows")).toArray();
                       for (const QJsonValue &row : fetched)
                           rows << rowFromJson(row.toObject());
                       const bool hasMore = page.value(QStringLiteral("has_more")).toBool();
                       const QString next = fetched.isEmpty()
                                                ? after
                                                : page.value(QStringLiteral("next")).toString();
                       if (hasMore && rows.size() < wanted) {
                           fetchRefreshWindow(generation, std::move(rows), wanted, next);
                           return;
                       }
                       setLoading(false);
                       m_error.clear();
                       m_next = next;
                       m_hasMore = hasMore;
                       applyRows(std::move(rows));
                   });
}

void KycCaseModel::applyRows(QList<Row> rows)
{
    mergeRows(m_rows, std::move(rows), [](const Row &row) { return row.id; });
}

KycCaseModel::Row KycCaseModel::rowFromJson(const QJsonObject &row)
{
    Row result;
    result.id = row.value(QStringLiteral("id")).toInteger();
    result.userId = row.value(QStringLiteral("user_id")).toInteger();
    result.applicantName = row.value(QStringLiteral("applicant_name")).toString();
    result.applicantEmail = row.value(QStringLiteral("applicant_email")).toString();
    result.caseType = row.value(QStringLiteral("case_type")).toString();
    result.state = row.value(QStringLiteral("state")).toString();
    result.riskScore = row.value(QStringLiteral("risk_score")).toInt();
    result.watchlistHits = row.value(QStringLiteral("watchlist_hits")).toInt();
    result.isHighRisk = row.value(QStringLiteral("high_risk")).toBool();
    result.needsSecondReview = row.value(QStringLiteral("needs_second_review")).toBool();
    result.firstDecidedByName = row.value(QStringLiteral("first_decided_by_name")).toString();
    result.attempts = row.value(QStringLiteral("attempts")).toInt(1);
    result.submittedAt = row.value(QStringLiteral("submitted_at")).toInteger();
    result.dueAt = row.value(QStringLiteral("due_at")).toInteger();
    result.assignedToId = row.value(QStringLiteral("assigned_to_id")).toInteger();
    result.assignedToName = row.value(QStringLiteral("assigned_to_name")).toString();
    result.decidedAt = row.value(QStringLiteral("decided_at")).toInteger();
    result.version = row.value(QStringLiteral("version")).toInteger();
    return result;
}

} // namespace Steward::Kyc
