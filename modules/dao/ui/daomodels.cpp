#include "daomodels.h"

#include "consolesession.h"

#include "money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

namespace Steward::Dao {

namespace Text {

QString state(const QString &state)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("pending"), QT_TRANSLATE_NOOP("Steward::Dao::Text", "Pending")},
        {QStringLiteral("active"), QT_TRANSLATE_NOOP("Steward::Dao::Text", "Active")},
        {QStringLiteral("canceled"), QT_TRANSLATE_NOOP("Steward::Dao::Text", "Canceled")},
        {QStringLiteral("defeated"), QT_TRANSLATE_NOOP("Steward::Dao::Text", "Defeated")},
        {QStringLiteral("succeeded"), QT_TRANSLATE_NOOP("Steward::Dao::Text", "Succeeded")},
        {QStringLiteral("queued"), QT_TRANSLATE_NOOP("Steward::Dao::Text", "Queued")},
        {QStringLiteral("expired"), QT_TRANSLATE_NOOP("Steward::Dao::Text", "Expired")},
        {QStringLiteral("executed"), QT_TRANSLATE_NOOP("Steward::Dao::Text", "Executed")}};
    const char *name = names.value(state);
    return name ? QCoreApplication::translate("Steward::Dao::Text", name) : state;
}

QString type(const QString &type)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("feature"), QT_TRANSLATE_NOOP("Steward::Dao::Text", "Feature")},
        {QStringLiteral("grant"), QT_TRANSLATE_NOOP("Steward::Dao::Text", "Grant")},
        {QStringLiteral("budget"), QT_TRANSLATE_NOOP("Steward::Dao::Text", "Budget")},
        {QStringLiteral("partnership"), QT_TRANSLATE_NOOP("Steward::Dao::Text", "Partnership")},
        {QStringLiteral("parameter"), QT_TRANSLATE_NOOP("Steward::Dao::Text", "Parameter")}};
    const char *name = names.value(type);
    return name ? QCoreApplication::translate("Steward::Dao::Text", name) : type;
}

QString support(const QString &support)
{
    if (support == QLatin1String("for"))
        return QCoreApplication::translate("Steward::Dao::Text", "For");
    if (support == QLatin1String("against"))
        return QCoreApplication::translate("Steward::Dao::Text", "Against");
    if (support == QLatin1String("abstain"))
        return QCoreApplication::translate("Steward::Dao::Text", "Abstain");
    return support;
}

QString event(const QString &event)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("created"), QT_TRANSLATE_NOOP("Steward::Dao::Text", "Created")},
        {QStringLiteral("voting_opened"), QT_TRANSLATE_NOOP("Steward::Dao::Text", "Voting opened")},
        {QStringLiteral("succeeded"),
         QT_TRANSLATE_NOOP("Steward::Dao::Text", "Voting closed: succeeded")},
        {QStringLiteral("defeated"),
         QT_TRANSLATE_NOOP("Steward::Dao::Text", "Voting closed: defeated")},
        {QStringLiteral("queued"), QT_TRANSLATE_NOOP("Steward::Dao::Text", "Queued")},
        {QStringLiteral("execution_approved"),
         QT_TRANSLATE_NOOP("Steward::Dao::Text", "Execution approved")},
        {QStringLiteral("executed"), QT_TRANSLATE_NOOP("Steward::Dao::Text", "Executed")},
        {QStringLiteral("canceled"), QT_TRANSLATE_NOOP("Steward::Dao::Text", "Canceled")},
        {QStringLiteral("expired"), QT_TRANSLATE_NOOP("Steward::Dao::Text", "Expired")},
        {QStringLiteral("sealed"), QT_TRANSLATE_NOOP("Steward::Dao::Text", "Content sealed")}};
    const char *name = names.value(event);
    return name ? QCoreApplication::translate("Steward::Dao::Text", name) : event;
}

