#include "payoutmodels.h"

#include "consolesession.h"
#include "recordtableview.h"

#include "money.h"

#include <QDateTime>
#include <QHeaderView>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace Steward::Finance {

PayoutListModel::PayoutListModel(Shell::ConsoleSession &session, Source source,
                                 QList<PayoutColumn> columns, QObject *parent)
    : KeyedTableModel(parent), m_session(session), m_source(std::move(source)),
      m_columns(std::move(columns))
{}

void PayoutListModel::setParams(const QJsonObject &params)
{
    m_params = params;
    m_active = true;
    restart();
}

void PayoutListModel::clear()
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

void PayoutListModel::applyWidths(Shell::RecordTableView *view) const
{
    const int em = view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (int c = 0; c < m_columns.size(); ++c)
        view->horizontalHeader()->resizeSection(c, m_columns.at(c).widthEms * em);
}

void PayoutListModel::restart()
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

QJsonObject PayoutListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QJsonObject();
}

qint64 PayoutListModel::idAt(int row) const
{
    return rowAt(row).value(m_source.idField).toInteger();
}

int PayoutListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).value(m_source.idField).toInteger() == id)
            return i;
    return -1;
}

int PayoutListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PayoutListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant PayoutListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
        return {};
    const PayoutColumn &column = m_columns.at(index.column());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return column.text(m_rows.at(index.row()));
    if (role == Qt::TextAlignmentRole && column.isNumber)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant PayoutListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_columns.at(section).title;
    if (role == Qt::TextAlignmentRole && m_columns.at(section).isNumber)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool PayoutListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_active && m_hasMore && !m_isLoading && m_error.isEmpty();
}

void PayoutListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const quint64 generation = m_generation;
    const bool isFirst = m_rows.isEmpty();
    m_isLoading = true;
    QJsonObject params = m_params;
    if (m_next > 0)
        params.insert(m_source.cursorParam, m_next);
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
                       const QJsonArray rows = page.value(QStringLiteral("rows")).toArray();
                       const QJsonValue next = page.value(m_source.nextField);
                       m_hasMore = next.isDouble();
                       m_next = next.toInteger();
                       if (!rows.isEmpty()) {
                           const int first = int(m_rows.size());
                           beginInsertRows({}, first, first + int(rows.size()) - 1);
                           for (const QJsonValue &row : rows)
                               m_rows << row.toObject();
                           endInsertRows();
                       }
                       if (isFirst)
                           Q_EMIT loaded();
                   });
}

void PayoutListModel::refresh()
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
        for (const QJsonValue &row : page.value(QStringLiteral("rows")).toArray())
            fresh << row.toObject();
        const QJsonValue next = page.value(m_source.nextField);
        m_hasMore = next.isDouble();
        m_next = next.toInteger();
        const QString idField = m_source.idField;
        mergeRows(m_rows, std::move(fresh),
                  [idField](const QJsonObject &row) { return row.value(idField).toInteger(); });
        Q_EMIT loaded();
    });
}

namespace PayoutText {

QString money(qint64 minor, const QString &currency)
{
    return Money(minor, currency).toDisplayString();
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
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date(),
                              QLocale::ShortFormat);
}

QString payeeType(const QString &type)
{
    if (type == QLatin1String("creator"))
        return PayoutListModel::tr("Creator");
    if (type == QLatin1String("vendor"))
        return PayoutListModel::tr("Vendor");
    if (type == QLatin1String("driver"))
        return PayoutListModel::tr("Driver");
    if (type == QLatin1String("host"))
        return PayoutListModel::tr("Host");
    if (type == QLatin1String("traveler"))
        return PayoutListModel::tr("Traveler");
    if (type == QLatin1String("member"))
        return PayoutListModel::tr("Member");
    if (type == QLatin1String("dao_grant"))
        return PayoutListModel::tr("DAO grant");
    if (type.isEmpty())
        return PayoutListModel::tr("All payees");
    return type;
}

QString payoutState(const QString &state)
{
    if (state == QLatin1String("pending"))
        return PayoutListModel::tr("Pending");
    if (state == QLatin1String("approved"))
        return PayoutListModel::tr("Approved");
    if (state == QLatin1String("paid"))
        return PayoutListModel::tr("Paid");
    if (state == QLatin1String("failed"))
        return PayoutListModel::tr("Failed");
    if (state == QLatin1String("returned"))
        return PayoutListModel::tr("Returned");
    if (state == QLatin1String("rejected"))
        return PayoutListModel::tr("Rejected");
    return state;
}

QString runState(const QString &state)
{
    if (state == QLatin1String("pending"))
        return PayoutListModel::tr("Pending approval");
    if (state == QLatin1String("approving"))
        return PayoutListModel::tr("Approving");
    if (state == QLatin1String("approved"))
        return PayoutListModel::tr("Approved");
    if (state == QLatin1String("paying"))
        return PayoutListModel::tr("Paying");
    if (state == QLatin1String("paid"))
        return PayoutListModel::tr("Paid");
    if (state == QLatin1String("canceled"))
        return PayoutListModel::tr("Canceled");
    return state;
}

QString schedule(const QString &schedule)
{
    if (schedule == QLatin1String("due"))
        return PayoutListModel::tr("Due payouts");
    if (schedule == QLatin1String("weekly"))
        return PayoutListModel::tr("Weekly");
    if (schedule == QLatin1String("monthly"))
        return PayoutListModel::tr("Monthly");
    return schedule;
}

const QStringList &payeeTypes()
{
    static const QStringList types{QStringLiteral("creator"),  QStringLiteral("vendor"),
                                   QStringLiteral("driver"),   QStringLiteral("host"),
                                   QStringLiteral("traveler"), QStringLiteral("member")};
    return types;
}

const QStringList &currencies()
{
    static const QStringList list{
        QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"), QStringLiteral("CHF"),
        QStringLiteral("SEK"), QStringLiteral("NOK"), QStringLiteral("DKK"), QStringLiteral("PLN"),
        QStringLiteral("CZK"), QStringLiteral("HUF"), QStringLiteral("RON"), QStringLiteral("CAD"),
        QStringLiteral("AUD"), QStringLiteral("NZD"), QStringLiteral("JPY"), QStringLiteral("NGN"),
        QStringLiteral("KES"), QStringLiteral("GHS"), QStringLiteral("ZAR"), QStringLiteral("BRL"),
        QStringLiteral("MXN"), QStringLiteral("INR"), QStringLiteral("KWD")};
    return list;
}

QString csvField(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')))
        text = QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    return text;
}

} // namespace PayoutText

} // namespace Steward::Finance
