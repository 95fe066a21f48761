#pragma once

#include "keyedtablemodel.h"

#include <QList>
#include <QString>
#include <QTimer>

namespace Steward::Shell {
class ConsoleSession;
class ReloadOnChange;
} // namespace Steward::Shell

namespace Steward::Kyc {

/** The KYC cases of the Verification page, in the service's order (a queue most urgent first,
 *  decided cases newest first). Rows arrive in windows of WindowSize through `kyc.list`, keyed
 *  by the service's cursor, as the view scrolls; every filter runs in SQL. When a kyc command
 *  commits, in this console or another, the loaded rows are reloaded in place: cases that left
 *  the filter are removed, new ones inserted where they sort, and the rest keep their place and
 *  selection. Due times are shown relative to the service's clock and age as time passes. */
class KycCaseModel : public Shell::KeyedTableModel
{
    Q_OBJECT
public:
    enum Column {
        CaseColumn,
        ApplicantColumn,
        TypeColumn,
        StateColumn,
        RiskColumn,
        DueColumn,
        AssignedColumn,
        SubmittedColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StateRole,
        CaseTypeRole,
        VersionRole,
        DueAtRole,
        /** True for an open case past its due time. */
        OverdueRole,
        HighRiskRole,
        /** A first approval waits for a different reviewer. */
        NeedsSecondReviewRole,
    };

    static constexpr int WindowSize = 100;

    struct Filter
    {
        /** "" for every case, "open" for the reviewers' queue, or one state. */
        QString state = QStringLiteral("open");
        QString caseType;
        bool isOverdueOnly = false;
        bool isMineOnly = false;
        /** "#123", an email prefix or a name prefix. */
        QString text;

        bool operator==(const Filter &) const = default;
    };

    explicit KycCaseModel(Shell::ConsoleSession &session, QObject *parent = nullptr);

    /** Shows the cases matching @p filter, starting over from the first window. */
    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }

    qint64 idAt(int row) const;
    /** The row of case @p id among the loaded rows, or -1. */
    int rowOf(qint64 id) const;
    bool isLoading() const { return m_isLoading; }
    bool hasMore() const { return m_hasMore; }
    QString errorString() const { return m_error; }
    /** The service's clock as last reported, advanced by the local clock since. */
    qint64 now() const;

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

private:
    struct Row
    {
        qint64 id = 0;
        qint64 userId = 0;
        QString applicantName;
        QString applicantEmail;
        QString caseType;
        QString state;
        int riskScore = 0;
        int watchlistHits = 0;
        bool isHighRisk = false;
        bool needsSecondReview = false;
        QString firstDecidedByName;
        int attempts = 1;
        qint64 submittedAt = 0;
        qint64 dueAt = 0;
        qint64 assignedToId = 0;
        QString assignedToName;
        qint64 decidedAt = 0;
        qint64 version = 0;
    };
    static Row rowFromJson(const QJsonObject &row);

    QJsonObject listParams(const QString &after, int limit) const;
    bool isOverdue(const Row &row) const;
    void restart();
    void setLoading(bool isLoading);
    void failed(const QString &message);
    void noteServiceClock(const QJsonObject &page);
    void fetchRefreshWindow(quint64 generation, QList<Row> rows, int wanted, const QString &after);
    void applyRows(QList<Row> rows);

    Shell::ConsoleSession &m_session;
    Filter m_filter;
    QList<Row> m_rows;
    QString m_next;
    QString m_error;
    bool m_hasMore = true;
    bool m_isLoading = false;
    quint64 m_generation = 0;
    /** Service clock minus local clock, from the last answer. */
    qint64 m_clockOffset = 0;
    Shell::ReloadOnChange *m_reload = nullptr;
    QTimer m_minuteTimer;
};

} // namespace Steward::Kyc
