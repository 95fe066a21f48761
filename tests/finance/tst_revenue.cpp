#include "clock.h"
#include "database.h"
#include "errors.h"
#include "financeservice.h"
#include "ledger.h"
#include "outbox.h"
#include "query.h"
#include "revenue.h"
#include "servicelayer.h"
#include "stewardservices.h"
#include "testdatabase.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlRecord>
#include <QTest>

using namespace Steward;
using namespace Steward::Finance;

namespace {

const QString kPassword = QStringLiteral("a long test password");
// 2024-06-03T09:00:00Z: "now" for the service layer.
constexpr qint64 kNow = 1717405200000;
constexpr qint64 kDay = 86'400'000;

qint64 at(int year, int month, int day, int hour = 12)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC).toMSecsSinceEpoch();
}

/** The test's own reading of the posting rules: which service a transaction belongs to. */
QString serviceOf(const QString &kind, const QString &source)
{
    static const QMap<QString, QString> sales{
        {QStringLiteral("subscription"), QStringLiteral("dating")},
        {QStringLiteral("agent_sale"), QStringLiteral("marketplace")},
        {QStringLiteral("order"), QStringLiteral("commerce")},
        {QStringLiteral("ride"), QStringLiteral("rides")},
        {QStringLiteral("booking"), QStringLiteral("stays")},
        {QStringLiteral("ad_spend"), QStringLiteral("ads")},
        {QStringLiteral("parcel"), QStringLiteral("shipping")}};
    static const QMap<QString, QString> refunds{
        {QStringLiteral("payment"), QStringLiteral("dating")},
        {QStringLiteral("agent_sale"), QStringLiteral("marketplace")},
        {QStringLiteral("order"), QStringLiteral("commerce")},
        {QStringLiteral("ride"), QStringLiteral("rides")},
        {QStringLiteral("booking"), QStringLiteral("stays")},
        {QStringLiteral("ad_charge"), QStringLiteral("ads")},
        {QStringLiteral("parcel"), QStringLiteral("shipping")}};
    return kind == QLatin1String("refund") ? refunds.value(source) : sales.value(kind);
}

int monthOf(qint64 ms)
{
    const QDate date = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
    return date.year() * 12 + date.month() - 1;
}

/** A source sold and what is left of it to refund. */
struct Sale
{
    QString refundSource; ///< source_type of its refunds.
    qint64 id = 0;
    QString currency;
};

} // namespace

class TestRevenue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void workedExampleThroughTheCommands();
    void rollupsEqualANaiveGroupByAfterRandomFlows();
    void mrrMovementsFollowAHandWorkedExample();
    void lateEventsCorrectTheirOwnBuckets();
    void badInputIsRefusedAndChangesNothing();

private:
    void publish(const QString &type, const QJsonObject &payload, qint64 createdAt);
    CommandResult call(const QString &command, const QJsonObject &params);
    /** Every rollup row as text, table by table. */
    QStringList rollupSnapshot();
    /** The rollups recomputed naively in the test from the ledger's transactions and entries. */
    QStringList naiveSnapshot();

    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<ServiceLayer> m_services;
    Principal m_fin;
    Principal m_sam;
};

void TestRevenue::init()
{
    m_db = std::make_unique<Test::TestDatabase>();
    m_services = Test::openMigrated(m_db->url(), std::make_unique<ManualClock>(kNow));
    setupServices(*m_services);
    m_fin = Principal::forOperator(
        Test::addOperator(*m_services, QStringLiteral("fin"), QStringLiteral("finance"), kPassword),
        QStringLiteral("fin"), Role::Finance);
    m_sam = Principal::forOperator(
        Test::addOperator(*m_services, QStringLiteral("sam"), QStringLiteral("support"), kPassword),
        QStringLiteral("sam"), Role::Support);
    // Payees are users: ids 1 to 60.
    m_services->database().write([](QSqlDatabase &db) {
        Query insert(db);
        insert.prepare(QStringLiteral("INSERT INTO users (email, first_name, last_name, "
                                      "name_key, last_name_key, country, city, created_at, "
                                      "updated_at) VALUES (?, ?, 'Test', ?, 'test', 'DE', "
                                      "'Berlin', 0, 0)"));
        for (int i = 1; i <= 60; ++i)
            insert.exec({QStringLiteral("user%1@example.com").arg(i),
                         QStringLiteral("User%1").arg(i), QStringLiteral("user%1 test").arg(i)});
        return 0;
    });
}

void TestRevenue::cleanup()
{
    m_services.reset();
    m_db.reset();
}

void TestRevenue::publish(const QString &type, const QJsonObject &payload, qint64 createdAt)
{
    m_services->database().write([&](QSqlDatabase &db) {
        return EventDispatcher::append(db, createdAt, type, QStringLiteral("test"),
                                       QStringLiteral("1"), payload);
    });
    m_services->events().deliverPending();
}

