#include "userlistmodel.h"

#include "consolesession.h"
#include "reloadonchange.h"
#include "theme.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QPalette>
#include <QSet>

#include <algorithm>

namespace Steward::People {

namespace {

// A refresh reloads what is shown in a few large requests rather than many small windows.
constexpr qint64 kRefreshChunk = 1000;

} // namespace

UserListModel::UserListModel(Shell::ConsoleSession &session, QObject *parent)
    : KeyedTableModel(parent), m_session(session)
{
    // Coalesces a burst of commits (a bulk action, several consoles) into one reload.
    m_reload = new Shell::ReloadOnChange(
        m_session,
        [](const QString &command) { return command.startsWith(QLatin1String("people.")); },
        [this] { refresh(); }, 200, this);
}

void UserListModel::setStatusFilter(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    restart();
}

void UserListModel::setSearchText(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified == m_searchText)
        return;
    m_searchText = simplified;
    restart();
}

qint64 UserListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int UserListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UserListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UserListModel::statusText(const QString &status)
{
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("suspended"))
        return tr("Suspended");
    if (status == QLatin1String("banned"))
        return tr("Banned");
    if (status == QLatin1String("deleted"))
        return tr("Deleted");
    return status;
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case EmailColumn:
            return row.email;
        case StatusColumn:
            return statusText(row.status);
        case CityColumn:
            return row.city;
        case CountryColumn:
            return row.country;
        case CreatedColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.createdAt).date(),
                                      QLocale::ShortFormat);
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn) {
            if (row.status == QLatin1String("suspended"))
                return QBrush(Shell::Theme::isDark() ? QColor(0xf0, 0xb4, 0x5c)
                                                     : QColor(0xa0, 0x55, 0x00));
            if (row.status == QLatin1String("banned"))
                return QBrush(Shell::Theme::errorColor());
            if (row.status == QLatin1String("deleted"))
                return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == CreatedColumn)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.createdAt),
                                      QLocale::LongFormat);
        break;
    case IdRole:
        return row.id;
    case StatusRole:
        return row.status;
    case VersionRole:
        return row.version;
    }
    return {};
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case StatusColumn:
        return tr("Status");
    case CityColumn:
        return tr("City");
    case CountryColumn:
        return tr("Country");
    case CreatedColumn:
        return tr("Joined");
    }
    return {};
}

bool UserListModel::canFetchMore(const QModelIndex &parent) const
{
    // After a failure the view would otherwise ask again on every repaint; refresh() retries.
    return !parent.isValid() && m_hasMore && !m_isLoading && m_error.isEmpty();
}

void UserListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const quint64 generation = m_generation;
    setLoading(true);
    if (!m_searchText.isEmpty()) {
        fetchSearch(generation);
        return;
    }
    QJsonObject params{{QStringLiteral("after_name_key"), m_nextKey},
                       {QStringLiteral("after_id"), m_nextId},
                       {QStringLiteral("limit"), WindowSize}};
    if (!m_status.isEmpty())
        params.insert(QStringLiteral("status"), m_status);
    m_session.call(QStringLiteral("people.list"), params, this,
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
                       const QJsonArray users = page.value(QStringLiteral("rows")).toArray();
                       m_hasMore = page.value(QStringLiteral("has_more")).toBool();
                       if (users.isEmpty())
                           return;
                       // Moved before the insertion: a view may ask for the next window while
                       // it is told about this one.
                       m_nextKey = page.value(QStringLiteral("next_name_key")).toString();
                       m_nextId = page.value(QStringLiteral("next_id")).toInteger();
                       const int first = int(m_rows.size());
                       beginInsertRows({}, first, first + int(users.size()) - 1);
                       for (const QJsonValue &user : users)
                           m_rows << rowFromJson(user.toObject());
                       endInsertRows();
                   });
}

void UserListModel::refresh()
{
    m_reload->cancel();
    if (m_rows.isEmpty()) {
        restart();
        return;
    }
    const quint64 generation = ++m_generation;
    m_error.clear();
    setLoading(true);
    if (!m_searchText.isEmpty())
        fetchSearch(generation);
    else
        fetchRefreshWindow(generation, {}, std::max<qint64>(m_rows.size(), WindowSize), {}, 0);
}

