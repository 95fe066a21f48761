#pragma once

#include "keyedtablemodel.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace Steward::Shell {
class ConsoleSession;
}

namespace Steward::Dao {

/** Display helpers shared by the DAO pages. */
namespace Text {
QString state(const QString &state);
QString type(const QString &type);
QString support(const QString &support);
QString event(const QString &event);
QString money(const QJsonValue &minor, const QJsonValue &currency);
QString time(qint64 ms);
QString date(qint64 ms);
/** "in 2 d 3 h", "in 40 min", "now". */
QString until(qint64 at, qint64 now);
QString tokens(qint64 tokens);
} // namespace Text

/** Rows of one JSON array with a column per field; each column formats its row. */
class JsonTableModel : public Shell::KeyedTableModel
{
    Q_OBJECT
public:
    struct Column
    {
        QString header;
        std::function<QString(const QJsonObject &)> text;
        bool alignRight = false;
    };

    JsonTableModel(QList<Column> columns, QString idField, QObject *parent = nullptr);

    /** Replaces the rows, keeping selection on rows with the same id. */
    void setRows(QList<QJsonObject> rows);
    void appendRows(const QList<QJsonObject> &rows);
    void clearRows();
    QJsonObject rowAt(int row) const;
    qint64 idAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Column> m_columns;
    QString m_idField;
    QList<QJsonObject> m_rows;
};

/** dao.proposals, newest first, fetched in windows as the view scrolls. */
class ProposalListModel : public JsonTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        TypeColumn,
        TitleColumn,
        StateColumn,
        TallyColumn,
        QuorumColumn,
        NextColumn,
        AmountColumn,
        ColumnCount
    };
    static constexpr int WindowSize = 100;

    ProposalListModel(Shell::ConsoleSession &session, QObject *parent = nullptr);

    /** Filters: type and state ("" for all). */
    void setFilter(const QString &type, const QString &state);
    /** Loads the first window again and merges it, keeping the selection. */
    void refresh();

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void errorOccurred(const QString &message);
    void loaded();

private:
    QJsonObject params() const;

    Shell::ConsoleSession &m_session;
    QString m_type, m_state;
    QJsonValue m_next;
    bool m_hasMore = false;
    bool m_isLoading = false;
    quint64 m_generation = 0;
};

} // namespace Steward::Dao