CommandResult TestRevenue::call(const QString &command, const QJsonObject &params)
{
    return m_services->bus().execute(m_fin, command, params);
}

QStringList TestRevenue::rollupSnapshot()
{
    QStringList lines;
    QSqlDatabase db = m_services->database().connection();
    for (const QString &sql :
         {QStringLiteral("SELECT currency, day, service, gross_minor, refunds_minor, gmv_minor, "
                         "platform_minor, dao_minor, payees_minor, sales, refund_count FROM "
                         "revenue_daily ORDER BY currency, day, service"),
          QStringLiteral("SELECT currency, month, payee_type, payee_id, earnings_minor, entries "
                         "FROM revenue_payee_months ORDER BY currency, month, payee_type, "
                         "payee_id"),
          QStringLiteral("SELECT subscriber_id, currency, month, mrr_minor FROM "
                         "revenue_mrr_subscribers ORDER BY subscriber_id, currency, month"),
          QStringLiteral("SELECT currency, month, new_minor, expansion_minor, "
                         "reactivation_minor, contraction_minor, churn_minor, mrr_minor, "
                         "subscribers FROM revenue_mrr_movements ORDER BY currency, month")}) {
        lines << QStringLiteral("--");
        Query query(db, sql);
        while (query.next()) {
            QStringList row;
            for (int i = 0; i < query.raw().record().count(); ++i)
                row << query.value(i).toString();
            lines << row.join(QLatin1Char('|'));
        }
    }
    return lines;
}

QStringList TestRevenue::naiveSnapshot()
{
    QSqlDatabase db = m_services->database().connection();
    struct Tx
    {
        QString kind, source;
        qint64 effectiveAt = 0, reverses = 0, subscriber = 0;
    };
    QMap<qint64, Tx> txs;
    Query t(db, QStringLiteral("SELECT id, kind, source_type, effective_at, reverses_id, "
                               "subscriber_id FROM ledger_transactions"));
    while (t.next())
        txs.insert(t.value(0).toLongLong(),
                   {t.value(1).toString(), t.value(2).toString(), t.value(3).toLongLong(),
                    t.value(4).toLongLong(), t.value(5).toLongLong()});

    // Sums over every entry, grouped by (currency, day, service) and the rest.
    QMap<QString, QList<qint64>> daily;
    QMap<QString, QList<qint64>> payees;
    QMap<std::tuple<qint64, QString, int>, qint64> mrr;
    Query e(db, QStringLiteral("SELECT e.ledger_transaction_id, e.direction, e.amount_minor, "
                               "e.currency, a.code, a.owner_id FROM ledger_entries e JOIN "
                               "ledger_accounts a ON a.id = e.account_id"));
    while (e.next()) {
        const Tx tx = txs.value(e.value(0).toLongLong());
        const Tx base = tx.reverses != 0 ? txs.value(tx.reverses) : tx;
        const QString service = serviceOf(base.kind, base.source);
        if (service.isEmpty())
            continue;
        const bool refund = base.kind == QLatin1String("refund");
        const bool debit = e.value(1).toString() == QLatin1String("debit");
        const qint64 amount = debit ? e.value(2).toLongLong() : -e.value(2).toLongLong();
        const QString currency = e.value(3).toString();
        const QString code = e.value(4).toString();
        const qint64 day = tx.effectiveAt / kDay;
        QList<qint64> &d = daily[QStringLiteral("%1|%2|%3").arg(currency).arg(day).arg(service)];
        d.resize(8);
        if (code.startsWith(QLatin1String("processor_clearing/"))) {
            if (refund) {
                d[1] -= amount;
                d[7] += debit ? -1 : 1;
            } else {
                d[0] += amount;
                d[6] += debit ? 1 : -1;
                if (service != QLatin1String("dating"))
                    d[2] += amount;
                if (base.subscriber != 0)
                    mrr[{base.subscriber, currency, monthOf(base.effectiveAt)}] += amount;
            }
        } else if (code.startsWith(QLatin1String("platform_revenue/"))) {
            d[3] -= amount;
        } else if (code.startsWith(QLatin1String("dao_treasury/"))) {
            d[4] -= amount;
        } else if (code.contains(QLatin1String("_payable/"))) {
            d[5] -= amount;
            const QString type = code.section(QLatin1Char('_'), 0, 0);
            QList<qint64> &p = payees[QStringLiteral("%1|%2|%3|%4")
                                          .arg(currency)
                                          .arg(monthOf(tx.effectiveAt))
                                          .arg(type)
                                          .arg(e.value(5).toLongLong())];
            p.resize(2);
            p[0] -= amount;
            if (!refund)
                p[1] += debit ? -1 : 1;
        }
    }

    QStringList lines{QStringLiteral("--")};
    auto joined = [](const QList<qint64> &values) {
        QStringList parts;
        for (qint64 v : values)
            parts << QString::number(v);
        return parts.join(QLatin1Char('|'));
    };
    for (auto it = daily.cbegin(); it != daily.cend(); ++it)
        lines << it.key() + QLatin1Char('|') + joined(it.value());
    lines << QStringLiteral("--");
    for (auto it = payees.cbegin(); it != payees.cend(); ++it)
        lines << it.key() + QLatin1Char('|') + joined(it.value());
    lines << QStringLiteral("--");
    // Months of each subscriber, then movements month by month against the month before.
    QMap<std::pair<qint64, QString>, QMap<int, qint64>> bySubscriber;
    for (auto it = mrr.cbegin(); it != mrr.cend(); ++it) {
        const auto &[subscriber, currency, month] = it.key();
        lines << QStringLiteral("%1|%2|%3|%4")
                     .arg(subscriber)
                     .arg(currency)
                     .arg(month)
                     .arg(it.value());
        bySubscriber[{subscriber, currency}][month] = it.value();
    }
    lines << QStringLiteral("--");
    QMap<std::pair<QString, int>, QList<qint64>> movements;
    for (auto it = bySubscriber.cbegin(); it != bySubscriber.cend(); ++it) {
        const QString currency = it.key().second;
        const QMap<int, qint64> &months = it.value();
        bool everPaid = false;
        for (int month = months.firstKey(); month <= months.lastKey() + 1; ++month) {
            const qint64 now = std::max<qint64>(0, months.value(month));
            const qint64 before = std::max<qint64>(0, months.value(month - 1));
            if (now == 0 && before == 0)
                continue;
            QList<qint64> &m = movements[{currency, month}];
            m.resize(7);
            if (before == 0)
                m[everPaid ? 2 : 0] += now;
            else if (now == 0)
                m[4] -= before;
            else if (now > before)
                m[1] += now - before;
            else
                m[3] += now - before;
            if (now > 0) {
                m[5] += now;
                m[6] += 1;
                everPaid = true;
            }
        }
    }
    for (auto it = movements.cbegin(); it != movements.cend(); ++it) {
        bool zero = true;
        for (qint64 v : it.value())
            zero = zero && v == 0;
        if (!zero)
            lines << QStringLiteral("%1|%2|").arg(it.key().first).arg(it.key().second) +
                         joined(it.value());
    }
    return lines;
}

