#include "clock.h"
#include "database.h"
#include "financeservice.h"
#include "ledger.h"
#include "money.h"
#include "query.h"
#include "servicelayer.h"
#include "stewardservices.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlRecord>
#include <QTest>

#include <functional>
#include <latch>
#include <thread>
#include <optional>

using namespace Steward;
using namespace Steward::Finance;

namespace {

const QString kPassword = QStringLiteral("a long test password");
// 2024-06-03T09:00:00Z.
constexpr qint64 kStart = 1717405200000;

/** What the test expects of one account, kept apart from the ledger's own bookkeeping. */
struct Expected
{
    qint64 debitsPosted = 0;
    qint64 creditsPosted = 0;
    qint64 debitsPending = 0;
    qint64 creditsPending = 0;
};

PostRequest makeRequest(const QString &kind, const QString &description, const QString &key,
                        const QList<Posting> &postings, const QString &sourceType = {},
                        qint64 sourceId = 0)
{
    PostRequest result;
    result.kind = kind;
    result.description = description;
    result.idempotencyKey = key;
    result.postings = postings;
    result.sourceType = sourceType;
    result.sourceId = sourceId;
    return result;
}

} // namespace

class TestLedger : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void saleIsSplitAndBalanced();
    void badInputIsRefusedAndChangesNothing_data();
    void badInputIsRefusedAndChangesNothing();
    void replayReturnsTheFirstResult();
    void reversalIsLinkedAndHappensOnce();
    void holdIsPostedOrVoidedExactlyOnce();
    void randomOperationsKeepTheLedgerSound_data();
    void randomOperationsKeepTheLedgerSound();
    void concurrentRequestsKeepTheRules();
    void commandsPostReadAndReverse();
    void commandsRefuseBadInputAndOtherRoles();

private:
    /** Runs @p work in a committed write transaction; returns the Error it threw, if any. The
     *  transaction commits even then, so a refusal that wrote anything would show. */
    std::optional<Error> attempt(const std::function<void(Ledger &)> &work);
    Account account(Purpose purpose, qint64 owner, const QString &currency = QStringLiteral("EUR"));
    Balance balance(qint64 accountId);
    qint64 addUser(const QString &name);
    /** Every ledger table, read back in full. */
    QString snapshot();
    qint64 scalar(const QString &sql, const QVariantList &values = {});
    /** The invariants that must hold after every operation; fails the test otherwise. */
    void checkInvariants(const QList<Account> &accounts, const QMap<qint64, Expected> &expected);
    CommandResult call(const QString &command, const QJsonObject &params, const Principal &as);

    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<ServiceLayer> m_services;
    QList<qint64> m_users;
    Principal m_fin;
    Principal m_sam;
};

void TestLedger::init()
{
    m_db = std::make_unique<Test::TestDatabase>();
    m_services = Test::openMigrated(m_db->url(), std::make_unique<ManualClock>(kStart));
    setupServices(*m_services);
    m_fin = Principal::forOperator(
        Test::addOperator(*m_services, QStringLiteral("fin"), QStringLiteral("finance"), kPassword),
        QStringLiteral("fin"), Role::Finance);
    m_sam = Principal::forOperator(
        Test::addOperator(*m_services, QStringLiteral("sam"), QStringLiteral("support"), kPassword),
        QStringLiteral("sam"), Role::Support);
    m_users.clear();
    for (const QString &name : {QStringLiteral("ana"), QStringLiteral("ben"), QStringLiteral("cy")})
        m_users << addUser(name);
}

void TestLedger::cleanup()
{
    m_services.reset();
    m_db.reset();
}

qint64 TestLedger::addUser(const QString &name)
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

std::optional<Error> TestLedger::attempt(const std::function<void(Ledger &)> &work)
{
    return m_services->database().write([&](QSqlDatabase &db) -> std::optional<Error> {
        Ledger ledger(db, kStart);
        try {
            work(ledger);
        } catch (const Error &error) {
            return error;
        }
        return std::nullopt;
    });
}

Account TestLedger::account(Purpose purpose, qint64 owner, const QString &currency)
{
    return m_services->database().write(
        [&](QSqlDatabase &db) { return Ledger(db, kStart).account(purpose, owner, currency); });
}

Balance TestLedger::balance(qint64 accountId)
{
    QSqlDatabase db = m_services->database().connection();
    return Ledger(db, kStart).balance(accountId);
}

qint64 TestLedger::scalar(const QString &sql, const QVariantList &values)
{
    return Query::scalar(m_services->database().connection(), sql, values).toLongLong();
}

