#include "treasuryview.h"

#include "daomodels.h"

#include "consolesession.h"
#include "inlinemessage.h"
#include "recordtableview.h"

#include "money.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace Steward::Dao {

namespace {

QString sourceText(const QString &kind)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("subscription"),
         QT_TRANSLATE_NOOP("Steward::Dao::TreasuryView", "Subscriptions")},
        {QStringLiteral("agent_sale"),
         QT_TRANSLATE_NOOP("Steward::Dao::TreasuryView", "Agent sales")},
        {QStringLiteral("order"), QT_TRANSLATE_NOOP("Steward::Dao::TreasuryView", "Vendor orders")},
        {QStringLiteral("ride"), QT_TRANSLATE_NOOP("Steward::Dao::TreasuryView", "Rides")},
        {QStringLiteral("booking"), QT_TRANSLATE_NOOP("Steward::Dao::TreasuryView", "Bookings")},
        {QStringLiteral("ad_spend"), QT_TRANSLATE_NOOP("Steward::Dao::TreasuryView", "Ad spend")},
        {QStringLiteral("parcel"), QT_TRANSLATE_NOOP("Steward::Dao::TreasuryView", "Parcels")},
        {QStringLiteral("refund"), QT_TRANSLATE_NOOP("Steward::Dao::TreasuryView", "Refunds")},
        {QStringLiteral("dao_grant"),
         QT_TRANSLATE_NOOP("Steward::Dao::TreasuryView", "Executed proposals")},
        {QStringLiteral("dao_transfer"),
         QT_TRANSLATE_NOOP("Steward::Dao::TreasuryView", "Executed proposals, paid outside")},
        {QStringLiteral("dao_endowment"),
         QT_TRANSLATE_NOOP("Steward::Dao::TreasuryView", "Endowment")}};
    const char *name = names.value(kind);
    return name ? QCoreApplication::translate("Steward::Dao::TreasuryView", name) : kind;
}

Shell::RecordTableView *table(JsonTableModel *model, const QString &name, QWidget *parent)
{
    auto *view = new Shell::RecordTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    return view;
}

QGroupBox *box(const QString &title, QWidget *content, QWidget *parent)
{
    auto *group = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(content);
    return group;
}

QList<QJsonObject> objects(const QJsonValue &array)
{
    QList<QJsonObject> rows;
    int seq = 0;
    for (const QJsonValue &value : array.toArray()) {
        QJsonObject row = value.toObject();
        row.insert(QStringLiteral("seq"), ++seq);
        rows << row;
    }
    return rows;
}

} // namespace

