#include "revenuepage.h"

#include "payoutmodels.h"
#include "revenuedrilldown.h"

#include "consolesession.h"
#include "inlinemessage.h"
#include "reloadonchange.h"

#include "commandbus.h"
#include "money.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateEdit>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

namespace Steward::Finance {

namespace {

constexpr qint64 kDayMs = 86'400'000;

const QStringList &serviceIds()
{
    static const QStringList ids{QStringLiteral("dating"),   QStringLiteral("marketplace"),
                                 QStringLiteral("commerce"), QStringLiteral("rides"),
                                 QStringLiteral("stays"),    QStringLiteral("ads"),
                                 QStringLiteral("shipping")};
    return ids;
}

QString serviceTitle(const QString &id)
{
    if (id == QLatin1String("dating"))
        return RevenuePage::tr("Dating");
    if (id == QLatin1String("marketplace"))
        return RevenuePage::tr("Marketplace");
    if (id == QLatin1String("commerce"))
        return RevenuePage::tr("Commerce");
    if (id == QLatin1String("rides"))
        return RevenuePage::tr("Rides");
    if (id == QLatin1String("stays"))
        return RevenuePage::tr("Stays");
    if (id == QLatin1String("ads"))
        return RevenuePage::tr("Ads");
    if (id == QLatin1String("shipping"))
        return RevenuePage::tr("Shipping");
    return id;
}

QColor serviceColor(const QString &id)
{
    static const QMap<QString, QColor> colors{
        {QStringLiteral("dating"), QColor(0xd6, 0x4f, 0x7a)},
        {QStringLiteral("marketplace"), QColor(0x5b, 0x6e, 0xe1)},
        {QStringLiteral("commerce"), QColor(0x2e, 0x9e, 0x8f)},
        {QStringLiteral("rides"), QColor(0xe0, 0x9b, 0x2d)},
        {QStringLiteral("stays"), QColor(0x8a, 0x5c, 0xc7)},
        {QStringLiteral("ads"), QColor(0x4a, 0xa3, 0xdf)},
        {QStringLiteral("shipping"), QColor(0x7f, 0x8c, 0x4d)}};
    return colors.value(id, Qt::gray);
}

const QStringList &currencies()
{
    static const QStringList list{
        QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"), QStringLiteral("CHF"),
        QStringLiteral("SEK"), QStringLiteral("NOK"), QStringLiteral("DKK"), QStringLiteral("PLN"),
        QStringLiteral("CZK"), QStringLiteral("HUF"), QStringLiteral("RON"), QStringLiteral("CAD"),
        QStringLiteral("AUD"), QStringLiteral("NZD"), QStringLiteral("JPY"), QStringLiteral("NGN"),
        QStringLiteral("KES"), QStringLiteral("GHS"), QStringLiteral("ZAR"), QStringLiteral("BRL"),
        QStringLiteral("MXN"), QStringLiteral("INR"), QStringLiteral("KWD")};
    return list;
}

enum Preset { Today, ThisWeek, ThisMonth, Last30Days, Last12Months, ThisYear, Custom };

QChartView *chartView(const QString &title, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    return view;
}

/** A table cell: shown text, and the plain value the CSV export writes. */
QTableWidgetItem *cell(const QString &text, const QString &plain = {}, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, plain.isEmpty() ? text : plain);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString csvField(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')))
        text = QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    return text;
}

} // namespace

RevenuePage::RevenuePage(Shell::ConsoleSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_preset(new QComboBox(this)),
      m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_granularity(new QComboBox(this)),
      m_service(new QComboBox(this)), m_currency(new QComboBox(this)),
      m_payeeType(new QComboBox(this)), m_refresh(new QPushButton(tr("&Refresh"), this)),
      m_message(new Shell::InlineMessage(this)),
      m_seriesChart(chartView(tr("Net revenue by service"), this)),
      m_splitChart(chartView(tr("Where the money went"), this)),
      m_mrrChart(chartView(tr("MRR movements (last 12 months)"), this)),
      m_services(new QTableWidget(this)), m_payees(new QTableWidget(this))
{
    m_preset->addItem(tr("Today"), Today);
    m_preset->addItem(tr("This week"), ThisWeek);
    m_preset->addItem(tr("This month"), ThisMonth);
    m_preset->addItem(tr("Last 30 days"), Last30Days);
    m_preset->addItem(tr("Last 12 months"), Last12Months);
    m_preset->addItem(tr("This year"), ThisYear);
    m_preset->addItem(tr("Custom range"), Custom);
    m_preset->setCurrentIndex(2);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_granularity->addItem(tr("Day"), QStringLiteral("day"));
    m_granularity->addItem(tr("Week"), QStringLiteral("week"));
    m_granularity->addItem(tr("Month"), QStringLiteral("month"));
    m_service->addItem(tr("All services"), QString());
    for (const QString &id : serviceIds())
        m_service->addItem(serviceTitle(id), id);
    for (const QString &code : currencies())
        m_currency->addItem(code, code);
    m_payeeType->addItem(tr("All payees"), QString());
    m_payeeType->addItem(tr("Creators"), QStringLiteral("creator"));
    m_payeeType->addItem(tr("Vendors"), QStringLiteral("vendor"));
    m_payeeType->addItem(tr("Drivers"), QStringLiteral("driver"));
    m_payeeType->addItem(tr("Hosts"), QStringLiteral("host"));
    m_payeeType->addItem(tr("Travelers"), QStringLiteral("traveler"));

    auto *filters = new QHBoxLayout;
    auto addField = [&](const QString &label, QWidget *field) {
        auto *text = new QLabel(label, this);
        text->setBuddy(field);
        filters->addWidget(text);
        filters->addWidget(field);
    };
    addField(tr("&Period:"), m_preset);
    addField(tr("&From:"), m_from);
    addField(tr("&To (exclusive):"), m_to);
    addField(tr("&Granularity:"), m_granularity);
    addField(tr("&Service:"), m_service);
    addField(tr("C&urrency:"), m_currency);
    filters->addStretch(1);
    filters->addWidget(m_refresh);

    auto *kpiRow = new QHBoxLayout;
    const QStringList kpiTitles{tr("Gross"), tr("Refunds"),   tr("Net"),
                                tr("GMV"),   tr("Take rate"), tr("DAO allocation")};
    for (const QString &title : kpiTitles) {
        auto *box = new QFrame(this);
        box->setFrameShape(QFrame::StyledPanel);
        auto *boxLayout = new QVBoxLayout(box);
        auto *caption = new QLabel(title, box);
        auto *value = new QLabel(QStringLiteral("—"), box);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.5);
        big.setBold(true);
        value->setFont(big);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        boxLayout->addWidget(caption);
        boxLayout->addWidget(value);
        kpiRow->addWidget(box);
        m_kpis << value;
    }

    m_services->setColumnCount(10);
    m_services->setHorizontalHeaderLabels({tr("Service"), tr("Gross"), tr("Refunds"), tr("Net"),
                                           tr("GMV"), tr("Platform"), tr("DAO"), tr("Payees"),
                                           tr("Take rate"), tr("Sales")});
    m_payees->setColumnCount(5);
    m_payees->setHorizontalHeaderLabels(
        {tr("Rank"), tr("Payee"), tr("Type"), tr("Earnings"), tr("Sales")});
    for (QTableWidget *table : {m_services, m_payees}) {
        table->verticalHeader()->hide();
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setAlternatingRowColors(true);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->horizontalHeader()->setSectionResizeMode(table == m_services ? 0 : 1,
                                                        QHeaderView::Stretch);
        table->setMinimumHeight(220);
    }

    auto *servicesBox = new QGroupBox(tr("Per service"), this);
    auto *servicesLayout = new QVBoxLayout(servicesBox);
    servicesLayout->addWidget(m_services);
    auto *servicesExport = new QPushButton(tr("&Export CSV…"), servicesBox);
    auto *servicesHint =
        new QLabel(tr("Enter or double-click a service for its transactions."), servicesBox);
    auto *servicesButtons = new QHBoxLayout;
    servicesButtons->addWidget(servicesHint, 1);
    servicesButtons->addWidget(servicesExport);
    servicesLayout->addLayout(servicesButtons);

    auto *payeesBox = new QGroupBox(tr("Top payees"), this);
    auto *payeesLayout = new QVBoxLayout(payeesBox);
    auto *payeeFilter = new QHBoxLayout;
    auto *payeeLabel = new QLabel(tr("Pa&yees:"), payeesBox);
    payeeLabel->setBuddy(m_payeeType);
    payeeFilter->addWidget(payeeLabel);
    payeeFilter->addWidget(m_payeeType);
    payeeFilter->addStretch(1);
    auto *payeesExport = new QPushButton(tr("E&xport CSV…"), payeesBox);
    payeeFilter->addWidget(payeesExport);
    payeesLayout->addLayout(payeeFilter);
    payeesLayout->addWidget(m_payees);

    auto *content = new QWidget(this);
    auto *grid = new QGridLayout(content);
    grid->addLayout(kpiRow, 0, 0, 1, 2);
    grid->addWidget(m_seriesChart, 1, 0, 1, 2);
    grid->addWidget(m_splitChart, 2, 0);
    grid->addWidget(m_mrrChart, 2, 1);
    grid->addWidget(servicesBox, 3, 0, 1, 2);
    grid->addWidget(payeesBox, 4, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    m_seriesChart->setMinimumHeight(320);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);

    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        applyPreset();
        reload();
    });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::editingFinished, this, [this] {
            if (m_preset->currentData().toInt() == Custom)
                reload();
        });
    for (QComboBox *combo : {m_granularity, m_service, m_currency})
        connect(combo, &QComboBox::activated, this, &RevenuePage::reload);
    connect(m_payeeType, &QComboBox::activated, this, &RevenuePage::reload);
    connect(m_refresh, &QPushButton::clicked, this, &RevenuePage::reload);
    connect(servicesExport, &QPushButton::clicked, this,
            [this] { exportCsv(m_services, QStringLiteral("revenue-by-service.csv")); });
    connect(payeesExport, &QPushButton::clicked, this,
            [this] { exportCsv(m_payees, QStringLiteral("top-payees.csv")); });
    connect(m_services, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        const QString service = m_services->item(item->row(), 0)->data(Qt::UserRole + 1).toString();
        openDrillDown(m_revenue.value(QStringLiteral("from")).toInteger(),
                      m_revenue.value(QStringLiteral("to")).toInteger(), service,
                      m_services->item(item->row(), 0)->text());
    });
    new Shell::ReloadOnChange(
        session,
        [](const QString &command) { return command.startsWith(QLatin1String("finance.")); },
        [this] { reload(); }, 1000, this);

    applyPreset();
    reload();
}