QString TestLedger::snapshot()
{
    const QStringList queries{
        QStringLiteral("SELECT id, code, currency FROM ledger_accounts ORDER BY id"),
        QStringLiteral("SELECT account_id, debits_posted, credits_posted, debits_pending, "
                       "credits_pending FROM ledger_balances ORDER BY account_id"),
        QStringLiteral("SELECT id, kind, idempotency_key, reverses_id FROM ledger_transactions "
                       "ORDER BY id"),
        QStringLiteral("SELECT id, ledger_transaction_id, account_id, direction, amount_minor "
                       "FROM ledger_entries ORDER BY id"),
        QStringLiteral("SELECT id, state, transaction_id FROM ledger_holds ORDER BY id"),
        QStringLiteral("SELECT id, hold_id, account_id, direction, amount_minor "
                       "FROM ledger_hold_entries ORDER BY id"),
        QStringLiteral("SELECT scope, idempotency_key, request_hash, status, response_json "
                       "FROM idempotency_keys ORDER BY scope, idempotency_key")};
    QStringList lines;
    QSqlDatabase db = m_services->database().connection();
    for (const QString &sql : queries) {
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

CommandResult TestLedger::call(const QString &command, const QJsonObject &params,
                               const Principal &as)
{
    return m_services->bus().execute(as, command, params);
}

void TestLedger::checkInvariants(const QList<Account> &accounts,
                                 const QMap<qint64, Expected> &expected)
{
    QSqlDatabase db = m_services->database().connection();
    // Every transaction balances per currency.
    QCOMPARE(Query::scalar(
                 db, QStringLiteral("SELECT COUNT(*) FROM (SELECT ledger_transaction_id, currency "
                                    "FROM ledger_entries GROUP BY ledger_transaction_id, currency "
                                    "HAVING SUM(CASE WHEN direction = 'debit' THEN amount_minor "
                                    "ELSE -amount_minor END) <> 0) unbalanced"))
                 .toLongLong(),
             0);
    QCOMPARE(Query::scalar(
                 db, QStringLiteral("SELECT COUNT(*) FROM (SELECT hold_id, currency "
                                    "FROM ledger_hold_entries GROUP BY hold_id, currency "
                                    "HAVING SUM(CASE WHEN direction = 'debit' THEN amount_minor "
                                    "ELSE -amount_minor END) <> 0) unbalanced"))
                 .toLongLong(),
             0);
    // A transaction is reversed at most once, and no reversal is reversed.
    QCOMPARE(Query::scalar(db, QStringLiteral("SELECT COUNT(*) FROM ledger_transactions r JOIN "
                                              "ledger_transactions o ON o.id = r.reverses_id "
                                              "WHERE o.reverses_id IS NOT NULL"))
                 .toLongLong(),
             0);

    QMap<QString, qint64> netPerCurrency;
    for (const Account &account : accounts) {
        const Balance reported = balance(account.id);
        // An independent recount from the entries and the pending holds' entries.
        const auto sum = [&](const QString &sql) {
            return Query::scalar(db, sql, {account.id}).toLongLong();
        };
        const qint64 debits = sum(QStringLiteral(
            "SELECT COALESCE(SUM(amount_minor), 0) FROM ledger_entries WHERE account_id = ? "
            "AND direction = 'debit'"));
        const qint64 credits = sum(QStringLiteral(
            "SELECT COALESCE(SUM(amount_minor), 0) FROM ledger_entries WHERE account_id = ? "
            "AND direction = 'credit'"));
        const qint64 pendingDebits = sum(QStringLiteral(
            "SELECT COALESCE(SUM(e.amount_minor), 0) FROM ledger_hold_entries e JOIN "
            "ledger_holds h ON h.id = e.hold_id WHERE e.account_id = ? AND h.state = 'pending' "
            "AND e.direction = 'debit'"));
        const qint64 pendingCredits = sum(QStringLiteral(
            "SELECT COALESCE(SUM(e.amount_minor), 0) FROM ledger_hold_entries e JOIN "
            "ledger_holds h ON h.id = e.hold_id WHERE e.account_id = ? AND h.state = 'pending' "
            "AND e.direction = 'credit'"));
        const bool debitNormal = account.isDebitNormal();
        const qint64 posted = debitNormal ? debits - credits : credits - debits;
        const qint64 held = debitNormal ? pendingCredits : pendingDebits;
        const qint64 pending = debitNormal ? pendingDebits : pendingCredits;
        QCOMPARE(reported.posted, posted);
        QCOMPARE(reported.held, held);
        QCOMPARE(reported.pending, pending);
        QCOMPARE(reported.available, posted - held);
        QCOMPARE(reported.postedNet, debits - credits);
        // The test's own model of what every operation should have done.
        const Expected model = expected.value(account.id);
        QCOMPARE(debits, model.debitsPosted);
        QCOMPARE(credits, model.creditsPosted);
        QCOMPARE(pendingDebits, model.debitsPending);
        QCOMPARE(pendingCredits, model.creditsPending);
        if (!account.mayGoNegative())
            QVERIFY2(reported.available >= 0, qPrintable(account.code));
        netPerCurrency[account.currency] += reported.postedNet;
    }
    for (auto it = netPerCurrency.cbegin(); it != netPerCurrency.cend(); ++it)
        QVERIFY2(it.value() == 0, qPrintable(it.key()));
}

void TestLedger::saleIsSplitAndBalanced()
{
    // A 99.99 EUR agent sale: 45% to the creator, 50% to the platform, 5% to the DAO; the cents
    // the percentages cannot split go to the largest remainders.
    const Account clearing = account(Purpose::ProcessorClearing, 0);
    const Account creator = account(Purpose::CreatorPayable, m_users[0]);
    const Account revenue = account(Purpose::PlatformRevenue, 0);
    const Account dao = account(Purpose::DaoTreasury, 0);
    const QList<qint64> split = allocateLargestRemainder(9999, {45, 50, 5});
    QCOMPARE(split, (QList<qint64>{4500, 4999, 500}));
    Transaction posted;
    QVERIFY(!attempt([&](Ledger &ledger) {
        posted = ledger.post(
            makeRequest(QStringLiteral("agent_sale"), QStringLiteral("Agent sale #77"),
                        QStringLiteral("sale-77"),
                        {{clearing.id, Direction::Debit, Money(9999, QStringLiteral("EUR"))},
                         {creator.id, Direction::Credit, Money(4500, QStringLiteral("EUR"))},
                         {revenue.id, Direction::Credit, Money(4999, QStringLiteral("EUR"))},
                         {dao.id, Direction::Credit, Money(500, QStringLiteral("EUR"))}},
                        QStringLiteral("marketplace_order"), 77));
    }));
    QVERIFY(posted.id > 0);
    QCOMPARE(posted.postings.size(), 4);
    QCOMPARE(balance(clearing.id).posted, 9999);
    QCOMPARE(balance(creator.id).posted, 4500);
    QCOMPARE(balance(creator.id).available, 4500);
    QCOMPARE(balance(revenue.id).posted, 4999);
    QCOMPARE(balance(dao.id).posted, 500);
    QCOMPARE(balance(clearing.id).postedNet + balance(creator.id).postedNet +
                 balance(revenue.id).postedNet + balance(dao.id).postedNet,
             0);
    // The same account is found again, not opened twice.
    QCOMPARE(account(Purpose::CreatorPayable, m_users[0]).id, creator.id);
    QCOMPARE(creator.code, QStringLiteral("creator_payable/%1/EUR").arg(m_users[0]));
}

void TestLedger::badInputIsRefusedAndChangesNothing_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const auto row = [](const char *name, ErrorCode code, const char *message) {
        QTest::newRow(name) << QString::fromLatin1(name) << int(code)
                            << QString::fromLatin1(message);
    };
    row("negative", ErrorCode::BadInput, "amounts must be positive, not -5");
    row("zero", ErrorCode::BadInput, "amounts must be positive, not 0");
    row("over the limit", ErrorCode::BadInput, "larger than the ledger's limit");
    row("unknown currency", ErrorCode::BadInput, "unknown currency \"XYZ\"");
    row("currency of another account", ErrorCode::BadInput, "is kept in EUR, not USD");
    row("unbalanced", ErrorCode::BadInput, "unbalanced: 10.00 EUR debited but 9.99 EUR credited");
    row("balanced in total but not per currency", ErrorCode::BadInput, "unbalanced");
    row("one entry", ErrorCode::BadInput, "at least one debit and one credit");
    row("no key", ErrorCode::BadInput, "an idempotency key is required");
    row("unknown account", ErrorCode::NotFound, "no ledger account 999999");
    row("payable overdrawn", ErrorCode::BadInput, "exceeds what creator_payable/");
    row("hold larger than available", ErrorCode::BadInput, "the hold exceeds what escrow/");
    row("user account without user", ErrorCode::BadInput, "needs the user it belongs to");
    row("account of an unknown user", ErrorCode::NotFound, "no user 999999");
    row("reverse without reason", ErrorCode::BadInput, "a reason is required");
    row("reverse unknown", ErrorCode::NotFound, "no ledger transaction 999999");
    row("capture unknown", ErrorCode::NotFound, "no ledger hold 999999");
}

void TestLedger::badInputIsRefusedAndChangesNothing()
{
    QFETCH(QString, what);
    QFETCH(int, code);
    QFETCH(QString, message);
    const QString eur = QStringLiteral("EUR");
    const Account clearing = account(Purpose::ProcessorClearing, 0);
    const Account usdRevenue = account(Purpose::PlatformRevenue, 0, QStringLiteral("USD"));
    const Account creator = account(Purpose::CreatorPayable, m_users[0]);
    const Account escrow = account(Purpose::Escrow, m_users[1]);
    const Account traveler = account(Purpose::TravelerPayable, m_users[2]);
    const Account revenue = account(Purpose::PlatformRevenue, 0);
    // Something to overdraw and to hold against: 20.00 owed to the creator, 15.00 in escrow.
    QVERIFY(!attempt([&](Ledger &ledger) {
        ledger.post(makeRequest(QStringLiteral("sale"), QStringLiteral("Sale"),
                                QStringLiteral("seed-1"),
                                {{clearing.id, Direction::Debit, Money(3500, eur)},
                                 {creator.id, Direction::Credit, Money(2000, eur)},
                                 {escrow.id, Direction::Credit, Money(1500, eur)}}));
    }));
    const auto transfer = [&](qint64 from, qint64 to, qint64 amount, const QString &currency) {
        return makeRequest(QStringLiteral("transfer"), QStringLiteral("Transfer"),
                           QStringLiteral("bad-1"),
                           {{from, Direction::Debit, Money(amount, currency)},
                            {to, Direction::Credit, Money(amount, currency)}});
    };
    const QString before = snapshot();
    const std::optional<Error> error = attempt([&](Ledger &ledger) {
        if (what == QLatin1String("negative"))
            ledger.post(transfer(clearing.id, revenue.id, -5, eur));
        else if (what == QLatin1String("zero"))
            ledger.post(transfer(clearing.id, revenue.id, 0, eur));
        else if (what == QLatin1String("over the limit"))
            ledger.post(transfer(clearing.id, revenue.id, Ledger::kMaxAmount + 1, eur));
        else if (what == QLatin1String("unknown currency"))
            ledger.post(transfer(clearing.id, revenue.id, 100, QStringLiteral("XYZ")));
        else if (what == QLatin1String("currency of another account"))
            ledger.post(transfer(clearing.id, revenue.id, 100, QStringLiteral("USD")));
        else if (what == QLatin1String("unbalanced")) {
            PostRequest request = transfer(clearing.id, revenue.id, 1000, eur);
            request.postings[1].amount = Money(999, eur);
            ledger.post(request);
        } else if (what == QLatin1String("balanced in total but not per currency")) {
            ledger.post(makeRequest(
                QStringLiteral("fx"), QStringLiteral("FX"), QStringLiteral("bad-1"),
                {{clearing.id, Direction::Debit, Money(100, eur)},
                 {usdRevenue.id, Direction::Credit, Money(100, QStringLiteral("USD"))}}));
        } else if (what == QLatin1String("one entry")) {
            PostRequest request = transfer(clearing.id, revenue.id, 100, eur);
            request.postings.removeLast();
            ledger.post(request);
        } else if (what == QLatin1String("no key")) {
            PostRequest request = transfer(clearing.id, revenue.id, 100, eur);
            request.idempotencyKey = QStringLiteral("  ");
            ledger.post(request);
        } else if (what == QLatin1String("unknown account"))
            ledger.post(transfer(999999, revenue.id, 100, eur));
        else if (what == QLatin1String("payable overdrawn"))
            ledger.post(transfer(creator.id, clearing.id, 2001, eur));
        else if (what == QLatin1String("hold larger than available"))
            ledger.hold(transfer(escrow.id, traveler.id, 1501, eur));
        else if (what == QLatin1String("user account without user"))
            ledger.account(Purpose::HostPayable, 0, eur);
        else if (what == QLatin1String("account of an unknown user"))
            ledger.account(Purpose::HostPayable, 999999, eur);
        else if (what == QLatin1String("reverse without reason"))
            ledger.reverse(1, QStringLiteral(" "), QStringLiteral("bad-1"));
        else if (what == QLatin1String("reverse unknown"))
            ledger.reverse(999999, QStringLiteral("typo"), QStringLiteral("bad-1"));
        else if (what == QLatin1String("capture unknown"))
            ledger.capture(999999, QStringLiteral("bad-1"));
        else
            QFAIL("unknown row");
    });
    QVERIFY2(error.has_value(), "the request was accepted");
    QCOMPARE(int(error->code()), code);
    QVERIFY2(error->message().contains(message), qPrintable(error->message()));
    QVERIFY(!error->message().contains(QLatin1Char('\n')));
    QCOMPARE(snapshot(), before);
    // A refused request does not use up its key.
    QVERIFY(!attempt(
        [&](Ledger &ledger) { ledger.post(transfer(clearing.id, revenue.id, 100, eur)); }));
}

void TestLedger::replayReturnsTheFirstResult()
{
    const QString eur = QStringLiteral("EUR");
    const Account clearing = account(Purpose::ProcessorClearing, 0);
    const Account vendor = account(Purpose::VendorPayable, m_users[0]);
    const PostRequest request = makeRequest(QStringLiteral("order"), QStringLiteral("Order 5"),
                                            QStringLiteral("order-5-paid"),
                                            {{clearing.id, Direction::Debit, Money(1250, eur)},
                                             {vendor.id, Direction::Credit, Money(1250, eur)}});
    Transaction first;
    Transaction second;
    QVERIFY(!attempt([&](Ledger &ledger) { first = ledger.post(request); }));
    QVERIFY(!first.isReplay);
    const QString after = snapshot();
    QVERIFY(!attempt([&](Ledger &ledger) { second = ledger.post(request); }));
    QVERIFY(second.isReplay);
    QCOMPARE(second.id, first.id);
    QCOMPARE(snapshot(), after);
    QCOMPARE(balance(vendor.id).posted, 1250);

    PostRequest changed = request;
    changed.postings[0].amount = Money(1300, eur);
    changed.postings[1].amount = Money(1300, eur);
    const std::optional<Error> error = attempt([&](Ledger &ledger) { ledger.post(changed); });
    QVERIFY(error);
    QCOMPARE(error->code(), ErrorCode::Conflict);
    QCOMPARE(error->message(),
             QStringLiteral("idempotency key \"order-5-paid\" was already used for a different "
                            "request"));
    // The same key cannot name a hold either.
    QVERIFY(attempt([&](Ledger &ledger) { ledger.hold(request); }));
    QCOMPARE(snapshot(), after);
}

void TestLedger::reversalIsLinkedAndHappensOnce()
{
    const QString eur = QStringLiteral("EUR");
    const Account clearing = account(Purpose::ProcessorClearing, 0);
    const Account driver = account(Purpose::DriverPayable, m_users[1]);
    const Account revenue = account(Purpose::PlatformRevenue, 0);
    Transaction ride;
    QVERIFY(!attempt([&](Ledger &ledger) {
        ride = ledger.post(makeRequest(QStringLiteral("ride"), QStringLiteral("Ride 9"),
                                       QStringLiteral("ride-9"),
                                       {{clearing.id, Direction::Debit, Money(2000, eur)},
                                        {driver.id, Direction::Credit, Money(1600, eur)},
                                        {revenue.id, Direction::Credit, Money(400, eur)}}));
    }));
    Transaction reversal;
    QVERIFY(!attempt([&](Ledger &ledger) {
        reversal =
            ledger.reverse(ride.id, QStringLiteral("charged twice"), QStringLiteral("ride-9-undo"));
    }));
    QCOMPARE(reversal.reversesId, ride.id);
    QCOMPARE(reversal.kind, QStringLiteral("reversal"));
    QCOMPARE(reversal.description, QStringLiteral("charged twice"));
    QCOMPARE(reversal.postings.size(), 3);
    QCOMPARE(reversal.postings[0].direction, Direction::Credit);
    QCOMPARE(reversal.postings[1].direction, Direction::Debit);
    QCOMPARE(balance(driver.id).posted, 0);
    QCOMPARE(balance(clearing.id).posted, 0);
    QCOMPARE(balance(revenue.id).posted, 0);
    QSqlDatabase db = m_services->database().connection();
    QCOMPARE(Ledger(db, kStart).transaction(ride.id).reversedById, reversal.id);
    // The original's entries are untouched.
    QCOMPARE(Ledger(db, kStart).transaction(ride.id).postings.size(), 3);
    QCOMPARE(Ledger(db, kStart).transaction(ride.id).postings[0].direction, Direction::Debit);

    const QString after = snapshot();
    Transaction replay;
    QVERIFY(!attempt([&](Ledger &ledger) {
        replay =
            ledger.reverse(ride.id, QStringLiteral("charged twice"), QStringLiteral("ride-9-undo"));
    }));
    QVERIFY(replay.isReplay);
    QCOMPARE(replay.id, reversal.id);
    std::optional<Error> error = attempt([&](Ledger &ledger) {
        ledger.reverse(ride.id, QStringLiteral("again"), QStringLiteral("ride-9-undo-2"));
    });
    QVERIFY(error);
    QCOMPARE(error->code(), ErrorCode::Conflict);
    QCOMPARE(error->message(), QStringLiteral("transaction %1 was already reversed by "
                                              "transaction %2")
                                   .arg(ride.id)
                                   .arg(reversal.id));
    error = attempt([&](Ledger &ledger) {
        ledger.reverse(reversal.id, QStringLiteral("undo the undo"), QStringLiteral("x"));
    });
    QVERIFY(error);
    QCOMPARE(error->code(), ErrorCode::Conflict);
    QVERIFY(error->message().contains(QStringLiteral("is itself the reversal of")));
    error = attempt([&](Ledger &ledger) {
        ledger.reverse(ride.id, QStringLiteral("another reason"), QStringLiteral("ride-9-undo"));
    });
    QVERIFY(error);
    QVERIFY(error->message().contains(QStringLiteral("already used for a different request")));
    QCOMPARE(snapshot(), after);
}

void TestLedger::holdIsPostedOrVoidedExactlyOnce()
{
    // A 20.00 EUR parcel: paid into escrow, held for the traveler (17.00) and the platform
    // (3.00) until delivery.
    const QString eur = QStringLiteral("EUR");
    const Account clearing = account(Purpose::ProcessorClearing, 0);
    const Account escrow = account(Purpose::Escrow, m_users[0]);
    const Account traveler = account(Purpose::TravelerPayable, m_users[1]);
    const Account revenue = account(Purpose::PlatformRevenue, 0);
    QVERIFY(!attempt([&](Ledger &ledger) {
        ledger.post(makeRequest(QStringLiteral("parcel_payment"), QStringLiteral("Parcel 3 paid"),
                                QStringLiteral("parcel-3-paid"),
                                {{clearing.id, Direction::Debit, Money(2000, eur)},
                                 {escrow.id, Direction::Credit, Money(2000, eur)}}));
    }));
    const PostRequest delivery =
        makeRequest(QStringLiteral("parcel_delivery"), QStringLiteral("Parcel 3 delivered"),
                    QStringLiteral("parcel-3-hold"),
                    {{escrow.id, Direction::Debit, Money(2000, eur)},
                     {traveler.id, Direction::Credit, Money(1700, eur)},
                     {revenue.id, Direction::Credit, Money(300, eur)}},
                    QStringLiteral("parcel"), 3);
    Hold hold;
    QVERIFY(!attempt([&](Ledger &ledger) { hold = ledger.hold(delivery); }));
    QCOMPARE(hold.state, QStringLiteral("pending"));
    QCOMPARE(balance(escrow.id).posted, 2000);
    QCOMPARE(balance(escrow.id).held, 2000);
    QCOMPARE(balance(escrow.id).available, 0);
    QCOMPARE(balance(traveler.id).pending, 1700);
    QCOMPARE(balance(traveler.id).posted, 0);

    // Nothing more can leave the escrow while it is held.
    std::optional<Error> error = attempt([&](Ledger &ledger) {
        ledger.post(makeRequest(QStringLiteral("refund"), QStringLiteral("Refund"),
                                QStringLiteral("parcel-3-refund"),
                                {{escrow.id, Direction::Debit, Money(1, eur)},
                                 {clearing.id, Direction::Credit, Money(1, eur)}}));
    });
    QVERIFY(error);
    QVERIFY2(error->message().contains(QStringLiteral("short by 0.01 EUR")),
             qPrintable(error->message()));

    Hold captured;
    QVERIFY(!attempt([&](Ledger &ledger) {
        captured = ledger.capture(hold.id, QStringLiteral("parcel-3-delivered"));
    }));
    QCOMPARE(captured.state, QStringLiteral("posted"));
    QVERIFY(captured.transactionId > 0);
    QCOMPARE(balance(escrow.id).posted, 0);
    QCOMPARE(balance(escrow.id).held, 0);
    QCOMPARE(balance(traveler.id).posted, 1700);
    QCOMPARE(balance(traveler.id).pending, 0);
    QCOMPARE(balance(revenue.id).posted, 300);

    const QString after = snapshot();
    QVERIFY(!attempt([&](Ledger &ledger) {
        const Hold replay = ledger.capture(hold.id, QStringLiteral("parcel-3-delivered"));
        QVERIFY(replay.isReplay);
        QCOMPARE(replay.transactionId, captured.transactionId);
    }));
    error = attempt([&](Ledger &ledger) { ledger.capture(hold.id, QStringLiteral("again")); });
    QVERIFY(error);
    QCOMPARE(error->code(), ErrorCode::Conflict);
    QCOMPARE(error->message(), QStringLiteral("hold %1 was already posted").arg(hold.id));
    error = attempt([&](Ledger &ledger) {
        ledger.voidHold(hold.id, QStringLiteral("cancelled"), QStringLiteral("void-late"));
    });
    QVERIFY(error);
    QCOMPARE(error->message(), QStringLiteral("hold %1 was already posted").arg(hold.id));
    QCOMPARE(snapshot(), after);

    // A second parcel is cancelled: its hold is voided and the escrow is whole again.
    QVERIFY(!attempt([&](Ledger &ledger) {
        ledger.post(makeRequest(QStringLiteral("parcel_payment"), QStringLiteral("Parcel 4 paid"),
                                QStringLiteral("parcel-4-paid"),
                                {{clearing.id, Direction::Debit, Money(900, eur)},
                                 {escrow.id, Direction::Credit, Money(900, eur)}}));
        const Hold second =
            ledger.hold(makeRequest(QStringLiteral("parcel_delivery"), QStringLiteral("Parcel 4"),
                                    QStringLiteral("parcel-4-hold"),
                                    {{escrow.id, Direction::Debit, Money(900, eur)},
                                     {traveler.id, Direction::Credit, Money(900, eur)}}));
        const Hold voided =
            ledger.voidHold(second.id, QStringLiteral("sender cancelled"), QStringLiteral("v4"));
        QCOMPARE(voided.state, QStringLiteral("voided"));
        QCOMPARE(voided.resolutionReason, QStringLiteral("sender cancelled"));
        QCOMPARE(voided.transactionId, 0);
    }));
    QCOMPARE(balance(escrow.id).available, 900);
    QCOMPARE(balance(escrow.id).held, 0);
    QCOMPARE(balance(traveler.id).pending, 0);
    QCOMPARE(balance(traveler.id).posted, 1700);
}

void TestLedger::randomOperationsKeepTheLedgerSound_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("steps");
    for (quint32 seed : {1u, 7u, 42u, 2024u})
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed << 120;
}

