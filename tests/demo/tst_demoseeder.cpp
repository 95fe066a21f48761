#include "demoseeder.h"

#include "database.h"
#include "errors.h"
#include "outbox.h"
#include "passwordhasher.h"
#include "personaldata.h"
#include "query.h"
#include "servicelayer.h"
#include "sqldialect.h"
#include "stewardservices.h"
#include "testdatabase.h"

#include <QDate>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <atomic>

using namespace Steward;
using Demo::DemoSeeder;

namespace {

// Every table the demo platform fills; policy reasons and commission tiers come with the
// migrations.
const QStringList kSeededTables{QStringLiteral("users"),
                                QStringLiteral("user_roles"),
                                QStringLiteral("user_profiles"),
                                QStringLiteral("age_verifications"),
                                QStringLiteral("tos_acceptances"),
                                QStringLiteral("profiles"),
                                QStringLiteral("photos"),
                                QStringLiteral("likes"),
                                QStringLiteral("matches"),
                                QStringLiteral("messages"),
                                QStringLiteral("kyc_cases"),
                                QStringLiteral("kyc_documents"),
                                QStringLiteral("kyc_checks"),
                                QStringLiteral("kyc_case_events"),
                                QStringLiteral("kyc_case_checklist"),
                                QStringLiteral("moderation_reports"),
                                QStringLiteral("moderation_decisions"),
                                QStringLiteral("strikes"),
                                QStringLiteral("appeals"),
                                QStringLiteral("agents"),
                                QStringLiteral("agent_subscriptions"),
                                QStringLiteral("marketplace_transactions"),
                                QStringLiteral("creator_payouts"),
                                QStringLiteral("vendors"),
                                QStringLiteral("products"),
                                QStringLiteral("orders"),
                                QStringLiteral("order_items"),
                                QStringLiteral("drivers"),
                                QStringLiteral("vehicles"),
                                QStringLiteral("rides"),
                                QStringLiteral("gps_points"),
                                QStringLiteral("driver_locations"),
                                QStringLiteral("surge_zones"),
                                QStringLiteral("geofences"),
                                QStringLiteral("hosts"),
                                QStringLiteral("properties"),
                                QStringLiteral("bookings"),
                                QStringLiteral("ad_campaigns"),
                                QStringLiteral("shipping_trips"),
                                QStringLiteral("parcels"),
                                QStringLiteral("subscriptions"),
                                QStringLiteral("transactions"),
                                QStringLiteral("wallets"),
                                QStringLiteral("payouts"),
                                QStringLiteral("ledger_accounts"),
                                QStringLiteral("ledger_transactions"),
                                QStringLiteral("ledger_entries"),
                                QStringLiteral("ledger_holds"),
                                QStringLiteral("members"),
                                QStringLiteral("member_payments"),
                                QStringLiteral("staking_records"),
                                QStringLiteral("dao_proposals"),
                                QStringLiteral("dao_votes"),
                                QStringLiteral("dao_treasury")};

qint64 count(Database &database, const QString &table)
{
    // Table names come from the fixed list above.
    return Query::scalar(database.connection(),
                         QStringLiteral("SELECT count(*) FROM %1").arg(table))
        .toLongLong();
}

/** What two seeds of the same platform must agree on. */
QStringList fingerprint(Database &database)
{
    QStringList result;
    for (const QString &table : kSeededTables)
        result << table + QLatin1Char('=') + QString::number(count(database, table));
    const QSqlDatabase db = database.connection();
    for (const char *sql :
         {"SELECT sum(amount_minor) FROM transactions", "SELECT sum(fare_minor) FROM rides",
          "SELECT sum(pickup_lat_e6) FROM rides", "SELECT sum(votes_for) FROM dao_proposals",
          "SELECT sum(created_at) FROM users"})
        result << QString::fromLatin1(sql) + QLatin1Char('=') +
                      QString::number(Query::scalar(db, QString::fromLatin1(sql)).toLongLong());
    Query emails(db, QStringLiteral("SELECT email FROM users ORDER BY id LIMIT 20"));
    while (emails.next())
        result << emails.value(0).toString();
    return result;
}

} // namespace