void RevenuePage::setRange(const QDate &from, const QDate &to)
{
    const QSignalBlocker block(m_preset);
    m_preset->setCurrentIndex(m_preset->findData(Custom));
    m_from->setDate(from);
    m_to->setDate(to);
    m_from->setEnabled(true);
    m_to->setEnabled(true);
}

void RevenuePage::setCurrency(const QString &currency)
{
    m_currency->setCurrentIndex(std::max(0, m_currency->findData(currency)));
}

void RevenuePage::applyPreset()
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QDate from = today;
    QDate to = today.addDays(1);
    QString granularity = QStringLiteral("day");
    switch (m_preset->currentData().toInt()) {
    case Today:
        break;
    case ThisWeek:
        from = today.addDays(1 - today.dayOfWeek());
        to = from.addDays(7);
        break;
    case ThisMonth:
        from = QDate(today.year(), today.month(), 1);
        to = from.addMonths(1);
        break;
    case Last30Days:
        from = today.addDays(-29);
        break;
    case Last12Months:
        from = QDate(today.year(), today.month(), 1).addMonths(-11);
        to = QDate(today.year(), today.month(), 1).addMonths(1);
        granularity = QStringLiteral("month");
        break;
    case ThisYear:
        from = QDate(today.year(), 1, 1);
        to = from.addYears(1);
        granularity = QStringLiteral("month");
        break;
    case Custom:
        m_from->setEnabled(true);
        m_to->setEnabled(true);
        return;
    }
    m_from->setDate(from);
    m_to->setDate(to);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    m_granularity->setCurrentIndex(m_granularity->findData(granularity));
}

