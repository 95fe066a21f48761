#include "daorules.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Steward::Dao;

namespace {

// 2025-03-03T12:00:00Z.
constexpr qint64 kT0 = 1741003200000;
constexpr qint64 kDay = 86'400'000;

ProposalFacts passing()
{
    ProposalFacts f;
    f.votingStartsAt = kT0 + kDay;
    f.votingEndsAt = kT0 + 6 * kDay;
    f.forVotes = 600;
    f.againstVotes = 400;
    f.quorumVotes = 1000;
    f.supportPct = 50;
    f.gracePeriodMs = 14 * kDay;
    return f;
}

} // namespace

/** The pure rules: the state order and its exact boundaries, the support and quorum
 *  arithmetic, voting power at a snapshot and staking rewards. */
class TestDaoRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stateBoundariesAreExact();
    void stateOrderPutsExecutedAndCanceledFirst();
    void supportIsStrictAndInIntegers();
    void quorumRoundsUpAndCountsAbstentions();
    void powerCountsOnlyStakesHeldAtTheSnapshot();
    void randomStakesPowerEqualsRecount();
    void rewardsWorkedExample();
    void rewardsCarryTheRemainderExactly();
    void rewardsGuideExample();
    void recipientAddresses();
    void contentHashCoversRecipientAndAmount();
    void settingsAreValidated();
};

void TestDaoRules::stateBoundariesAreExact()
{
    ProposalFacts f = passing();
    QCOMPARE(deriveState(f, kT0), State::Pending);
    QCOMPARE(deriveState(f, f.votingStartsAt), State::Pending); // now <= start
    QCOMPARE(deriveState(f, f.votingStartsAt + 1), State::Active);
    QCOMPARE(deriveState(f, f.votingEndsAt), State::Active); // now <= end
    QCOMPARE(deriveState(f, f.votingEndsAt + 1), State::Succeeded);
    f.queuedAt = f.votingEndsAt + 10;
    f.eta = f.queuedAt + 2 * kDay;
    QCOMPARE(deriveState(f, f.eta - 1), State::Queued);
    QCOMPARE(deriveState(f, f.eta), State::Queued);
    QCOMPARE(deriveState(f, f.eta + f.gracePeriodMs - 1), State::Queued);
    QCOMPARE(deriveState(f, f.eta + f.gracePeriodMs), State::Expired); // now >= eta + grace
    QCOMPARE(nextTransitionAt(f, f.eta - 1), f.eta);
    QCOMPARE(nextTransitionAt(f, f.eta), f.eta + f.gracePeriodMs);
    ProposalFacts fresh = passing();
    QCOMPARE(nextTransitionAt(fresh, kT0), fresh.votingStartsAt + 1);
    QCOMPARE(nextTransitionAt(fresh, fresh.votingStartsAt + 1), fresh.votingEndsAt + 1);
}

void TestDaoRules::stateOrderPutsExecutedAndCanceledFirst()
{
    ProposalFacts f = passing();
    f.canceledAt = kT0 + 10;
    QCOMPARE(deriveState(f, kT0), State::Canceled);
    QCOMPARE(deriveState(f, f.votingEndsAt + 1), State::Canceled);
    f.executedAt = kT0 + 20; // executed wins over everything, even a later expiry
    QCOMPARE(deriveState(f, f.votingEndsAt + 100 * kDay), State::Executed);
    ProposalFacts defeated = passing();
    defeated.forVotes = 500;
    defeated.againstVotes = 500;                   // a tie is not for > against
    defeated.queuedAt = defeated.votingEndsAt + 1; // a queued row with failing votes is defeated
    defeated.eta = defeated.queuedAt + 1;
    QCOMPARE(deriveState(defeated, defeated.votingEndsAt + 2), State::Defeated);
}

void TestDaoRules::supportIsStrictAndInIntegers()
{
    QVERIFY(supportPasses(501, 500, 50));
    QVERIFY(!supportPasses(500, 500, 50));
    QVERIFY(!supportPasses(0, 0, 50));
    QVERIFY(supportPasses(1, 0, 50));
    // 60 %: for * 100 > (for + against) * 60.
    QVERIFY(!supportPasses(600, 400, 60));
    QVERIFY(supportPasses(601, 400, 60));
    // No overflow near the limits.
    const qint64 big = std::numeric_limits<qint64>::max() / 2;
    QVERIFY(supportPasses(big, big - 1, 50));
    QVERIFY(!supportPasses(big - 1, big, 50));
}