void TestRevenue::workedExampleThroughTheCommands()
{
    // The guide's example: a 19.99 EUR agent sale on 3 June, 10.00 refunded on 5 June.
    publish(QStringLiteral("agent:sold"),
            {{QStringLiteral("sale_id"), 77},
             {QStringLiteral("creator_user_id"), 42},
             {QStringLiteral("amount_minor"), 1999},
             {QStringLiteral("currency"), QStringLiteral("EUR")}},
            at(2024, 6, 3));
    publish(QStringLiteral("payment:refund"),
            {{QStringLiteral("refund_id"), 4},
             {QStringLiteral("source_type"), QStringLiteral("agent_sale")},
             {QStringLiteral("source_id"), 77},
             {QStringLiteral("amount_minor"), 1000},
             {QStringLiteral("currency"), QStringLiteral("EUR")}},
            at(2024, 6, 5));
    // A 9.99 dating subscription on 4 June.
    publish(QStringLiteral("payment:completed"),
            {{QStringLiteral("transaction_id"), 5},
             {QStringLiteral("kind"), QStringLiteral("subscription")},
             {QStringLiteral("user_id"), 7},
             {QStringLiteral("amount_minor"), 999},
             {QStringLiteral("currency"), QStringLiteral("EUR")}},
            at(2024, 6, 4));

    CommandResult result = call(QStringLiteral("finance.revenue"),
                                {{QStringLiteral("currency"), QStringLiteral("EUR")},
                                 {QStringLiteral("from"), QStringLiteral("2024-06-01")},
                                 {QStringLiteral("to"), QStringLiteral("2024-07-01")},
                                 {QStringLiteral("granularity"), QStringLiteral("week")}});
    QVERIFY2(result.ok(), qPrintable(result.message));
    const QJsonObject data = result.data.toObject();
    const QJsonObject totals = data.value(QStringLiteral("totals")).toObject();
    QCOMPARE(totals.value(QStringLiteral("gross_minor")).toInteger(), 1999 + 999);
    QCOMPARE(totals.value(QStringLiteral("refunds_minor")).toInteger(), 1000);
    QCOMPARE(totals.value(QStringLiteral("net_minor")).toInteger(), 1999 + 999 - 1000);
    QCOMPARE(totals.value(QStringLiteral("gmv_minor")).toInteger(), 1999);
    // Platform 999 - 500 (refund) + 949; DAO 100 - 50 + 50; creator 900 - 450.
    QCOMPARE(totals.value(QStringLiteral("platform_minor")).toInteger(), 499 + 949);
    QCOMPARE(totals.value(QStringLiteral("dao_minor")).toInteger(), 50 + 50);
    QCOMPARE(totals.value(QStringLiteral("payees_minor")).toInteger(), 450);
    // Take rate: the marketplace's 4.99 of its 19.99 GMV = 24.96 %.
    QCOMPARE(totals.value(QStringLiteral("take_rate_bps")).toInteger(), 2496);
    // Weeks start on Mondays: 1-2 June (Sat-Sun) is a bucket of its own, 3-9 June holds it all.
    const QJsonArray buckets = data.value(QStringLiteral("buckets")).toArray();
    QCOMPARE(buckets.size(), 5);
    QCOMPARE(buckets.at(0).toObject().value(QStringLiteral("end")).toInteger(), at(2024, 6, 3, 0));
    QCOMPARE(buckets.at(1)
                 .toObject()
                 .value(QStringLiteral("totals"))
                 .toObject()
                 .value(QStringLiteral("net_minor"))
                 .toInteger(),
             1998);
    const QJsonArray services = data.value(QStringLiteral("by_service")).toArray();
    QCOMPARE(services.size(), 2);
    QCOMPARE(services.at(0).toObject().value(QStringLiteral("service")).toString(),
             QStringLiteral("dating"));
    QVERIFY(services.at(0).toObject().value(QStringLiteral("take_rate_bps")).isNull());

    // Drill-down: the marketplace's two transactions, one page each.
    QJsonObject params{{QStringLiteral("currency"), QStringLiteral("EUR")},
                       {QStringLiteral("from"), QStringLiteral("2024-06-03")},
                       {QStringLiteral("to"), QStringLiteral("2024-06-10")},
                       {QStringLiteral("service"), QStringLiteral("marketplace")},
                       {QStringLiteral("limit"), 1}};
    QStringList kinds;
    for (int page = 0; page < 3; ++page) {
        result = call(QStringLiteral("finance.revenue_transactions"), params);
        QVERIFY2(result.ok(), qPrintable(result.message));
        for (const QJsonValue &row : result.data.toObject().value(QStringLiteral("rows")).toArray())
            kinds << row.toObject().value(QStringLiteral("kind")).toString();
        const QJsonValue next = result.data.toObject().value(QStringLiteral("next"));
        if (next.isNull())
            break;
        for (const QString &key : next.toObject().keys())
            params.insert(key, next.toObject().value(key));
    }
    QCOMPARE(kinds, (QStringList{QStringLiteral("agent_sale"), QStringLiteral("refund")}));

    // Top creators: the creator keeps 4.50 of the sale.
    result = call(QStringLiteral("finance.top_payees"),
                  {{QStringLiteral("currency"), QStringLiteral("EUR")},
                   {QStringLiteral("from"), QStringLiteral("2024-06-01")},
                   {QStringLiteral("to"), QStringLiteral("2024-06-04")},
                   {QStringLiteral("payee_type"), QStringLiteral("creator")}});
    QVERIFY2(result.ok(), qPrintable(result.message));
    QJsonArray rows = result.data.toObject().value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("earnings_minor")).toInteger(), 900);
    result = call(QStringLiteral("finance.top_payees"),
                  {{QStringLiteral("currency"), QStringLiteral("EUR")},
                   {QStringLiteral("from"), QStringLiteral("2024-05-20")},
                   {QStringLiteral("to"), QStringLiteral("2024-08-02")}});
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.data.toObject().value(QStringLiteral("whole_months")).toInt(), 2);
    rows = result.data.toObject().value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("earnings_minor")).toInteger(), 450);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("payee_id")).toInteger(), 42);
}