QString RevenuePage::money(qint64 minor) const
{
    return Money(minor, m_shownCurrency).toDisplayString();
}

void RevenuePage::reload()
{
    const QString currency = m_currency->currentData().toString();
    const qint64 from = QDate(1970, 1, 1).daysTo(m_from->date()) * kDayMs;
    const qint64 to = QDate(1970, 1, 1).daysTo(m_to->date()) * kDayMs;
    QJsonObject params{{QStringLiteral("currency"), currency},
                       {QStringLiteral("from"), from},
                       {QStringLiteral("to"), to},
                       {QStringLiteral("granularity"), m_granularity->currentData().toString()}};
    if (const QString service = m_service->currentData().toString(); !service.isEmpty())
        params.insert(QStringLiteral("service"), service);
    m_message->clear();
    m_pending = 3;
    // Answers of an earlier reload that arrive late are dropped.
    const int generation = ++m_generation;
    m_session.call(QStringLiteral("finance.revenue"), params, this,
                   [this, currency, generation](const CommandResult &result) {
                       if (generation != m_generation)
                           return;
                       if (!result.ok()) {
                           m_message->showError(result.message);
                       } else {
                           m_shownCurrency = currency;
                           showRevenue(result.data.toObject());
                       }
                       finishOne();
                   });
    const QDate lastDay = m_to->date().addDays(-1);
    m_session.call(QStringLiteral("finance.mrr"),
                   {{QStringLiteral("currency"), currency},
                    {QStringLiteral("months"), 12},
                    {QStringLiteral("until"), lastDay.toString(QStringLiteral("yyyy-MM"))}},
                   this, [this, generation](const CommandResult &result) {
                       if (generation != m_generation)
                           return;
                       if (!result.ok())
                           m_message->showError(result.message);
                       else
                           showMrr(result.data.toObject());
                       finishOne();
                   });
    QJsonObject payeeParams{{QStringLiteral("currency"), currency},
                            {QStringLiteral("from"), from},
                            {QStringLiteral("to"), to},
                            {QStringLiteral("limit"), 10}};
    if (const QString type = m_payeeType->currentData().toString(); !type.isEmpty())
        payeeParams.insert(QStringLiteral("payee_type"), type);
    m_session.call(QStringLiteral("finance.top_payees"), payeeParams, this,
                   [this, generation](const CommandResult &result) {
                       if (generation != m_generation)
                           return;
                       if (!result.ok())
                           m_message->showError(result.message);
                       else
                           showTopPayees(result.data.toObject());
                       finishOne();
                   });
}

