#include "commandbus.h"
#include "database.h"
#include "ledger.h"
#include "query.h"
#include "servicelayer.h"
#include "stewardservices.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <signal.h>

using namespace Steward;

namespace {

const QString kPassword = QStringLiteral("a long test password");
/** "A few thousand" payouts: enough that a run takes many seconds on either backend. */
constexpr int kPayees = 3000;
constexpr int kKillsPerBackend = 20;

} // namespace

/** Executing a payout run survives being killed at any moment: each payout is posted in its own
 *  transaction under its idempotency key, the run's progress is read back from the payouts, and
 *  running the same command again continues where it stopped. */
class TestPayoutCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void killedRunsResumeWithoutDoublePayouts();
    void parallelApprovalsHaveOneEffectPerPayout();

private:
    /** Earnings for @p payees new users and a pending run paying all of them; the run's id. */
    qint64 prepareRun(int payees, qint64 amount);
    QProcess *start(const QStringList &arguments);
    /** Ledger soundness: every transaction balances, running balances equal a recount. */
    void verifyLedger();
    void verifyRun(qint64 runId, int payees, qint64 amount, const QString &state);
    qint64 scalar(const QString &sql, const QVariantList &values = {});

    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<ServiceLayer> m_services;
    Principal m_maker;
    QTemporaryDir m_home;
};

void TestPayoutCrash::init()
{
    m_db = std::make_unique<Test::TestDatabase>();
    m_services = Test::openMigrated(m_db->url());
    setupServices(*m_services);
    m_maker = Principal::forOperator(Test::addOperator(*m_services, QStringLiteral("maker"),
                                                       QStringLiteral("finance"), kPassword),
                                     QStringLiteral("maker"), Role::Finance);
    Test::addOperator(*m_services, QStringLiteral("checker"), QStringLiteral("finance"), kPassword);
}

void TestPayoutCrash::cleanup()
{
    m_services.reset();
    m_db.reset();
}

qint64 TestPayoutCrash::scalar(const QString &sql, const QVariantList &values)
{
    return Query::scalar(m_services->database().connection(), sql, values).toLongLong();
}

qint64 TestPayoutCrash::prepareRun(int payees, qint64 amount)
{
    m_services->database().write([&](QSqlDatabase &db) {
        Finance::Ledger ledger(db, QDateTime::currentMSecsSinceEpoch() - 60000);
        Query insert(db);
        insert.prepare(QStringLiteral("INSERT INTO users (email, first_name, last_name, "
                                      "name_key, last_name_key, country, city, created_at, "
                                      "updated_at) VALUES (?, 'P', 'Test', 'p', 'test', 'DE', "
                                      "'Berlin', 0, 0) RETURNING id"));
        const qint64 clearing =
            ledger.account(Finance::Purpose::ProcessorClearing, 0, QStringLiteral("EUR")).id;
        for (int i = 0; i < payees; ++i) {
            insert.exec({QStringLiteral("payee%1@example.com").arg(i)});
            insert.next();
            const qint64 user = insert.value(0).toLongLong();
            Finance::PostRequest request;
            request.kind = QStringLiteral("sale");
            request.description = QStringLiteral("earning");
            request.idempotencyKey = QStringLiteral("earning:%1").arg(user);
            request.postings = {
                {clearing, Finance::Direction::Debit, Money(amount, QStringLiteral("EUR"))},
                {ledger.account(Finance::Purpose::CreatorPayable, user, QStringLiteral("EUR")).id,
                 Finance::Direction::Credit, Money(amount, QStringLiteral("EUR"))}};
            ledger.post(request);
        }
    });
    const CommandResult run =
        m_services->bus().execute(m_maker, QStringLiteral("payouts.run_create"),
                                  {{QStringLiteral("currency"), QStringLiteral("EUR")},
                                   {QStringLiteral("schedule"), QStringLiteral("weekly")}});
    if (!run.ok())
        qWarning("run_create: %s", qPrintable(run.message));
    Q_ASSERT(run.ok());
    return run.data.toObject().value(QStringLiteral("id")).toInteger();
}

QProcess *TestPayoutCrash::start(const QStringList &arguments)
{
    auto *process = new QProcess(this);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("STEWARD_PASSWORD"), kPassword);
    environment.insert(QStringLiteral("STEWARD_DATABASE_URL"), m_db->url().toString());
    process->setProcessEnvironment(environment);
    // A private copy: a rebuild of the build tree's binary mid-test cannot get in the way.
    const QString copy = m_home.filePath(QStringLiteral("stewardctl"));
    if (!QFile::exists(copy))
        QFile::copy(QStringLiteral(STEWARDCTL_PATH), copy);
    process->start(copy, arguments);
    return process;
}