class TestDemoSeeder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyTableHasRows_data();
    void everyTableHasRows();
    void reportMatchesTheDatabase();
    void progressEndsEveryTableAtItsTotal();
    void sameSeedGivesTheSameData();
    void otherSeedGivesOtherData();
    void marketplaceSplitsAddUpToTheAmount();
    void ledgerBalancesAndMatchesItsEntries();
    void seededSalesReplayThroughTheHandlers();
    void decidedPayoutsAreInTheLedger();
    void revenueCountsEverySale();
    void daoHasProposalsInEveryState_data();
    void daoHasProposalsInEveryState();
    void everyKycCaseTypeHasAnOpenQueue();
    void nothingHappensAfterNow();
    void refusesADatabaseWithUsers();
    void cancelBeforeStartWritesNothing();
    void cancelledSeedKeepsEveryIndex();
    void personalDataIsSealedAndConsistent();
    void scaledSeedReachesTheAskedVolumes();

private:
    /** One key for the whole run, as a platform has. */
    static const FieldCipher &cipher()
    {
        static const FieldCipher instance(FieldCipher::generateKey());
        return instance;
    }
    static DemoSeeder::Report seed(Database &database, quint64 seed,
                                   QList<DemoSeeder::Progress> *progress = nullptr,
                                   const std::atomic_bool *cancel = nullptr);

    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<ServiceLayer> m_services;
    DemoSeeder::Report m_report;
    QList<DemoSeeder::Progress> m_progress;
};

DemoSeeder::Report TestDemoSeeder::seed(Database &database, quint64 seed,
                                        QList<DemoSeeder::Progress> *progress,
                                        const std::atomic_bool *cancel)
{
    DemoSeeder::Options options;
    options.scale = DemoSeeder::Scale::Small;
    options.seed = seed;
    options.cipher = &cipher();
    return DemoSeeder().run(
        database, options,
        [progress](const DemoSeeder::Progress &step) {
            if (progress)
                progress->append(step);
        },
        cancel);
}

void TestDemoSeeder::initTestCase()
{
    m_db = std::make_unique<Test::TestDatabase>();
    m_services = Test::openMigrated(m_db->url());
    setupServices(*m_services);
    m_report = seed(m_services->database(), 1, &m_progress);
}

void TestDemoSeeder::cleanupTestCase()
{
    m_services.reset();
    m_db.reset();
}

void TestDemoSeeder::everyTableHasRows_data()
{
    QTest::addColumn<QString>("table");
    for (const QString &table : kSeededTables)
        QTest::newRow(qPrintable(table)) << table;
}

void TestDemoSeeder::everyTableHasRows()
{
    QFETCH(QString, table);
    QVERIFY2(count(m_services->database(), table) > 0,
             qPrintable(table + QStringLiteral(" is empty")));
}

void TestDemoSeeder::reportMatchesTheDatabase()
{
    qint64 total = 0;
    for (auto it = m_report.rowsPerTable.cbegin(); it != m_report.rowsPerTable.cend(); ++it) {
        QCOMPARE(count(m_services->database(), it.key()), it.value());
        total += it.value();
    }
    QCOMPARE(m_report.rows, total);
    QCOMPARE(count(m_services->database(), QStringLiteral("users")),
             DemoSeeder::userCount(DemoSeeder::Scale::Small));
    for (const QString &table : kSeededTables)
        QVERIFY2(m_report.rowsPerTable.contains(table), qPrintable(table));
}

void TestDemoSeeder::progressEndsEveryTableAtItsTotal()
{
    QVERIFY(!m_progress.isEmpty());
    QMap<QString, DemoSeeder::Progress> last;
    for (const DemoSeeder::Progress &step : std::as_const(m_progress)) {
        QVERIFY(step.rowsDone <= step.rowsTotal);
        last.insert(step.table, step);
    }
    for (const QString &table : kSeededTables) {
        QVERIFY2(last.contains(table), qPrintable(table));
        QCOMPARE(last.value(table).rowsDone, m_report.rowsPerTable.value(table));
        QCOMPARE(last.value(table).rowsTotal, last.value(table).rowsDone);
    }
}

void TestDemoSeeder::sameSeedGivesTheSameData()
{
    Test::TestDatabase otherDb;
    auto other = Test::openMigrated(otherDb.url());
    seed(other->database(), 1);
    QCOMPARE(fingerprint(other->database()), fingerprint(m_services->database()));
}