void RevenuePage::finishOne()
{
    if (--m_pending == 0)
        Q_EMIT loaded();
}

void RevenuePage::showRevenue(const QJsonObject &data)
{
    m_revenue = data;
    const QJsonObject totals = data.value(QStringLiteral("totals")).toObject();
    auto amount = [&](const QJsonObject &o, const char *key) {
        return o.value(QLatin1String(key)).toInteger();
    };
    auto takeRate = [](const QJsonObject &o) {
        const QJsonValue bps = o.value(QStringLiteral("take_rate_bps"));
        return bps.isNull() ? QStringLiteral("—")
                            : QStringLiteral("%1 %").arg(
                                  QLocale().toString(double(bps.toInteger()) / 100.0, 'f', 2));
    };
    m_kpis[0]->setText(money(amount(totals, "gross_minor")));
    m_kpis[1]->setText(money(amount(totals, "refunds_minor")));
    m_kpis[2]->setText(money(amount(totals, "net_minor")));
    m_kpis[3]->setText(money(amount(totals, "gmv_minor")));
    m_kpis[4]->setText(takeRate(totals));
    m_kpis[5]->setText(money(amount(totals, "dao_minor")));

    // Revenue over time, stacked by service.
    const QJsonArray buckets = data.value(QStringLiteral("buckets")).toArray();
    // Axis labels short enough for the bar width: the day of the month, with the month where
    // it starts and on the first bar; months as "Nov 26". The tooltip keeps the full label.
    const QString granularity = data.value(QStringLiteral("granularity")).toString();
    const bool months = granularity == QLatin1String("month");
    const int monthStartsBy = granularity == QLatin1String("day") ? 1 : 7;
    QStringList labels;
    for (const QJsonValue &bucket : buckets) {
        const QDate start =
            QDateTime::fromMSecsSinceEpoch(
                bucket.toObject().value(QStringLiteral("start")).toInteger(), Qt::UTC)
                .date();
        const bool firstOfMonth = labels.isEmpty() || start.day() <= monthStartsBy;
        labels << QLocale().toString(start, months         ? QStringLiteral("MMM yy")
                                            : firstOfMonth ? QStringLiteral("d MMM")
                                                           : QStringLiteral("d"));
    }
    QChart *chart = m_seriesChart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    auto *series = new QStackedBarSeries;
    const int decimals = Money::decimals(m_shownCurrency);
    const double scale = std::pow(10.0, decimals);
    double top = 0;
    double bottom = 0;
    QList<double> positive(buckets.size(), 0.0);
    QList<double> negative(buckets.size(), 0.0);
    for (const QString &service : serviceIds()) {
        bool present = false;
        for (const QJsonValue &bucket : buckets)
            present =
                present ||
                bucket.toObject().value(QStringLiteral("services")).toObject().contains(service);
        if (!present)
            continue;
        auto *set = new QBarSet(serviceTitle(service));
        set->setColor(serviceColor(service));
        set->setBorderColor(serviceColor(service));
        for (int i = 0; i < buckets.size(); ++i) {
            const double net = double(amount(buckets.at(i)
                                                 .toObject()
                                                 .value(QStringLiteral("services"))
                                                 .toObject()
                                                 .value(service)
                                                 .toObject(),
                                             "net_minor")) /
                               scale;
            set->append(net);
            (net >= 0 ? positive[i] : negative[i]) += net;
        }
        connect(set, &QBarSet::hovered, this, [this, service, buckets](bool on, int index) {
            if (!on || index < 0 || index >= buckets.size()) {
                QToolTip::hideText();
                return;
            }
            const QJsonObject bucket = buckets.at(index).toObject();
            const QJsonObject f =
                bucket.value(QStringLiteral("services")).toObject().value(service).toObject();
            QToolTip::showText(
                QCursor::pos(),
                tr("%1, %2\nGross %3\nRefunds %4\nNet %5\nPlatform %6\nClick for the "
                   "transactions.")
                    .arg(serviceTitle(service), bucket.value(QStringLiteral("label")).toString(),
                         money(f.value(QStringLiteral("gross_minor")).toInteger()),
                         money(f.value(QStringLiteral("refunds_minor")).toInteger()),
                         money(f.value(QStringLiteral("net_minor")).toInteger()),
                         money(f.value(QStringLiteral("platform_minor")).toInteger())));
        });
        connect(set, &QBarSet::clicked, this, [this, service, buckets](int index) {
            if (index < 0 || index >= buckets.size())
                return;
            const QJsonObject bucket = buckets.at(index).toObject();
            openDrillDown(
                bucket.value(QStringLiteral("start")).toInteger(),
                bucket.value(QStringLiteral("end")).toInteger(), service,
                QStringLiteral("%1, %2").arg(serviceTitle(service),
                                             bucket.value(QStringLiteral("label")).toString()));
        });
        series->append(set);
    }
    for (int i = 0; i < buckets.size(); ++i) {
        top = std::max(top, positive.at(i));
        bottom = std::min(bottom, negative.at(i));
    }
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    // Long ranges label every n-th bucket so the labels stay readable.
    const int step = std::max<int>(1, int(labels.size() / 16) + 1);
    QStringList shown;
    for (int i = 0; i < labels.size(); ++i)
        shown << (i % step == 0 ? labels.at(i) : QString(i, QChar(0x200b)));
    categories->append(shown);
    categories->setLabelsAngle(labels.size() > 8 ? -60 : 0);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setRange(bottom, top > 0 ? top * 1.05 : 1.0);
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->setTitleText(m_shownCurrency);
    values->applyNiceNumbers();
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);

    // Where the money went.
    QChart *split = m_splitChart->chart();
    split->removeAllSeries();
    auto *pie = new QPieSeries;
    const QList<std::pair<QString, qint64>> parts{
        {tr("Platform"), amount(totals, "platform_minor")},
        {tr("Payees"), amount(totals, "payees_minor")},
        {tr("DAO"), amount(totals, "dao_minor")},
        {tr("Refunds"), amount(totals, "refunds_minor")}};
    const QList<QColor> colors{QColor(0x5b, 0x6e, 0xe1), QColor(0x2e, 0x9e, 0x8f),
                               QColor(0xe0, 0x9b, 0x2d), QColor(0xc8, 0x4b, 0x4b)};
    for (int i = 0; i < parts.size(); ++i) {
        if (parts.at(i).second <= 0)
            continue;
        QPieSlice *slice =
            pie->append(QStringLiteral("%1: %2").arg(parts.at(i).first, money(parts.at(i).second)),
                        double(parts.at(i).second));
        slice->setColor(colors.at(i));
        // Small slices are named in the legend only, so labels never overlap.
        slice->setLabelVisible(slice->percentage() >= 0.08);
        connect(slice, &QPieSlice::hovered, this, [slice](bool on) {
            slice->setExploded(on);
            if (on)
                QToolTip::showText(QCursor::pos(),
                                   QStringLiteral("%1 (%2 %)")
                                       .arg(slice->label())
                                       .arg(slice->percentage() * 100.0, 0, 'f', 1));
            else
                QToolTip::hideText();
        });
    }
    split->addSeries(pie);
    for (QPieSlice *slice : pie->slices())
        slice->setLabelVisible(slice->percentage() >= 0.08);
    split->legend()->setVisible(true);
    split->legend()->setAlignment(Qt::AlignRight);

    // Per-service table with a total row equal to the KPI strip.
    const QJsonArray rows = data.value(QStringLiteral("by_service")).toArray();
    m_services->setRowCount(int(rows.size()) + 1);
    auto fill = [&](int row, const QString &title, const QString &id, const QJsonObject &f) {
        QTableWidgetItem *name = cell(title);
        name->setData(Qt::UserRole + 1, id);
        m_services->setItem(row, 0, name);
        const char *keys[] = {"gross_minor",    "refunds_minor", "net_minor",   "gmv_minor",
                              "platform_minor", "dao_minor",     "payees_minor"};
        for (int c = 0; c < 7; ++c) {
            const qint64 value = amount(f, keys[c]);
            m_services->setItem(
                row, c + 1,
                cell(money(value), QString::number(double(value) / scale, 'f', decimals), true));
        }
        m_services->setItem(row, 8, cell(takeRate(f), {}, true));
        m_services->setItem(row, 9,
                            cell(QLocale().toString(amount(f, "sales")),
                                 QString::number(amount(f, "sales")), true));
    };
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        const QString id = row.value(QStringLiteral("service")).toString();
        fill(i, serviceTitle(id), id, row);
    }
    fill(int(rows.size()), tr("Total"), m_service->currentData().toString(), totals);
    QFont bold = m_services->font();
    bold.setBold(true);
    for (int c = 0; c < m_services->columnCount(); ++c)
        m_services->item(int(rows.size()), c)->setFont(bold);
}

