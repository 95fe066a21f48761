#include "clock.h"
#include "database.h"
#include "errors.h"
#include "ledger.h"
#include "money.h"
#include "outbox.h"
#include "postingrules.h"
#include "query.h"
#include "servicelayer.h"
#include "stewardservices.h"
#include "testdatabase.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlRecord>
#include <QTest>

#include <functional>

using namespace Steward;
using namespace Steward::Finance;

namespace {

// 2024-06-03T09:00:00Z.
constexpr qint64 kStart = 1717405200000;
const QString kEur = QStringLiteral("EUR");

Leg leg(Purpose purpose, qint64 owner, qint64 amount)
{
    return Leg{purpose, owner, amount};
}

QString describe(const QList<Leg> &legs)
{
    QStringList parts;
    for (const Leg &l : legs)
        parts
            << QStringLiteral("%1/%2=%3").arg(purposeName(l.purpose)).arg(l.ownerId).arg(l.amount);
    return parts.join(QLatin1Char(' '));
}

bool refused(const std::function<void()> &work)
{
    try {
        work();
    } catch (const Error &error) {
        return error.code() == ErrorCode::BadInput;
    }
    return false;
}

__extension__ typedef __int128 Wide;

/** |leg - amount * weight / whole| < 1, in integers. */
bool withinOneCent(qint64 leg, qint64 amount, qint64 weight, qint64 whole)
{
    const Wide exact = __int128(amount) * weight;
    const Wide scaled = __int128(leg) * whole;
    const Wide diff = scaled > exact ? scaled - exact : exact - scaled;
    return diff < whole;
}

} // namespace

class TestPostingRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    // Pure arithmetic.
    void splitsMatchTheWorkedExamples();
    void badRuleInputIsRefused();
    void randomSplitsSumExactlyAndStayWithinOneCent();
    void randomRefundsMirrorTheSplitAndEndAtZero();
    // Handlers on the outbox.
    void everyFlowPostsItsSplit();
    void redeliveredOrRepeatedEventsPostNothingNew();
    void refundsAfterASaleLeaveTheRightBalances();
    void parcelEscrowIsHeldThenCapturedOrVoided();

private:
    qint64 addUser(const QString &name);
    qint64 publish(const QString &type, const QJsonObject &payload);
    Balance balance(Purpose purpose, qint64 owner = 0);
    qint64 scalar(const QString &sql);
    QString ledgerSnapshot();

    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<ServiceLayer> m_services;
    qint64 m_ana = 0;
    qint64 m_ben = 0;
};

void TestPostingRules::init()
{
    m_db = std::make_unique<Test::TestDatabase>();
    m_services = Test::openMigrated(m_db->url(), std::make_unique<ManualClock>(kStart));
    setupServices(*m_services);
    m_ana = addUser(QStringLiteral("ana"));
    m_ben = addUser(QStringLiteral("ben"));
}

void TestPostingRules::cleanup()
{
    m_services.reset();
    m_db.reset();
}

qint64 TestPostingRules::addUser(const QString &name)
{
    return m_services->database().write([&](QSqlDatabase &db) {
        Query insert(db,
                     QStringLiteral("INSERT INTO users (email, first_name, last_name, name_key, "
                                    "last_name_key, country, city, created_at, updated_at) "
                                    "VALUES (?, ?, 'Test', ?, 'test', 'DE', 'Berlin', 0, 0) "
                                    "RETURNING id"),
                     {name + QStringLiteral("@example.com"), name, name + QStringLiteral(" test")});
        insert.next();
        return insert.value(0).toLongLong();
    });
}

qint64 TestPostingRules::publish(const QString &type, const QJsonObject &payload)
{
    const qint64 id = m_services->database().write([&](QSqlDatabase &db) {
        return EventDispatcher::append(db, kStart, type, QStringLiteral("test"),
                                       QStringLiteral("1"), payload);
    });
    m_services->events().deliverPending();
    return id;
}

Balance TestPostingRules::balance(Purpose purpose, qint64 owner)
{
    return m_services->database().write([&](QSqlDatabase &db) {
        Ledger ledger(db, kStart);
        return ledger.balance(ledger.account(purpose, owner, kEur).id);
    });
}

qint64 TestPostingRules::scalar(const QString &sql)
{
    return Query::scalar(m_services->database().connection(), sql).toLongLong();
}