void TestDemoSeeder::otherSeedGivesOtherData()
{
    Test::TestDatabase otherDb;
    auto other = Test::openMigrated(otherDb.url());
    seed(other->database(), 2);
    QVERIFY(fingerprint(other->database()) != fingerprint(m_services->database()));
}

void TestDemoSeeder::marketplaceSplitsAddUpToTheAmount()
{
    const QSqlDatabase db = m_services->database().connection();
    QVERIFY(count(m_services->database(), QStringLiteral("marketplace_transactions")) > 0);
    // 45 % creator, 50 % platform, 5 % DAO: exact to the cent, each share within a cent of
    // its exact value.
    const qint64 wrong =
        Query::scalar(
            db,
            QStringLiteral("SELECT count(*) FROM marketplace_transactions WHERE "
                           "seller_cut_minor + platform_cut_minor + dao_cut_minor <> amount_minor "
                           "OR abs(seller_cut_minor * 100 - amount_minor * 45) >= 100 "
                           "OR abs(platform_cut_minor * 100 - amount_minor * 50) >= 100 "
                           "OR abs(dao_cut_minor * 100 - amount_minor * 5) >= 100"))
            .toLongLong();
    QCOMPARE(wrong, 0);
}

void TestDemoSeeder::ledgerBalancesAndMatchesItsEntries()
{
    const QSqlDatabase db = m_services->database().connection();
    QVERIFY(count(m_services->database(), QStringLiteral("ledger_transactions")) > 1000);
    // Every transaction balances per currency.
    QCOMPARE(Query::scalar(
                 db, QStringLiteral("SELECT count(*) FROM (SELECT ledger_transaction_id, currency "
                                    "FROM ledger_entries GROUP BY ledger_transaction_id, currency "
                                    "HAVING sum(CASE WHEN direction = 'debit' THEN amount_minor "
                                    "ELSE -amount_minor END) <> 0) unbalanced"))
                 .toLongLong(),
             0);
    // The running balances equal a recount of the entries and of the pending holds.
    const QString recount = QStringLiteral(
        "SELECT count(*) FROM ledger_accounts a LEFT JOIN ledger_balances b ON b.account_id = a.id "
        "WHERE b.account_id IS NULL "
        "OR b.debits_posted <> (SELECT COALESCE(sum(amount_minor), 0) FROM ledger_entries e "
        "    WHERE e.account_id = a.id AND e.direction = 'debit') "
        "OR b.credits_posted <> (SELECT COALESCE(sum(amount_minor), 0) FROM ledger_entries e "
        "    WHERE e.account_id = a.id AND e.direction = 'credit') "
        "OR b.debits_pending <> (SELECT COALESCE(sum(he.amount_minor), 0) FROM "
        "    ledger_hold_entries he JOIN ledger_holds h ON h.id = he.hold_id "
        "    WHERE he.account_id = a.id AND he.direction = 'debit' AND h.state = 'pending') "
        "OR b.credits_pending <> (SELECT COALESCE(sum(he.amount_minor), 0) FROM "
        "    ledger_hold_entries he JOIN ledger_holds h ON h.id = he.hold_id "
        "    WHERE he.account_id = a.id AND he.direction = 'credit' AND h.state = 'pending')");
    QCOMPARE(Query::scalar(db, recount).toLongLong(), 0);
    // Nothing owed to anyone is below zero, and there is money owed and money in escrow.
    QCOMPARE(Query::scalar(db, QStringLiteral("SELECT count(*) FROM ledger_balances b JOIN "
                                              "ledger_accounts a ON a.id = b.account_id WHERE "
                                              "a.kind = 'liability' AND b.credits_posted - "
                                              "b.debits_posted - b.debits_pending < 0"))
                 .toLongLong(),
             0);
    QVERIFY(Query::scalar(db, QStringLiteral("SELECT count(*) FROM ledger_holds "
                                             "WHERE state = 'pending'"))
                .toLongLong() > 0);
    // Refunded orders were posted and taken back in full.
    QVERIFY(Query::scalar(db, QStringLiteral("SELECT count(*) FROM ledger_transactions "
                                             "WHERE kind = 'refund' AND source_type = 'order'"))
                .toLongLong() > 0);
}