void TestDaoRules::quorumRoundsUpAndCountsAbstentions()
{
    QCOMPARE(quorumVotes(10000, 400), 400);
    QCOMPARE(quorumVotes(10001, 400), 401); // 400.04 rounds up
    QCOMPARE(quorumVotes(0, 400), 0);
    ProposalFacts f = passing();
    f.forVotes = 100;
    f.againstVotes = 0;
    f.abstainVotes = 899;
    f.quorumVotes = 1000;
    QVERIFY(!quorumReached(f));
    QCOMPARE(deriveState(f, f.votingEndsAt + 1), State::Defeated);
    f.abstainVotes = 900;
    QVERIFY(quorumReached(f));
    QCOMPARE(deriveState(f, f.votingEndsAt + 1), State::Succeeded);
}

void TestDaoRules::powerCountsOnlyStakesHeldAtTheSnapshot()
{
    const qint64 snapshot = kT0;
    const QList<Stake> stakes{
        {1, 100, snapshot - 1, 0},             // staked before: counts
        {1, 200, snapshot, 0},                 // staked at the snapshot: not before it
        {1, 400, snapshot - 10, snapshot},     // unstaked at the snapshot: not before it, counts
        {1, 800, snapshot - 10, snapshot - 1}, // unstaked before: does not count
        {1, 1600, snapshot + 1, 0},            // staked after: does not count
        {2, 3200, snapshot - 1, 0},            // someone else's
    };
    QCOMPARE(votingPowerAt(stakes, 1, snapshot), 500);
    QCOMPARE(votingPowerAt(stakes, 2, snapshot), 3200);
    QCOMPARE(votingPowerAt(stakes, 3, snapshot), 0);
}

void TestDaoRules::randomStakesPowerEqualsRecount()
{
    QRandomGenerator random(20250303);
    for (int round = 0; round < 200; ++round) {
        QList<Stake> stakes;
        const qint64 snapshot = kT0;
        for (int i = 0; i < 40; ++i) {
            Stake s;
            s.userId = 1 + random.bounded(6);
            s.tokens = 1 + random.bounded(100000);
            s.stakedAt = snapshot + random.bounded(-1000, 1000);
            if (random.bounded(2) == 0)
                s.unstakedAt = s.stakedAt + random.bounded(1, 2000);
            stakes << s;
        }
        for (qint64 user = 1; user <= 6; ++user) {
            qint64 recount = 0;
            for (const Stake &s : std::as_const(stakes)) {
                if (s.userId != user)
                    continue;
                const bool in = s.stakedAt < snapshot;
                const bool out = s.unstakedAt != 0 && s.unstakedAt < snapshot;
                if (in && !out)
                    recount += s.tokens;
            }
            QCOMPARE(votingPowerAt(stakes, user, snapshot), recount);
            // Anything staked or unstaked after the snapshot changes nothing.
            QList<Stake> moved = stakes;
            for (Stake &s : moved)
                if (s.userId == user && s.unstakedAt == 0 && s.stakedAt < snapshot)
                    s.unstakedAt = snapshot + 1 + random.bounded(1000);
            moved << Stake{user, 999999, snapshot + 1, 0};
            QCOMPARE(votingPowerAt(moved, user, snapshot), recount);
        }
    }
}

