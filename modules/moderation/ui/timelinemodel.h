#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>

namespace Steward::Shell {
class ConsoleSession;
}

namespace Steward::Moderation {

/** A person's moderation and verification history, newest first (`moderation.timeline`):
 *  reports, decisions, strikes, appeals, KYC cases and age verifications across every role,
 *  loaded window by window as the view scrolls. */
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, KindColumn, TitleColumn, ActorColumn, DetailColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, IdRole, AtRole };

    static constexpr int WindowSize = 50;

    TimelineModel(Shell::ConsoleSession &session, qint64 userId, QObject *parent = nullptr);

    qint64 userId() const { return m_userId; }
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

    /** Starts over from the newest entry. */
    void reload();

Q_SIGNALS:
    void loadingChanged(bool isLoading);

private:
    Shell::ConsoleSession &m_session;
    qint64 m_userId;
    QList<QJsonObject> m_rows;
    QString m_next;
    QString m_error;
    bool m_hasMore = true;
    bool m_isLoading = false;
    quint64 m_generation = 0;
};

} // namespace Steward::Moderation