void TestDemoSeeder::seededSalesReplayThroughTheHandlers()
{
    // The platform sends an order's payment event again: the handler finds the seeded
    // transaction under the same key and posts nothing.
    Database &database = m_services->database();
    const QSqlDatabase db = database.connection();
    Query order(db,
                QStringLiteral("SELECT o.id, v.owner_user_id, o.total_minor, o.commission_bps, "
                               "o.currency FROM orders o JOIN vendors v ON v.id = o.vendor_id "
                               "JOIN ledger_transactions t ON t.source_type = 'order' AND "
                               "t.source_id = o.id AND t.kind = 'order' ORDER BY o.id LIMIT 1"));
    QVERIFY(order.next());
    const qint64 before = count(database, QStringLiteral("ledger_transactions"));
    database.write([&](QSqlDatabase &connection) {
        EventDispatcher::append(connection, m_services->clock().now(), QStringLiteral("order:paid"),
                                QStringLiteral("order"), order.value(0).toString(),
                                {{QStringLiteral("order_id"), order.value(0).toLongLong()},
                                 {QStringLiteral("vendor_user_id"), order.value(1).toLongLong()},
                                 {QStringLiteral("total_minor"), order.value(2).toLongLong()},
                                 {QStringLiteral("commission_bps"), order.value(3).toLongLong()},
                                 {QStringLiteral("currency"), order.value(4).toString()}});
    });
    m_services->events().deliverPending();
    QCOMPARE(count(database, QStringLiteral("ledger_transactions")), before);
    // Delivered (a replay is an effect-free success), not stuck behind an error.
    QCOMPARE(
        Query::scalar(db, QStringLiteral("SELECT count(*) FROM processed_events p JOIN outbox "
                                         "o ON o.id = p.event_id WHERE o.event_type = 'order:paid' "
                                         "AND p.handler = 'finance.post_order'"))
            .toLongLong(),
        1);
}

void TestDemoSeeder::decidedPayoutsAreInTheLedger()
{
    const QSqlDatabase db = m_services->database().connection();
    auto scalar = [&](const char *sql) {
        return Query::scalar(db, QString::fromLatin1(sql)).toLongLong();
    };
    // Every payout that was approved has its approval posting; every one sent, its payment.
    QVERIFY(scalar("SELECT count(*) FROM payouts WHERE state = 'paid'") > 0);
    QCOMPARE(scalar("SELECT count(*) FROM payouts WHERE "
                    "state IN ('approved', 'paid', 'failed', 'returned')"),
             scalar("SELECT count(*) FROM ledger_transactions WHERE kind = 'payout'"));
    QCOMPARE(scalar("SELECT count(*) FROM payouts p WHERE "
                    "state IN ('paid', 'returned') AND NOT EXISTS (SELECT 1 FROM "
                    "ledger_transactions t WHERE t.source_type = 'payout' AND t.source_id = p.id "
                    "AND t.kind = 'payout_paid')"),
             0);
    // Executed DAO proposals moved their money out of the treasury in the ledger, and the
    // treasury's row shows what the ledger holds.
    QVERIFY(scalar("SELECT count(*) FROM dao_proposals WHERE executed_at IS NOT NULL AND "
                   "amount_minor > 0") > 0);
    QCOMPARE(scalar("SELECT count(*) FROM dao_proposals WHERE executed_at IS NOT NULL AND "
                    "amount_minor > 0 AND execution_transaction_id IS NULL"),
             0);
    QCOMPARE(scalar("SELECT count(*) FROM dao_treasury d JOIN ledger_balances b ON b.account_id "
                    "= d.ledger_account_id WHERE d.balance_minor <> b.credits_posted - "
                    "b.debits_posted"),
             0);
    QCOMPARE(scalar("SELECT count(*) FROM dao_treasury d JOIN ledger_accounts a ON a.id = "
                    "d.ledger_account_id WHERE a.code = 'dao_treasury/' || d.currency"),
             scalar("SELECT count(*) FROM dao_treasury"));
    // What a payout posted is what it says it paid.
    QCOMPARE(scalar("SELECT count(*) FROM payouts p JOIN ledger_transactions t ON "
                    "t.source_type = 'payout' AND t.source_id = p.id AND t.kind = 'payout' JOIN "
                    "ledger_entries e ON e.ledger_transaction_id = t.id AND e.direction = 'debit' "
                    "WHERE e.amount_minor <> p.amount_minor OR e.currency <> p.currency"),
             0);
}