void TestDaoRules::rewardsWorkedExample()
{
    // 1,000,000 tokens for a year: 5 % = 50,000.
    const Accrual year = accrue(1'000'000, kT0, kT0 + kSecondsPerYear * 1000, 0);
    QCOMPARE(year.rewards, 50'000);
    QCOMPARE(year.remainder, 0);
    // 1,000 tokens for one day: 1000 * 5 * 86400 = 432,000,000; / 3,153,600,000 = 0, carried.
    const Accrual day = accrue(1000, kT0, kT0 + kDay, 0);
    QCOMPARE(day.rewards, 0);
    QCOMPARE(day.remainder, 432'000'000);
    QCOMPARE(day.checkpointAt, kT0 + kDay);
    // Seven such days: 3,024,000,000 still short of one unit; the eighth makes it.
    Accrual running{0, 0, kT0};
    qint64 total = 0;
    for (int d = 0; d < 8; ++d) {
        running =
            accrue(1000, running.checkpointAt, running.checkpointAt + kDay, running.remainder);
        total += running.rewards;
        if (d == 6)
            QCOMPARE(total, 0);
    }
    QCOMPARE(total, 1);
    QCOMPARE(running.remainder, 8 * 432'000'000LL - 3'153'600'000LL);
    // Milliseconds short of a second wait for the next accrual instead of being lost.
    const Accrual partial = accrue(1000, kT0, kT0 + 1999, 0);
    QCOMPARE(partial.checkpointAt, kT0 + 1000);
}

void TestDaoRules::rewardsCarryTheRemainderExactly()
{
    QRandomGenerator random(7);
    for (int round = 0; round < 500; ++round) {
        const qint64 tokens = 1 + qint64(random.bounded(1'000'000'000));
        const qint64 span = qint64(random.bounded(400)) * kDay + random.bounded(86'400'000);
        // Checkpoints at random instants add up to exactly one accrual over the whole span.
        Accrual step{0, 0, kT0};
        qint64 total = 0;
        while (step.checkpointAt < kT0 + span - 999) {
            const qint64 to = std::min(kT0 + span, step.checkpointAt + 1 +
                                                       qint64(random.bounded(3'456'000'000u)));
            step = accrue(tokens, step.checkpointAt, to, step.remainder);
            total += step.rewards;
        }
        const Accrual once = accrue(tokens, kT0, kT0 + span, 0);
        QCOMPARE(total, once.rewards);
        QCOMPARE(step.remainder, once.remainder);
    }
}

void TestDaoRules::rewardsGuideExample()
{
    // docs/dao.md: 12,345 tokens staked 2026-01-01T00:00Z, locked 2026-03-01T12:00Z, withdrawn
    // 2026-07-15T08:30Z.
    const qint64 staked = 1767225600000;
    const qint64 locked = 1772366400000;
    const qint64 withdrawn = 1784104200000;
    const Accrual first = accrue(12345, staked, locked, 0);
    QCOMPARE(first.rewards, 100);
    QCOMPARE(first.remainder, 1'955'880'000);
    const Accrual second = accrue(12345, first.checkpointAt, withdrawn, first.remainder);
    QCOMPARE(second.rewards, 230);
    QCOMPARE(second.remainder, 1'143'585'000);
    QCOMPARE(accrue(12345, staked, withdrawn, 0).rewards, 330);
}

void TestDaoRules::recipientAddresses()
{
    QCOMPARE(parseRecipient(QStringLiteral("user:42")), std::optional<qint64>(42));
    QCOMPARE(recipientAddress(42), QStringLiteral("user:42"));
    for (const char *bad : {"42", "user:", "user:0", "user:-1", "user:4 2", "User:42", "user:42x",
                            "0x52908400098527886E0F7030069857D2E4169EE7", "user:0042"})
        QVERIFY2(!parseRecipient(QLatin1String(bad)), bad);
}

void TestDaoRules::contentHashCoversRecipientAndAmount()
{
    const ProposalContent a{QStringLiteral("grant"),
                            QStringLiteral("Tools"),
                            QStringLiteral("Build them"),
                            7,
                            QStringLiteral("user:9"),
                            9,
                            5000,
                            QStringLiteral("EUR")};
    QCOMPARE(a.hash().size(), 64);
    QCOMPARE(a.hash(), ProposalContent(a).hash());
    ProposalContent b = a;
    b.amountMinor = 5001;
    QVERIFY(a.hash() != b.hash());
    b = a;
    b.recipientUserId = 10;
    QVERIFY(a.hash() != b.hash());
    b = a;
    b.currency = QStringLiteral("USD");
    QVERIFY(a.hash() != b.hash());
    QCOMPARE(a.canonical(),
             QByteArray(R"({"amount_minor":5000,"currency":"EUR","description":"Build them",)"
                        R"("proposal_type":"grant","proposer_id":7,"recipient":"user:9",)"
                        R"("recipient_user_id":9,"title":"Tools"})"));
}

void TestDaoRules::settingsAreValidated()
{
    QVERIFY(Settings{}.problem().isEmpty());
    Settings s;
    s.quorumBps = 0;
    QVERIFY(s.problem().contains(QLatin1String("quorum_bps")));
    s = Settings{};
    s.votingDelayMs = -1;
    QVERIFY(s.problem().contains(QLatin1String("voting_delay_ms")));
    s = Settings{};
    s.approvalsRequired = 0;
    QVERIFY(s.problem().contains(QLatin1String("approvals_required")));
    s = Settings{};
    s.supportPct = 100;
    QVERIFY(s.problem().contains(QLatin1String("support_pct")));
}

QTEST_GUILESS_MAIN(TestDaoRules)
#include "tst_daorules.moc"
