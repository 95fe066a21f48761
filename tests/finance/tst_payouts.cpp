#include "clock.h"
#include "commandbus.h"
#include "database.h"
#include "ledger.h"
#include "payoutfiles.h"
#include "query.h"
#include "servicelayer.h"
#include "stewardservices.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Steward;
using namespace Steward::Finance;

namespace {

const QString kPassword = QStringLiteral("a long test password");
// 2024-06-03T09:00:00Z.
constexpr qint64 kStart = 1717405200000;

} // namespace

class TestPayouts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void runIsApprovedByASecondOperatorAndPostsEachPayoutOnce();
    void payoutStatesPostTheDocumentedEntries();
    void holdsKeepMoneyBackFromRuns();
    void preparedPayoutsAreIncludedOrApproved();
    void badInputIsRefusedAndChangesNothing_data();
    void badInputIsRefusedAndChangesNothing();
    void paymentFilesTotalTheRun();
    void reconciliationNamesTheFundingEarnings();
    void ledgerHoldCommands();

private:
    qint64 addUser(const QString &name);
    void earn(qint64 user, qint64 amount, const QString &currency = QStringLiteral("EUR"),
              const QString &purpose = QStringLiteral("creator_payable"));
    CommandResult call(const Principal &as, const QString &command, const QJsonObject &params);
    QJsonObject ok(const Principal &as, const QString &command, const QJsonObject &params);
    qint64 scalar(const QString &sql, const QVariantList &values = {});
    qint64 balanceOf(const QString &code);
    /** Everything a refused command could have changed, as one comparable string. */
    QString snapshot();
    void executeRun(qint64 runId);

    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<ServiceLayer> m_services;
    Principal m_maker;
    Principal m_checker;
    Principal m_support;
    qint64 m_ana = 0;
    qint64 m_ben = 0;
};

void TestPayouts::init()
{
    m_db = std::make_unique<Test::TestDatabase>();
    m_services = Test::openMigrated(m_db->url(), std::make_unique<ManualClock>(kStart));
    setupServices(*m_services);
    m_maker = Principal::forOperator(Test::addOperator(*m_services, QStringLiteral("maker"),
                                                       QStringLiteral("finance"), kPassword),
                                     QStringLiteral("maker"), Role::Finance);
    m_checker = Principal::forOperator(Test::addOperator(*m_services, QStringLiteral("checker"),
                                                         QStringLiteral("finance"), kPassword),
                                       QStringLiteral("checker"), Role::Finance);
    m_support = Principal::forOperator(
        Test::addOperator(*m_services, QStringLiteral("sam"), QStringLiteral("support"), kPassword),
        QStringLiteral("sam"), Role::Support);
    m_ana = addUser(QStringLiteral("ana"));
    m_ben = addUser(QStringLiteral("ben"));
}

void TestPayouts::cleanup()
{
    m_services.reset();
    m_db.reset();
}

qint64 TestPayouts::addUser(const QString &name)
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

void TestPayouts::earn(qint64 user, qint64 amount, const QString &currency, const QString &purpose)
{
    static int serial = 0;
    const QJsonObject tx = ok(
        m_maker, QStringLiteral("finance.post"),
        {{QStringLiteral("kind"), QStringLiteral("sale")},
         {QStringLiteral("description"), QStringLiteral("sale")},
         {QStringLiteral("idempotency_key"), QStringLiteral("sale:%1").arg(++serial)},
         {QStringLiteral("source_type"), QStringLiteral("agent_sale")},
         {QStringLiteral("source_id"), serial},
         {QStringLiteral("entries"),
          QJsonArray{QJsonObject{{QStringLiteral("purpose"), QStringLiteral("processor_clearing")},
                                 {QStringLiteral("direction"), QStringLiteral("debit")},
                                 {QStringLiteral("amount_minor"), amount},
                                 {QStringLiteral("currency"), currency}},
                     QJsonObject{{QStringLiteral("purpose"), purpose},
                                 {QStringLiteral("owner_id"), user},
                                 {QStringLiteral("direction"), QStringLiteral("credit")},
                                 {QStringLiteral("amount_minor"), amount},
                                 {QStringLiteral("currency"), currency}}}}});
    QVERIFY(tx.value(QStringLiteral("id")).toInteger() > 0);
}