void TestLedger::randomOperationsKeepTheLedgerSound()
{
    QFETCH(quint32, seed);
    QFETCH(int, steps);
    QRandomGenerator random(seed);
    const QStringList currencies{QStringLiteral("EUR"), QStringLiteral("USD")};
    QList<Account> accounts;
    for (const QString &currency : currencies) {
        for (Purpose purpose : {Purpose::ProcessorClearing, Purpose::PlatformRevenue,
                                Purpose::DaoTreasury, Purpose::Refunds})
            accounts << account(purpose, 0, currency);
        for (qint64 user : std::as_const(m_users)) {
            for (Purpose purpose :
                 {Purpose::CreatorPayable, Purpose::VendorPayable, Purpose::DriverPayable,
                  Purpose::HostPayable, Purpose::Escrow, Purpose::TravelerPayable})
                accounts << account(purpose, user, currency);
        }
    }
    QMap<qint64, Account> byId;
    for (const Account &account : std::as_const(accounts))
        byId.insert(account.id, account);
    QMap<qint64, Expected> model;

    // What the ledger should say for a set of postings on the model: the available balance of
    // every liability the postings touch, after they apply.
    const auto apply = [&](QMap<qint64, Expected> &state, const QList<Posting> &postings,
                           bool pending, int sign) {
        for (const Posting &posting : postings) {
            Expected &e = state[posting.accountId];
            const bool debit = posting.direction == Direction::Debit;
            qint64 &field = pending ? (debit ? e.debitsPending : e.creditsPending)
                                    : (debit ? e.debitsPosted : e.creditsPosted);
            field += sign * posting.amount.minorUnits();
        }
    };
    const auto allowed = [&](const QMap<qint64, Expected> &state) {
        for (auto it = state.cbegin(); it != state.cend(); ++it) {
            const Account &account = byId.value(it.key());
            if (account.mayGoNegative())
                continue;
            const Expected &e = it.value();
            if (e.creditsPosted - e.debitsPosted - e.debitsPending < 0)
                return false;
        }
        return true;
    };

    struct Done
    {
        QString op;
        PostRequest request;
        qint64 id = 0;
    };
    QList<Done> done;
    QList<qint64> transactions;
    QList<qint64> pendingHolds;
    QMap<qint64, QList<Posting>> postingsOf;
    QMap<qint64, QList<Posting>> holdPostings;
    QSet<qint64> reversed;
    QSet<qint64> reversals;
    int keyCounter = 0;

    const auto randomRequest = [&]() {
        const QString currency = currencies[random.bounded(currencies.size())];
        QList<Account> pool;
        for (const Account &account : std::as_const(accounts)) {
            if (account.currency == currency)
                pool << account;
        }
        const qint64 total = 1 + random.bounded(50000);
        const int credits = 1 + random.bounded(3);
        QList<qint64> weights;
        for (int i = 0; i < credits; ++i)
            weights << 1 + random.bounded(100);
        const QList<qint64> shares = allocateLargestRemainder(total, weights);
        PostRequest request;
        request.kind = QStringLiteral("random");
        request.description = QStringLiteral("step");
        request.idempotencyKey = QStringLiteral("k%1").arg(++keyCounter);
        request.postings << Posting{pool[random.bounded(pool.size())].id, Direction::Debit,
                                    Money(total, currency)};
        for (qint64 share : shares) {
            if (share > 0)
                request.postings << Posting{pool[random.bounded(pool.size())].id, Direction::Credit,
                                            Money(share, currency)};
        }
        return request;
    };

    int accepted = 0;
    int refused = 0;
    for (int step = 0; step < steps; ++step) {
        const int choice = random.bounded(100);
        const QString before = snapshot();
        std::optional<Error> error;
        bool expectAccepted = true;
        bool isReplay = false;
        if (choice < 40 || transactions.isEmpty()) {
            // Mostly money coming in from the processor, so payables have something to lose.
            PostRequest request = randomRequest();
            if (choice < 25) {
                const QString currency = request.postings[0].amount.currency();
                request.postings[0].accountId = account(Purpose::ProcessorClearing, 0, currency).id;
            }
            QMap<qint64, Expected> next = model;
            apply(next, request.postings, false, +1);
            expectAccepted = allowed(next);
            Transaction result;
            error = attempt([&](Ledger &ledger) { result = ledger.post(request); });
            if (!error) {
                model = next;
                transactions << result.id;
                postingsOf.insert(result.id, request.postings);
                done.append({QStringLiteral("post"), request, result.id});
            }
        } else if (choice < 55) {
            const qint64 id = transactions[random.bounded(transactions.size())];
            QList<Posting> mirror = postingsOf.value(id);
            for (Posting &posting : mirror)
                posting.direction =
                    posting.direction == Direction::Debit ? Direction::Credit : Direction::Debit;
            QMap<qint64, Expected> next = model;
            apply(next, mirror, false, +1);
            expectAccepted = !reversed.contains(id) && !reversals.contains(id) && allowed(next);
            Transaction result;
            const QString key = QStringLiteral("r%1").arg(++keyCounter);
            error = attempt([&](Ledger &ledger) {
                result = ledger.reverse(id, QStringLiteral("correction"), key);
            });
            if (!error) {
                model = next;
                reversed.insert(id);
                reversals.insert(result.id);
                transactions << result.id;
                postingsOf.insert(result.id, mirror);
            }
        } else if (choice < 75) {
            const PostRequest request = randomRequest();
            QMap<qint64, Expected> next = model;
            apply(next, request.postings, true, +1);
            expectAccepted = allowed(next);
            Hold result;
            error = attempt([&](Ledger &ledger) { result = ledger.hold(request); });
            if (!error) {
                model = next;
                pendingHolds << result.id;
                holdPostings.insert(result.id, request.postings);
                done.append({QStringLiteral("hold"), request, result.id});
            }
        } else if (choice < 90 && !pendingHolds.isEmpty()) {
            const qint64 id = pendingHolds.takeAt(random.bounded(pendingHolds.size()));
            const bool capture = random.bounded(2) == 0;
            const QString key = QStringLiteral("h%1").arg(++keyCounter);
            Hold result;
            error = attempt([&](Ledger &ledger) {
                result = capture ? ledger.capture(id, key)
                                 : ledger.voidHold(id, QStringLiteral("cancelled"), key);
            });
            if (!error) {
                apply(model, holdPostings.value(id), true, -1);
                if (capture) {
                    apply(model, holdPostings.value(id), false, +1);
                    transactions << result.transactionId;
                    postingsOf.insert(result.transactionId, holdPostings.value(id));
                }
            }
            // Resolving it again, either way, is refused.
            const QString again = QStringLiteral("h%1").arg(++keyCounter);
            const std::optional<Error> second = attempt([&](Ledger &ledger) {
                if (random.bounded(2) == 0)
                    ledger.capture(id, again);
                else
                    ledger.voidHold(id, QStringLiteral("again"), again);
            });
            QVERIFY(second);
            QCOMPARE(second->code(), ErrorCode::Conflict);
        } else if (!done.isEmpty()) {
            // A replay of an earlier request returns its first result and changes nothing.
            const Done &earlier = done[random.bounded(done.size())];
            isReplay = true;
            error = attempt([&](Ledger &ledger) {
                if (earlier.op == QLatin1String("post")) {
                    const Transaction replay = ledger.post(earlier.request);
                    QVERIFY(replay.isReplay);
                    QCOMPARE(replay.id, earlier.id);
                } else {
                    const Hold replay = ledger.hold(earlier.request);
                    QVERIFY(replay.isReplay);
                    QCOMPARE(replay.id, earlier.id);
                }
            });
            QVERIFY(!error);
            QCOMPARE(snapshot(), before);
        }
        if (error) {
            ++refused;
            QVERIFY2(!expectAccepted, qPrintable(error->message()));
            QCOMPARE(snapshot(), before);
        } else if (!isReplay) {
            ++accepted;
            QVERIFY2(expectAccepted, qPrintable(QStringLiteral("step %1 accepted").arg(step)));
        }
        checkInvariants(accounts, model);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QStringLiteral("seed %1, step %2").arg(seed).arg(step)));
    }
    // The sequence exercised both outcomes.
    QVERIFY(accepted > 20);
    QVERIFY(refused > 0);
}