void TestRevenue::rollupsEqualANaiveGroupByAfterRandomFlows()
{
    QRandomGenerator random(20240603);
    const int steps = m_db->isPostgreSql() ? 160 : 260;
    QList<Sale> sales;
    qint64 nextId = 1;
    QList<qint64> pendingParcels;
    const qint64 base = at(2024, 1, 10);
    auto when = [&] { return base + qint64(random.bounded(200)) * kDay + random.bounded(kDay); };
    auto currency = [&] {
        return random.bounded(4) == 0 ? QStringLiteral("USD") : QStringLiteral("EUR");
    };
    for (int step = 0; step < steps; ++step) {
        const int action = random.bounded(12);
        const qint64 id = nextId++;
        const QString cur = currency();
        const qint64 amount = random.bounded(100, 50000);
        const qint64 payee = random.bounded(1, 6);
        if (action == 0) {
            publish(QStringLiteral("payment:completed"),
                    {{QStringLiteral("transaction_id"), id},
                     {QStringLiteral("kind"), QStringLiteral("subscription")},
                     {QStringLiteral("user_id"), random.bounded(100, 106)},
                     {QStringLiteral("amount_minor"), 999 * random.bounded(1, 3)},
                     {QStringLiteral("currency"), cur}},
                    when());
            sales << Sale{QStringLiteral("payment"), id, cur};
        } else if (action == 1) {
            QJsonObject payload{{QStringLiteral("sale_id"), id},
                                {QStringLiteral("creator_user_id"), payee},
                                {QStringLiteral("amount_minor"), amount},
                                {QStringLiteral("currency"), cur}};
            if (random.bounded(2) == 0) {
                payload.insert(QStringLiteral("kind"), QStringLiteral("subscription"));
                payload.insert(QStringLiteral("buyer_user_id"), random.bounded(100, 106));
            }
            publish(QStringLiteral("agent:sold"), payload, when());
            sales << Sale{QStringLiteral("agent_sale"), id, cur};
        } else if (action == 2) {
            publish(QStringLiteral("order:paid"),
                    {{QStringLiteral("order_id"), id},
                     {QStringLiteral("vendor_user_id"), payee},
                     {QStringLiteral("total_minor"), amount},
                     {QStringLiteral("commission_bps"), random.bounded(500, 1501)},
                     {QStringLiteral("currency"), cur}},
                    when());
            sales << Sale{QStringLiteral("order"), id, cur};
        } else if (action == 3) {
            publish(QStringLiteral("ride:completed"),
                    {{QStringLiteral("ride_id"), id},
                     {QStringLiteral("driver_user_id"), payee},
                     {QStringLiteral("fare_minor"), amount},
                     {QStringLiteral("driver_earnings_minor"), amount * 8 / 10},
                     {QStringLiteral("currency"), cur}},
                    when());
            sales << Sale{QStringLiteral("ride"), id, cur};
        } else if (action == 4) {
            publish(QStringLiteral("booking:confirmed"),
                    {{QStringLiteral("booking_id"), id},
                     {QStringLiteral("host_user_id"), payee},
                     {QStringLiteral("total_minor"), amount},
                     {QStringLiteral("host_payout_minor"), amount * 85 / 100},
                     {QStringLiteral("currency"), cur}},
                    when());
            sales << Sale{QStringLiteral("booking"), id, cur};
        } else if (action == 5) {
            publish(QStringLiteral("ads:charged"),
                    {{QStringLiteral("charge_id"), id},
                     {QStringLiteral("publisher_user_id"), payee},
                     {QStringLiteral("amount_minor"), amount},
                     {QStringLiteral("currency"), cur}},
                    when());
            sales << Sale{QStringLiteral("ad_charge"), id, cur};
        } else if (action == 6) {
            // A parcel: paid into escrow now, delivered (captured) or canceled later.
            publish(QStringLiteral("parcel:paid"),
                    {{QStringLiteral("parcel_id"), id},
                     {QStringLiteral("traveler_user_id"), payee},
                     {QStringLiteral("fee_minor"), amount},
                     {QStringLiteral("traveler_payout_minor"), amount * 7 / 10},
                     {QStringLiteral("currency"), cur}},
                    when());
            pendingParcels << id;
        } else if (action == 7 && !pendingParcels.isEmpty()) {
            const qint64 parcel = pendingParcels.takeAt(random.bounded(pendingParcels.size()));
            const bool delivered = random.bounded(3) != 0;
            publish(delivered ? QStringLiteral("parcel:delivered")
                              : QStringLiteral("parcel:canceled"),
                    {{QStringLiteral("parcel_id"), parcel}}, when());
            if (delivered) {
                const QString parcelCurrency =
                    Query::scalar(m_services->database().connection(),
                                  QStringLiteral("SELECT e.currency FROM ledger_hold_entries e "
                                                 "JOIN ledger_holds h ON h.id = e.hold_id "
                                                 "WHERE h.source_id = ?"),
                                  {parcel})
                        .toString();
                sales << Sale{QStringLiteral("parcel"), parcel, parcelCurrency};
            }
        } else if ((action == 8 || action == 9) && !sales.isEmpty()) {
            // A partial or full refund, at its own (often earlier-bucket) time, of what the
            // posting rules consider left: the sale less earlier refunds.
            const Sale &sale = sales.at(random.bounded(sales.size()));
            const qint64 left =
                Query::scalar(
                    m_services->database().connection(),
                    QStringLiteral("SELECT SUM(CASE WHEN t.kind = 'refund' THEN -e.amount_minor "
                                   "ELSE e.amount_minor END) FROM ledger_entries e JOIN "
                                   "ledger_transactions t ON t.id = e.ledger_transaction_id JOIN "
                                   "ledger_accounts a ON a.id = e.account_id WHERE "
                                   "t.source_type = ? AND t.source_id = ? AND t.kind <> "
                                   "'reversal' AND a.code LIKE 'processor%' AND NOT EXISTS "
                                   "(SELECT 1 FROM ledger_transactions o JOIN "
                                   "ledger_transactions r ON r.reverses_id = o.id WHERE "
                                   "o.source_type = t.source_type AND o.source_id = t.source_id "
                                   "AND o.kind <> 'refund')"),
                    {sale.refundSource, sale.id})
                    .toLongLong();
            if (left <= 0)
                continue;
            const qint64 refund =
                random.bounded(2) == 0 ? left : random.bounded(Q_INT64_C(1), left + 1);
            publish(QStringLiteral("payment:refund"),
                    {{QStringLiteral("refund_id"), id},
                     {QStringLiteral("source_type"), sale.refundSource},
                     {QStringLiteral("source_id"), sale.id},
                     {QStringLiteral("amount_minor"), refund},
                     {QStringLiteral("currency"), sale.currency}},
                    when());
        } else if (action >= 10) {
            // A reversal of any transaction at its own time; refused ones change nothing.
            const QList<qint64> ids = [&] {
                QList<qint64> list;
                Query q(m_services->database().connection(),
                        QStringLiteral("SELECT t.id FROM ledger_transactions t WHERE "
                                       "t.reverses_id IS NULL AND NOT EXISTS (SELECT 1 FROM "
                                       "ledger_transactions r WHERE r.reverses_id = t.id)"));
                while (q.next())
                    list << q.value(0).toLongLong();
                return list;
            }();
            if (ids.isEmpty())
                continue;
            const qint64 target = ids.at(random.bounded(ids.size()));
            const QStringList before = rollupSnapshot();
            try {
                m_services->database().write([&](QSqlDatabase &db) {
                    Ledger(db, kNow).reverse(target, QStringLiteral("test correction"),
                                             QStringLiteral("reverse-%1").arg(id), when());
                    return 0;
                });
            } catch (const Error &) {
                QCOMPARE(rollupSnapshot(), before);
            }
        }
        if (step % 40 == 39)
            QCOMPARE(rollupSnapshot(), naiveSnapshot());
    }
    const QStringList incremental = rollupSnapshot();
    QCOMPARE(incremental, naiveSnapshot());
    // Late events really landed in earlier buckets than later-posted ones.
    QVERIFY(Query::scalar(m_services->database().connection(),
                          QStringLiteral("SELECT COUNT(*) FROM ledger_transactions a JOIN "
                                         "ledger_transactions b ON b.id > a.id AND "
                                         "b.effective_at < a.effective_at - 86400000"))
                .toLongLong() > 0);
    QVERIFY(incremental.size() > 50);
    m_services->database().write([](QSqlDatabase &db) {
        RevenueRollups::rebuild(db);
        return 0;
    });
    QCOMPARE(rollupSnapshot(), incremental);
}

