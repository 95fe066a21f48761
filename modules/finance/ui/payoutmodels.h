#pragma once

#include "keyedtablemodel.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace Steward::Shell {
class ConsoleSession;
class RecordTableView;
} // namespace Steward::Shell

namespace Steward::Finance {

/** One column of a payouts list: its header, the text of a row, right-aligned for amounts and
 *  counts, and its width in ems. */
struct PayoutColumn
{
    QString title;
    std::function<QString(const QJsonObject &row)> text;
    bool isNumber = false;
    int widthEms = 8;
};

/** A list from one paged payouts command (payouts.payees, payouts.runs, payouts.list), loaded in
 *  windows by key as the view scrolls and reloaded in place with mergeRows(), so selection and
 *  scroll position survive other consoles' commits. */
class PayoutListModel : public Shell::KeyedTableModel
{
    Q_OBJECT
public:
    struct Source
    {
        QString command;     ///< "payouts.list"
        QString idField;     ///< "id"
        QString cursorParam; ///< "before" or "after"
        QString nextField;   ///< "next_before" or "next_after"
    };
    static constexpr int WindowSize = 100;
    /** A reload fetches what is shown in one request, at most this many rows. */
    static constexpr int MaxReload = 500;

    PayoutListModel(Shell::ConsoleSession &session, Source source, QList<PayoutColumn> columns,
                    QObject *parent);

    /** Sets the command's filter parameters and starts over from the first window. */
    void setParams(const QJsonObject &params);
    QJsonObject params() const { return m_params; }
    /** Reloads the rows already shown, keeping their place. */
    void refresh();
    /** Shows nothing until the next setParams(). */
    void clear();
    /** Sets each column's width on @p view. */
    void applyWidths(Shell::RecordTableView *view) const;

    QJsonObject rowAt(int row) const;
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    bool isLoading() const { return m_isLoading; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    /** A first window or a reload arrived. */
    void loaded();
    void errorOccurred(const QString &message);

private:
    void restart();

    Shell::ConsoleSession &m_session;
    Source m_source;
    QList<PayoutColumn> m_columns;
    QList<QJsonObject> m_rows;
    QJsonObject m_params;
    qint64 m_next = 0;
    bool m_hasMore = false;
    bool m_isLoading = false;
    bool m_active = false;
    QString m_error;
    quint64 m_generation = 0;
};

/** Texts shared by the payouts pages. */
namespace PayoutText {
QString money(qint64 minor, const QString &currency);
QString time(qint64 ms);
QString date(qint64 ms);
QString payeeType(const QString &type);
QString payoutState(const QString &state);
QString runState(const QString &state);
QString schedule(const QString &schedule);
/** The payee types a run or a filter offers, in order. */
const QStringList &payeeTypes();
/** Currencies offered in filters and the new-run dialog. */
const QStringList &currencies();
QString csvField(QString text);
} // namespace PayoutText

} // namespace Steward::Finance
