#include "revenuedrilldown.h"

#include "consolesession.h"
#include "inlinemessage.h"

#include "commandbus.h"
#include "money.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Steward::Finance {

namespace {
enum Column { When, Kind, Service, Description, Gross, Refunds, Platform, Dao, Payees, Columns };
}

int RevenueTransactionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RevenueTransactionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Columns;
}

QVariant RevenueTransactionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QJsonObject &row = m_rows.at(index.row());
    const QString currency = row.value(QStringLiteral("currency")).toString();
    auto money = [&](const char *key) {
        return Money(row.value(QLatin1String(key)).toInteger(), currency).toDisplayString();
    };
    if (role == Qt::TextAlignmentRole && index.column() >= Gross)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case When:
        return QDateTime::fromMSecsSinceEpoch(row.value(QStringLiteral("effective_at")).toInteger(),
                                              Qt::UTC)
            .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Kind:
        return row.value(QStringLiteral("kind")).toString();
    case Service:
        return row.value(QStringLiteral("service")).toString();
    case Description:
        return row.value(QStringLiteral("description")).toString();
    case Gross:
        return money("gross_minor");
    case Refunds:
        return money("refunds_minor");
    case Platform:
        return money("platform_minor");
    case Dao:
        return money("dao_minor");
    case Payees:
        return money("payees_minor");
    default:
        return {};
    }
}

QVariant RevenueTransactionModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("Effective (UTC)");
    case Kind:
        return tr("Kind");
    case Service:
        return tr("Service");
    case Description:
        return tr("Description");
    case Gross:
        return tr("Gross");
    case Refunds:
        return tr("Refunds");
    case Platform:
        return tr("Platform");
    case Dao:
        return tr("DAO");
    case Payees:
        return tr("Payees");
    default:
        return {};
    }
}

void RevenueTransactionModel::append(const QList<QJsonObject> &rows)
{
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows << rows;
    endInsertRows();
}

void RevenueTransactionModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

RevenueDrillDown::RevenueDrillDown(Shell::ConsoleSession &session, const QString &title,
                                   const QJsonObject &params, QWidget *parent)
    : QDialog(parent), m_session(session), m_params(params),
      m_model(new RevenueTransactionModel(this)), m_view(new QTableView(this)),
      m_more(new QPushButton(tr("Load &more"), this)), m_count(new QLabel(this)),
      m_message(new Shell::InlineMessage(this))
{
    setWindowTitle(title);
    resize(960, 520);
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(title, this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(m_message);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);
    m_view->setAlternatingRowColors(true);
    layout->addWidget(m_view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_more, QDialogButtonBox::ActionRole);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_more, &QPushButton::clicked, this, &RevenueDrillDown::loadMore);
    m_params.insert(QStringLiteral("limit"), 100);
    loadMore();
}

void RevenueDrillDown::loadMore()
{
    QJsonObject params = m_params;
    for (auto it = m_next.begin(); it != m_next.end(); ++it)
        params.insert(it.key(), it.value());
    m_more->setEnabled(false);
    m_session.call(
        QStringLiteral("finance.revenue_transactions"), params, this,
        [this](const CommandResult &result) {
            if (!result.ok()) {
                m_message->showError(tr("Could not load the transactions: %1").arg(result.message));
                return;
            }
            const QJsonObject data = result.data.toObject();
            QList<QJsonObject> rows;
            for (const QJsonValue &value : data.value(QStringLiteral("rows")).toArray()) {
                QJsonObject row = value.toObject();
                row.insert(QStringLiteral("currency"), data.value(QStringLiteral("currency")));
                rows << row;
            }
            m_model->append(rows);
            m_next = data.value(QStringLiteral("next")).toObject();
            m_more->setEnabled(!m_next.isEmpty());
            m_count->setText(tr("%Ln transaction(s) shown", nullptr, m_model->rowCount()) +
                             (m_next.isEmpty() ? QString() : tr(" — more to load")));
            if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_model->index(0, 0));
        });
}

} // namespace Steward::Finance