void TestDemoSeeder::revenueCountsEverySale()
{
    // The rollups the Revenue page reads were rebuilt after the load: their gross is every
    // customer payment the ledger took in, tips and captured parcel fees included.
    const QSqlDatabase db = m_services->database().connection();
    const qint64 rolledUp =
        Query::scalar(db, QStringLiteral("SELECT COALESCE(sum(gross_minor), 0) FROM revenue_daily"))
            .toLongLong();
    const qint64 collected =
        Query::scalar(db, QStringLiteral("SELECT sum(e.amount_minor) FROM ledger_entries e JOIN "
                                         "ledger_transactions t ON t.id = e.ledger_transaction_id "
                                         "JOIN ledger_accounts a ON a.id = e.account_id WHERE "
                                         "e.direction = 'debit' AND substr(a.code, 1, 19) = "
                                         "'processor_clearing/' AND t.kind IN ('subscription', "
                                         "'agent_sale', 'order', 'ride', 'tip', 'booking', "
                                         "'ad_spend', 'parcel')"))
            .toLongLong();
    QVERIFY(collected > 0);
    QCOMPARE(rolledUp, collected);
    QVERIFY(Query::scalar(db, QStringLiteral("SELECT count(*) FROM revenue_daily WHERE service = "
                                             "'rides'"))
                .toLongLong() > 0);
}

void TestDemoSeeder::daoHasProposalsInEveryState_data()
{
    QTest::addColumn<QString>("state");
    for (const char *state : {"pending", "active", "defeated", "succeeded", "queued", "expired",
                              "executed", "canceled"})
        QTest::newRow(state) << QString::fromLatin1(state);
}

void TestDemoSeeder::daoHasProposalsInEveryState()
{
    QFETCH(QString, state);
    // The state as governance derives it from the stored times and tallies at the demo's now.
    const qint64 proposals =
        Query::scalar(
            m_services->database().connection(),
            QStringLiteral(
                "SELECT count(*) FROM (SELECT CASE "
                "WHEN canceled_at IS NOT NULL THEN 'canceled' "
                "WHEN ? < voting_starts_at THEN 'pending' "
                "WHEN ? < voting_ends_at THEN 'active' "
                "WHEN votes_for <= votes_against "
                "  OR votes_for * 100 < threshold_pct * (votes_for + votes_against) "
                "  OR votes_for + votes_against + votes_abstain < quorum THEN 'defeated' "
                "WHEN queued_at IS NULL THEN 'succeeded' "
                "WHEN executed_at IS NOT NULL THEN 'executed' "
                "WHEN ? >= eta + grace_period_ms THEN 'expired' "
                "ELSE 'queued' END AS state FROM dao_proposals) AS derived "
                "WHERE state = ?"),
            {DemoSeeder::defaultNow(), DemoSeeder::defaultNow(), DemoSeeder::defaultNow(), state})
            .toLongLong();
    QVERIFY2(proposals > 0, qPrintable(QStringLiteral("no %1 proposal").arg(state)));
}

void TestDemoSeeder::everyKycCaseTypeHasAnOpenQueue()
{
    const QSqlDatabase db = m_services->database().connection();
    for (const char *type : {"age", "identity", "business", "driver", "host"}) {
        for (const char *state : {"pending", "in_review", "escalated", "resubmission_requested"}) {
            const qint64 cases =
                Query::scalar(db,
                              QStringLiteral("SELECT count(*) FROM kyc_cases "
                                             "WHERE case_type = ? AND state = ?"),
                              {QString::fromLatin1(type), QString::fromLatin1(state)})
                    .toLongLong();
            QVERIFY2(cases > 0, qPrintable(QStringLiteral("no %1 %2 case")
                                               .arg(QLatin1String(type), QLatin1String(state))));
        }
    }
    QVERIFY(
        Query::scalar(db, QStringLiteral("SELECT count(*) FROM kyc_cases WHERE risk_score >= 70 "
                                         "AND watchlist_hits > 0"))
            .toLongLong() > 0);
}