void TestRevenue::mrrMovementsFollowAHandWorkedExample()
{
    // Subscriber 1 (ann): Jan 10.00, Feb 10.00, Mar 15.00, none in Apr, May 15.00.
    // Subscriber 2 (bo):  Feb 20.00, Mar 12.00, Apr 12.00, none in May.
    // Subscriber 3 (cy):  Mar 30.00 through an agent subscription.
    qint64 id = 0;
    auto charge = [&](qint64 user, qint64 amount, qint64 when) {
        publish(QStringLiteral("payment:completed"),
                {{QStringLiteral("transaction_id"), ++id},
                 {QStringLiteral("kind"), QStringLiteral("subscription")},
                 {QStringLiteral("user_id"), user},
                 {QStringLiteral("amount_minor"), amount},
                 {QStringLiteral("currency"), QStringLiteral("EUR")}},
                when);
    };
    charge(1, 1000, at(2024, 1, 5));
    charge(1, 1000, at(2024, 2, 5));
    charge(1, 1500, at(2024, 3, 5));
    charge(1, 1500, at(2024, 5, 5));
    charge(2, 2000, at(2024, 2, 10));
    charge(2, 1200, at(2024, 3, 10));
    charge(2, 1200, at(2024, 4, 10));
    publish(QStringLiteral("agent:sold"),
            {{QStringLiteral("sale_id"), 9},
             {QStringLiteral("creator_user_id"), 50},
             {QStringLiteral("kind"), QStringLiteral("subscription")},
             {QStringLiteral("buyer_user_id"), 3},
             {QStringLiteral("amount_minor"), 3000},
             {QStringLiteral("currency"), QStringLiteral("EUR")}},
            at(2024, 3, 20));

    auto table = [&] {
        const CommandResult result = call(QStringLiteral("finance.mrr"),
                                          {{QStringLiteral("currency"), QStringLiteral("EUR")},
                                           {QStringLiteral("until"), QStringLiteral("2024-06")},
                                           {QStringLiteral("months"), 6}});
        QStringList lines;
        if (!result.ok())
            return QStringList{result.message};
        for (const QJsonValue &value :
             result.data.toObject().value(QStringLiteral("months")).toArray()) {
            const QJsonObject m = value.toObject();
            lines << QStringLiteral("%1 new %2 exp %3 react %4 contr %5 churn %6 mrr %7 n %8")
                         .arg(m.value(QStringLiteral("month")).toString())
                         .arg(m.value(QStringLiteral("new_minor")).toInteger())
                         .arg(m.value(QStringLiteral("expansion_minor")).toInteger())
                         .arg(m.value(QStringLiteral("reactivation_minor")).toInteger())
                         .arg(m.value(QStringLiteral("contraction_minor")).toInteger())
                         .arg(m.value(QStringLiteral("churn_minor")).toInteger())
                         .arg(m.value(QStringLiteral("mrr_minor")).toInteger())
                         .arg(m.value(QStringLiteral("subscribers")).toInteger());
        }
        return lines;
    };
    QCOMPARE(table(),
             (QStringList{
                 QStringLiteral("2024-01 new 1000 exp 0 react 0 contr 0 churn 0 mrr 1000 n 1"),
                 QStringLiteral("2024-02 new 2000 exp 0 react 0 contr 0 churn 0 mrr 3000 n 2"),
                 QStringLiteral("2024-03 new 3000 exp 500 react 0 contr -800 churn 0 mrr 5700 n 3"),
                 QStringLiteral("2024-04 new 0 exp 0 react 0 contr 0 churn -4500 mrr 1200 n 1"),
                 QStringLiteral("2024-05 new 0 exp 0 react 1500 contr 0 churn -1200 mrr 1500 n 1"),
                 QStringLiteral("2024-06 new 0 exp 0 react 0 contr 0 churn -1500 mrr 0 n 0"),
             }));

    // A late January charge for cy: January gains new MRR, February churns it, and cy's March
    // is a reactivation instead of new.
    charge(3, 3000, at(2024, 1, 25));
    // A reversal of bo's April charge (posted in June): April loses bo entirely.
    const qint64 april = Query::scalar(m_services->database().connection(),
                                       QStringLiteral("SELECT id FROM ledger_transactions WHERE "
                                                      "idempotency_key = 'payment:7'"))
                             .toLongLong();
    m_services->database().write([&](QSqlDatabase &db) {
        Ledger(db, kNow).reverse(april, QStringLiteral("duplicate charge"),
                                 QStringLiteral("reverse-april"));
        return 0;
    });
    const QStringList expected{
        QStringLiteral("2024-01 new 4000 exp 0 react 0 contr 0 churn 0 mrr 4000 n 2"),
        QStringLiteral("2024-02 new 2000 exp 0 react 0 contr 0 churn -3000 mrr 3000 n 2"),
        QStringLiteral("2024-03 new 0 exp 500 react 3000 contr -800 churn 0 mrr 5700 n 3"),
        QStringLiteral("2024-04 new 0 exp 0 react 0 contr 0 churn -5700 mrr 0 n 0"),
        QStringLiteral("2024-05 new 0 exp 0 react 1500 contr 0 churn 0 mrr 1500 n 1"),
        QStringLiteral("2024-06 new 0 exp 0 react 0 contr 0 churn -1500 mrr 0 n 0"),
    };
    QCOMPARE(table(), expected);
    // The pure classification agrees, and so does a rebuild from the ledger.
    const QMap<int, MrrMovement> ann = RevenueRollups::classify(
        {{2024 * 12, 1000}, {2024 * 12 + 1, 1000}, {2024 * 12 + 2, 1500}, {2024 * 12 + 4, 1500}});
    QCOMPARE(ann.value(2024 * 12 + 2).expansion, 500);
    QCOMPARE(ann.value(2024 * 12 + 3).churn, -1500);
    QCOMPARE(ann.value(2024 * 12 + 4).reactivation, 1500);
    m_services->database().write([](QSqlDatabase &db) {
        RevenueRollups::rebuild(db);
        return 0;
    });
    QCOMPARE(table(), expected);
}