CommandResult TestPayouts::call(const Principal &as, const QString &command,
                                const QJsonObject &params)
{
    return m_services->bus().execute(as, command, params);
}

QJsonObject TestPayouts::ok(const Principal &as, const QString &command, const QJsonObject &params)
{
    const CommandResult result = call(as, command, params);
    if (!result.ok())
        qWarning("%s failed: %s", qPrintable(command), qPrintable(result.message));
    Q_ASSERT(result.ok());
    return result.data.toObject();
}

qint64 TestPayouts::scalar(const QString &sql, const QVariantList &values)
{
    return Query::scalar(m_services->database().connection(), sql, values).toLongLong();
}

qint64 TestPayouts::balanceOf(const QString &code)
{
    return scalar(QStringLiteral("SELECT COALESCE(SUM(CASE WHEN e.direction = 'credit' THEN "
                                 "e.amount_minor ELSE -e.amount_minor END), 0) FROM "
                                 "ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id "
                                 "WHERE a.code = ?"),
                  {code});
}

QString TestPayouts::snapshot()
{
    QStringList parts;
    for (const QString &sql : {QStringLiteral("SELECT COUNT(*) FROM ledger_transactions"),
                               QStringLiteral("SELECT COUNT(*) FROM ledger_entries"),
                               QStringLiteral("SELECT COUNT(*) FROM ledger_holds"),
                               QStringLiteral("SELECT COALESCE(SUM(version), 0) FROM payouts"),
                               QStringLiteral("SELECT COUNT(*) FROM payouts"),
                               QStringLiteral("SELECT COALESCE(SUM(version), 0) FROM payout_runs"),
                               QStringLiteral("SELECT COUNT(*) FROM payout_runs"),
                               QStringLiteral("SELECT COALESCE(SUM(version), 0) FROM payee_holds"),
                               QStringLiteral("SELECT COUNT(*) FROM payee_holds"),
                               QStringLiteral("SELECT COUNT(*) FROM audit_log")})
        parts << QString::number(scalar(sql));
    return parts.join(QLatin1Char('/'));
}

void TestPayouts::executeRun(qint64 runId)
{
    for (int i = 0; i < 10000; ++i) {
        const QJsonObject step =
            ok(m_checker, QStringLiteral("payouts.run_execute"), {{QStringLiteral("id"), runId}});
        if (step.value(QStringLiteral("done")).toBool())
            return;
    }
    QFAIL("the run never finished");
}

