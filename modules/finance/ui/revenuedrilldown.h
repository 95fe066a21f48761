#pragma once

#include "keyedtablemodel.h"

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QPushButton;
class QTableView;

namespace Steward::Shell {
class ConsoleSession;
class InlineMessage;
} // namespace Steward::Shell

namespace Steward::Finance {

/** The ledger transactions behind one revenue bucket, a page at a time
 * (finance.revenue_transactions, keyset paged on effective time and id). */
class RevenueTransactionModel : public Shell::KeyedTableModel
{
    Q_OBJECT
public:
    using KeyedTableModel::KeyedTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void append(const QList<QJsonObject> &rows);
    void clear();

private:
    QList<QJsonObject> m_rows;
};

class RevenueDrillDown : public QDialog
{
    Q_OBJECT
public:
    /** @p params: currency, from, to (ms) and optionally service. */
    RevenueDrillDown(Shell::ConsoleSession &session, const QString &title,
                     const QJsonObject &params, QWidget *parent = nullptr);

    RevenueTransactionModel *model() const { return m_model; }

private:
    void loadMore();

    Shell::ConsoleSession &m_session;
    QJsonObject m_params;
    QJsonObject m_next;
    RevenueTransactionModel *m_model;
    QTableView *m_view;
    QPushButton *m_more;
    QLabel *m_count;
    Shell::InlineMessage *m_message;
};

} // namespace Steward::Finance