QString money(const QJsonValue &minor, const QJsonValue &currency)
{
    if (minor.isNull() || minor.isUndefined() || currency.toString().isEmpty())
        return {};
    return Money(minor.toInteger(), currency.toString()).toDisplayString();
}

QString time(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QString date(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).date(), QLocale::ShortFormat);
}

QString until(qint64 at, qint64 now)
{
    const qint64 minutes = (at - now) / 60'000;
    if (minutes <= 0)
        return QCoreApplication::translate("Steward::Dao::Text", "now");
    if (minutes < 60)
        return QCoreApplication::translate("Steward::Dao::Text", "in %1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 10)
        return QCoreApplication::translate("Steward::Dao::Text", "in %1 h %2 min")
            .arg(hours)
            .arg(minutes % 60);
    if (hours < 48)
        return QCoreApplication::translate("Steward::Dao::Text", "in %1 h").arg(hours);
    return QCoreApplication::translate("Steward::Dao::Text", "in %1 d %2 h")
        .arg(hours / 24)
        .arg(hours % 24);
}

QString tokens(qint64 tokens)
{
    return QLocale().toString(tokens);
}

} // namespace Text

// ---- JsonTableModel ---------------------------------------------------------------------------

JsonTableModel::JsonTableModel(QList<Column> columns, QString idField, QObject *parent)
    : KeyedTableModel(parent), m_columns(std::move(columns)), m_idField(std::move(idField))
{}

void JsonTableModel::setRows(QList<QJsonObject> rows)
{
    const QString idField = m_idField;
    mergeRows(m_rows, std::move(rows),
              [idField](const QJsonObject &row) { return row.value(idField).toInteger(); });
}

void JsonTableModel::appendRows(const QList<QJsonObject> &rows)
{
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows << rows;
    endInsertRows();
}

void JsonTableModel::clearRows()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

QJsonObject JsonTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QJsonObject();
}

qint64 JsonTableModel::idAt(int row) const
{
    return rowAt(row).value(m_idField).toInteger();
}

int JsonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JsonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant JsonTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
        return {};
    const Column &column = m_columns.at(index.column());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return column.text(m_rows.at(index.row()));
    if (role == Qt::TextAlignmentRole && column.alignRight)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant JsonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_columns.size())
        return m_columns.at(section).header;
    return {};
}

// ---- ProposalListModel ------------------------------------------------------------------------

namespace {

QList<JsonTableModel::Column> proposalColumns()
{
    const auto number = [](const QJsonObject &row, const char *key) {
        return row.value(QLatin1String(key)).toInteger();
    };
    return {
        {ProposalListModel::tr("#"),
         [](const QJsonObject &row) {
             return QString::number(row.value(QStringLiteral("id")).toInteger());
         },
         true},
        {ProposalListModel::tr("Type"),
         [](const QJsonObject &row) {
             return Text::type(row.value(QStringLiteral("proposal_type")).toString());
         }},
        {ProposalListModel::tr("Title"),
         [](const QJsonObject &row) { return row.value(QStringLiteral("title")).toString(); }},
        {ProposalListModel::tr("State"),
         [](const QJsonObject &row) {
             return Text::state(row.value(QStringLiteral("state")).toString());
         }},
        {ProposalListModel::tr("For / against / abstain"),
         [number](const QJsonObject &row) {
             return QStringLiteral("%1 / %2 / %3")
                 .arg(Text::tokens(number(row, "votes_for")),
                      Text::tokens(number(row, "votes_against")),
                      Text::tokens(number(row, "votes_abstain")));
         },
         true},
        {ProposalListModel::tr("Quorum"),
         [number](const QJsonObject &row) {
             const qint64 need = number(row, "quorum_votes");
             const qint64 have = number(row, "votes_for") + number(row, "votes_against") +
                                 number(row, "votes_abstain");
             if (have >= need)
                 return ProposalListModel::tr("✓ met");
             return ProposalListModel::tr("%1 %").arg(have * 100 / need);
         },
         true},
        {ProposalListModel::tr("Next"),
         [](const QJsonObject &row) {
             const QString next = row.value(QStringLiteral("next_transition")).toString();
             if (next.isEmpty())
                 return QString();
             const QString when =
                 Text::until(row.value(QStringLiteral("next_transition_at")).toInteger(),
                             QDateTime::currentMSecsSinceEpoch());
             if (next == QLatin1String("voting opens"))
                 return ProposalListModel::tr("Voting opens %1").arg(when);
             if (next == QLatin1String("voting closes"))
                 return ProposalListModel::tr("Voting closes %1").arg(when);
             if (next == QLatin1String("executable"))
                 return ProposalListModel::tr("Executable %1").arg(when);
             return ProposalListModel::tr("Expires %1").arg(when);
         }},
        {ProposalListModel::tr("Amount"),
         [](const QJsonObject &row) {
             return Text::money(row.value(QStringLiteral("amount_minor")),
                                row.value(QStringLiteral("currency")));
         },
         true},
    };
}

} // namespace