void TestPayouts::runIsApprovedByASecondOperatorAndPostsEachPayoutOnce()
{
    earn(m_ana, 700000);
    earn(m_ben, 600000);
    const QJsonObject preview = ok(m_maker, QStringLiteral("payouts.run_preview"),
                                   {{QStringLiteral("currency"), QStringLiteral("EUR")},
                                    {QStringLiteral("schedule"), QStringLiteral("weekly")}});
    QCOMPARE(preview.value(QStringLiteral("count")).toInteger(), 2);
    QCOMPARE(preview.value(QStringLiteral("total_minor")).toInteger(), 1300000);
    QVERIFY(preview.value(QStringLiteral("needs_second_operator")).toBool());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM payouts")), 0); // nothing written

    const QJsonObject run = ok(m_maker, QStringLiteral("payouts.run_create"),
                               {{QStringLiteral("currency"), QStringLiteral("EUR")},
                                {QStringLiteral("schedule"), QStringLiteral("weekly")}});
    const qint64 id = run.value(QStringLiteral("id")).toInteger();
    QCOMPARE(run.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));

    // The maker may not approve a run above the threshold.
    const QString before = snapshot();
    const CommandResult self = call(m_maker, QStringLiteral("payouts.run_approve"),
                                    {{QStringLiteral("id"), id}, {QStringLiteral("version"), 1}});
    QCOMPARE(self.code, ErrorCode::PermissionDenied);
    QVERIFY2(self.message.contains(QLatin1String("another finance operator")),
             qPrintable(self.message));
    QCOMPARE(snapshot(), before);
    // Support has no payout permissions at all.
    QCOMPARE(call(m_support, QStringLiteral("payouts.run_approve"),
                  {{QStringLiteral("id"), id}, {QStringLiteral("version"), 1}})
                 .code,
             ErrorCode::PermissionDenied);

    const QJsonObject approved = ok(m_checker, QStringLiteral("payouts.run_approve"),
                                    {{QStringLiteral("id"), id}, {QStringLiteral("version"), 1}});
    QCOMPARE(approved.value(QStringLiteral("state")).toString(), QStringLiteral("approving"));
    // Approving twice: the stale version names who decided.
    const CommandResult twice = call(m_checker, QStringLiteral("payouts.run_approve"),
                                     {{QStringLiteral("id"), id}, {QStringLiteral("version"), 1}});
    QCOMPARE(twice.code, ErrorCode::Conflict);
    QVERIFY2(twice.message.contains(QLatin1String("already changed by checker")),
             qPrintable(twice.message));

    executeRun(id);
    const QJsonObject done =
        ok(m_checker, QStringLiteral("payouts.run"), {{QStringLiteral("id"), id}});
    QCOMPARE(done.value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
    QCOMPARE(
        scalar(QStringLiteral("SELECT COUNT(*) FROM ledger_transactions WHERE kind = 'payout'")),
        2);
    QCOMPARE(balanceOf(QStringLiteral("creator_payable/%1/EUR").arg(m_ana)), 0);
    QCOMPARE(balanceOf(QStringLiteral("payout_clearing/EUR")), 1300000);
    // Resuming a finished run changes nothing.
    const QString settled = snapshot();
    executeRun(id);
    QCOMPARE(snapshot(), settled);

    ok(m_checker, QStringLiteral("payouts.run_mark_paid"),
       {{QStringLiteral("id"), id},
        {QStringLiteral("version"), done.value(QStringLiteral("version"))}});
    executeRun(id);
    QCOMPARE(ok(m_checker, QStringLiteral("payouts.run"), {{QStringLiteral("id"), id}})
                 .value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("paid"));
    QCOMPARE(balanceOf(QStringLiteral("payout_clearing/EUR")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM payouts WHERE state = 'paid'")), 2);
}

void TestPayouts::payoutStatesPostTheDocumentedEntries()
{
    earn(m_ana, 50000);
    const QJsonObject run = ok(m_maker, QStringLiteral("payouts.run_create"),
                               {{QStringLiteral("currency"), QStringLiteral("EUR")},
                                {QStringLiteral("schedule"), QStringLiteral("monthly")}});
    const qint64 runId = run.value(QStringLiteral("id")).toInteger();
    // Below the threshold the maker may approve.
    ok(m_maker, QStringLiteral("payouts.run_approve"),
       {{QStringLiteral("id"), runId}, {QStringLiteral("version"), 1}});
    executeRun(runId);
    const QJsonObject payout =
        ok(m_maker, QStringLiteral("payouts.list"), {{QStringLiteral("run_id"), runId}})
            .value(QStringLiteral("rows"))
            .toArray()
            .first()
            .toObject();
    const qint64 id = payout.value(QStringLiteral("id")).toInteger();
    const QString payable = QStringLiteral("creator_payable/%1/EUR").arg(m_ana);
    QCOMPARE(balanceOf(payable), 0);
    // Failed: the payee is owed the money again.
    const QJsonObject failed =
        ok(m_checker, QStringLiteral("payouts.mark_failed"),
           {{QStringLiteral("id"), id},
            {QStringLiteral("version"), payout.value(QStringLiteral("version"))},
            {QStringLiteral("reason"), QStringLiteral("closed account")}});
    QCOMPARE(failed.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    QCOMPARE(balanceOf(payable), 50000);
    QCOMPARE(balanceOf(QStringLiteral("payout_clearing/EUR")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM ledger_transactions WHERE "
                                   "idempotency_key = ?"),
                    {QStringLiteral("payout:%1:failed").arg(id)}),
             1);
    // Deciding it again is refused.
    const CommandResult again =
        call(m_checker, QStringLiteral("payouts.mark_paid"),
             {{QStringLiteral("id"), id},
              {QStringLiteral("version"), failed.value(QStringLiteral("version"))}});
    QCOMPARE(again.code, ErrorCode::Conflict);

    // A second payout, paid and then returned.
    const QJsonObject second = ok(m_maker, QStringLiteral("payouts.run_create"),
                                  {{QStringLiteral("currency"), QStringLiteral("EUR")},
                                   {QStringLiteral("schedule"), QStringLiteral("weekly")}});
    const qint64 secondRun = second.value(QStringLiteral("id")).toInteger();
    ok(m_checker, QStringLiteral("payouts.run_approve"),
       {{QStringLiteral("id"), secondRun}, {QStringLiteral("version"), 1}});
    executeRun(secondRun);
    const QJsonObject p2 =
        ok(m_maker, QStringLiteral("payouts.list"), {{QStringLiteral("run_id"), secondRun}})
            .value(QStringLiteral("rows"))
            .toArray()
            .first()
            .toObject();
    const QJsonObject paid = ok(m_checker, QStringLiteral("payouts.mark_paid"),
                                {{QStringLiteral("id"), p2.value(QStringLiteral("id"))},
                                 {QStringLiteral("version"), p2.value(QStringLiteral("version"))}});
    QCOMPARE(balanceOf(QStringLiteral("processor_clearing/EUR")), 0);
    ok(m_checker, QStringLiteral("payouts.mark_returned"),
       {{QStringLiteral("id"), p2.value(QStringLiteral("id"))},
        {QStringLiteral("version"), paid.value(QStringLiteral("version"))},
        {QStringLiteral("reason"), QStringLiteral("returned by the bank")}});
    QCOMPARE(balanceOf(payable), 50000);
    QCOMPARE(balanceOf(QStringLiteral("processor_clearing/EUR")), -50000);
}

void TestPayouts::holdsKeepMoneyBackFromRuns()
{
    earn(m_ana, 10000);
    const QJsonObject hold = ok(m_checker, QStringLiteral("payouts.hold_place"),
                                {{QStringLiteral("user_id"), m_ana},
                                 {QStringLiteral("payee_type"), QStringLiteral("creator")},
                                 {QStringLiteral("currency"), QStringLiteral("EUR")},
                                 {QStringLiteral("amount_minor"), 4000},
                                 {QStringLiteral("reason"), QStringLiteral("chargeback review")}});
    const QJsonObject balance = ok(m_checker, QStringLiteral("payouts.payee"),
                                   {{QStringLiteral("user_id"), m_ana},
                                    {QStringLiteral("payee_type"), QStringLiteral("creator")},
                                    {QStringLiteral("currency"), QStringLiteral("EUR")}});
    QCOMPARE(balance.value(QStringLiteral("held_minor")).toInteger(), 4000);
    QCOMPARE(balance.value(QStringLiteral("available_minor")).toInteger(), 6000);
    const QJsonObject preview = ok(m_maker, QStringLiteral("payouts.run_preview"),
                                   {{QStringLiteral("currency"), QStringLiteral("EUR")},
                                    {QStringLiteral("schedule"), QStringLiteral("weekly")}});
    QCOMPARE(preview.value(QStringLiteral("total_minor")).toInteger(), 6000);
    // A second hold larger than what is left is refused.
    const QString before = snapshot();
    const CommandResult tooMuch = call(m_checker, QStringLiteral("payouts.hold_place"),
                                       {{QStringLiteral("user_id"), m_ana},
                                        {QStringLiteral("payee_type"), QStringLiteral("creator")},
                                        {QStringLiteral("currency"), QStringLiteral("EUR")},
                                        {QStringLiteral("amount_minor"), 6001},
                                        {QStringLiteral("reason"), QStringLiteral("more")}});
    QCOMPARE(tooMuch.code, ErrorCode::BadInput);
    QCOMPARE(snapshot(), before);
    // A run created now, then the hold grows before approval: the payout is rejected, not paid.
    const qint64 runId = ok(m_maker, QStringLiteral("payouts.run_create"),
                            {{QStringLiteral("currency"), QStringLiteral("EUR")},
                             {QStringLiteral("schedule"), QStringLiteral("weekly")}})
                             .value(QStringLiteral("id"))
                             .toInteger();
    ok(m_checker, QStringLiteral("payouts.hold_release"),
       {{QStringLiteral("id"), hold.value(QStringLiteral("id"))},
        {QStringLiteral("version"), 1},
        {QStringLiteral("reason"), QStringLiteral("cleared")}});
    ok(m_checker, QStringLiteral("payouts.hold_place"),
       {{QStringLiteral("user_id"), m_ana},
        {QStringLiteral("payee_type"), QStringLiteral("creator")},
        {QStringLiteral("currency"), QStringLiteral("EUR")},
        {QStringLiteral("amount_minor"), 9000},
        {QStringLiteral("reason"), QStringLiteral("fraud review")}});
    ok(m_checker, QStringLiteral("payouts.run_approve"),
       {{QStringLiteral("id"), runId}, {QStringLiteral("version"), 1}});
    executeRun(runId);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM payouts WHERE run_id = ? AND state = "
                                   "'rejected'"),
                    {runId}),
             1);
    QCOMPARE(balanceOf(QStringLiteral("creator_payable/%1/EUR").arg(m_ana)), 10000);
}