void TestLedger::concurrentRequestsKeepTheRules()
{
    constexpr int kThreads = 6;
    const QString eur = QStringLiteral("EUR");
    const Account clearing = account(Purpose::ProcessorClearing, 0);
    const Account creator = account(Purpose::CreatorPayable, m_users[0]);
    const Account revenue = account(Purpose::PlatformRevenue, 0);
    Transaction earned;
    QVERIFY(!attempt([&](Ledger &ledger) {
        earned = ledger.post(makeRequest(QStringLiteral("agent_sale"), QStringLiteral("Sale"),
                                         QStringLiteral("earned"),
                                         {{clearing.id, Direction::Debit, Money(1000, eur)},
                                          {creator.id, Direction::Credit, Money(1000, eur)}}));
    }));
    // Runs @p work on kThreads threads at once; returns each one's refusal, if any.
    const auto race = [this](const std::function<void(Ledger &, int)> &work) {
        QList<std::optional<Error>> results(kThreads);
        std::latch start(kThreads);
        std::vector<std::thread> threads;
        for (int i = 0; i < kThreads; ++i) {
            threads.emplace_back([this, &work, &results, &start, i] {
                start.arrive_and_wait();
                results[i] = attempt([&work, i](Ledger &ledger) { work(ledger, i); });
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        return results;
    };
    const auto refusals = [](const QList<std::optional<Error>> &results, const QString &part) {
        int count = 0;
        for (const std::optional<Error> &error : results) {
            if (error) {
                if (!error->message().contains(part))
                    qWarning("unexpected refusal: %s", qPrintable(error->message()));
                count += error->message().contains(part) ? 1 : 0;
            }
        }
        return count;
    };

    // The same request six times at once: one transaction.
    QList<std::optional<Error>> results = race([&](Ledger &ledger, int) {
        ledger.post(makeRequest(QStringLiteral("fee"), QStringLiteral("Fee"),
                                QStringLiteral("fee-1"),
                                {{clearing.id, Direction::Debit, Money(100, eur)},
                                 {revenue.id, Direction::Credit, Money(100, eur)}}));
    });
    QCOMPARE(refusals(results, QString()), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM ledger_transactions WHERE "
                                   "idempotency_key = 'fee-1'")),
             1);
    QCOMPARE(balance(revenue.id).posted, 100);

    // Six withdrawals of 3.00 from 10.00 owed: three fit, three are refused.
    results = race([&](Ledger &ledger, int i) {
        ledger.post(makeRequest(QStringLiteral("payout"), QStringLiteral("Payout"),
                                QStringLiteral("payout-%1").arg(i),
                                {{creator.id, Direction::Debit, Money(300, eur)},
                                 {clearing.id, Direction::Credit, Money(300, eur)}}));
    });
    QCOMPARE(refusals(results, QStringLiteral("exceeds what creator_payable/")), 3);
    QCOMPARE(balance(creator.id).available, 100);

    // Six reversals of one transaction: exactly one.
    Transaction fee;
    QVERIFY(!attempt([&](Ledger &ledger) {
        fee = ledger.post(makeRequest(QStringLiteral("fee"), QStringLiteral("Fee"),
                                      QStringLiteral("fee-2"),
                                      {{clearing.id, Direction::Debit, Money(50, eur)},
                                       {revenue.id, Direction::Credit, Money(50, eur)}}));
    }));
    results = race([&](Ledger &ledger, int i) {
        ledger.reverse(fee.id, QStringLiteral("charged in error"),
                       QStringLiteral("undo-%1").arg(i));
    });
    QCOMPARE(refusals(results, QStringLiteral("was already reversed by transaction")),
             kThreads - 1);
    QCOMPARE(
        scalar(QStringLiteral("SELECT COUNT(*) FROM ledger_transactions WHERE reverses_id = ?"),
               {fee.id}),
        1);
    QCOMPARE(balance(revenue.id).posted, 100);
}

void TestLedger::commandsPostReadAndReverse()
{
    const QJsonObject params{
        {QStringLiteral("kind"), QStringLiteral("booking")},
        {QStringLiteral("description"), QStringLiteral("Booking 12")},
        {QStringLiteral("idempotency_key"), QStringLiteral("booking-12")},
        {QStringLiteral("source_type"), QStringLiteral("booking")},
        {QStringLiteral("source_id"), 12},
        {QStringLiteral("entries"),
         QJsonArray{QJsonObject{{QStringLiteral("purpose"), QStringLiteral("processor_clearing")},
                                {QStringLiteral("direction"), QStringLiteral("debit")},
                                {QStringLiteral("amount_minor"), 15000},
                                {QStringLiteral("currency"), QStringLiteral("EUR")}},
                    QJsonObject{{QStringLiteral("purpose"), QStringLiteral("host_payable")},
                                {QStringLiteral("owner_id"), m_users[2]},
                                {QStringLiteral("direction"), QStringLiteral("credit")},
                                {QStringLiteral("amount_minor"), 13500},
                                {QStringLiteral("currency"), QStringLiteral("EUR")}},
                    QJsonObject{{QStringLiteral("purpose"), QStringLiteral("platform_revenue")},
                                {QStringLiteral("direction"), QStringLiteral("credit")},
                                {QStringLiteral("amount_minor"), 1500},
                                {QStringLiteral("currency"), QStringLiteral("EUR")}}}}};
    CommandResult posted = call(QStringLiteral("finance.post"), params, m_fin);
    QVERIFY2(posted.ok(), qPrintable(posted.message));
    const qint64 id = posted.data.toObject().value(QStringLiteral("id")).toInteger();
    QCOMPARE(posted.data.toObject().value(QStringLiteral("entries")).toArray().size(), 3);
    const qint64 audits = scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    // A replay answers with the same transaction and leaves no second audit entry.
    const CommandResult replay = call(QStringLiteral("finance.post"), params, m_fin);
    QVERIFY(replay.ok());
    QCOMPARE(replay.data.toObject().value(QStringLiteral("id")).toInteger(), id);
    QCOMPARE(replay.data.toObject().value(QStringLiteral("replay")).toBool(), true);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audits);

    const QString host = QStringLiteral("host_payable/%1/EUR").arg(m_users[2]);
    CommandResult result =
        call(QStringLiteral("finance.balance"), {{QStringLiteral("account"), host}}, m_fin);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.data.toObject().value(QStringLiteral("posted_minor")).toInteger(), 13500);
    QCOMPARE(result.data.toObject().value(QStringLiteral("available")).toString(),
             QStringLiteral("135.00 EUR"));

    result = call(QStringLiteral("finance.accounts"),
                  {{QStringLiteral("purpose"), QStringLiteral("host_payable")}}, m_fin);
    QVERIFY2(result.ok(), qPrintable(result.message));
    const QJsonArray rows = result.data.toObject().value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0]
                 .toObject()
                 .value(QStringLiteral("account"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             host);
    result = call(QStringLiteral("finance.accounts"), {{QStringLiteral("limit"), 2}}, m_fin);
    QCOMPARE(result.data.toObject().value(QStringLiteral("rows")).toArray().size(), 2);
    const qint64 after = result.data.toObject().value(QStringLiteral("next_after")).toInteger();
    result = call(QStringLiteral("finance.accounts"),
                  {{QStringLiteral("limit"), 2}, {QStringLiteral("after"), after}}, m_fin);
    QCOMPARE(result.data.toObject().value(QStringLiteral("rows")).toArray().size(), 1);
    QVERIFY(result.data.toObject().value(QStringLiteral("next_after")).isNull());

    result = call(QStringLiteral("finance.reverse"),
                  {{QStringLiteral("id"), id},
                   {QStringLiteral("reason"), QStringLiteral("guest cancelled in time")},
                   {QStringLiteral("idempotency_key"), QStringLiteral("booking-12-cancel")}},
                  m_fin);
    QVERIFY2(result.ok(), qPrintable(result.message));
    const qint64 reversal = result.data.toObject().value(QStringLiteral("id")).toInteger();
    result = call(QStringLiteral("finance.transaction"), {{QStringLiteral("id"), id}}, m_fin);
    QVERIFY(result.ok());
    QCOMPARE(result.data.toObject().value(QStringLiteral("reversed_by_id")).toInteger(), reversal);
    QCOMPARE(result.data.toObject()
                 .value(QStringLiteral("entries"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(QStringLiteral("account"))
                 .toString(),
             host);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE command = ? AND "
                                   "reason = ?"),
                    {QStringLiteral("finance.reverse"), QStringLiteral("guest cancelled in time")}),
             1);
    result = call(QStringLiteral("finance.balance"), {{QStringLiteral("account"), host}}, m_fin);
    QCOMPARE(result.data.toObject().value(QStringLiteral("posted_minor")).toInteger(), 0);
}

