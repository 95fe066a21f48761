#include "clock.h"
#include "daorules.h"
#include "database.h"
#include "ledger.h"
#include "query.h"
#include "servicelayer.h"
#include "stewardservices.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Steward;
using namespace Steward::Finance;

namespace {

// 2025-03-03T12:00:00Z.
constexpr qint64 kT0 = 1741003200000;
constexpr qint64 kDay = 86'400'000;
constexpr qint64 kDelay = kDay;        // the default voting delay
constexpr qint64 kPeriod = 5 * kDay;   // the default voting period
constexpr qint64 kTimelock = 2 * kDay; // the default timelock
constexpr qint64 kGrace = 14 * kDay;   // the default grace period
constexpr qint64 kFunds = 1'000'000;   // the treasury's EUR, minor units
const QString kPassword = QStringLiteral("the admins' long password");

} // namespace

/** The DAO's commands on SQLite and PostgreSQL with a manual clock: every transition at its
 *  boundary instants, votes at the snapshot, execution through the ledger, bad input. */
class TestDao : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void pendingUntilTheVoteStartsThenActive();
    void activeThroughTheVoteEndThenSucceeded();
    void defeatedByQuorumOrSupportAtTheExactLine();
    void queuedOnlyWhenSucceeded();
    void executableFromEtaUntilTheGracePeriodEnds();
    void expiredAtEtaPlusGrace();
    void approvalsAreDistinctAdminsOtherThanTheFiler();
    void canceledBeforeExecutionWithAReason();
    void settingsAreFrozenAtCreation();
    void powerMovedAfterTheSnapshotNeverCounts();
    void randomVotesTallyEqualsAnIndependentRecount();
    void badInputIsRefusedAndChangesNothing();
    void shortOfFundsStaysQueuedUntilItExpires();
    void tamperedContentIsRefused();
    void stakingRewardsAccrueAtEachStatusChange();
    void listsFilterByDerivedState();

private:
    qint64 addUser(const QString &name);
    CommandResult call(const Principal &as, const QString &command, const QJsonObject &params);
    QJsonObject ok(const Principal &as, const QString &command, const QJsonObject &params);
    qint64 stakeAt(qint64 user, qint64 tokens, qint64 at);
    /** A grant of @p amount EUR minor units from the treasury to m_eve, filed by alice for ana
     *  at kT0; returns its id. */
    qint64 createGrant(qint64 amount = 10'000, qint64 at = kT0);
    /** Votes ana (5000) and ben (3000) for, cat (2000) against: succeeds. */
    void votePassing(qint64 id, qint64 at);
    QJsonObject proposal(qint64 id);
    QString state(qint64 id) { return proposal(id).value(QStringLiteral("state")).toString(); }
    qint64 scalar(const QString &sql, const QVariantList &values = {});
    qint64 balance(Purpose purpose, qint64 owner);
    /** What a refused command must leave unchanged. */
    QString fingerprint();

    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<ServiceLayer> m_services;
    ManualClock *m_clock = nullptr;
    Principal m_alice, m_bob, m_carol, m_fiona;
    qint64 m_ana = 0, m_ben = 0, m_cat = 0, m_dan = 0, m_eve = 0;
};

void TestDao::init()
{
    m_db = std::make_unique<Test::TestDatabase>();
    auto clock = std::make_unique<ManualClock>(kT0);
    m_clock = clock.get();
    m_services = Test::openMigrated(m_db->url(), std::move(clock));
    setupServices(*m_services);
    const auto add = [this](const QString &name, const QString &role, Role r) {
        return Principal::forOperator(Test::addOperator(*m_services, name, role, kPassword), name,
                                      r);
    };
    m_alice = add(QStringLiteral("alice"), QStringLiteral("admin"), Role::Admin);
    m_bob = add(QStringLiteral("bob"), QStringLiteral("admin"), Role::Admin);
    m_carol = add(QStringLiteral("carol"), QStringLiteral("admin"), Role::Admin);
    m_fiona = add(QStringLiteral("fiona"), QStringLiteral("finance"), Role::Finance);
    m_ana = addUser(QStringLiteral("ana"));
    m_ben = addUser(QStringLiteral("ben"));
    m_cat = addUser(QStringLiteral("cat"));
    m_dan = addUser(QStringLiteral("dan"));
    m_eve = addUser(QStringLiteral("eve"));
    stakeAt(m_ana, 5000, kT0 - 30 * kDay);
    stakeAt(m_ben, 3000, kT0 - 30 * kDay);
    stakeAt(m_cat, 2000, kT0 - 30 * kDay);
    m_clock->set(kT0);
    // The treasury's 5 % allocations: one million EUR cents.
    m_services->database().write([&](QSqlDatabase &db) {
        Ledger ledger(db, kT0 - kDay);
        PostRequest request;
        request.kind = QStringLiteral("subscription");
        request.description = QStringLiteral("DAO share of subscriptions");
        request.idempotencyKey = QStringLiteral("fund-treasury");
        request.sourceType = QStringLiteral("payment");
        request.sourceId = 1;
        const Money amount(kFunds, QStringLiteral("EUR"));
        request.postings = {
            {ledger.account(Purpose::ProcessorClearing, 0, QStringLiteral("EUR")).id,
             Direction::Debit, amount},
            {ledger.account(Purpose::DaoTreasury, 0, QStringLiteral("EUR")).id, Direction::Credit,
             amount}};
        ledger.post(request);
    });
}

void TestDao::cleanup()
{
    m_services.reset();
    m_db.reset();
}

qint64 TestDao::addUser(const QString &name)
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

CommandResult TestDao::call(const Principal &as, const QString &command, const QJsonObject &params)
{
    return m_services->bus().execute(as, command, params);
}