void TestPayouts::preparedPayoutsAreIncludedOrApproved()
{
    earn(m_ana, 30000);
    earn(m_ben, 30000);
    // Payouts prepared outside Steward's runs (as the demo data has them).
    m_services->database().write([&](QSqlDatabase &db) {
        for (const qint64 user : {m_ana, m_ben})
            Query(db,
                  QStringLiteral("INSERT INTO payouts (payee_user_id, payee_type, amount_minor, "
                                 "currency, state, method, due_at, created_at, updated_at) "
                                 "VALUES (?, 'creator', 20000, 'EUR', 'pending', "
                                 "'bank_transfer', ?, ?, ?)"),
                  {user, kStart - 1000, kStart - 5000, kStart - 5000});
    });
    const QJsonArray rows =
        ok(m_maker, QStringLiteral("payouts.list"), {{QStringLiteral("without_run"), true}})
            .value(QStringLiteral("rows"))
            .toArray();
    QCOMPARE(rows.size(), 2);
    // The first one approved on its own…
    const QJsonObject first = rows.at(0).toObject();
    const QJsonObject approved = ok(m_checker, QStringLiteral("payouts.approve"),
                                    {{QStringLiteral("id"), first.value(QStringLiteral("id"))},
                                     {QStringLiteral("version"), 1}});
    QCOMPARE(approved.value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
    // …the other one included in a run of due payouts.
    const QJsonObject run = ok(m_maker, QStringLiteral("payouts.run_create"),
                               {{QStringLiteral("currency"), QStringLiteral("EUR")},
                                {QStringLiteral("schedule"), QStringLiteral("due")}});
    QCOMPARE(run.value(QStringLiteral("payout_count")).toInteger(), 1);
    QCOMPARE(run.value(QStringLiteral("total_minor")).toInteger(), 20000);
    // Mixed currencies in one run are refused.
    earn(m_ben, 30000, QStringLiteral("USD"));
    m_services->database().write([&](QSqlDatabase &db) {
        Query(db,
              QStringLiteral("INSERT INTO payouts (payee_user_id, payee_type, amount_minor, "
                             "currency, state, method, due_at, created_at, updated_at) VALUES "
                             "(?, 'creator', 100, 'USD', 'pending', 'bank_transfer', ?, ?, ?)"),
              {m_ben, kStart - 1000, kStart - 5000, kStart - 5000});
    });
    const qint64 usd = scalar(QStringLiteral("SELECT id FROM payouts WHERE currency = 'USD'"));
    const QString before = snapshot();
    const CommandResult mixed =
        call(m_maker, QStringLiteral("payouts.run_create"),
             {{QStringLiteral("payout_ids"),
               QJsonArray{first.value(QStringLiteral("id")).toInteger() + 0, usd}}});
    QVERIFY(!mixed.ok());
    QCOMPARE(snapshot(), before);
}

void TestPayouts::badInputIsRefusedAndChangesNothing_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const auto hold = [](const QJsonValue &amount, const QString &currency) {
        return QJsonObject{{QStringLiteral("user_id"), 1},
                           {QStringLiteral("payee_type"), QStringLiteral("creator")},
                           {QStringLiteral("currency"), currency},
                           {QStringLiteral("amount_minor"), amount},
                           {QStringLiteral("reason"), QStringLiteral("review")}};
    };
    const int bad = int(ErrorCode::BadInput);
    QTest::newRow("negative hold")
        << QStringLiteral("payouts.hold_place") << hold(-5, QStringLiteral("EUR")) << bad
        << QStringLiteral("at least 1");
    QTest::newRow("overflowing hold")
        << QStringLiteral("payouts.hold_place") << hold(1e19, QStringLiteral("EUR")) << bad
        << QStringLiteral("larger than the ledger's limit");
    QTest::newRow("fractional hold")
        << QStringLiteral("payouts.hold_place") << hold(1.5, QStringLiteral("EUR")) << bad
        << QStringLiteral("whole number");
    QTest::newRow("unknown currency")
        << QStringLiteral("payouts.hold_place") << hold(5, QStringLiteral("XYZ")) << bad
        << QStringLiteral("unknown currency");
    QTest::newRow("hold above balance")
        << QStringLiteral("payouts.hold_place") << hold(500001, QStringLiteral("EUR")) << bad
        << QStringLiteral("larger than what");
    QTest::newRow("hold without reason")
        << QStringLiteral("payouts.hold_place")
        << QJsonObject{{QStringLiteral("user_id"), 1},
                       {QStringLiteral("payee_type"), QStringLiteral("creator")},
                       {QStringLiteral("currency"), QStringLiteral("EUR")},
                       {QStringLiteral("amount_minor"), 5}}
        << bad << QStringLiteral("reason");
    QTest::newRow("negative minimum")
        << QStringLiteral("payouts.run_create")
        << QJsonObject{{QStringLiteral("currency"), QStringLiteral("EUR")},
                       {QStringLiteral("schedule"), QStringLiteral("weekly")},
                       {QStringLiteral("min_amount_minor"), -1}}
        << bad << QStringLiteral("at least 0");
    QTest::newRow("run in unknown currency")
        << QStringLiteral("payouts.run_create")
        << QJsonObject{{QStringLiteral("currency"), QStringLiteral("EURO")},
                       {QStringLiteral("schedule"), QStringLiteral("weekly")}}
        << bad << QStringLiteral("unknown currency");
    QTest::newRow("unknown schedule")
        << QStringLiteral("payouts.run_create")
        << QJsonObject{{QStringLiteral("currency"), QStringLiteral("EUR")},
                       {QStringLiteral("schedule"), QStringLiteral("daily")}}
        << bad << QStringLiteral("schedule");
    QTest::newRow("nothing to pay")
        << QStringLiteral("payouts.run_create")
        << QJsonObject{{QStringLiteral("currency"), QStringLiteral("EUR")},
                       {QStringLiteral("schedule"), QStringLiteral("weekly")},
                       {QStringLiteral("min_amount_minor"), 900000}}
        << bad << QStringLiteral("no payee matches");
    QTest::newRow("payout above available")
        << QStringLiteral("payouts.approve")
        << QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("version"), 1}} << bad
        << QStringLiteral("exceeds what");
    QTest::newRow("unknown payout")
        << QStringLiteral("payouts.approve")
        << QJsonObject{{QStringLiteral("id"), 999}, {QStringLiteral("version"), 1}}
        << int(ErrorCode::NotFound) << QStringLiteral("no payout 999");
    QTest::newRow("stale payout version")
        << QStringLiteral("payouts.approve")
        << QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("version"), 7}}
        << int(ErrorCode::Conflict) << QStringLiteral("payout 1");
    QTest::newRow("export of an unknown run")
        << QStringLiteral("payouts.export")
        << QJsonObject{{QStringLiteral("id"), 1},
                       {QStringLiteral("format"), QStringLiteral("sepa")}}
        << int(ErrorCode::NotFound) << QStringLiteral("no payout run 1");
    QTest::newRow("capture of an unknown hold")
        << QStringLiteral("finance.capture")
        << QJsonObject{{QStringLiteral("id"), 42},
                       {QStringLiteral("idempotency_key"), QStringLiteral("c:42")}}
        << int(ErrorCode::NotFound) << QStringLiteral("no ledger hold 42");
}