void TestPayoutCrash::verifyLedger()
{
    // No half-posted transaction: every transaction has entries and balances.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM ledger_transactions t WHERE NOT EXISTS "
                                   "(SELECT 1 FROM ledger_entries e WHERE "
                                   "e.ledger_transaction_id = t.id)")),
             0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT ledger_transaction_id FROM "
                                   "ledger_entries GROUP BY ledger_transaction_id HAVING "
                                   "SUM(CASE WHEN direction = 'debit' THEN amount_minor ELSE "
                                   "-amount_minor END) <> 0) x")),
             0);
    // Running balances equal a recount of the entries.
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT COUNT(*) FROM ledger_balances b WHERE b.debits_posted <> (SELECT "
                 "COALESCE(SUM(amount_minor), 0) FROM ledger_entries e WHERE e.account_id = "
                 "b.account_id AND e.direction = 'debit') OR b.credits_posted <> (SELECT "
                 "COALESCE(SUM(amount_minor), 0) FROM ledger_entries e WHERE e.account_id = "
                 "b.account_id AND e.direction = 'credit')")),
             0);
}

void TestPayoutCrash::verifyRun(qint64 runId, int payees, qint64 amount, const QString &state)
{
    QCOMPARE(Query::scalar(m_services->database().connection(),
                           QStringLiteral("SELECT state FROM payout_runs WHERE id = ?"), {runId})
                 .toString(),
             state);
    const QString payoutState =
        state == QLatin1String("paid") ? QStringLiteral("paid") : QStringLiteral("approved");
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM payouts WHERE run_id = ? AND state = ?"),
                    {runId, payoutState}),
             payees);
    // One approval transaction per payout, never two.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM ledger_transactions t JOIN payouts p "
                                   "ON p.id = t.source_id WHERE t.source_type = 'payout' AND "
                                   "t.kind = 'payout' AND p.run_id = ?"),
                    {runId}),
             payees);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT source_id FROM "
                                   "ledger_transactions WHERE source_type = 'payout' GROUP BY "
                                   "source_id, kind HAVING COUNT(*) > 1) x")),
             0);
    // Each payee was owed `amount` and is owed nothing now.
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT COUNT(*) FROM ledger_accounts a JOIN ledger_balances b ON b.account_id "
                 "= a.id WHERE substr(a.code, 1, 16) = 'creator_payable/' AND b.credits_posted - "
                 "b.debits_posted <> 0")),
             0);
    QCOMPARE(scalar(QStringLiteral("SELECT COALESCE(SUM(debits_posted), 0) FROM ledger_balances b "
                                   "JOIN ledger_accounts a ON a.id = b.account_id WHERE "
                                   "substr(a.code, 1, 16) = 'creator_payable/'")),
             qint64(payees) * amount);
    verifyLedger();
}