void TestDemoSeeder::nothingHappensAfterNow()
{
    const QSqlDatabase db = m_services->database().connection();
    const qint64 now = DemoSeeder::defaultNow();
    for (const char *sql :
         {"SELECT count(*) FROM users WHERE created_at > ? OR updated_at > ?",
          "SELECT count(*) FROM transactions WHERE created_at > ? OR updated_at > ?",
          "SELECT count(*) FROM rides WHERE requested_at > ? OR completed_at > ?",
          "SELECT count(*) FROM messages WHERE created_at > ? OR read_at > ?",
          "SELECT count(*) FROM orders WHERE created_at > ? OR updated_at > ?"})
        QCOMPARE(Query::scalar(db, QString::fromLatin1(sql), {now, now}).toLongLong(), 0);
    // Open payouts are due around now, for the finance queue.
    QVERIFY(Query::scalar(db,
                          QStringLiteral("SELECT count(*) FROM payouts WHERE state = 'pending' "
                                         "AND due_at BETWEEN ? AND ?"),
                          {now - 3 * 86'400'000LL, now + 3 * 86'400'000LL})
                .toLongLong() > 0);
}

void TestDemoSeeder::refusesADatabaseWithUsers()
{
    const qint64 before = count(m_services->database(), QStringLiteral("users"));
    try {
        seed(m_services->database(), 1);
        QFAIL("seeding a database with users succeeded");
    } catch (const Error &error) {
        QCOMPARE(error.code(), ErrorCode::BadInput);
    }
    QCOMPARE(count(m_services->database(), QStringLiteral("users")), before);
}

void TestDemoSeeder::cancelBeforeStartWritesNothing()
{
    Test::TestDatabase emptyDb;
    auto empty = Test::openMigrated(emptyDb.url());
    const std::atomic_bool cancel = true;
    QList<DemoSeeder::Progress> progress;
    try {
        seed(empty->database(), 1, &progress, &cancel);
        QFAIL("a cancelled seed succeeded");
    } catch (const Error &error) {
        QCOMPARE(error.message(), QStringLiteral("cancelled"));
    }
    QVERIFY(progress.isEmpty());
    QCOMPARE(count(empty->database(), QStringLiteral("users")), 0);
}

void TestDemoSeeder::cancelledSeedKeepsEveryIndex()
{
    Test::TestDatabase cancelledDb;
    auto services = Test::openMigrated(cancelledDb.url());
    Database &database = services->database();
    const SqlDialect &dialect = database.dialect();
    const QStringList indexesBefore = dialect.indexes(database.connection());
    // The load drops these; they must be back afterwards.
    QVERIFY(!dialect.secondaryIndexes(database.connection(), QStringLiteral("users")).isEmpty());

    std::atomic_bool cancel = false;
    QList<DemoSeeder::Progress> progress;
    std::atomic_bool *cancelAfterFirstTable = &cancel;
    DemoSeeder::Options options;
    options.scale = DemoSeeder::Scale::Small;
    try {
        DemoSeeder().run(
            database, options,
            [cancelAfterFirstTable, steps = &progress](const DemoSeeder::Progress &step) {
                steps->append(step);
                if (step.rowsDone == step.rowsTotal)
                    cancelAfterFirstTable->store(true);
            },
            &cancel);
        QFAIL("a cancelled seed succeeded");
    } catch (const Error &error) {
        QCOMPARE(error.message(), QStringLiteral("cancelled"));
    }
    QVERIFY(!progress.isEmpty());
    QVERIFY(count(database, progress.first().table) > 0);
    QCOMPARE(dialect.indexes(database.connection()), indexesBefore);
}