QJsonObject TestDao::ok(const Principal &as, const QString &command, const QJsonObject &params)
{
    const CommandResult result = call(as, command, params);
    if (!result.ok())
        qWarning("%s failed: %s", qPrintable(command), qPrintable(result.message));
    return result.data.toObject();
}

qint64 TestDao::stakeAt(qint64 user, qint64 tokens, qint64 at)
{
    const qint64 was = m_clock->now();
    m_clock->set(at);
    const QJsonObject stake =
        ok(m_alice, QStringLiteral("dao.stake"),
           {{QStringLiteral("user_id"), user}, {QStringLiteral("tokens"), tokens}});
    m_clock->set(was);
    return stake.value(QStringLiteral("id")).toInteger();
}

qint64 TestDao::createGrant(qint64 amount, qint64 at)
{
    m_clock->set(at);
    const QJsonObject created =
        ok(m_alice, QStringLiteral("dao.create"),
           {{QStringLiteral("proposer_id"), m_ana},
            {QStringLiteral("proposal_type"), QStringLiteral("grant")},
            {QStringLiteral("title"), QStringLiteral("Moderation tooling")},
            {QStringLiteral("description"), QStringLiteral("Tools for the volunteer moderators")},
            {QStringLiteral("amount_minor"), amount},
            {QStringLiteral("currency"), QStringLiteral("EUR")},
            {QStringLiteral("recipient"), QStringLiteral("user:%1").arg(m_eve)}});
    return created.value(QStringLiteral("id")).toInteger();
}

void TestDao::votePassing(qint64 id, qint64 at)
{
    m_clock->set(at);
    for (const auto &[voter, support] :
         {std::pair{m_ana, "for"}, std::pair{m_ben, "for"}, std::pair{m_cat, "against"}})
        QVERIFY(call(m_alice, QStringLiteral("dao.vote"),
                     {{QStringLiteral("id"), id},
                      {QStringLiteral("voter_id"), voter},
                      {QStringLiteral("support"), QLatin1String(support)}})
                    .ok());
}

QJsonObject TestDao::proposal(qint64 id)
{
    return ok(m_alice, QStringLiteral("dao.proposal"), {{QStringLiteral("id"), id}});
}

qint64 TestDao::scalar(const QString &sql, const QVariantList &values)
{
    return Query::scalar(m_services->database().connection(), sql, values).toLongLong();
}

qint64 TestDao::balance(Purpose purpose, qint64 owner)
{
    return m_services->database().write([&](QSqlDatabase &db) {
        Ledger ledger(db, m_clock->now());
        return ledger.balance(ledger.account(purpose, owner, QStringLiteral("EUR")).id).posted;
    });
}

QString TestDao::fingerprint()
{
    QStringList parts;
    for (const char *sql :
         {"SELECT count(*) FROM dao_proposals",
          "SELECT COALESCE(SUM(version), 0) FROM dao_proposals", "SELECT count(*) FROM dao_votes",
          "SELECT count(*) FROM dao_execution_approvals",
          "SELECT count(*) FROM dao_proposal_events", "SELECT count(*) FROM ledger_transactions",
          "SELECT count(*) FROM ledger_entries", "SELECT count(*) FROM audit_log",
          "SELECT count(*) FROM outbox", "SELECT COALESCE(SUM(version), 0) FROM staking_records",
          "SELECT COALESCE(SUM(votes_for + votes_against + votes_abstain), 0) FROM dao_proposals",
          "SELECT count(*) FROM dao_proposals WHERE executed_at IS NOT NULL"})
        parts << QString::number(scalar(QLatin1String(sql)));
    return parts.join(QLatin1Char('/'));
}

void TestDao::pendingUntilTheVoteStartsThenActive()
{
    const qint64 id = createGrant();
    QCOMPARE(state(id), QStringLiteral("pending"));
    const QJsonObject p = proposal(id);
    QCOMPARE(p.value(QStringLiteral("voting_starts_at")).toInteger(), kT0 + kDelay);
    QCOMPARE(p.value(QStringLiteral("snapshot_at")).toInteger(), kT0 + kDelay);
    m_clock->set(kT0 + kDelay); // now <= start: still pending
    QCOMPARE(state(id), QStringLiteral("pending"));
    const CommandResult early = call(m_alice, QStringLiteral("dao.vote"),
                                     {{QStringLiteral("id"), id},
                                      {QStringLiteral("voter_id"), m_ana},
                                      {QStringLiteral("support"), QStringLiteral("for")}});
    QCOMPARE(early.code, ErrorCode::Conflict);
    QVERIFY2(early.message.contains(QLatin1String("is pending; votes are taken only while it is "
                                                  "active")),
             qPrintable(early.message));
    m_clock->set(kT0 + kDelay + 1);
    QCOMPARE(state(id), QStringLiteral("active"));
    const QJsonObject vote = ok(m_alice, QStringLiteral("dao.vote"),
                                {{QStringLiteral("id"), id},
                                 {QStringLiteral("voter_id"), m_ana},
                                 {QStringLiteral("support"), QStringLiteral("for")}});
    QCOMPARE(vote.value(QStringLiteral("voting_power")).toInteger(), 5000);
}

void TestDao::activeThroughTheVoteEndThenSucceeded()
{
    const qint64 id = createGrant();
    votePassing(id, kT0 + kDelay + 1);
    const qint64 end = kT0 + kDelay + kPeriod;
    m_clock->set(end); // now <= end: still active, a vote at the last instant counts
    QCOMPARE(state(id), QStringLiteral("active"));
    QVERIFY(call(m_alice, QStringLiteral("dao.vote"),
                 {{QStringLiteral("id"), id},
                  {QStringLiteral("voter_id"), m_dan},
                  {QStringLiteral("support"), QStringLiteral("for")}})
                .message.contains(QLatin1String("no staked tokens")));
    m_clock->set(end + 1);
    QCOMPARE(state(id), QStringLiteral("succeeded"));
    const QJsonObject p = proposal(id);
    QCOMPARE(p.value(QStringLiteral("votes_for")).toInteger(), 8000);
    QCOMPARE(p.value(QStringLiteral("votes_against")).toInteger(), 2000);
    QCOMPARE(p.value(QStringLiteral("quorum_votes")).toInteger(), 400); // 4 % of 10000
    QCOMPARE(call(m_alice, QStringLiteral("dao.vote"),
                  {{QStringLiteral("id"), id},
                   {QStringLiteral("voter_id"), m_dan},
                   {QStringLiteral("support"), QStringLiteral("for")}})
                 .code,
             ErrorCode::Conflict);
}