void TestPayoutCrash::killedRunsResumeWithoutDoublePayouts()
{
    constexpr qint64 kAmount = 1234;
    const qint64 runId = prepareRun(kPayees, kAmount);
    auto *random = QRandomGenerator::global();
    int kills = 0;
    int resumes = 0;
    int midRunKills = 0; ///< Kills after some payouts of the phase were posted, before all were.
    const QStringList base{QStringLiteral("payouts"), QStringLiteral("execute"),
                           QStringLiteral("--run"),   QString::number(runId),
                           QStringLiteral("--as"),    QStringLiteral("checker")};
    // Phase 1 approves (version 1), phase 2 marks paid; each is killed and resumed until done.
    for (const QString &phase : {QStringLiteral("--approve"), QStringLiteral("--mark-paid")}) {
        const qint64 version =
            scalar(QStringLiteral("SELECT version FROM payout_runs WHERE id = ?"), {runId});
        QStringList arguments = base + QStringList{phase, QString::number(version)};
        bool finished = false;
        int phaseKills = 0;
        // The kill lands between lo and hi ms after the start. When a resume is killed before
        // it posted anything (still starting up and logging in), the window moves later, so
        // the kills land inside the run on fast and slow builds alike.
        int lo = 100;
        int hi = 600;
        const QString posted = phase == QLatin1String("--approve") ? QStringLiteral("payout")
                                                                   : QStringLiteral("payout_paid");
        auto postedSoFar = [&] {
            return scalar(QStringLiteral("SELECT COUNT(*) FROM ledger_transactions WHERE "
                                         "source_type = 'payout' AND kind = ?"),
                          {posted});
        };
        qint64 before = postedSoFar();
        while (!finished) {
            std::unique_ptr<QProcess> process(start(arguments));
            QVERIFY2(process->waitForStarted(), qPrintable(process->errorString()));
            // Past start-up and login, then somewhere inside the run. Once the phase has been
            // killed often enough, the last resume runs to the end.
            const bool lastResume = phaseKills >= kKillsPerBackend;
            const int delay = lastResume ? 600'000 : int(random->bounded(lo, hi));
            if (process->waitForFinished(delay)) {
                QVERIFY2(process->exitCode() == 0,
                         qPrintable(QString::fromUtf8(process->readAllStandardError())));
                finished = true;
            } else {
                QVERIFY2(!lastResume, "the last resume did not finish");
                ::kill(pid_t(process->processId()), SIGKILL);
                QVERIFY(process->waitForFinished(30000));
                ++kills;
                ++phaseKills;
                const qint64 after = postedSoFar();
                if (after == before) {
                    lo += 150;
                    hi += 150;
                } else if (after < kPayees) {
                    ++midRunKills;
                }
                before = after;
                // After a kill the decision may or may not have committed: resume without it
                // when it did.
                const QString state = Query::scalar(m_services->database().connection(),
                                                    QStringLiteral("SELECT state FROM payout_runs "
                                                                   "WHERE id = ?"),
                                                    {runId})
                                          .toString();
                if (state != QLatin1String("pending") && state != QLatin1String("approved"))
                    arguments = base;
                else if (state == QLatin1String("approved") && phase == QLatin1String("--approve"))
                    arguments = base;
                ++resumes;
                // The data tells the progress at any moment, and the ledger is sound.
                verifyLedger();
            }
        }
        verifyRun(runId, kPayees, kAmount,
                  phase == QLatin1String("--approve") ? QStringLiteral("approved")
                                                      : QStringLiteral("paid"));
    }
    qInfo("%d payouts, %d kills (%d in the middle of a phase), %d resumes on %s", kPayees, kills,
          midRunKills, resumes, qPrintable(Test::TestDatabase::backend()));
    QVERIFY2(midRunKills >= kKillsPerBackend / 4,
             qPrintable(QStringLiteral("only %1 kills landed inside a phase").arg(midRunKills)));
    QVERIFY2(kills >= kKillsPerBackend, qPrintable(QStringLiteral("only %1 kills").arg(kills)));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM ledger_transactions WHERE kind = "
                                   "'payout_paid'")),
             kPayees);
}

void TestPayoutCrash::parallelApprovalsHaveOneEffectPerPayout()
{
    constexpr int kRacers = 4;
    constexpr int kRacePayees = 300;
    constexpr qint64 kAmount = 999;
    const qint64 runId = prepareRun(kRacePayees, kAmount);
    std::vector<std::unique_ptr<QProcess>> racers;
    for (int i = 0; i < kRacers; ++i)
        racers.emplace_back(
            start({QStringLiteral("payouts"), QStringLiteral("execute"), QStringLiteral("--run"),
                   QString::number(runId), QStringLiteral("--approve"), QStringLiteral("1"),
                   QStringLiteral("--as"), QStringLiteral("checker")}));
    int winners = 0;
    for (auto &racer : racers) {
        QVERIFY(racer->waitForFinished(600000));
        const QString err = QString::fromUtf8(racer->readAllStandardError());
        if (racer->exitCode() == 0) {
            ++winners;
        } else {
            QCOMPARE(racer->exitCode(), 4);
            QVERIFY2(err.contains(QLatin1String("already changed by checker at")), qPrintable(err));
        }
    }
    QCOMPARE(winners, 1);
    // Then several resumers execute the same approved run at once.
    std::vector<std::unique_ptr<QProcess>> resumers;
    const qint64 version =
        scalar(QStringLiteral("SELECT version FROM payout_runs WHERE id = ?"), {runId});
    resumers.emplace_back(
        start({QStringLiteral("payouts"), QStringLiteral("execute"), QStringLiteral("--run"),
               QString::number(runId), QStringLiteral("--mark-paid"), QString::number(version),
               QStringLiteral("--as"), QStringLiteral("checker")}));
    for (int i = 1; i < kRacers; ++i)
        resumers.emplace_back(
            start({QStringLiteral("payouts"), QStringLiteral("execute"), QStringLiteral("--run"),
                   QString::number(runId), QStringLiteral("--as"), QStringLiteral("checker")}));
    for (auto &resumer : resumers)
        QVERIFY(resumer->waitForFinished(600000));
    // A resumer that started before the run was marked paid found nothing left to do.
    const std::unique_ptr<QProcess> last(
        start({QStringLiteral("payouts"), QStringLiteral("execute"), QStringLiteral("--run"),
               QString::number(runId), QStringLiteral("--as"), QStringLiteral("checker")}));
    QVERIFY(last->waitForFinished(600000));
    QCOMPARE(last->exitCode(), 0);
    verifyRun(runId, kRacePayees, kAmount, QStringLiteral("paid"));
}

QTEST_GUILESS_MAIN(TestPayoutCrash)
#include "tst_payoutcrash.moc"