void TestRevenue::lateEventsCorrectTheirOwnBuckets()
{
    auto ride = [&](qint64 id, qint64 fare, qint64 when) {
        publish(QStringLiteral("ride:completed"),
                {{QStringLiteral("ride_id"), id},
                 {QStringLiteral("driver_user_id"), 4},
                 {QStringLiteral("fare_minor"), fare},
                 {QStringLiteral("driver_earnings_minor"), fare * 8 / 10},
                 {QStringLiteral("currency"), QStringLiteral("EUR")}},
                when);
    };
    auto grossOf = [&](const QString &from, const QString &to) {
        const CommandResult result = call(QStringLiteral("finance.revenue"),
                                          {{QStringLiteral("currency"), QStringLiteral("EUR")},
                                           {QStringLiteral("from"), from},
                                           {QStringLiteral("to"), to},
                                           {QStringLiteral("service"), QStringLiteral("rides")}});
        return result.data.toObject()
            .value(QStringLiteral("totals"))
            .toObject()
            .value(QStringLiteral("gross_minor"))
            .toInteger();
    };
    ride(1, 2340, at(2024, 5, 30));
    QCOMPARE(grossOf(QStringLiteral("2024-05-01"), QStringLiteral("2024-06-01")), 2340);
    // Posted on 3 June, it happened on 2 May: May grows, June stays empty.
    ride(2, 1000, at(2024, 5, 2));
    QCOMPARE(grossOf(QStringLiteral("2024-05-01"), QStringLiteral("2024-06-01")), 3340);
    QCOMPARE(grossOf(QStringLiteral("2024-05-02"), QStringLiteral("2024-05-03")), 1000);
    QCOMPARE(grossOf(QStringLiteral("2024-06-01"), QStringLiteral("2024-07-01")), 0);
    // The ledger keeps both times.
    const CommandResult tx = call(QStringLiteral("finance.revenue_transactions"),
                                  {{QStringLiteral("currency"), QStringLiteral("EUR")},
                                   {QStringLiteral("from"), QStringLiteral("2024-05-01")},
                                   {QStringLiteral("to"), QStringLiteral("2024-05-03")}});
    const QJsonObject row =
        tx.data.toObject().value(QStringLiteral("rows")).toArray().at(0).toObject();
    QCOMPARE(row.value(QStringLiteral("effective_at")).toInteger(), at(2024, 5, 2));
    QCOMPARE(row.value(QStringLiteral("posted_at")).toInteger(), kNow);
}