void TestDao::defeatedByQuorumOrSupportAtTheExactLine()
{
    // Quorum 50.01 % of the 10000 staked: 5001 votes.
    ok(m_alice, QStringLiteral("dao.set_settings"), {{QStringLiteral("quorum_bps"), 5001}});
    const qint64 quorumShort = createGrant();
    const qint64 quorumMet = createGrant();
    const qint64 tie = createGrant();
    m_clock->set(kT0 + kDelay + 1);
    const auto vote = [&](qint64 id, qint64 voter, const char *support) {
        QVERIFY(call(m_alice, QStringLiteral("dao.vote"),
                     {{QStringLiteral("id"), id},
                      {QStringLiteral("voter_id"), voter},
                      {QStringLiteral("support"), QLatin1String(support)}})
                    .ok());
    };
    vote(quorumShort, m_ana, "for"); // 5000 of 5001
    vote(quorumMet, m_ana, "for");
    vote(quorumMet, m_cat, "abstain"); // abstentions count toward quorum
    vote(tie, m_ana, "against");
    vote(tie, m_ben, "for");
    vote(tie, m_cat, "for"); // 5000 for, 5000 against: not for > against
    m_clock->set(kT0 + kDelay + kPeriod + 1);
    QCOMPARE(proposal(quorumShort).value(QStringLiteral("quorum_votes")).toInteger(), 5001);
    QCOMPARE(state(quorumShort), QStringLiteral("defeated"));
    QCOMPARE(state(quorumMet), QStringLiteral("succeeded"));
    QCOMPARE(state(tie), QStringLiteral("defeated"));
    QCOMPARE(call(m_alice, QStringLiteral("dao.queue"), {{QStringLiteral("id"), tie}}).code,
             ErrorCode::Conflict);
}

void TestDao::queuedOnlyWhenSucceeded()
{
    const qint64 id = createGrant();
    votePassing(id, kT0 + kDelay + 1);
    const CommandResult early =
        call(m_alice, QStringLiteral("dao.queue"), {{QStringLiteral("id"), id}});
    QCOMPARE(early.code, ErrorCode::Conflict);
    QVERIFY(early.message.contains(QLatin1String("only a succeeded proposal is queued")));
    const qint64 queuedAt = kT0 + kDelay + kPeriod + 1;
    m_clock->set(queuedAt);
    const QJsonObject queued =
        ok(m_alice, QStringLiteral("dao.queue"), {{QStringLiteral("id"), id}});
    QCOMPARE(queued.value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
    QCOMPARE(queued.value(QStringLiteral("eta")).toInteger(), queuedAt + kTimelock);
    QCOMPARE(call(m_alice, QStringLiteral("dao.queue"), {{QStringLiteral("id"), id}}).code,
             ErrorCode::Conflict);
}

void TestDao::executableFromEtaUntilTheGracePeriodEnds()
{
    const qint64 id = createGrant(250'000);
    votePassing(id, kT0 + kDelay + 1);
    const qint64 queuedAt = kT0 + kDelay + kPeriod + 1;
    m_clock->set(queuedAt);
    ok(m_alice, QStringLiteral("dao.queue"), {{QStringLiteral("id"), id}});
    ok(m_bob, QStringLiteral("dao.approve_execution"), {{QStringLiteral("id"), id}});
    ok(m_carol, QStringLiteral("dao.approve_execution"), {{QStringLiteral("id"), id}});
    const qint64 eta = queuedAt + kTimelock;
    m_clock->set(eta - 1);
    const QString before = fingerprint();
    const CommandResult early =
        call(m_bob, QStringLiteral("dao.execute"), {{QStringLiteral("id"), id}});
    QCOMPARE(early.code, ErrorCode::Conflict);
    QVERIFY2(early.message.contains(QLatin1String("timelock")), qPrintable(early.message));
    QCOMPARE(fingerprint(), before);
    QCOMPARE(state(id), QStringLiteral("queued"));

    m_clock->set(eta); // eta <= now
    const QJsonObject executed =
        ok(m_bob, QStringLiteral("dao.execute"), {{QStringLiteral("id"), id}});
    QCOMPARE(executed.value(QStringLiteral("state")).toString(), QStringLiteral("executed"));
    QCOMPARE(balance(Purpose::DaoTreasury, 0), kFunds - 250'000);
    QCOMPARE(balance(Purpose::DaoGrantPayable, m_eve), 250'000);
    const qint64 tx = executed.value(QStringLiteral("execution_transaction_id")).toInteger();
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ledger_entries WHERE "
                                   "ledger_transaction_id = ?"),
                    {tx}),
             2);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ledger_transactions WHERE "
                                   "idempotency_key = ?"),
                    {QStringLiteral("dao_execute:%1").arg(id)}),
             1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE event_type = "
                                   "'dao:proposal_executed'")),
             1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE command = "
                                   "'dao.execute'")),
             1);
    // A second execution: refused, naming who executed and when.
    const QString after = fingerprint();
    const CommandResult again =
        call(m_carol, QStringLiteral("dao.execute"), {{QStringLiteral("id"), id}});
    QCOMPARE(again.code, ErrorCode::Conflict);
    QVERIFY2(again.message.contains(QLatin1String("already changed by bob")),
             qPrintable(again.message));
    QCOMPARE(fingerprint(), after);
    const QJsonArray timeline = proposal(id).value(QStringLiteral("timeline")).toArray();
    QStringList events;
    for (const QJsonValue &item : timeline)
        events << item.toObject().value(QStringLiteral("event")).toString();
    QCOMPARE(events.join(QLatin1Char(' ')),
             QStringLiteral("created voting_opened succeeded queued execution_approved "
                            "execution_approved executed"));

    // The last instant of the grace period still executes.
    const qint64 late = createGrant(1000, eta);
    votePassing(late, eta + kDelay + 1);
    const qint64 lateQueued = eta + kDelay + kPeriod + 1;
    m_clock->set(lateQueued);
    ok(m_alice, QStringLiteral("dao.queue"), {{QStringLiteral("id"), late}});
    ok(m_bob, QStringLiteral("dao.approve_execution"), {{QStringLiteral("id"), late}});
    ok(m_carol, QStringLiteral("dao.approve_execution"), {{QStringLiteral("id"), late}});
    m_clock->set(lateQueued + kTimelock + kGrace - 1);
    QVERIFY(call(m_bob, QStringLiteral("dao.execute"), {{QStringLiteral("id"), late}}).ok());
}