void RevenuePage::showMrr(const QJsonObject &data)
{
    const QJsonArray months = data.value(QStringLiteral("months")).toArray();
    const QString currency = data.value(QStringLiteral("currency")).toString();
    const double scale = std::pow(10.0, Money::decimals(currency));
    QChart *chart = m_mrrChart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    auto *series = new QStackedBarSeries;
    const QList<std::tuple<QString, const char *, QColor>> kinds{
        {tr("New"), "new_minor", QColor(0x2e, 0x9e, 0x8f)},
        {tr("Expansion"), "expansion_minor", QColor(0x5b, 0x6e, 0xe1)},
        {tr("Reactivation"), "reactivation_minor", QColor(0x8a, 0x5c, 0xc7)},
        {tr("Contraction"), "contraction_minor", QColor(0xe0, 0x9b, 0x2d)},
        {tr("Churn"), "churn_minor", QColor(0xc8, 0x4b, 0x4b)}};
    QStringList labels;
    double top = 0;
    double bottom = 0;
    QList<double> up(months.size(), 0.0);
    QList<double> down(months.size(), 0.0);
    for (const QJsonValue &month : months)
        labels << month.toObject().value(QStringLiteral("month")).toString();
    for (const auto &[title, key, color] : kinds) {
        auto *set = new QBarSet(title);
        set->setColor(color);
        set->setBorderColor(color);
        for (int i = 0; i < months.size(); ++i) {
            const double value =
                double(months.at(i).toObject().value(QLatin1String(key)).toInteger()) / scale;
            set->append(value);
            (value >= 0 ? up[i] : down[i]) += value;
        }
        const QString name = title;
        const char *field = key;
        connect(set, &QBarSet::hovered, this,
                [this, name, field, months, currency](bool on, int index) {
                    if (!on || index < 0 || index >= months.size()) {
                        QToolTip::hideText();
                        return;
                    }
                    const QJsonObject m = months.at(index).toObject();
                    QToolTip::showText(
                        QCursor::pos(),
                        tr("%1, %2: %3\nMRR %4, %Ln subscriber(s)", nullptr,
                           int(m.value(QStringLiteral("subscribers")).toInteger()))
                            .arg(name, m.value(QStringLiteral("month")).toString(),
                                 Money(m.value(QLatin1String(field)).toInteger(), currency)
                                     .toDisplayString(),
                                 Money(m.value(QStringLiteral("mrr_minor")).toInteger(), currency)
                                     .toString()));
                });
        series->append(set);
    }
    for (int i = 0; i < months.size(); ++i) {
        top = std::max(top, up.at(i));
        bottom = std::min(bottom, down.at(i));
    }
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(labels);
    axis->setLabelsAngle(-90);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    auto *values = new QValueAxis;
    values->setRange(bottom < 0 ? bottom * 1.05 : 0, top > 0 ? top * 1.05 : 1.0);
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->setTitleText(currency);
    values->applyNiceNumbers();
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
}