QString TestPostingRules::ledgerSnapshot()
{
    QStringList lines;
    QSqlDatabase db = m_services->database().connection();
    for (const QString &sql :
         {QStringLiteral("SELECT id, kind, idempotency_key FROM ledger_transactions ORDER BY id"),
          QStringLiteral("SELECT id, account_id, direction, amount_minor FROM ledger_entries "
                         "ORDER BY id"),
          QStringLiteral("SELECT account_id, debits_posted, credits_posted, debits_pending, "
                         "credits_pending FROM ledger_balances ORDER BY account_id"),
          QStringLiteral("SELECT id, state FROM ledger_holds ORDER BY id")}) {
        Query query(db, sql);
        while (query.next()) {
            QStringList row;
            for (int i = 0; i < query.raw().record().count(); ++i)
                row << query.value(i).toString();
            lines << row.join(QLatin1Char('|'));
        }
        lines << QStringLiteral("--");
    }
    return lines.join(QLatin1Char('\n'));
}

void TestPostingRules::splitsMatchTheWorkedExamples()
{
    using namespace PostingRules;
    // 19.99 agent sale: 899.55 / 999.50 / 99.95 exact; the two cents left go to the largest
    // remainders (DAO .95, creator .55).
    QCOMPARE(agentSale(1999, 7), (QList<Leg>{leg(Purpose::CreatorPayable, 7, 900),
                                             leg(Purpose::PlatformRevenue, 0, 999),
                                             leg(Purpose::DaoTreasury, 0, 100)}));
    QCOMPARE(platformPayment(999),
             (QList<Leg>{leg(Purpose::PlatformRevenue, 0, 949), leg(Purpose::DaoTreasury, 0, 50)}));
    // Starter tier 15 %, enterprise 5 % (all of it the DAO's).
    QCOMPARE(vendorOrder(12345, 3, 1500), (QList<Leg>{leg(Purpose::VendorPayable, 3, 10493),
                                                      leg(Purpose::PlatformRevenue, 0, 1235),
                                                      leg(Purpose::DaoTreasury, 0, 617)}));
    QCOMPARE(vendorOrder(12345, 3, 500), (QList<Leg>{leg(Purpose::VendorPayable, 3, 11728),
                                                     leg(Purpose::DaoTreasury, 0, 617)}));
    // Ride: base 18.00 at 130 % surge = 23.40; the driver's agreed 18.72 (80 %).
    QCOMPARE(ride(2340, 4, 1872), (QList<Leg>{leg(Purpose::DriverPayable, 4, 1872),
                                              leg(Purpose::PlatformRevenue, 0, 351),
                                              leg(Purpose::DaoTreasury, 0, 117)}));
    QCOMPARE(booking(36000, 5, 30600), (QList<Leg>{leg(Purpose::HostPayable, 5, 30600),
                                                   leg(Purpose::PlatformRevenue, 0, 3600),
                                                   leg(Purpose::DaoTreasury, 0, 1800)}));
    // A platform fee below 5 % is all the DAO's.
    QCOMPARE(parcel(2500, 6, 2450), (QList<Leg>{leg(Purpose::TravelerPayable, 6, 2450),
                                                leg(Purpose::DaoTreasury, 0, 50)}));
    QCOMPARE(adSpend(10001, 8), (QList<Leg>{leg(Purpose::CreatorPayable, 8, 7001),
                                            leg(Purpose::PlatformRevenue, 0, 2500),
                                            leg(Purpose::DaoTreasury, 0, 500)}));
    // Refund 10.00 of the 19.99 sale: 450.23 / 499.75 / 50.03 exact.
    const QList<Leg> sale = agentSale(1999, 7);
    QCOMPARE(refundSplit(1000, sale),
             (QList<Leg>{leg(Purpose::CreatorPayable, 7, 450),
                         leg(Purpose::PlatformRevenue, 0, 500), leg(Purpose::DaoTreasury, 0, 50)}));
    QCOMPARE(refundSplit(1999, sale), sale);
}

void TestPostingRules::badRuleInputIsRefused()
{
    using namespace PostingRules;
    QVERIFY(refused([] { agentSale(0, 7); }));
    QVERIFY(refused([] { agentSale(-5, 7); }));
    QVERIFY(refused([] { agentSale(100, 0); }));
    QVERIFY(refused([] { vendorOrder(100, 3, 1600); }));
    QVERIFY(refused([] { vendorOrder(100, 3, 400); }));
    QVERIFY(refused([] { ride(100, 4, 101); }));
    QVERIFY(refused([] { ride(100, 4, -1); }));
    QVERIFY(refused([] { refundSplit(0, agentSale(100, 7)); }));
    QVERIFY(refused([] { refundSplit(101, agentSale(100, 7)); }));
}

