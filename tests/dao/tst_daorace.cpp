#include "daorules.h"
#include "database.h"
#include "ledger.h"
#include "query.h"
#include "testdatabase.h"

#include <QDateTime>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Steward;

namespace {
const QString kPassword = QStringLiteral("the admins' long password");
constexpr int kRacers = 8;
constexpr qint64 kDay = 86'400'000;
constexpr qint64 kFunds = 900'000;
constexpr qint64 kAmount = 250'000;
} // namespace

/** Admins in eight separate stewardctl processes executing the same queued proposal at once:
 *  exactly one treasury transfer, the others learn who executed it and when. */
class TestDaoRace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void parallelExecutionsTransferOnce();

private:
    QProcessEnvironment environment() const;
    int ctl(const QStringList &arguments, const QByteArray &stdinData, QString *err = nullptr);

    std::unique_ptr<Test::TestDatabase> m_db;
    QTemporaryDir m_home;
};

QProcessEnvironment TestDaoRace::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("STEWARD_PASSWORD"), kPassword);
    environment.insert(QStringLiteral("STEWARD_DATABASE_URL"), m_db->url().toString());
    return environment;
}

int TestDaoRace::ctl(const QStringList &arguments, const QByteArray &stdinData, QString *err)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(STEWARDCTL_PATH), arguments);
    process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        return -1;
    if (err)
        *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitCode();
}

void TestDaoRace::initTestCase()
{
    m_db = std::make_unique<Test::TestDatabase>();
    QString err;
    QVERIFY2(ctl({QStringLiteral("db"), QStringLiteral("migrate")}, {}, &err) == 0,
             qPrintable(err));
    // adm0 files the proposal, adm1 and adm2 approve it, adm1 … adm8 race to execute it.
    for (int i = 0; i <= kRacers; ++i)
        QVERIFY2(
            ctl({QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("--username"),
                 QStringLiteral("adm%1").arg(i), QStringLiteral("--role"), QStringLiteral("admin"),
                 QStringLiteral("--password-stdin")},
                kPassword.toUtf8() + '\n', &err) == 0,
            qPrintable(err));
    Database db(m_db->url());
    db.open();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    db.write([&](QSqlDatabase &c) {
        for (int id = 1; id <= 2; ++id)
            Query(c,
                  QStringLiteral("INSERT INTO users (id, email, first_name, last_name, name_key, "
                                 "last_name_key, country, city, created_at, updated_at) VALUES "
                                 "(?, ?, 'Member', ?, ?, ?, 'US', 'Austin', 0, 0)"),
                  {id, QStringLiteral("m%1@example.com").arg(id), QString::number(id),
                   QStringLiteral("member %1").arg(id), QString::number(id)});
        Query(c,
              QStringLiteral("INSERT INTO staking_records (user_id, tokens, staked_at, status, "
                             "rewards_checkpoint_at) VALUES (1, 5000, ?, 'active', ?)"),
              {now - 30 * kDay, now - 30 * kDay});
        // A grant voted, queued and past its timelock, with both approvals.
        const Dao::ProposalContent content{QStringLiteral("grant"),
                                           QStringLiteral("Translation fund"),
                                           QStringLiteral("Translations of the help centre"),
                                           1,
                                           QStringLiteral("user:2"),
                                           2,
                                           kAmount,
                                           QStringLiteral("EUR")};
        const qint64 operator0 =
            Query::scalar(c, QStringLiteral("SELECT id FROM operators WHERE username = 'adm0'"))
                .toLongLong();
        Query(c,
              QStringLiteral(
                  "INSERT INTO dao_proposals (id, proposer_id, proposal_type, title, description, "
                  "amount_minor, currency, recipient, recipient_user_id, snapshot_at, "
                  "voting_starts_at, voting_ends_at, quorum, threshold_pct, timelock_ms, "
                  "grace_period_ms, quorum_bps, proposal_threshold, approvals_required, "
                  "content_hash, created_by, votes_for, queued_at, eta, created_at, updated_at) "
                  "VALUES (1, 1, 'grant', ?, ?, ?, 'EUR', 'user:2', 2, ?, ?, ?, 0, 50, ?, ?, 400, "
                  "1000, 2, ?, ?, 5000, ?, ?, ?, ?)"),
              {content.title, content.description, kAmount, now - 9 * kDay, now - 9 * kDay,
               now - 4 * kDay, 2 * kDay, 14 * kDay, content.hash(), operator0,
               now - 4 * kDay + 1000, now - 2 * kDay, now - 10 * kDay, now - 2 * kDay});
        Query(c,
              QStringLiteral("INSERT INTO dao_votes (proposal_id, voter_id, support, voting_power, "
                             "created_at) VALUES (1, 1, 'for', 5000, ?)"),
              {now - 8 * kDay});
        Query(c,
              QStringLiteral("INSERT INTO dao_execution_approvals (proposal_id, operator_id, "
                             "approved_at) SELECT 1, id, ? FROM operators WHERE username IN "
                             "('adm1', 'adm2')"),
              {now - kDay});
        Finance::Ledger ledger(c, now - 20 * kDay);
        Finance::PostRequest request;
        request.kind = QStringLiteral("subscription");
        request.description = QStringLiteral("DAO share");
        request.idempotencyKey = QStringLiteral("fund");
        const Money funds(kFunds, QStringLiteral("EUR"));
        request.postings = {
            {ledger.account(Finance::Purpose::ProcessorClearing, 0, QStringLiteral("EUR")).id,
             Finance::Direction::Debit, funds},
            {ledger.account(Finance::Purpose::DaoTreasury, 0, QStringLiteral("EUR")).id,
             Finance::Direction::Credit, funds}};
        ledger.post(request);
    });
}