void RevenuePage::showTopPayees(const QJsonObject &data)
{
    const QJsonArray rows = data.value(QStringLiteral("rows")).toArray();
    const QString currency = data.value(QStringLiteral("currency")).toString();
    const int decimals = Money::decimals(currency);
    m_payees->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        const qint64 earnings = row.value(QStringLiteral("earnings_minor")).toInteger();
        QString name = row.value(QStringLiteral("name")).toString();
        const qint64 id = row.value(QStringLiteral("payee_id")).toInteger();
        name = name.trimmed().isEmpty() ? tr("User %1").arg(id) : tr("%1 (#%2)").arg(name).arg(id);
        m_payees->setItem(
            i, 0, cell(QString::number(row.value(QStringLiteral("rank")).toInt()), {}, true));
        m_payees->setItem(i, 1, cell(name));
        m_payees->setItem(
            i, 2,
            cell(PayoutText::payeeType(row.value(QStringLiteral("payee_type")).toString()),
                 row.value(QStringLiteral("payee_type")).toString()));
        m_payees->setItem(
            i, 3,
            cell(Money(earnings, currency).toDisplayString(),
                 QString::number(double(earnings) / std::pow(10.0, decimals), 'f', decimals),
                 true));
        m_payees->setItem(i, 4,
                          cell(QLocale().toString(row.value(QStringLiteral("sales")).toInteger()),
                               QString::number(row.value(QStringLiteral("sales")).toInteger()),
                               true));
    }
}