void TestDao::expiredAtEtaPlusGrace()
{
    const qint64 id = createGrant();
    votePassing(id, kT0 + kDelay + 1);
    const qint64 queuedAt = kT0 + kDelay + kPeriod + 1;
    m_clock->set(queuedAt);
    ok(m_alice, QStringLiteral("dao.queue"), {{QStringLiteral("id"), id}});
    ok(m_bob, QStringLiteral("dao.approve_execution"), {{QStringLiteral("id"), id}});
    ok(m_carol, QStringLiteral("dao.approve_execution"), {{QStringLiteral("id"), id}});
    const qint64 expiry = queuedAt + kTimelock + kGrace;
    m_clock->set(expiry - 1);
    QCOMPARE(state(id), QStringLiteral("queued"));
    m_clock->set(expiry);
    QCOMPARE(state(id), QStringLiteral("expired"));
    const QString before = fingerprint();
    const CommandResult late =
        call(m_bob, QStringLiteral("dao.execute"), {{QStringLiteral("id"), id}});
    QCOMPARE(late.code, ErrorCode::Conflict);
    QVERIFY2(late.message.contains(QLatin1String("is expired")), qPrintable(late.message));
    QCOMPARE(fingerprint(), before);
    QCOMPARE(balance(Purpose::DaoTreasury, 0), kFunds);
    QCOMPARE(call(m_alice, QStringLiteral("dao.cancel"),
                  {{QStringLiteral("id"), id}, {QStringLiteral("reason"), QStringLiteral("late")}})
                 .code,
             ErrorCode::Conflict);
}

void TestDao::approvalsAreDistinctAdminsOtherThanTheFiler()
{
    const qint64 id = createGrant();
    votePassing(id, kT0 + kDelay + 1);
    const qint64 queuedAt = kT0 + kDelay + kPeriod + 1;
    m_clock->set(queuedAt);
    ok(m_alice, QStringLiteral("dao.queue"), {{QStringLiteral("id"), id}});
    const QString before = fingerprint();
    // alice filed the proposal for ana: she may not approve its execution.
    const CommandResult filer =
        call(m_alice, QStringLiteral("dao.approve_execution"), {{QStringLiteral("id"), id}});
    QCOMPARE(filer.code, ErrorCode::PermissionDenied);
    QVERIFY2(filer.message.contains(QLatin1String("alice filed proposal")),
             qPrintable(filer.message));
    // Finance sees the DAO but does not approve.
    QCOMPARE(
        call(m_fiona, QStringLiteral("dao.approve_execution"), {{QStringLiteral("id"), id}}).code,
        ErrorCode::PermissionDenied);
    QVERIFY(call(m_fiona, QStringLiteral("dao.proposal"), {{QStringLiteral("id"), id}}).ok());
    QCOMPARE(fingerprint(), before);
    ok(m_bob, QStringLiteral("dao.approve_execution"), {{QStringLiteral("id"), id}});
    const CommandResult twice =
        call(m_bob, QStringLiteral("dao.approve_execution"), {{QStringLiteral("id"), id}});
    QCOMPARE(twice.code, ErrorCode::Conflict);
    QVERIFY(twice.message.contains(QLatin1String("bob already approved")));
    m_clock->set(queuedAt + kTimelock);
    const CommandResult missing =
        call(m_bob, QStringLiteral("dao.execute"), {{QStringLiteral("id"), id}});
    QCOMPARE(missing.code, ErrorCode::Conflict);
    QVERIFY2(missing.message.contains(QLatin1String("1 of the 2 execution approvals")),
             qPrintable(missing.message));
    const QJsonObject actions = proposal(id).value(QStringLiteral("actions")).toObject();
    QVERIFY(!actions.value(QStringLiteral("execute"))
                 .toObject()
                 .value(QStringLiteral("allowed"))
                 .toBool());
    QVERIFY(actions.value(QStringLiteral("approve_execution"))
                .toObject()
                .value(QStringLiteral("reason"))
                .toString()
                .contains(QLatin1String("alice filed")));
    ok(m_carol, QStringLiteral("dao.approve_execution"), {{QStringLiteral("id"), id}});
    QVERIFY(call(m_alice, QStringLiteral("dao.execute"), {{QStringLiteral("id"), id}}).ok());
}