void TestPayouts::badInputIsRefusedAndChangesNothing()
{
    QFETCH(QString, command);
    QFETCH(QJsonObject, params);
    QFETCH(int, code);
    QFETCH(QString, message);
    QCOMPARE(m_ana, 1);
    earn(m_ana, 500000);
    // Payout 1: prepared for more than the payee has.
    m_services->database().write([&](QSqlDatabase &db) {
        Query(db,
              QStringLiteral("INSERT INTO payouts (payee_user_id, payee_type, amount_minor, "
                             "currency, state, method, due_at, created_at, updated_at) VALUES "
                             "(?, 'creator', 600000, 'EUR', 'pending', 'bank_transfer', ?, ?, ?)"),
              {m_ana, kStart, kStart, kStart});
    });
    const QString before = snapshot();
    const CommandResult result = call(m_checker, command, params);
    QCOMPARE(int(result.code), code);
    QVERIFY2(result.message.contains(message), qPrintable(result.message));
    QVERIFY(!result.message.contains(QLatin1Char('\n')));
    QCOMPARE(snapshot(), before);
}

void TestPayouts::paymentFilesTotalTheRun()
{
    QCOMPARE(demoIban(1), QStringLiteral("DE09000000000000000001"));
    QVERIFY(isValidIban(demoIban(123456)));
    QVERIFY(isValidIban(QStringLiteral("GB82WEST12345698765432")));
    QVERIFY(!isValidIban(QStringLiteral("GB83WEST12345698765432")));
    earn(m_ana, 12345);
    earn(m_ben, 1);
    const qint64 runId = ok(m_maker, QStringLiteral("payouts.run_create"),
                            {{QStringLiteral("currency"), QStringLiteral("EUR")},
                             {QStringLiteral("schedule"), QStringLiteral("weekly")}})
                             .value(QStringLiteral("id"))
                             .toInteger();
    QCOMPARE(
        call(m_maker, QStringLiteral("payouts.export"),
             {{QStringLiteral("id"), runId}, {QStringLiteral("format"), QStringLiteral("sepa")}})
            .code,
        ErrorCode::Conflict);
    ok(m_checker, QStringLiteral("payouts.run_approve"),
       {{QStringLiteral("id"), runId}, {QStringLiteral("version"), 1}});
    executeRun(runId);
    const QJsonObject csv =
        ok(m_maker, QStringLiteral("payouts.export"),
           {{QStringLiteral("id"), runId}, {QStringLiteral("format"), QStringLiteral("csv")}});
    QCOMPARE(csv.value(QStringLiteral("total_minor")).toInteger(), 12346);
    const QStringList lines = csv.value(QStringLiteral("content"))
                                  .toString()
                                  .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(1).contains(QLatin1String(",123.45,EUR,12345,")), qPrintable(lines.at(1)));
    const QJsonObject sepa =
        ok(m_maker, QStringLiteral("payouts.export"),
           {{QStringLiteral("id"), runId}, {QStringLiteral("format"), QStringLiteral("sepa")}});
    const QString xml = sepa.value(QStringLiteral("content")).toString();
    QVERIFY(xml.startsWith(QLatin1String("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")));
    QVERIFY(xml.contains(QLatin1String("urn:iso:std:iso:20022:tech:xsd:pain.001.001.03")));
    QCOMPARE(xml.count(QLatin1String("<CtrlSum>123.46</CtrlSum>")), 2);
    QCOMPARE(xml.count(QLatin1String("<NbOfTxs>2</NbOfTxs>")), 2);
    QCOMPARE(xml.count(QLatin1String("<CdtTrfTxInf>")), 2);
    QVERIFY(xml.contains(QStringLiteral("<IBAN>%1</IBAN>").arg(demoIban(m_ana))));
    QCOMPARE(sepa.value(QStringLiteral("total_minor")).toInteger(),
             sepa.value(QStringLiteral("run_total_minor")).toInteger());
}