TreasuryView::TreasuryView(Shell::ConsoleSession &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    m_currency = new QComboBox(this);
    auto *currencyLabel = new QLabel(tr("&Currency:"), this);
    currencyLabel->setBuddy(m_currency);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &TreasuryView::showCurrency);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bar = new QHBoxLayout;
    bar->addWidget(currencyLabel);
    bar->addWidget(m_currency);
    bar->addStretch(1);

    auto *chart = new QChart;
    chart->setTitle(tr("Treasury balance over time"));
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart = new QChartView(chart, this);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    m_chart->setAccessibleName(tr("Treasury balance over time"));

    const QString currencyKey = QStringLiteral("currency");
    auto moneyColumn = [this](const char *key) {
        return [this, key](const QJsonObject &row) {
            return Text::money(row.value(QLatin1String(key)), m_currency->currentText());
        };
    };
    m_inflows = new JsonTableModel(
        {{tr("Source"),
          [](const QJsonObject &row) {
              return sourceText(row.value(QStringLiteral("source")).toString());
          }},
         {tr("Allocated"), moneyColumn("amount_minor"), true},
         {tr("Postings"),
          [](const QJsonObject &row) {
              return Text::tokens(row.value(QStringLiteral("count")).toInteger());
          },
          true}},
        QStringLiteral("seq"), this);
    m_outflows = new JsonTableModel(
        {{tr("Kind"),
          [](const QJsonObject &row) {
              return sourceText(row.value(QStringLiteral("source")).toString());
          }},
         {tr("Amount"), moneyColumn("amount_minor"), true},
         {tr("Postings"),
          [](const QJsonObject &row) {
              return Text::tokens(row.value(QStringLiteral("count")).toInteger());
          },
          true}},
        QStringLiteral("seq"), this);
    m_executed = new JsonTableModel(
        {{tr("Proposal"),
          [](const QJsonObject &row) {
              return tr("#%1 %2")
                  .arg(row.value(QStringLiteral("proposal_id")).toInteger())
                  .arg(row.value(QStringLiteral("title")).toString());
          }},
         {tr("Amount"), moneyColumn("amount_minor"), true},
         {tr("Executed"),
          [](const QJsonObject &row) {
              return Text::date(row.value(QStringLiteral("executed_at")).toInteger());
          }},
         {tr("Ledger"),
          [](const QJsonObject &row) {
              return row.value(QStringLiteral("transaction_id")).isNull()
                         ? tr("before the ledger")
                         : tr("transaction %1")
                               .arg(row.value(QStringLiteral("transaction_id")).toInteger());
          }}},
        QStringLiteral("proposal_id"), this);
    m_queued = new JsonTableModel(
        {{tr("Proposal"),
          [](const QJsonObject &row) {
              return tr("#%1 %2")
                  .arg(row.value(QStringLiteral("proposal_id")).toInteger())
                  .arg(row.value(QStringLiteral("title")).toString());
          }},
         {tr("Amount"), moneyColumn("amount_minor"), true},
         {tr("Executable"),
          [](const QJsonObject &row) {
              return tr("%1 – %2").arg(
                  Text::date(row.value(QStringLiteral("eta")).toInteger()),
                  Text::date(row.value(QStringLiteral("expires_at")).toInteger()));
          }},
         {tr("Recipient"),
          [](const QJsonObject &row) {
              return row.value(QStringLiteral("recipient")).toString();
          }}},
        QStringLiteral("proposal_id"), this);
    Q_UNUSED(currencyKey);

    auto *inflowsView = table(m_inflows, tr("Inflows by source"), this);
    inflowsView->setColumnWidthsInEms({{0, 14}, {1, 12}});
    auto *outflowsView = table(m_outflows, tr("Outflows"), this);
    outflowsView->setColumnWidthsInEms({{0, 14}, {1, 12}});
    auto *executedView = table(m_executed, tr("Executed proposals"), this);
    executedView->setColumnWidthsInEms({{0, 22}, {1, 12}, {2, 9}});
    auto *queuedView = table(m_queued, tr("Queued commitments"), this);
    queuedView->setColumnWidthsInEms({{0, 22}, {1, 12}, {2, 16}});

    auto *grid = new QGridLayout;
    grid->addWidget(box(tr("Inflows: the 5 % allocations, by source"), inflowsView, this), 0, 0);
    grid->addWidget(box(tr("Outflows, by kind"), outflowsView, this), 0, 1);
    grid->addWidget(box(tr("Queued commitments"), queuedView, this), 1, 0);
    grid->addWidget(box(tr("Executed proposals"), executedView, this), 1, 1);
    m_message = new Shell::InlineMessage(this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_chart, 2);
    layout->addLayout(grid, 3);
    layout->addWidget(m_message);
}

void TreasuryView::reload()
{
    const quint64 generation = ++m_generation;
    m_session.call(QStringLiteral("dao.treasury"), {}, this,
                   [this, generation](const CommandResult &result) {
                       if (generation != m_generation)
                           return;
                       if (!result.ok()) {
                           m_message->showError(result.message);
                           return;
                       }
                       m_message->clear();
                       show(result.data.toObject());
                       Q_EMIT loaded();
                   });
}