void TestDao::canceledBeforeExecutionWithAReason()
{
    const qint64 id = createGrant();
    QCOMPARE(call(m_alice, QStringLiteral("dao.cancel"), {{QStringLiteral("id"), id}}).code,
             ErrorCode::BadInput);
    QCOMPARE(call(m_fiona, QStringLiteral("dao.cancel"),
                  {{QStringLiteral("id"), id}, {QStringLiteral("reason"), QStringLiteral("no")}})
                 .code,
             ErrorCode::PermissionDenied);
    m_clock->set(kT0 + kDelay + 1);
    const QJsonObject canceled =
        ok(m_bob, QStringLiteral("dao.cancel"),
           {{QStringLiteral("id"), id}, {QStringLiteral("reason"), QStringLiteral("Duplicate")}});
    QCOMPARE(canceled.value(QStringLiteral("state")).toString(), QStringLiteral("canceled"));
    QCOMPARE(call(m_alice, QStringLiteral("dao.vote"),
                  {{QStringLiteral("id"), id},
                   {QStringLiteral("voter_id"), m_ana},
                   {QStringLiteral("support"), QStringLiteral("for")}})
                 .code,
             ErrorCode::Conflict);
    QCOMPARE(call(m_bob, QStringLiteral("dao.cancel"),
                  {{QStringLiteral("id"), id}, {QStringLiteral("reason"), QStringLiteral("x")}})
                 .code,
             ErrorCode::Conflict);
    const QJsonObject p = proposal(id);
    QCOMPARE(p.value(QStringLiteral("cancel_reason")).toString(), QStringLiteral("Duplicate"));
    QCOMPARE(p.value(QStringLiteral("canceled_by")).toString(), QStringLiteral("bob"));
}

void TestDao::settingsAreFrozenAtCreation()
{
    const qint64 first = createGrant();
    ok(m_alice, QStringLiteral("dao.set_settings"),
       {{QStringLiteral("quorum_bps"), 2500},
        {QStringLiteral("timelock_ms"), 3 * kDay},
        {QStringLiteral("voting_period_ms"), 7 * kDay},
        {QStringLiteral("approvals_required"), 3},
        {QStringLiteral("support_pct"), 60}});
    const QJsonObject kept = proposal(first).value(QStringLiteral("settings")).toObject();
    QCOMPARE(kept.value(QStringLiteral("quorum_bps")).toInteger(), 400);
    QCOMPARE(kept.value(QStringLiteral("timelock_ms")).toInteger(), kTimelock);
    QCOMPARE(kept.value(QStringLiteral("voting_period_ms")).toInteger(), kPeriod);
    QCOMPARE(kept.value(QStringLiteral("approvals_required")).toInteger(), 2);
    QCOMPARE(kept.value(QStringLiteral("support_pct")).toInteger(), 50);
    const qint64 second = createGrant();
    const QJsonObject fresh = proposal(second).value(QStringLiteral("settings")).toObject();
    QCOMPARE(fresh.value(QStringLiteral("quorum_bps")).toInteger(), 2500);
    QCOMPARE(fresh.value(QStringLiteral("timelock_ms")).toInteger(), 3 * kDay);
    QCOMPARE(fresh.value(QStringLiteral("approvals_required")).toInteger(), 3);
    // The first still queues with its own timelock.
    votePassing(first, kT0 + kDelay + 1);
    m_clock->set(kT0 + kDelay + kPeriod + 1);
    const QJsonObject queued =
        ok(m_alice, QStringLiteral("dao.queue"), {{QStringLiteral("id"), first}});
    QCOMPARE(queued.value(QStringLiteral("eta")).toInteger(),
             kT0 + kDelay + kPeriod + 1 + kTimelock);
    QCOMPARE(
        call(m_alice, QStringLiteral("dao.set_settings"), {{QStringLiteral("quorum_bps"), 0}}).code,
        ErrorCode::BadInput);
}

