#pragma once

#include "keyedtablemodel.h"

#include <QList>
#include <QString>

namespace Steward::Shell {
class ConsoleSession;
class ReloadOnChange;
} // namespace Steward::Shell

namespace Steward::People {

/** The platform's users in name order for the People page. Rows arrive in windows of
 *  WindowSize through `people.list`, keyed by (name_key, id), as the view scrolls: the model
 *  holds only what the operator has scrolled through. With search text it shows the matches of
 *  `people.search` instead. When a people command commits, in this console or another, the
 *  loaded rows are reloaded in place: rows that left the filter are removed, rows that joined
 *  it are inserted where they sort, and the rest keep their place and selection. */
class UserListModel : public Shell::KeyedTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        EmailColumn,
        StatusColumn,
        CityColumn,
        CountryColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, StatusRole, VersionRole };

    static constexpr int WindowSize = 200;
    static constexpr int SearchLimit = 500;

    explicit UserListModel(Shell::ConsoleSession &session, QObject *parent = nullptr);

    /** Shows only users whose status is @p status ("active", "suspended", "banned",
     *  "deleted"); empty shows everyone. Starts over from the first window. */
    void setStatusFilter(const QString &status);
    QString statusFilter() const { return m_status; }

    /** Shows the people.search matches for @p text (email, name or id) instead of the
     *  name-ordered list; empty returns to the list. */
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

    qint64 idAt(int row) const;
    bool isLoading() const { return m_isLoading; }
    /** True while more rows exist past the last loaded window. */
    bool hasMore() const { return m_hasMore; }
    /** The service's message for the last failed fetch; empty after a successful one. */
    QString errorString() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /** Reloads the rows already shown, keeping their place. */
    void refresh();

    /** Translated name of a user status ("active" → "Active"). */
    static QString statusText(const QString &status);

Q_SIGNALS:
    /** A fetch started or finished. */
    void loadingChanged(bool isLoading);
    /** A fetch failed; @p message is the service's. */
    void errorOccurred(const QString &message);

private:
    struct Row
    {
        qint64 id = 0;
        QString email;
        QString name;
        QString status;
        QString city;
        QString country;
        qint64 createdAt = 0;
        qint64 version = 0;
    };
    static Row rowFromJson(const QJsonObject &user);

    void restart();
    void setLoading(bool isLoading);
    void failed(const QString &message);
    void fetchSearch(quint64 generation);
    void fetchRefreshWindow(quint64 generation, QList<Row> rows, qint64 wanted,
                            const QString &afterKey, qint64 afterId);
    void applyRows(QList<Row> rows);

    Shell::ConsoleSession &m_session;
    QList<Row> m_rows;
    QString m_status;
    QString m_searchText;
    QString m_error;
    QString m_nextKey;
    qint64 m_nextId = 0;
    bool m_hasMore = true;
    bool m_isLoading = false;
    /** Bumped whenever what the model shows starts over; responses for an older generation are
     *  dropped, so a slow answer never overwrites a newer one. */
    quint64 m_generation = 0;
    Shell::ReloadOnChange *m_reload = nullptr;
};

} // namespace Steward::People