void TreasuryView::show(const QJsonObject &treasury)
{
    m_treasury = treasury;
    const QString current = m_currency->currentText();
    QSignalBlocker blocker(m_currency);
    m_currency->clear();
    for (const QJsonValue &value : treasury.value(QStringLiteral("currencies")).toArray())
        m_currency->addItem(value.toObject().value(QStringLiteral("currency")).toString());
    const int index = m_currency->findText(current);
    m_currency->setCurrentIndex(index >= 0 ? index : 0);
    showCurrency();
}

void TreasuryView::showCurrency()
{
    QJsonObject c;
    for (const QJsonValue &value : m_treasury.value(QStringLiteral("currencies")).toArray())
        if (value.toObject().value(QStringLiteral("currency")).toString() ==
            m_currency->currentText())
            c = value.toObject();
    const QString currency = c.value(QStringLiteral("currency")).toString();
    const auto money = [&](const char *key) {
        return Text::money(c.value(QLatin1String(key)), currency).toHtmlEscaped();
    };
    m_summary->setText(
        tr("<b>Balance</b> %1 &nbsp;·&nbsp; <b>available</b> %2 &nbsp;·&nbsp; <b>queued "
           "commitments</b> %3 &nbsp;·&nbsp; <b>free</b> %4<br><b>Staking rewards "
           "liability</b>: %5 tokens accrued, %6 tokens a day at 5 % a year (governance "
           "tokens, funded separately from the treasury's money)")
            .arg(money("balance_minor"), money("available_minor"),
                 money("queued_commitments_minor"), money("free_minor"))
            .arg(Text::tokens(m_treasury.value(QStringLiteral("staking_rewards_liability_tokens"))
                                  .toInteger()),
                 Text::tokens(m_treasury.value(QStringLiteral("staking_rewards_per_day_tokens"))
                                  .toInteger())));

    QChart *chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    auto *series = new QLineSeries;
    const double scale =
        std::pow(10.0, Money::decimals(currency.isEmpty() ? QStringLiteral("EUR") : currency));
    double low = 0, high = 0;
    const QJsonArray points = c.value(QStringLiteral("series")).toArray();
    for (const QJsonValue &value : points) {
        const QJsonObject point = value.toObject();
        const double balance =
            double(point.value(QStringLiteral("balance_minor")).toInteger()) / scale;
        series->append(double(point.value(QStringLiteral("day")).toInteger()), balance);
        low = std::min(low, balance);
        high = std::max(high, balance);
    }
    series->setName(tr("Balance (%1)").arg(currency));
    chart->addSeries(series);
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MMM yyyy"));
    x->setTickCount(7);
    if (!points.isEmpty()) {
        x->setRange(
            QDateTime::fromMSecsSinceEpoch(
                points.first().toObject().value(QStringLiteral("day")).toInteger()),
            QDateTime::fromMSecsSinceEpoch(std::max<qint64>(
                points.last().toObject().value(QStringLiteral("day")).toInteger(),
                points.first().toObject().value(QStringLiteral("day")).toInteger() + 86'400'000)));
    }
    auto *y = new QValueAxis;
    y->setRange(low, high > low ? high * 1.05 : low + 1);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->applyNiceNumbers();
    y->setTitleText(currency);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->setTitle(tr("Treasury balance over time (%1)").arg(currency));

    m_inflows->setRows(objects(c.value(QStringLiteral("inflows"))));
    m_outflows->setRows(objects(c.value(QStringLiteral("outflows"))));
    m_executed->setRows(objects(c.value(QStringLiteral("executed_proposals"))));
    m_queued->setRows(objects(c.value(QStringLiteral("queued_proposals"))));
}

// ---- Staking ----------------------------------------------------------------------------------