void TestPostingRules::randomSplitsSumExactlyAndStayWithinOneCent()
{
    using namespace PostingRules;
    QRandomGenerator random(20240603);
    for (int i = 0; i < 20000; ++i) {
        const qint64 amount =
            i < 1000 ? i + 1 : qint64(random.bounded(Q_INT64_C(1), Q_INT64_C(1'000'000'000'000)));
        const qint64 bps = random.bounded(kVendorMinBps, kVendorMaxBps + 1);
        const QList<Leg> legs = vendorOrder(amount, 3, bps);
        QCOMPARE(total(legs), amount);
        for (const Leg &l : legs) {
            const qint64 weight = l.purpose == Purpose::VendorPayable ? kWhole - bps
                                  : l.purpose == Purpose::DaoTreasury ? kDaoBps
                                                                      : bps - kDaoBps;
            QVERIFY2(withinOneCent(l.amount, amount, weight, kWhole),
                     qPrintable(QStringLiteral("%1: %2").arg(amount).arg(describe(legs))));
        }
        const QList<Leg> sale = agentSale(amount, 7);
        QCOMPARE(total(sale), amount);
        QCOMPARE(sale.size(), amount >= 20 ? 3 : sale.size());
        const qint64 payee = qint64(random.bounded(quint64(amount) + 1));
        const QList<Leg> agreed = ride(amount, 4, payee);
        QCOMPARE(total(agreed), amount);
        QCOMPARE(agreed.first().purpose == Purpose::DriverPayable ? agreed.first().amount : 0,
                 payee);
        for (const Leg &l : agreed) {
            QVERIFY(l.amount > 0);
            if (l.purpose == Purpose::DaoTreasury && l.amount < amount - payee)
                QVERIFY(withinOneCent(l.amount, amount, kDaoBps, kWhole));
        }
    }
}

void TestPostingRules::randomRefundsMirrorTheSplitAndEndAtZero()
{
    using namespace PostingRules;
    QRandomGenerator random(99);
    for (int i = 0; i < 3000; ++i) {
        const qint64 amount = random.bounded(1, 5'000'000);
        const QList<Leg> original =
            i % 2 ? agentSale(amount, 7) : vendorOrder(amount, 3, random.bounded(500, 1501));
        // A full refund mirrors the sale exactly.
        QCOMPARE(refundSplit(amount, original), original);
        QList<Leg> remaining = original;
        while (total(remaining) > 0) {
            const qint64 left = total(remaining);
            const qint64 refund =
                random.bounded(3) == 0 ? left : random.bounded(Q_INT64_C(1), left + 1);
            const QList<Leg> legs = refundSplit(refund, remaining);
            QCOMPARE(total(legs), refund);
            for (const Leg &l : legs) {
                auto it = std::find_if(remaining.begin(), remaining.end(), [&](const Leg &r) {
                    return r.purpose == l.purpose && r.ownerId == l.ownerId;
                });
                QVERIFY(it != remaining.end());
                QVERIFY(l.amount <= it->amount);
                QVERIFY(withinOneCent(l.amount, refund, it->amount, left));
            }
            for (Leg &r : remaining)
                for (const Leg &l : legs)
                    if (r.purpose == l.purpose && r.ownerId == l.ownerId)
                        r.amount -= l.amount;
        }
        for (const Leg &r : remaining)
            QCOMPARE(r.amount, 0);
    }
}