void UserListModel::restart()
{
    ++m_generation;
    m_reload->cancel();
    // Whatever is in flight answers for the old generation and will be dropped.
    setLoading(false);
    beginResetModel();
    m_rows.clear();
    m_nextKey.clear();
    m_nextId = 0;
    m_hasMore = true;
    m_error.clear();
    endResetModel();
    // A view may already have asked for the first window while reacting to the reset.
    fetchMore({});
}

void UserListModel::setLoading(bool isLoading)
{
    if (m_isLoading == isLoading)
        return;
    m_isLoading = isLoading;
    Q_EMIT loadingChanged(isLoading);
}

void UserListModel::failed(const QString &message)
{
    m_error = message.isEmpty() ? tr("The list could not be loaded.") : message;
    Q_EMIT errorOccurred(m_error);
}

void UserListModel::fetchSearch(quint64 generation)
{
    m_session.call(QStringLiteral("people.search"),
                   {{QStringLiteral("text"), m_searchText}, {QStringLiteral("limit"), SearchLimit}},
                   this, [this, generation](const CommandResult &result) {
                       if (generation != m_generation)
                           return;
                       setLoading(false);
                       if (!result.ok()) {
                           failed(result.message);
                           return;
                       }
                       m_error.clear();
                       m_hasMore = false;
                       // A search returns at most SearchLimit rows, so narrowing them by status
                       // here never touches more than one screenful of data.
                       QList<Row> rows;
                       const QJsonArray users = result.data.toArray();
                       for (const QJsonValue &user : users) {
                           Row row = rowFromJson(user.toObject());
                           if (m_status.isEmpty() || row.status == m_status)
                               rows << std::move(row);
                       }
                       applyRows(std::move(rows));
                   });
}

void UserListModel::fetchRefreshWindow(quint64 generation, QList<Row> rows, qint64 wanted,
                                       const QString &afterKey, qint64 afterId)
{
    QJsonObject params{{QStringLiteral("after_name_key"), afterKey},
                       {QStringLiteral("after_id"), afterId},
                       {QStringLiteral("limit"), std::min(kRefreshChunk, wanted - rows.size())}};
    if (!m_status.isEmpty())
        params.insert(QStringLiteral("status"), m_status);
    m_session.call(QStringLiteral("people.list"), params, this,
                   [this, generation, rows = std::move(rows), wanted, afterKey,
                    afterId](const CommandResult &result) mutable {
                       if (generation != m_generation)
                           return;
                       if (!result.ok()) {
                           setLoading(false);
                           failed(result.message);
                           return;
                       }
                       const QJsonObject page = result.data.toObject();
                       const QJsonArray users = page.value(QStringLiteral("rows")).toArray();
                       for (const QJsonValue &user : users)
                           rows << rowFromJson(user.toObject());
                       const bool hasMore = page.value(QStringLiteral("has_more")).toBool();
                       QString nextKey = afterKey;
                       qint64 nextId = afterId;
                       if (!users.isEmpty()) {
                           nextKey = page.value(QStringLiteral("next_name_key")).toString();
                           nextId = page.value(QStringLiteral("next_id")).toInteger();
                       }
                       if (hasMore && rows.size() < wanted) {
                           fetchRefreshWindow(generation, std::move(rows), wanted, nextKey, nextId);
                           return;
                       }
                       setLoading(false);
                       m_error.clear();
                       m_nextKey = nextKey;
                       m_nextId = nextId;
                       m_hasMore = hasMore;
                       applyRows(std::move(rows));
                   });
}

void UserListModel::applyRows(QList<Row> rows)
{
    mergeRows(m_rows, std::move(rows), [](const Row &row) { return row.id; });
}

UserListModel::Row UserListModel::rowFromJson(const QJsonObject &user)
{
    Row row;
    row.id = user.value(QStringLiteral("id")).toInteger();
    row.email = user.value(QStringLiteral("email")).toString();
    //: A person's full name: %1 is the first name, %2 the last name.
    row.name = tr("%1 %2").arg(user.value(QStringLiteral("first_name")).toString(),
                               user.value(QStringLiteral("last_name")).toString());
    row.status = user.value(QStringLiteral("status")).toString();
    row.city = user.value(QStringLiteral("city")).toString();
    row.country = user.value(QStringLiteral("country")).toString();
    row.createdAt = user.value(QStringLiteral("created_at")).toInteger();
    row.version = user.value(QStringLiteral("version")).toInteger();
    return row;
}

} // namespace Steward::People
