#pragma once

#include "keyedtablemodel.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Steward::Shell {
class ConsoleSession;
class ReloadOnChange;
} // namespace Steward::Shell

namespace Steward::Moderation {

/** What the report list shows: a queue narrowed by filters that run in SQL
 *  (`moderation.list`). */
struct ReportFilter
{
    QString queue = QStringLiteral("unreviewed");
    QString contentType;
    QString reason;
    QString severity;
    QString source;
    /** "#123" for one report, a subject's name prefix, or an email prefix with "@". */
    QString text;
    qint64 subjectUserId = 0;

    bool operator==(const ReportFilter &other) const = default;
    bool isAppeals() const { return queue == QLatin1String("appeals"); }
    /** True when anything narrows the queue. */
    bool isNarrowed() const
    {
        return !contentType.isEmpty() || !reason.isEmpty() || !severity.isEmpty() ||
               !source.isEmpty() || !text.isEmpty() || subjectUserId > 0;
    }
};

/** One moderation queue, in the service's order (highest priority first; resolved newest
 *  first; appeals oldest first), loaded window by window through `moderation.list` as the view
 *  scrolls, continuing from the service's cursor. Rows are reports, or appeals in the appeals
 *  queue; the columns follow the queue. When a moderation command commits, in this console or
 *  another, the loaded rows are reloaded in place: rows that left the queue are removed, new
 *  ones inserted where they sort, moved ones moved, so selections and the scroll position
 *  stay on the same items. */
class ReportListModel : public Shell::KeyedTableModel
{
    Q_OBJECT
public:
    enum Column {
        PriorityColumn,
        SeverityColumn,
        ContentColumn,
        ReasonColumn,
        AiScoreColumn,
        ReportsColumn,
        SubjectColumn,
        ClaimColumn,
        StatusColumn,
        WaitingColumn,
        DecidedColumn,
        AppealTypeColumn,
        OriginalDecisionColumn,
        DecidedByColumn,
        MessageColumn,
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        VersionRole,
        /** The whole row as the service sent it (QJsonObject). */
        RecordRole,
        /** The row's Column (int), whichever position it has in this queue. */
        ColumnKindRole,
    };

    static constexpr int WindowSize = 100;

    explicit ReportListModel(Shell::ConsoleSession &session, QObject *parent = nullptr);

    /** Shows @p filter, starting over from the first window. */
    void setFilter(const ReportFilter &filter);
    const ReportFilter &filter() const { return m_filter; }

    /** The columns of the current queue, in order. */
    const QList<Column> &columns() const { return m_columns; }
    int columnOf(Column column) const { return int(m_columns.indexOf(column)); }

    qint64 idAt(int row) const;
    QJsonObject recordAt(int row) const;
    /** The row showing item @p id, or -1. */
    int rowOf(qint64 id) const;
    /** Replaces the loaded row of the item in @p record (a command's answer) at once, before
     *  the next reload brings it. */
    void updateRecord(const QJsonObject &record);

    bool isLoading() const { return m_isLoading; }
    bool hasMore() const { return m_hasMore; }
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

Q_SIGNALS:
    void loadingChanged(bool isLoading);
    void errorOccurred(const QString &message);
    /** A reload of the loaded rows was applied. */
    void refreshed();

private:
    QJsonObject listParameters(const QString &after, qint64 limit) const;
    QVariant display(const QJsonObject &row, Column column) const;
    void restart();
    void setLoading(bool isLoading);
    void failed(const QString &message);
    void fetchRefreshWindow(quint64 generation, QList<QJsonObject> rows, qint64 wanted,
                            const QString &after);
    void applyRows(QList<QJsonObject> rows);

    Shell::ConsoleSession &m_session;
    ReportFilter m_filter;
    QList<Column> m_columns;
    QList<QJsonObject> m_rows;
    QString m_next;
    QString m_error;
    bool m_hasMore = true;
    bool m_isLoading = false;
    /** Bumped whenever what the model shows starts over; older answers are dropped. */
    quint64 m_generation = 0;
    Shell::ReloadOnChange *m_reload = nullptr;
};

} // namespace Steward::Moderation