ProposalListModel::ProposalListModel(Shell::ConsoleSession &session, QObject *parent)
    : JsonTableModel(proposalColumns(), QStringLiteral("id"), parent), m_session(session)
{}

QJsonObject ProposalListModel::params() const
{
    QJsonObject params{{QStringLiteral("limit"), WindowSize}};
    if (!m_type.isEmpty())
        params.insert(QStringLiteral("type"), m_type);
    if (!m_state.isEmpty())
        params.insert(QStringLiteral("state"), m_state);
    return params;
}

void ProposalListModel::setFilter(const QString &type, const QString &state)
{
    m_type = type;
    m_state = state;
    ++m_generation;
    clearRows();
    m_next = QJsonValue();
    m_hasMore = true;
    m_isLoading = false;
    fetchMore({});
}

bool ProposalListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_isLoading;
}

void ProposalListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_isLoading = true;
    QJsonObject params = this->params();
    if (!m_next.isNull() && !m_next.isUndefined())
        params.insert(QStringLiteral("before"), m_next);
    const quint64 generation = m_generation;
    m_session.call(QStringLiteral("dao.proposals"), params, this,
                   [this, generation](const CommandResult &result) {
                       if (generation != m_generation)
                           return;
                       m_isLoading = false;
                       if (!result.ok()) {
                           m_hasMore = false;
                           Q_EMIT errorOccurred(result.message);
                           return;
                       }
                       const QJsonObject page = result.data.toObject();
                       QList<QJsonObject> rows;
                       for (const QJsonValue &row : page.value(QStringLiteral("rows")).toArray())
                           rows << row.toObject();
                       m_next = page.value(QStringLiteral("next_before"));
                       m_hasMore = !m_next.isNull();
                       appendRows(rows);
                       Q_EMIT loaded();
                   });
}

void ProposalListModel::refresh()
{
    const quint64 generation = ++m_generation;
    m_isLoading = true;
    QJsonObject params = this->params();
    params.insert(QStringLiteral("limit"), std::clamp(rowCount(), WindowSize, 200));
    m_session.call(QStringLiteral("dao.proposals"), params, this,
                   [this, generation](const CommandResult &result) {
                       if (generation != m_generation)
                           return;
                       m_isLoading = false;
                       if (!result.ok()) {
                           Q_EMIT errorOccurred(result.message);
                           return;
                       }
                       const QJsonObject page = result.data.toObject();
                       QList<QJsonObject> rows;
                       for (const QJsonValue &row : page.value(QStringLiteral("rows")).toArray())
                           rows << row.toObject();
                       m_next = page.value(QStringLiteral("next_before"));
                       m_hasMore = !m_next.isNull();
                       setRows(std::move(rows));
                       Q_EMIT loaded();
                   });
}

} // namespace Steward::Dao