void TestDemoSeeder::personalDataIsSealedAndConsistent()
{
    const QSqlDatabase db = m_services->database().connection();
    QStringList plaintexts;

    // Phone numbers open to E.164, and the duplicate-finding hash is the hash of that number.
    Query phones(db, QStringLiteral("SELECT phone_encrypted, phone_hash FROM users "
                                    "WHERE phone_encrypted IS NOT NULL ORDER BY id LIMIT 50"));
    int phoneCount = 0;
    while (phones.next()) {
        const QByteArray phone =
            cipher().open(phones.value(0).toByteArray(), SealedColumn::UserPhone);
        static const QRegularExpression e164(QStringLiteral("^\\+[1-9]\\d{9,13}$"));
        QVERIFY2(e164.match(QString::fromLatin1(phone)).hasMatch(), phone.constData());
        QCOMPARE(phones.value(1).toString(), QString::fromLatin1(Crypto::sha256(phone).toHex()));
        plaintexts << QString::fromLatin1(phone);
        ++phoneCount;
    }
    QCOMPARE(phoneCount, 50);

    // A case's birthdate agrees with the person's own age checks and is an adult's unless a
    // check found them underage.
    Query cases(db, QStringLiteral("SELECT c.id, c.birthdate_encrypted, a.birthdate_encrypted "
                                   "FROM kyc_cases c JOIN age_verifications a "
                                   "ON a.user_id = c.user_id AND a.birthdate_encrypted IS NOT NULL "
                                   "ORDER BY c.id LIMIT 40"));
    int birthdates = 0;
    while (cases.next()) {
        const QByteArray onCase =
            cipher().open(cases.value(1).toByteArray(), SealedColumn::KycBirthdate);
        QCOMPARE(cipher().open(cases.value(2).toByteArray(), SealedColumn::AgeBirthdate), onCase);
        const QDate date = QDate::fromString(QString::fromLatin1(onCase), Qt::ISODate);
        QVERIFY2(date.isValid() && date.year() > 1900, onCase.constData());
        plaintexts << QString::fromLatin1(onCase);
        ++birthdates;
    }
    QVERIFY(birthdates > 10);

    // Document images are SVG documents showing the sealed number; the digest is the image's.
    Query documents(db, QStringLiteral("SELECT content_encrypted, document_number_encrypted, "
                                       "sha256, mime_type, purged_at FROM kyc_documents "
                                       "WHERE document_number_encrypted IS NOT NULL "
                                       "AND kind <> 'selfie' ORDER BY id LIMIT 40"));
    int numbers = 0;
    while (documents.next()) {
        const QByteArray image =
            cipher().open(documents.value(0).toByteArray(), SealedColumn::DocumentContent);
        const QByteArray number =
            cipher().open(documents.value(1).toByteArray(), SealedColumn::DocumentNumber);
        QVERIFY(image.startsWith("<svg"));
        QVERIFY2(image.contains(number), number.constData());
        QCOMPARE(documents.value(2).toString(), QString::fromLatin1(Crypto::sha256(image).toHex()));
        QCOMPARE(documents.value(3).toString(), QStringLiteral("image/svg+xml"));
        QVERIFY(documents.value(4).isNull());
        plaintexts << QString::fromLatin1(number);
        ++numbers;
    }
    QCOMPARE(numbers, 40);
    // Documents of cases decided long ago are purged: no content, no number.
    QCOMPARE(Query::scalar(db, QStringLiteral("SELECT count(*) FROM kyc_documents WHERE purged_at "
                                              "IS NOT NULL AND (content_encrypted IS NOT NULL OR "
                                              "document_number_encrypted IS NOT NULL)"))
                 .toLongLong(),
             0);

    // None of them is readable in the database file itself.
    if (Test::TestDatabase::backend() != QLatin1String("sqlite"))
        return;
    QByteArray raw;
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(m_db->url().path() + suffix);
        if (file.open(QIODevice::ReadOnly))
            raw += file.readAll();
    }
    QVERIFY(raw.size() > 100000);
    for (const QString &plaintext : std::as_const(plaintexts))
        QVERIFY2(!raw.contains(plaintext.toLatin1()), qPrintable(plaintext));
}

void TestDemoSeeder::scaledSeedReachesTheAskedVolumes()
{
    Test::TestDatabase otherDb;
    auto other = Test::openMigrated(otherDb.url());
    DemoSeeder::Options options;
    options.reports = 3000;
    options.kycCases = 500;
    DemoSeeder().run(other->database(), options, {}, nullptr);
    const QSqlDatabase db = other->database().connection();
    // Content reports as asked, plus one for each suspended or banned user.
    const qint64 reports =
        Query::scalar(db, QStringLiteral("SELECT count(*) FROM moderation_reports")).toLongLong();
    const qint64 sanctioned =
        Query::scalar(db, QStringLiteral("SELECT count(*) FROM users "
                                         "WHERE status IN ('suspended', 'banned')"))
            .toLongLong();
    QVERIFY2(reports >= 3000 && reports <= 3000 + sanctioned, qPrintable(QString::number(reports)));
    QCOMPARE(count(other->database(), QStringLiteral("kyc_cases")), 500);
    // Without a cipher the sealed columns stay empty.
    QCOMPARE(Query::scalar(db, QStringLiteral("SELECT count(*) FROM users "
                                              "WHERE phone_encrypted IS NOT NULL"))
                 .toLongLong(),
             0);
}

QTEST_GUILESS_MAIN(TestDemoSeeder)
#include "tst_demoseeder.moc"