void RevenuePage::openDrillDown(qint64 from, qint64 to, const QString &service,
                                const QString &label)
{
    QJsonObject params{{QStringLiteral("currency"), m_shownCurrency},
                       {QStringLiteral("from"), from},
                       {QStringLiteral("to"), to}};
    if (!service.isEmpty())
        params.insert(QStringLiteral("service"), service);
    auto *dialog = new RevenueDrillDown(
        m_session, tr("Transactions: %1 (%2)").arg(label, m_shownCurrency), params, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RevenuePage::exportCsv(QTableWidget *table, const QString &name)
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export CSV"), name, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QStringList lines;
    QStringList header;
    for (int c = 0; c < table->columnCount(); ++c)
        header << csvField(table->horizontalHeaderItem(c)->text());
    header << csvField(tr("Currency"));
    lines << header.join(QLatin1Char(','));
    for (int r = 0; r < table->rowCount(); ++r) {
        QStringList fields;
        for (int c = 0; c < table->columnCount(); ++c)
            fields << csvField(table->item(r, c) ? table->item(r, c)->data(Qt::UserRole).toString()
                                                 : QString());
        fields << m_shownCurrency;
        lines << fields.join(QLatin1Char(','));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8()) < 0 ||
        !file.commit()) {
        m_message->showError(tr("Could not write %1: %2").arg(path, file.errorString()));
        return;
    }
    m_message->showSuccess(tr("Exported %Ln row(s) to %1.", nullptr, table->rowCount()).arg(path));
}

} // namespace Steward::Finance