StakingView::StakingView(Shell::ConsoleSession &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    const auto number = [](const char *key) {
        return [key](const QJsonObject &row) {
            return Text::tokens(row.value(QLatin1String(key)).toInteger());
        };
    };
    m_statuses = new JsonTableModel({{tr("Status"),
                                      [](const QJsonObject &row) {
                                          const QString status =
                                              row.value(QStringLiteral("status")).toString();
                                          if (status == QLatin1String("active"))
                                              return tr("Active");
                                          if (status == QLatin1String("locked"))
                                              return tr("Locked");
                                          if (status == QLatin1String("withdrawn"))
                                              return tr("Withdrawn");
                                          return status;
                                      }},
                                     {tr("Stakes"), number("stakes"), true},
                                     {tr("Tokens"), number("tokens"), true},
                                     {tr("Rewards accrued"), number("rewards_accrued"), true}},
                                    QStringLiteral("seq"), this);
    m_stakers = new JsonTableModel(
        {{tr("Staker"),
          [](const QJsonObject &row) {
              return tr("%1 (user %2)")
                  .arg(row.value(QStringLiteral("name")).toString())
                  .arg(row.value(QStringLiteral("user_id")).toInteger());
          }},
         {tr("Tokens staked"), number("tokens"), true},
         {tr("Stakes"), number("stakes"), true},
         {tr("Share"),
          [](const QJsonObject &row) {
              return tr("%1 %").arg(
                  double(row.value(QStringLiteral("share_bps")).toInteger()) / 100.0, 0, 'f', 2);
          },
          true}},
        QStringLiteral("user_id"), this);
    auto *statusView = table(m_statuses, tr("Staked by status"), this);
    statusView->setColumnWidthsInEms({{0, 10}, {1, 7}, {2, 10}});
    auto *stakersView = table(m_stakers, tr("Top stakers"), this);
    stakersView->setColumnWidthsInEms({{0, 20}, {1, 10}, {2, 6}});
    m_message = new Shell::InlineMessage(this);
    auto *pie = new QChart;
    pie->setTitle(tr("Tokens by status"));
    pie->setAnimationOptions(QChart::NoAnimation);
    pie->legend()->setAlignment(Qt::AlignRight);
    m_pie = new QChartView(pie, this);
    m_pie->setRenderHint(QPainter::Antialiasing);
    m_pie->setMinimumHeight(240);
    m_pie->setAccessibleName(tr("Tokens by status"));
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(statusView, 1);
    leftLayout->addWidget(m_pie, 2);
    auto *tables = new QHBoxLayout;
    tables->addWidget(box(tr("Staked by status"), left, this), 2);
    tables->addWidget(box(tr("Top stakers (not withdrawn)"), stakersView, this), 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(tables, 1);
    layout->addWidget(m_message);
}

void StakingView::reload()
{
    const quint64 generation = ++m_generation;
    m_session.call(
        QStringLiteral("dao.staking"), {{QStringLiteral("top"), 20}}, this,
        [this, generation](const CommandResult &result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                m_message->showError(result.message);
                return;
            }
            m_message->clear();
            const QJsonObject s = result.data.toObject();
            m_summary->setText(
                tr("<b>%1</b> tokens staked now · <b>%2</b> reward tokens accrued · "
                   "%3 more a day (5 % a year, linear per second, whole tokens with "
                   "the remainder carried)")
                    .arg(Text::tokens(s.value(QStringLiteral("tokens_staked")).toInteger()),
                         Text::tokens(s.value(QStringLiteral("rewards_accrued")).toInteger()),
                         Text::tokens(s.value(QStringLiteral("rewards_per_day")).toInteger())));
            m_statuses->setRows(objects(s.value(QStringLiteral("by_status"))));
            m_pie->chart()->removeAllSeries();
            auto *series = new QPieSeries;
            for (int row = 0; row < m_statuses->rowCount(); ++row) {
                const qint64 tokens =
                    m_statuses->rowAt(row).value(QStringLiteral("tokens")).toInteger();
                if (tokens > 0)
                    series->append(
                        tr("%1: %2").arg(
                            m_statuses->data(m_statuses->index(row, 0), Qt::DisplayRole).toString(),
                            Text::tokens(tokens)),
                        double(tokens));
            }
            m_pie->chart()->addSeries(series);
            m_stakers->setRows(objects(s.value(QStringLiteral("top_stakers"))));
            Q_EMIT loaded();
        });
}

} // namespace Steward::Dao