void TestLedger::commandsRefuseBadInputAndOtherRoles()
{
    const auto entry = [](const QString &purpose, const QString &direction,
                          const QJsonValue &amount) {
        return QJsonObject{{QStringLiteral("purpose"), purpose},
                           {QStringLiteral("direction"), direction},
                           {QStringLiteral("amount_minor"), amount},
                           {QStringLiteral("currency"), QStringLiteral("EUR")}};
    };
    const auto postWith = [&](const QJsonValue &amount) {
        return QJsonObject{
            {QStringLiteral("kind"), QStringLiteral("manual")},
            {QStringLiteral("description"), QStringLiteral("Manual")},
            {QStringLiteral("idempotency_key"), QStringLiteral("m-1")},
            {QStringLiteral("entries"),
             QJsonArray{
                 entry(QStringLiteral("processor_clearing"), QStringLiteral("debit"), amount),
                 entry(QStringLiteral("platform_revenue"), QStringLiteral("credit"), amount)}}};
    };
    const QString before = snapshot();
    CommandResult result = call(QStringLiteral("finance.post"), postWith(1e19), m_fin);
    QCOMPARE(result.code, ErrorCode::BadInput);
    QVERIFY2(result.message.contains(QStringLiteral("larger than the ledger's limit")),
             qPrintable(result.message));
    result = call(QStringLiteral("finance.post"), postWith(12.5), m_fin);
    QCOMPARE(result.code, ErrorCode::BadInput);
    QVERIFY(result.message.contains(QStringLiteral("whole number")));
    result = call(QStringLiteral("finance.post"), postWith(QStringLiteral("100")), m_fin);
    QCOMPARE(result.code, ErrorCode::BadInput);
    result = call(QStringLiteral("finance.post"), postWith(100), m_sam);
    QCOMPARE(result.code, ErrorCode::PermissionDenied);
    result = call(QStringLiteral("finance.accounts"), {}, m_sam);
    QCOMPARE(result.code, ErrorCode::PermissionDenied);
    result =
        call(QStringLiteral("finance.reverse"),
             {{QStringLiteral("id"), 1}, {QStringLiteral("idempotency_key"), QStringLiteral("x")}},
             m_fin);
    QCOMPARE(result.code, ErrorCode::BadInput);
    QVERIFY(result.message.contains(QStringLiteral("reason")));
    result = call(QStringLiteral("finance.accounts"),
                  {{QStringLiteral("purpose"), QStringLiteral("pocket_money")}}, m_fin);
    QCOMPARE(result.code, ErrorCode::BadInput);
    QCOMPARE(snapshot(), before);
    // Opening accounts is part of a post: a refused post opens none.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM ledger_accounts")), 0);
}

QTEST_GUILESS_MAIN(TestLedger)
#include "tst_ledger.moc"