void TestDaoRace::parallelExecutionsTransferOnce()
{
    std::vector<std::unique_ptr<QProcess>> racers;
    for (int i = 1; i <= kRacers; ++i) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment());
        racers.push_back(std::move(process));
    }
    for (int i = 0; i < kRacers; ++i)
        racers[size_t(i)]->start(QStringLiteral(STEWARDCTL_PATH),
                                 {QStringLiteral("call"), QStringLiteral("dao.execute"),
                                  QStringLiteral("--params"), QStringLiteral(R"({"id": 1})"),
                                  QStringLiteral("--as"), QStringLiteral("adm%1").arg(i + 1)});
    int winner = -1;
    QStringList losses;
    for (int i = 0; i < kRacers; ++i) {
        QProcess &racer = *racers[size_t(i)];
        QVERIFY(racer.waitForFinished(120000));
        const QString message = QString::fromUtf8(racer.readAllStandardError());
        if (racer.exitCode() == 0) {
            QCOMPARE(winner, -1);
            winner = i + 1;
        } else {
            QVERIFY2(racer.exitCode() == 4, qPrintable(message));
            losses << message;
        }
    }
    QVERIFY(winner > 0);
    QCOMPARE(losses.size(), kRacers - 1);

    Database db(m_db->url());
    db.open();
    const QSqlDatabase c = db.connection();
    const qint64 executedAt =
        Query::scalar(c, QStringLiteral("SELECT executed_at FROM dao_proposals WHERE id = 1"))
            .toLongLong();
    const QString when = QDateTime::fromMSecsSinceEpoch(executedAt, Qt::UTC).toString(Qt::ISODate);
    for (const QString &loss : std::as_const(losses))
        QVERIFY2(loss.contains(QStringLiteral("proposal 1 was already changed by adm%1 at %2")
                                   .arg(winner)
                                   .arg(when)),
                 qPrintable(loss));
    const auto scalar = [&](const QString &sql) { return Query::scalar(c, sql).toLongLong(); };
    // Exactly one treasury transfer.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ledger_transactions WHERE "
                                   "idempotency_key = 'dao_execute:1'")),
             1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ledger_transactions")), 2);
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT SUM(CASE WHEN e.direction = 'credit' THEN e.amount_minor ELSE "
                 "-e.amount_minor END) FROM ledger_entries e JOIN ledger_accounts a ON a.id = "
                 "e.account_id WHERE a.code = 'dao_treasury/EUR'")),
             kFunds - kAmount);
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT SUM(e.amount_minor) FROM ledger_entries e JOIN ledger_accounts a ON a.id "
                 "= e.account_id WHERE a.code = 'dao_grant_payable/2/EUR' AND e.direction = "
                 "'credit'")),
             kAmount);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE command = "
                                   "'dao.execute'")),
             1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE event_type = "
                                   "'dao:proposal_executed'")),
             1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM dao_proposal_events WHERE event = "
                                   "'executed'")),
             1);
    QCOMPARE(
        scalar(QStringLiteral("SELECT executed_by FROM dao_proposals WHERE id = 1")),
        scalar(QStringLiteral("SELECT id FROM operators WHERE username = 'adm%1'").arg(winner)));
}

QTEST_GUILESS_MAIN(TestDaoRace)
#include "tst_daorace.moc"