void TestPostingRules::everyFlowPostsItsSplit()
{
    publish(QStringLiteral("payment:completed"), {{"transaction_id", 11},
                                                  {"kind", "subscription"},
                                                  {"amount_minor", 999},
                                                  {"currency", "EUR"}});
    // A payment whose flow posts through its own event leaves the ledger alone.
    publish(
        QStringLiteral("payment:completed"),
        {{"transaction_id", 12}, {"kind", "ride"}, {"amount_minor", 2340}, {"currency", "EUR"}});
    publish(
        QStringLiteral("agent:sold"),
        {{"sale_id", 1}, {"creator_user_id", m_ana}, {"amount_minor", 1999}, {"currency", "EUR"}});
    publish(QStringLiteral("order:paid"), {{"order_id", 2},
                                           {"vendor_user_id", m_ben},
                                           {"total_minor", 12345},
                                           {"commission_bps", 1500},
                                           {"currency", "EUR"}});
    publish(QStringLiteral("ride:completed"), {{"ride_id", 3},
                                               {"driver_user_id", m_ben},
                                               {"fare_minor", 2340},
                                               {"driver_earnings_minor", 1872},
                                               {"currency", "EUR"}});
    publish(QStringLiteral("booking:confirmed"), {{"booking_id", 4},
                                                  {"host_user_id", m_ana},
                                                  {"total_minor", 36000},
                                                  {"host_payout_minor", 30600},
                                                  {"currency", "EUR"}});
    publish(QStringLiteral("ads:charged"), {{"charge_id", 5},
                                            {"publisher_user_id", m_ana},
                                            {"amount_minor", 10001},
                                            {"currency", "EUR"}});

    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM ledger_transactions")), 6);
    QCOMPARE(balance(Purpose::CreatorPayable, m_ana).posted, 900 + 7001);
    QCOMPARE(balance(Purpose::VendorPayable, m_ben).posted, 10493);
    QCOMPARE(balance(Purpose::DriverPayable, m_ben).posted, 1872);
    QCOMPARE(balance(Purpose::HostPayable, m_ana).posted, 30600);
    QCOMPARE(balance(Purpose::PlatformRevenue).posted, 949 + 999 + 1235 + 351 + 3600 + 2500);
    QCOMPARE(balance(Purpose::DaoTreasury).posted, 50 + 100 + 617 + 117 + 1800 + 500);
    QCOMPARE(balance(Purpose::ProcessorClearing).posted, 999 + 1999 + 12345 + 2340 + 36000 + 10001);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM ledger_transactions WHERE "
                                   "idempotency_key = 'ride:3' AND source_type = 'ride' AND "
                                   "source_id = 3")),
             1);

    // An event with a bad field posts nothing and stays pending for the handler.
    const QString before = ledgerSnapshot();
    publish(QStringLiteral("order:paid"), {{"order_id", 9},
                                           {"vendor_user_id", m_ben},
                                           {"total_minor", 5000},
                                           {"commission_bps", 2000},
                                           {"currency", "EUR"}});
    QCOMPARE(ledgerSnapshot(), before);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM processed_events WHERE handler = "
                                   "'finance.post_order'")),
             1);
}

void TestPostingRules::redeliveredOrRepeatedEventsPostNothingNew()
{
    const QJsonObject sale{
        {"sale_id", 1}, {"creator_user_id", m_ana}, {"amount_minor", 1999}, {"currency", "EUR"}};
    const qint64 eventId = publish(QStringLiteral("agent:sold"), sale);
    const QString after = ledgerSnapshot();
    QCOMPARE(balance(Purpose::CreatorPayable, m_ana).posted, 900);

    // The same outbox event delivered again: processed_events refuses it.
    OutboxEvent event{
        eventId, QStringLiteral("agent:sold"), QStringLiteral("test"), QStringLiteral("1"), sale,
        kStart};
    EventHandler handler;
    for (const EventHandler &h : m_services->events().handlers())
        if (h.name == QLatin1String("finance.post_agent_sale"))
            handler = h;
    QVERIFY(handler.handle);
    QVERIFY(!m_services->events().deliver(handler, event));
    // The same sale announced twice (a new outbox event): the idempotency key refuses it.
    publish(QStringLiteral("agent:sold"), sale);
    // The handler's effect run again outside the dispatcher: the ledger replays the first
    // result.
    m_services->database().write([&](QSqlDatabase &db) { handler.handle(db, event); });
    QCOMPARE(ledgerSnapshot(), after);
    QCOMPARE(balance(Purpose::CreatorPayable, m_ana).posted, 900);
}