void TestRevenue::badInputIsRefusedAndChangesNothing()
{
    publish(QStringLiteral("ride:completed"),
            {{QStringLiteral("ride_id"), 1},
             {QStringLiteral("driver_user_id"), 4},
             {QStringLiteral("fare_minor"), 2340},
             {QStringLiteral("driver_earnings_minor"), 1872},
             {QStringLiteral("currency"), QStringLiteral("EUR")}},
            at(2024, 5, 30));
    const QStringList before = rollupSnapshot();
    const QJsonObject good{{QStringLiteral("currency"), QStringLiteral("EUR")},
                           {QStringLiteral("from"), QStringLiteral("2024-05-01")},
                           {QStringLiteral("to"), QStringLiteral("2024-06-01")}};
    QVERIFY(call(QStringLiteral("finance.revenue"), good).ok());
    struct Case
    {
        QString command;
        QJsonObject change;
        QString message;
    };
    const QList<Case> cases{
        {QStringLiteral("finance.revenue"),
         {{QStringLiteral("to"), QStringLiteral("2024-05-01")}},
         QStringLiteral("to must be after from")},
        {QStringLiteral("finance.revenue"),
         {{QStringLiteral("currency"), QStringLiteral("XXX")}},
         QStringLiteral("unknown currency \"XXX\"")},
        {QStringLiteral("finance.revenue"),
         {{QStringLiteral("currency"), QJsonValue()}},
         QStringLiteral("currency")},
        {QStringLiteral("finance.revenue"),
         {{QStringLiteral("service"), QStringLiteral("casino")}},
         QStringLiteral("unknown service \"casino\"")},
        {QStringLiteral("finance.revenue"),
         {{QStringLiteral("granularity"), QStringLiteral("hour")}},
         QStringLiteral("granularity must be day, week or month")},
        {QStringLiteral("finance.revenue"),
         {{QStringLiteral("from"), QStringLiteral("2010-01-01")}},
         QStringLiteral("more than 1100 day buckets")},
        {QStringLiteral("finance.revenue"),
         {{QStringLiteral("from"), at(2024, 5, 1)}},
         QStringLiteral("whole days")},
        {QStringLiteral("finance.revenue"),
         {{QStringLiteral("from"), QStringLiteral("May 1st")}},
         QStringLiteral("is not a date")},
        {QStringLiteral("finance.top_payees"),
         {{QStringLiteral("payee_type"), QStringLiteral("dj")}},
         QStringLiteral("unknown payee type")},
        {QStringLiteral("finance.top_payees"),
         {{QStringLiteral("limit"), 0}},
         QStringLiteral("limit must be between 1 and 100")},
        {QStringLiteral("finance.mrr"),
         {{QStringLiteral("months"), 500}},
         QStringLiteral("months must be between 1 and 120")},
        {QStringLiteral("finance.mrr"),
         {{QStringLiteral("until"), QStringLiteral("June")}},
         QStringLiteral("is not a month")},
        {QStringLiteral("finance.revenue_transactions"),
         {{QStringLiteral("limit"), 1000}},
         QStringLiteral("limit must be between 1 and 200")},
    };
    for (const Case &c : cases) {
        QJsonObject params = good;
        for (const QString &key : c.change.keys()) {
            if (c.change.value(key).isNull())
                params.remove(key);
            else
                params.insert(key, c.change.value(key));
        }
        const CommandResult result = call(c.command, params);
        QVERIFY2(!result.ok(), qPrintable(c.message));
        QCOMPARE(result.code, ErrorCode::BadInput);
        QVERIFY2(result.message.contains(c.message), qPrintable(result.message));
    }
    // Support staff do not see revenue.
    QCOMPARE(m_services->bus().execute(m_sam, QStringLiteral("finance.revenue"), good).code,
             ErrorCode::PermissionDenied);
    QCOMPARE(rollupSnapshot(), before);
}

QTEST_GUILESS_MAIN(TestRevenue)
#include "tst_revenue.moc"
