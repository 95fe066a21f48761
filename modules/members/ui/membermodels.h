#pragma once

#include "keyedtablemodel.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Steward::Shell {
class ConsoleSession;
} // namespace Steward::Shell

namespace Steward::Members {

/** A list from one paged member-programme command, loaded in windows by key as the view scrolls
 *  (`after` → `next_after`), reloaded in place with mergeRows() so rows keep their selection. */
class PagedListModel : public Shell::KeyedTableModel
{
    Q_OBJECT
public:
    struct Source
    {
        QString command;    ///< "members.list"
        QString rowsField;  ///< "rows"
        QString idField;    ///< "user_id"
        QString afterParam; ///< "after"
        QString nextField;  ///< "next_after"
    };
    static constexpr int WindowSize = 100;
    /** A reload fetches what is shown in one request, at most this many rows. */
    static constexpr int MaxReload = 500;

    PagedListModel(Shell::ConsoleSession &session, Source source, QObject *parent);

    /** Sets the command's filter parameters and starts over from the first window. */
    void setParams(const QJsonObject &params);
    QJsonObject params() const { return m_params; }
    /** Reloads the rows already shown, keeping their place. */
    void refresh();
    /** Shows nothing until the next setParams(). */
    void clear();

    QJsonObject rowAt(int row) const;
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    bool isLoading() const { return m_isLoading; }
    QString errorString() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    /** A first window or a reload arrived: the whole answer, for headers beside the list. */
    void pageLoaded(const QJsonObject &page);
    void errorOccurred(const QString &message);

protected:
    QList<QJsonObject> m_rows;

private:
    void restart();

    Shell::ConsoleSession &m_session;
    Source m_source;
    QJsonObject m_params;
    qint64 m_next = 0;
    bool m_hasMore = false;
    bool m_isLoading = false;
    bool m_active = false;
    QString m_error;
    quint64 m_generation = 0;
};

/** The member queue: position, member, tenure, standing, eligibility. */
class MemberQueueModel : public PagedListModel
{
    Q_OBJECT
public:
    enum Column {
        PositionColumn,
        MemberColumn,
        TenureColumn,
        StandingColumn,
        EligibleColumn,
        AwardsColumn,
        JoinedColumn,
        ColumnCount
    };
    MemberQueueModel(Shell::ConsoleSession &session, QObject *parent);
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString standingText(const QString &standing);
};

/** The reward draws, newest first. */
class DrawListModel : public PagedListModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        PeriodColumn,
        PoolColumn,
        WinnersColumn,
        EligibleColumn,
        StateColumn,
        DraftedByColumn,
        DecidedByColumn,
        ColumnCount
    };
    DrawListModel(Shell::ConsoleSession &session, QObject *parent);
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString stateText(const QString &state);
};

/** One draw's entries by rank; winners stand out. */
class DrawEntryModel : public PagedListModel
{
    Q_OBJECT
public:
    enum Column {
        RankColumn,
        MemberColumn,
        AwardColumn,
        QueueColumn,
        TenureColumn,
        WeightColumn,
        ScoreColumn,
        ColumnCount
    };
    DrawEntryModel(Shell::ConsoleSession &session, QObject *parent);
    void setCurrency(const QString &currency) { m_currency = currency; }
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString m_currency;
};

} // namespace Steward::Members