void TestDao::powerMovedAfterTheSnapshotNeverCounts()
{
    // dan stakes 700 well before; 900 more, then withdraws it, also before the snapshot.
    const qint64 early = stakeAt(m_dan, 700, kT0 - kDay);
    Q_UNUSED(early);
    const qint64 gone = stakeAt(m_dan, 900, kT0 - kDay);
    m_clock->set(kT0 - kDay / 2);
    ok(m_alice, QStringLiteral("dao.unstake"),
       {{QStringLiteral("id"), gone}, {QStringLiteral("version"), 1}});
    const qint64 id = createGrant();
    const qint64 snapshot = kT0 + kDelay;
    // After the snapshot: ben withdraws everything, dan stakes 50000 more, eve stakes for the
    // first time.
    const qint64 benStake =
        scalar(QStringLiteral("SELECT id FROM staking_records WHERE user_id = ?"), {m_ben});
    m_clock->set(snapshot + 1);
    ok(m_alice, QStringLiteral("dao.unstake"),
       {{QStringLiteral("id"), benStake}, {QStringLiteral("version"), 1}});
    stakeAt(m_dan, 50'000, snapshot + 1);
    stakeAt(m_eve, 50'000, snapshot + 1);
    // A stake made at the snapshot instant itself is not "before" it.
    stakeAt(m_cat, 1, snapshot);
    m_clock->set(snapshot + 2);
    const auto power = [&](qint64 voter) {
        const CommandResult result = call(m_alice, QStringLiteral("dao.vote"),
                                          {{QStringLiteral("id"), id},
                                           {QStringLiteral("voter_id"), voter},
                                           {QStringLiteral("support"), QStringLiteral("for")}});
        return result.ok()
                   ? result.data.toObject().value(QStringLiteral("voting_power")).toInteger()
                   : -1;
    };
    QCOMPARE(power(m_ben), 3000);
    QCOMPARE(power(m_dan), 700);
    QCOMPARE(power(m_eve), -1);
    QCOMPARE(power(m_cat), 2000);
    QCOMPARE(proposal(id).value(QStringLiteral("total_staked_at_snapshot")).toInteger(),
             5000 + 3000 + 2000 + 700);
}

void TestDao::randomVotesTallyEqualsAnIndependentRecount()
{
    QRandomGenerator random(4242);
    for (int round = 0; round < 3; ++round) {
        const qint64 createdAt = kT0 + round * 20 * kDay;
        const qint64 id = createGrant(1000, createdAt);
        const qint64 snapshot = createdAt + kDelay;
        struct Generated
        {
            qint64 user, tokens, stakedAt, unstakedAt;
        };
        QList<Generated> stakes;
        QList<qint64> voters;
        for (int u = 0; u < 12; ++u) {
            const qint64 user = addUser(QStringLiteral("r%1u%2").arg(round).arg(u));
            voters << user;
            const int count = 1 + int(random.bounded(3));
            for (int k = 0; k < count; ++k) {
                Generated g{user, 1 + qint64(random.bounded(50'000)),
                            snapshot + random.bounded(-3 * 3600, 3600) * 1000LL, 0};
                // Some exactly at the snapshot.
                if (random.bounded(8) == 0)
                    g.stakedAt = snapshot;
                const qint64 stakeId = stakeAt(user, g.tokens, g.stakedAt);
                if (random.bounded(3) == 0) {
                    g.unstakedAt = g.stakedAt + random.bounded(1, 4 * 3600) * 1000LL;
                    if (random.bounded(6) == 0 && g.stakedAt < snapshot)
                        g.unstakedAt = snapshot;
                    m_clock->set(g.unstakedAt);
                    QVERIFY(call(m_alice, QStringLiteral("dao.unstake"),
                                 {{QStringLiteral("id"), stakeId}, {QStringLiteral("version"), 1}})
                                .ok());
                }
                stakes << g;
            }
        }
        // Independent recount: staked strictly before the snapshot, not withdrawn before it.
        QHash<qint64, qint64> expected;
        for (const Generated &g : std::as_const(stakes))
            if (g.stakedAt < snapshot && (g.unstakedAt == 0 || g.unstakedAt >= snapshot))
                expected[g.user] += g.tokens;
        m_clock->set(snapshot + 5 * 3600 * 1000);
        qint64 wantFor = 0, wantAgainst = 0, wantAbstain = 0;
        for (const qint64 voter : std::as_const(voters)) {
            if (random.bounded(5) == 0)
                continue;
            static const char *const supports[] = {"for", "against", "abstain"};
            const int s = int(random.bounded(3));
            const CommandResult result =
                call(m_alice, QStringLiteral("dao.vote"),
                     {{QStringLiteral("id"), id},
                      {QStringLiteral("voter_id"), voter},
                      {QStringLiteral("support"), QLatin1String(supports[s])}});
            const qint64 want = expected.value(voter);
            if (want == 0) {
                QCOMPARE(result.code, ErrorCode::BadInput);
                continue;
            }
            QVERIFY2(result.ok(), qPrintable(result.message));
            QCOMPARE(result.data.toObject().value(QStringLiteral("voting_power")).toInteger(),
                     want);
            (s == 0 ? wantFor : s == 1 ? wantAgainst : wantAbstain) += want;
        }
        const QJsonObject p = proposal(id);
        QCOMPARE(p.value(QStringLiteral("votes_for")).toInteger(), wantFor);
        QCOMPARE(p.value(QStringLiteral("votes_against")).toInteger(), wantAgainst);
        QCOMPARE(p.value(QStringLiteral("votes_abstain")).toInteger(), wantAbstain);
        // The cached 009 tallies agree with the recount of the stored votes.
        QCOMPARE(scalar(QStringLiteral("SELECT votes_for FROM dao_proposals WHERE id = ?"), {id}),
                 wantFor);
        QCOMPARE(scalar(QStringLiteral("SELECT votes_against + votes_abstain FROM dao_proposals "
                                       "WHERE id = ?"),
                        {id}),
                 wantAgainst + wantAbstain);
    }
}

void TestDao::badInputIsRefusedAndChangesNothing()
{
    const qint64 id = createGrant();
    m_clock->set(kT0 + kDelay + 1);
    ok(m_alice, QStringLiteral("dao.vote"),
       {{QStringLiteral("id"), id},
        {QStringLiteral("voter_id"), m_ana},
        {QStringLiteral("support"), QStringLiteral("for")}});
    const QString before = fingerprint();
    struct Case
    {
        const char *command;
        QJsonObject params;
        ErrorCode code;
        const char *message;
    };
    const QString recipient = QStringLiteral("user:%1").arg(m_eve);
    const auto grant = [&](const QJsonObject &extra) {
        QJsonObject params{{QStringLiteral("proposer_id"), m_ana},
                           {QStringLiteral("proposal_type"), QStringLiteral("grant")},
                           {QStringLiteral("title"), QStringLiteral("t")},
                           {QStringLiteral("description"), QStringLiteral("d")},
                           {QStringLiteral("amount_minor"), 100},
                           {QStringLiteral("currency"), QStringLiteral("EUR")},
                           {QStringLiteral("recipient"), recipient}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            params.insert(it.key(), it.value());
        return params;
    };
    const QList<Case> cases{
        {"dao.vote",
         {{QStringLiteral("id"), id},
          {QStringLiteral("voter_id"), m_ana},
          {QStringLiteral("support"), QStringLiteral("against")}},
         ErrorCode::Conflict,
         "already voted for on proposal"},
        {"dao.vote",
         {{QStringLiteral("id"), id},
          {QStringLiteral("voter_id"), m_ben},
          {QStringLiteral("support"), QStringLiteral("yes")}},
         ErrorCode::BadInput,
         "support must be for, against or abstain"},
        {"dao.vote",
         {{QStringLiteral("id"), 999},
          {QStringLiteral("voter_id"), m_ben},
          {QStringLiteral("support"), QStringLiteral("for")}},
         ErrorCode::NotFound,
         "proposal 999 does not exist"},
        {"dao.create", grant({{QStringLiteral("amount_minor"), kFunds + 1}}), ErrorCode::BadInput,
         "is more than the treasury holds"},
        {"dao.create",
         grant({{QStringLiteral("recipient"), QStringLiteral("0x52908400098527886E0F")}}),
         ErrorCode::BadInput, "is not a platform user address"},
        {"dao.create", grant({{QStringLiteral("recipient"), QStringLiteral("user:99999")}}),
         ErrorCode::NotFound, "recipient user 99999 does not exist"},
        {"dao.create", grant({{QStringLiteral("amount_minor"), -5}}), ErrorCode::BadInput,
         "amount_minor must be a whole number"},
        {"dao.create", grant({{QStringLiteral("amount_minor"), 10.5}}), ErrorCode::BadInput,
         "amount_minor must be a whole number"},
        {"dao.create", grant({{QStringLiteral("currency"), QStringLiteral("XXX")}}),
         ErrorCode::BadInput, "unknown currency"},
        {"dao.create", grant({{QStringLiteral("proposer_id"), m_eve}}), ErrorCode::BadInput,
         "proposing needs 1000"},
        {"dao.create", grant({{QStringLiteral("proposal_type"), QStringLiteral("lottery")}}),
         ErrorCode::BadInput, "proposal_type must be one of"},
        {"dao.queue",
         {{QStringLiteral("id"), id}},
         ErrorCode::Conflict,
         "only a succeeded proposal is queued"},
        {"dao.execute",
         {{QStringLiteral("id"), id}},
         ErrorCode::Conflict,
         "only a queued proposal is executed"},
        {"dao.approve_execution",
         {{QStringLiteral("id"), id}},
         ErrorCode::Conflict,
         "execution is approved while it is queued"},
        {"dao.set_settings",
         {{QStringLiteral("grace_period_ms"), -1}},
         ErrorCode::BadInput,
         "grace_period_ms must be"},
        {"dao.stake",
         {{QStringLiteral("user_id"), m_ana}, {QStringLiteral("tokens"), 0}},
         ErrorCode::BadInput,
         "tokens must be"},
        {"dao.seal", {{QStringLiteral("id"), id}}, ErrorCode::Conflict, "already sealed"},
    };
    for (const Case &c : cases) {
        const CommandResult result = call(m_bob, QLatin1String(c.command), c.params);
        QVERIFY2(result.code == c.code, qPrintable(QStringLiteral("%1: %2").arg(
                                            QLatin1String(c.command), result.message)));
        QVERIFY2(result.message.contains(QLatin1String(c.message)), qPrintable(result.message));
        QVERIFY2(!result.message.contains(QLatin1Char('\n')), qPrintable(result.message));
        QCOMPARE(fingerprint(), before);
    }
}

void TestDao::shortOfFundsStaysQueuedUntilItExpires()
{
    const qint64 first = createGrant(600'000);
    const qint64 second = createGrant(600'000);
    votePassing(first, kT0 + kDelay + 1);
    votePassing(second, kT0 + kDelay + 1);
    const qint64 queuedAt = kT0 + kDelay + kPeriod + 1;
    m_clock->set(queuedAt);
    ok(m_alice, QStringLiteral("dao.queue"), {{QStringLiteral("id"), first}});
    m_clock->set(queuedAt + 1);
    ok(m_alice, QStringLiteral("dao.queue"), {{QStringLiteral("id"), second}});
    for (const qint64 id : {first, second}) {
        ok(m_bob, QStringLiteral("dao.approve_execution"), {{QStringLiteral("id"), id}});
        ok(m_carol, QStringLiteral("dao.approve_execution"), {{QStringLiteral("id"), id}});
    }
    m_clock->set(queuedAt + 1 + kTimelock);
    // The second comes after the first in the queue: 1,000,000 cannot cover 600,000 + 600,000.
    QString before = fingerprint();
    CommandResult refused =
        call(m_bob, QStringLiteral("dao.execute"), {{QStringLiteral("id"), second}});
    QCOMPARE(refused.code, ErrorCode::Conflict);
    QVERIFY2(refused.message.contains(QLatin1String("short of funds")),
             qPrintable(refused.message));
    QCOMPARE(fingerprint(), before);
    QVERIFY(call(m_bob, QStringLiteral("dao.execute"), {{QStringLiteral("id"), first}}).ok());
    before = fingerprint();
    refused = call(m_bob, QStringLiteral("dao.execute"), {{QStringLiteral("id"), second}});
    QCOMPARE(refused.code, ErrorCode::Conflict);
    QVERIFY2(refused.message.contains(QLatin1String("400000 EUR available")),
             qPrintable(refused.message));
    QCOMPARE(fingerprint(), before);
    QCOMPARE(state(second), QStringLiteral("queued"));
    QCOMPARE(balance(Purpose::DaoTreasury, 0), kFunds - 600'000);
    m_clock->set(queuedAt + 1 + kTimelock + kGrace);
    QCOMPARE(state(second), QStringLiteral("expired"));
    const QJsonObject treasury = ok(m_fiona, QStringLiteral("dao.treasury"),
                                    {{QStringLiteral("currency"), QStringLiteral("EUR")}});
    const QJsonObject eur =
        treasury.value(QStringLiteral("currencies")).toArray().first().toObject();
    QCOMPARE(eur.value(QStringLiteral("balance_minor")).toInteger(), kFunds - 600'000);
    QCOMPARE(eur.value(QStringLiteral("queued_commitments_minor")).toInteger(), 0);
    QCOMPARE(eur.value(QStringLiteral("executed_proposals")).toArray().size(), 1);
}

void TestDao::tamperedContentIsRefused()
{
    const qint64 id = createGrant(5000);
    votePassing(id, kT0 + kDelay + 1);
    const qint64 queuedAt = kT0 + kDelay + kPeriod + 1;
    m_clock->set(queuedAt);
    ok(m_alice, QStringLiteral("dao.queue"), {{QStringLiteral("id"), id}});
    ok(m_bob, QStringLiteral("dao.approve_execution"), {{QStringLiteral("id"), id}});
    ok(m_carol, QStringLiteral("dao.approve_execution"), {{QStringLiteral("id"), id}});
    // Someone edits the recipient behind the service's back.
    m_services->database().write([&](QSqlDatabase &db) {
        Query(db,
              QStringLiteral("UPDATE dao_proposals SET recipient_user_id = ?, recipient = ? "
                             "WHERE id = ?"),
              {m_dan, QStringLiteral("user:%1").arg(m_dan), id});
    });
    m_clock->set(queuedAt + kTimelock);
    const QString before = fingerprint();
    const CommandResult refused =
        call(m_bob, QStringLiteral("dao.execute"), {{QStringLiteral("id"), id}});
    QCOMPARE(refused.code, ErrorCode::Conflict);
    QVERIFY2(refused.message.contains(QLatin1String("no longer matches the hash")),
             qPrintable(refused.message));
    QCOMPARE(fingerprint(), before);
    QCOMPARE(balance(Purpose::DaoGrantPayable, m_dan), 0);
    QVERIFY(!proposal(id).value(QStringLiteral("content_matches")).toBool());
}

void TestDao::stakingRewardsAccrueAtEachStatusChange()
{
    const qint64 year = Dao::kSecondsPerYear * 1000;
    const qint64 id = stakeAt(m_dan, 1'000'000, kT0);
    m_clock->set(kT0 + year / 2);
    QJsonObject locked = ok(m_alice, QStringLiteral("dao.lock"),
                            {{QStringLiteral("id"), id},
                             {QStringLiteral("version"), 1},
                             {QStringLiteral("lock_days"), 30}});
    QCOMPARE(locked.value(QStringLiteral("rewards_accrued")).toInteger(), 25'000);
    QCOMPARE(
        scalar(QStringLiteral("SELECT rewards_earned FROM staking_records WHERE id = ?"), {id}),
        25'000);
    m_clock->set(kT0 + year / 2 + kDay);
    const CommandResult early = call(m_alice, QStringLiteral("dao.unstake"),
                                     {{QStringLiteral("id"), id}, {QStringLiteral("version"), 2}});
    QCOMPARE(early.code, ErrorCode::Conflict);
    QVERIFY(early.message.contains(QLatin1String("locked until")));
    m_clock->set(kT0 + year);
    const QJsonObject gone = ok(m_alice, QStringLiteral("dao.unstake"),
                                {{QStringLiteral("id"), id}, {QStringLiteral("version"), 2}});
    QCOMPARE(gone.value(QStringLiteral("rewards_accrued")).toInteger(), 50'000);
    // Withdrawn: nothing more accrues.
    m_clock->set(kT0 + 2 * year);
    const QJsonObject staking = ok(m_fiona, QStringLiteral("dao.staking"), {});
    qint64 withdrawnRewards = 0;
    for (const QJsonValue &row : staking.value(QStringLiteral("by_status")).toArray())
        if (row.toObject().value(QStringLiteral("status")).toString() == QLatin1String("withdrawn"))
            withdrawnRewards = row.toObject().value(QStringLiteral("rewards_accrued")).toInteger();
    QCOMPARE(withdrawnRewards, 50'000);
    QCOMPARE(call(m_alice, QStringLiteral("dao.unstake"),
                  {{QStringLiteral("id"), id}, {QStringLiteral("version"), 3}})
                 .code,
             ErrorCode::Conflict);
    QCOMPARE(call(m_alice, QStringLiteral("dao.lock"),
                  {{QStringLiteral("id"), id},
                   {QStringLiteral("version"), 1},
                   {QStringLiteral("lock_days"), 3}})
                 .code,
             ErrorCode::Conflict);
}

void TestDao::listsFilterByDerivedState()
{
    const qint64 pending = createGrant();
    const qint64 defeated = createGrant();
    const qint64 succeeded = createGrant();
    m_clock->set(kT0 + kDelay + 1);
    QVERIFY(call(m_alice, QStringLiteral("dao.vote"),
                 {{QStringLiteral("id"), defeated},
                  {QStringLiteral("voter_id"), m_ana},
                  {QStringLiteral("support"), QStringLiteral("against")}})
                .ok());
    votePassing(succeeded, kT0 + kDelay + 1);
    const qint64 later = createGrant(1000, kT0 + kDelay + 2);
    Q_UNUSED(pending);
    m_clock->set(kT0 + kDelay + kPeriod + 1);
    const auto ids = [&](const QString &stateName, qint64 limit) {
        QList<qint64> found;
        QJsonValue before;
        do {
            QJsonObject params{{QStringLiteral("state"), stateName},
                               {QStringLiteral("limit"), limit}};
            if (!before.isNull())
                params.insert(QStringLiteral("before"), before);
            const QJsonObject page = ok(m_fiona, QStringLiteral("dao.proposals"), params);
            for (const QJsonValue &row : page.value(QStringLiteral("rows")).toArray())
                found << row.toObject().value(QStringLiteral("id")).toInteger();
            before = page.value(QStringLiteral("next_before"));
        } while (!before.isNull());
        return found;
    };
    QCOMPARE(ids(QStringLiteral("defeated"), 1), (QList<qint64>{defeated, pending}));
    QCOMPARE(ids(QStringLiteral("succeeded"), 1), QList<qint64>{succeeded});
    QCOMPARE(ids(QStringLiteral("active"), 5), QList<qint64>{later});
    QCOMPARE(ids(QString(), 2).size(), 4);
    QCOMPARE(call(m_fiona, QStringLiteral("dao.proposals"),
                  {{QStringLiteral("state"), QStringLiteral("won")}})
                 .code,
             ErrorCode::BadInput);
}

QTEST_GUILESS_MAIN(TestDao)
#include "tst_dao.moc"