void TestPayouts::reconciliationNamesTheFundingEarnings()
{
    earn(m_ana, 3000);
    earn(m_ana, 5000);
    earn(m_ana, 4000);
    const qint64 runId = ok(m_maker, QStringLiteral("payouts.run_create"),
                            {{QStringLiteral("currency"), QStringLiteral("EUR")},
                             {QStringLiteral("schedule"), QStringLiteral("weekly")}})
                             .value(QStringLiteral("id"))
                             .toInteger();
    ok(m_checker, QStringLiteral("payouts.run_approve"),
       {{QStringLiteral("id"), runId}, {QStringLiteral("version"), 1}});
    executeRun(runId);
    const qint64 payout =
        scalar(QStringLiteral("SELECT id FROM payouts WHERE run_id = ?"), {runId});
    const QJsonObject rec =
        ok(m_maker, QStringLiteral("payouts.reconcile"), {{QStringLiteral("id"), payout}});
    QCOMPARE(rec.value(QStringLiteral("ledger")).toArray().size(), 1);
    const QJsonArray sources = rec.value(QStringLiteral("sources")).toArray();
    QCOMPARE(sources.size(), 3);
    QCOMPARE(sources.at(0).toObject().value(QStringLiteral("allocated_minor")).toInteger(), 3000);
    QCOMPARE(sources.at(2).toObject().value(QStringLiteral("source_type")).toString(),
             QStringLiteral("agent_sale"));
    QCOMPARE(rec.value(QStringLiteral("funded_minor")).toInteger(), 12000);
}