void TestPostingRules::refundsAfterASaleLeaveTheRightBalances()
{
    publish(
        QStringLiteral("agent:sold"),
        {{"sale_id", 1}, {"creator_user_id", m_ana}, {"amount_minor", 1999}, {"currency", "EUR"}});
    const QJsonObject partial{{"refund_id", 1},
                              {"source_type", "agent_sale"},
                              {"source_id", 1},
                              {"amount_minor", 1000},
                              {"currency", "EUR"}};
    publish(QStringLiteral("payment:refund"), partial);
    QCOMPARE(balance(Purpose::CreatorPayable, m_ana).posted, 900 - 450);
    QCOMPARE(balance(Purpose::PlatformRevenue).posted, 999 - 500);
    QCOMPARE(balance(Purpose::DaoTreasury).posted, 100 - 50);
    QCOMPARE(balance(Purpose::ProcessorClearing).posted, 999);

    // The same refund again changes nothing; a refund beyond what is left is refused.
    QString before = ledgerSnapshot();
    publish(QStringLiteral("payment:refund"), partial);
    QCOMPARE(ledgerSnapshot(), before);
    publish(QStringLiteral("payment:refund"), {{"refund_id", 2},
                                               {"source_type", "agent_sale"},
                                               {"source_id", 1},
                                               {"amount_minor", 1000},
                                               {"currency", "EUR"}});
    QCOMPARE(ledgerSnapshot(), before);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM processed_events WHERE handler = "
                                   "'finance.post_refund'")),
             2); // The first refund and its replay; the refused one stays pending.

    // Refunding the rest returns every account to zero.
    m_services->database().write([&](QSqlDatabase &db) {
        Query(db,
              QStringLiteral("UPDATE outbox SET payload = ? WHERE event_type = "
                             "'payment:refund' AND id = (SELECT MAX(id) FROM outbox)"),
              {QStringLiteral("{\"refund_id\":2,\"source_type\":\"agent_sale\",\"source_id\":1,"
                              "\"amount_minor\":999,\"currency\":\"EUR\"}")});
    });
    m_services->events().deliverPending();
    for (const Balance &b :
         {balance(Purpose::CreatorPayable, m_ana), balance(Purpose::PlatformRevenue),
          balance(Purpose::DaoTreasury), balance(Purpose::ProcessorClearing)}) {
        QCOMPARE(b.posted, 0);
        QCOMPARE(b.postedNet, 0);
    }
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM ledger_transactions WHERE kind = "
                                   "'refund'")),
             2);
}

void TestPostingRules::parcelEscrowIsHeldThenCapturedOrVoided()
{
    for (int parcel : {1, 2})
        publish(QStringLiteral("parcel:paid"), {{"parcel_id", parcel},
                                                {"traveler_user_id", m_ben},
                                                {"fee_minor", 2500},
                                                {"traveler_payout_minor", 2000},
                                                {"currency", "EUR"}});
    Balance traveler = balance(Purpose::TravelerPayable, m_ben);
    QCOMPARE(traveler.posted, 0);
    QCOMPARE(traveler.pending, 4000);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM ledger_holds WHERE state = 'pending'")),
             2);

    publish(QStringLiteral("parcel:delivered"), {{"parcel_id", 1}});
    publish(QStringLiteral("parcel:canceled"), {{"parcel_id", 2}, {"reason", "sender canceled"}});
    traveler = balance(Purpose::TravelerPayable, m_ben);
    QCOMPARE(traveler.posted, 2000);
    QCOMPARE(traveler.pending, 0);
    QCOMPARE(balance(Purpose::PlatformRevenue).posted, 375);
    QCOMPARE(balance(Purpose::DaoTreasury).posted, 125);
    QCOMPARE(balance(Purpose::ProcessorClearing).posted, 2500);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM ledger_holds WHERE state = 'posted'")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM ledger_holds WHERE state = 'voided'")), 1);

    // Delivering again, or delivering the canceled parcel, changes nothing.
    const QString before = ledgerSnapshot();
    publish(QStringLiteral("parcel:delivered"), {{"parcel_id", 1}});
    publish(QStringLiteral("parcel:delivered"), {{"parcel_id", 2}});
    QCOMPARE(ledgerSnapshot(), before);

    // A delivered parcel's fee can be refunded like any sale.
    publish(QStringLiteral("payment:refund"), {{"refund_id", 7},
                                               {"source_type", "parcel"},
                                               {"source_id", 1},
                                               {"amount_minor", 2500},
                                               {"currency", "EUR"}});
    QCOMPARE(balance(Purpose::TravelerPayable, m_ben).posted, 0);
    QCOMPARE(balance(Purpose::ProcessorClearing).posted, 0);
}

QTEST_GUILESS_MAIN(TestPostingRules)
#include "tst_postingrules.moc"