void TestPayouts::ledgerHoldCommands()
{
    earn(m_ana, 10000);
    const auto entries = [&](qint64 amount) {
        return QJsonArray{QJsonObject{{QStringLiteral("account"),
                                       QStringLiteral("creator_payable/%1/EUR").arg(m_ana)},
                                      {QStringLiteral("direction"), QStringLiteral("debit")},
                                      {QStringLiteral("amount_minor"), amount},
                                      {QStringLiteral("currency"), QStringLiteral("EUR")}},
                          QJsonObject{{QStringLiteral("purpose"), QStringLiteral("refunds")},
                                      {QStringLiteral("direction"), QStringLiteral("credit")},
                                      {QStringLiteral("amount_minor"), amount},
                                      {QStringLiteral("currency"), QStringLiteral("EUR")}}};
    };
    const QString before = snapshot();
    const CommandResult tooBig = call(m_checker, QStringLiteral("finance.hold"),
                                      {{QStringLiteral("kind"), QStringLiteral("clawback")},
                                       {QStringLiteral("description"), QStringLiteral("too big")},
                                       {QStringLiteral("idempotency_key"), QStringLiteral("h:1")},
                                       {QStringLiteral("entries"), entries(10001)}});
    QCOMPARE(tooBig.code, ErrorCode::BadInput);
    QCOMPARE(snapshot(), before);
    const QJsonObject params{{QStringLiteral("kind"), QStringLiteral("clawback")},
                             {QStringLiteral("description"), QStringLiteral("review")},
                             {QStringLiteral("idempotency_key"), QStringLiteral("h:2")},
                             {QStringLiteral("entries"), entries(4000)}};
    const QJsonObject hold = ok(m_checker, QStringLiteral("finance.hold"), params);
    QCOMPARE(hold.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QVERIFY(ok(m_checker, QStringLiteral("finance.hold"), params)
                .value(QStringLiteral("replay"))
                .toBool());
    const qint64 id = hold.value(QStringLiteral("id")).toInteger();
    const QJsonObject voided = ok(m_checker, QStringLiteral("finance.void"),
                                  {{QStringLiteral("id"), id},
                                   {QStringLiteral("reason"), QStringLiteral("cleared")},
                                   {QStringLiteral("idempotency_key"), QStringLiteral("v:2")}});
    QCOMPARE(voided.value(QStringLiteral("state")).toString(), QStringLiteral("voided"));
    const CommandResult capture = call(
        m_checker, QStringLiteral("finance.capture"),
        {{QStringLiteral("id"), id}, {QStringLiteral("idempotency_key"), QStringLiteral("c:2")}});
    QCOMPARE(capture.code, ErrorCode::Conflict);
    QVERIFY2(capture.message.contains(QLatin1String("already voided")),
             qPrintable(capture.message));
}

QTEST_GUILESS_MAIN(TestPayouts)
#include "tst_payouts.moc"
