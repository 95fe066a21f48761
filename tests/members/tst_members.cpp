#include "clock.h"
#include "memberrules.h"
#include "memberservice.h"
#include "query.h"
#include "servicelayer.h"
#include "stewardservices.h"
#include "testdatabase.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Steward;
using namespace Steward::Members;

namespace {

const QString kPassword = QStringLiteral("a long test password");
constexpr qint64 kDay = 24 * 3600 * 1000LL;
// 2025-06-15T00:00:00Z: a fixed service clock; June 2025 is the latest month due.
constexpr qint64 kNow = 1749945600000;

qint64 msAt(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

QList<PaymentStatus> months(const QString &history)
{
    QList<PaymentStatus> result;
    for (QChar c : history)
        result << (c == QLatin1Char('P')   ? PaymentStatus::Paid
                   : c == QLatin1Char('L') ? PaymentStatus::Late
                                           : PaymentStatus::Missed);
    return result;
}

QList<qint64> userIds(const QJsonArray &rows, const QString &key = QStringLiteral("user_id"))
{
    QList<qint64> ids;
    for (const QJsonValue &row : rows)
        ids << row.toObject().value(key).toInteger();
    return ids;
}

} // namespace

class TestMembers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Pure rules.
    void tenureOfAPaymentHistory_data();
    void tenureOfAPaymentHistory();
    void queueOrdersByStandingTenureJoinedAndId();
    void eligibilityBoundaries();
    void weightGrowsWithTenureUpToTheCap();
    void ticketScoreIsTheDocumentedSha256();
    void sameSeedSameWinnersDifferentSeedOthers();
    void poolSplitsByLargestRemainder();

    // Service, on SQLite and PostgreSQL.
    void init();
    void cleanup();
    void listShowsTheQueueWithPositionsPagedByKey();
    void draftFreezesRulesAndRecordsTheSeed();
    void draftsWithTheSameSeedPickTheSameWinners();
    void makerCannotApproveOwnDraw();
    void approvalPostsExactlyTheAwards();
    void approvingTwiceOrAStaleVersionChangesNothing();
    void rejectionNeedsAReasonAndPostsNothing();
    void verifyDetectsATamperedEntry();
    void badInputIsRefusedAndChangesNothing();

private:
    void addMember(qint64 id, const QString &name, qint64 joinedAt, const QString &standing,
                   bool kyc, const QString &history);
    CommandResult call(const Principal &as, const QString &command, const QJsonObject &params);
    QJsonObject ok(const Principal &as, const QString &command, const QJsonObject &params);
    qint64 count(const QString &sql);
    qint64 posted(const QString &account);

    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<ServiceLayer> m_services;
    ManualClock *m_clock = nullptr;
    Principal m_fiona, m_felix, m_sam;
};

// ---- Pure rules -------------------------------------------------------------------------------

void TestMembers::tenureOfAPaymentHistory_data()
{
    QTest::addColumn<QString>("history");
    QTest::addColumn<int>("tenure");
    QTest::addColumn<int>("paid");
    QTest::addColumn<int>("missed");
    QTest::newRow("no months yet") << QString() << 0 << 0 << 0;
    QTest::newRow("three paid") << QStringLiteral("PPP") << 3 << 3 << 0;
    QTest::newRow("late months count as paid") << QStringLiteral("PLLP") << 4 << 4 << 0;
    // A missed month resets the run: only the three months after it count.
    QTest::newRow("missed in the middle") << QStringLiteral("PPMPLP") << 3 << 5 << 1;
    QTest::newRow("missed last month") << QStringLiteral("PPPPM") << 0 << 4 << 1;
    QTest::newRow("two missed then paid") << QStringLiteral("MMP") << 1 << 1 << 2;
}

void TestMembers::tenureOfAPaymentHistory()
{
    QFETCH(QString, history);
    QFETCH(int, tenure);
    QFETCH(int, paid);
    QFETCH(int, missed);
    const Tenure result = computeTenure(months(history));
    QCOMPARE(result.tenureMonths, tenure);
    QCOMPARE(result.monthsPaid, paid);
    QCOMPARE(result.missedPayments, missed);
}

void TestMembers::queueOrdersByStandingTenureJoinedAndId()
{
    // Worked by hand: good before late before suspended; within good the longest tenure first;
    // equal tenure → who joined first; same day → the lower id.
    QList<QueueKey> members = {
        {Standing::Late, 40, 100, 1},     {Standing::Good, 12, 300, 2},
        {Standing::Good, 12, 200, 3},     {Standing::Good, 30, 900, 4},
        {Standing::Suspended, 50, 50, 5}, {Standing::Good, 12, 200, 6},
        {Standing::Late, 2, 10, 7},       {Standing::Good, 0, 1, 8},
    };
    std::sort(members.begin(), members.end(), queueBefore);
    QList<qint64> order;
    for (const QueueKey &key : std::as_const(members))
        order << key.userId;
    QCOMPARE(order, (QList<qint64>{4, 3, 6, 2, 8, 1, 7, 5}));
}

void TestMembers::eligibilityBoundaries()
{
    const DrawRules rules; // 6 months, KYC, 12-month cooldown
    const MemberFacts good{Standing::Good, 6, true, 0};
    QVERIFY(ineligibilityReasons(good, rules, kNow).isEmpty());

    MemberFacts shortTenure = good;
    shortTenure.tenureMonths = 5;
    QCOMPARE(ineligibilityReasons(shortTenure, rules, kNow),
             QStringList{QStringLiteral("tenure 5 of 6 months")});

    MemberFacts late = good;
    late.standing = Standing::Late;
    QCOMPARE(ineligibilityReasons(late, rules, kNow),
             QStringList{QStringLiteral("standing is late")});

    MemberFacts unverified = good;
    unverified.kycVerified = false;
    QCOMPARE(ineligibilityReasons(unverified, rules, kNow).size(), 1);
    DrawRules noKyc = rules;
    noKyc.requireKyc = false;
    QVERIFY(ineligibilityReasons(unverified, noKyc, kNow).isEmpty());

    // Cooldown: an award exactly 12 calendar months ago still blocks, one ms earlier does not.
    const qint64 cutoff = msAt(2024, 6, 15);
    MemberFacts awarded = good;
    awarded.lastAwardAt = cutoff;
    QCOMPARE(ineligibilityReasons(awarded, rules, kNow),
             QStringList{QStringLiteral("awarded on 2024-06-15, within 12 months")});
    awarded.lastAwardAt = cutoff - 1;
    QVERIFY(ineligibilityReasons(awarded, rules, kNow).isEmpty());

    // Every reason at once.
    const MemberFacts worst{Standing::Suspended, 1, false, kNow - kDay};
    QCOMPARE(ineligibilityReasons(worst, rules, kNow).size(), 4);
}

void TestMembers::weightGrowsWithTenureUpToTheCap()
{
    const DrawRules rules; // one more ticket per 6 months, at most 5
    QCOMPARE(weightFor(0, rules), 1);
    QCOMPARE(weightFor(5, rules), 1);
    QCOMPARE(weightFor(6, rules), 2);
    QCOMPARE(weightFor(11, rules), 2);
    QCOMPARE(weightFor(12, rules), 3);
    QCOMPARE(weightFor(24, rules), 5);
    QCOMPARE(weightFor(240, rules), 5);
}

void TestMembers::ticketScoreIsTheDocumentedSha256()
{
    // sha256("demo-2025-06:1:1"), computed independently.
    QCOMPARE(ticketScore(QStringLiteral("demo-2025-06"), 1, 1),
             QStringLiteral("86b8a194787291a9688646350d5a989e4e7b6e5558b2c2ba11e4441ff9a243cc"));
}

void TestMembers::sameSeedSameWinnersDifferentSeedOthers()
{
    QList<DrawCandidate> candidates;
    for (int i = 1; i <= 60; ++i)
        candidates << DrawCandidate{i * 7, i, 6 + i % 25};
    const DrawRules rules;
    const auto winners = [&](const QString &seed, QList<DrawCandidate> input) {
        QList<qint64> ids;
        for (const DrawEntry &entry : computeDraw(seed, input, rules, 5, 50000))
            if (entry.won)
                ids << entry.userId;
        return ids;
    };
    const QList<qint64> first = winners(QStringLiteral("seed-a"), candidates);
    QCOMPARE(first.size(), 5);
    // The input order does not matter.
    QList<DrawCandidate> reversed(candidates.rbegin(), candidates.rend());
    QCOMPARE(winners(QStringLiteral("seed-a"), reversed), first);
    QCOMPARE(entriesDigest(computeDraw(QStringLiteral("seed-a"), reversed, rules, 5, 50000)),
             entriesDigest(computeDraw(QStringLiteral("seed-a"), candidates, rules, 5, 50000)));
    QVERIFY(winners(QStringLiteral("seed-b"), candidates) != first);
    // The winners are the lowest scores.
    const QList<DrawEntry> entries =
        computeDraw(QStringLiteral("seed-a"), candidates, rules, 5, 50000);
    for (int i = 1; i < entries.size(); ++i)
        QVERIFY(entries[i - 1].score < entries[i].score);
}

void TestMembers::poolSplitsByLargestRemainder()
{
    QList<DrawCandidate> candidates;
    for (int i = 1; i <= 4; ++i)
        candidates << DrawCandidate{i, i, 12};
    const QList<DrawEntry> entries =
        computeDraw(QStringLiteral("x"), candidates, DrawRules(), 3, 1000);
    QCOMPARE(entries[0].awardMinor, 334);
    QCOMPARE(entries[1].awardMinor, 333);
    QCOMPARE(entries[2].awardMinor, 333);
    QCOMPARE(entries[3].awardMinor, 0);
    QVERIFY(!entries[3].won);
}

// ---- Service ----------------------------------------------------------------------------------

void TestMembers::init()
{
    m_db = std::make_unique<Test::TestDatabase>();
    auto clock = std::make_unique<ManualClock>(kNow);
    m_clock = clock.get();
    m_services = Test::openMigrated(m_db->url(), std::move(clock));
    setupServices(*m_services);
    const auto add = [this](const QString &name, const QString &role, Role r) {
        return Principal::forOperator(Test::addOperator(*m_services, name, role, kPassword), name,
                                      r);
    };
    m_fiona = add(QStringLiteral("fiona"), QStringLiteral("finance"), Role::Finance);
    m_felix = add(QStringLiteral("felix"), QStringLiteral("finance"), Role::Finance);
    m_sam = add(QStringLiteral("sam"), QStringLiteral("support"), Role::Support);

    // Ten members, worked by hand (June 2025 is the last month due):
    //  id  standing   history          tenure  joined      kyc  queue  eligible
    //   1  good       M + 24 paid      24      2023-06-01  yes  1      yes (weight 5)
    //   2  good       M + 12 paid      12      2024-06-01  yes  2      yes (weight 3)
    //   3  good       M + 12 paid      12      2024-06-01  no   3      no: identity
    //  10  good       M + 9 paid        9      2024-09-01  yes  4      yes
    //   4  good       PPPPM + 8 late    8      2024-03-01  yes  5      yes (the miss reset it)
    //   5  good       M + 6 paid        6      2024-12-01  yes  6      yes (exactly the minimum)
    //   6  good       M + 5 paid        5      2025-01-01  yes  7      no: tenure 5 of 6
    //   7  late       M + 30 paid      30      2022-12-01  yes  8      no: standing
    //   8  suspended  M + 10 paid      10      2024-08-01  yes  9      no: standing
    //   9  left       M + 12 paid      12      2024-06-01  yes  -      no: left, not queued
    addMember(1, QStringLiteral("Ada Ames"), msAt(2023, 6, 1), QStringLiteral("good"), true,
              QString(25, QLatin1Char('P')).replace(0, 1, QStringLiteral("M")));
    addMember(2, QStringLiteral("Ben Brook"), msAt(2024, 6, 1), QStringLiteral("good"), true,
              QStringLiteral("M") + QString(12, QLatin1Char('P')));
    addMember(3, QStringLiteral("Cy Cole"), msAt(2024, 6, 1), QStringLiteral("good"), false,
              QStringLiteral("M") + QString(12, QLatin1Char('P')));
    addMember(4, QStringLiteral("Di Dunn"), msAt(2024, 3, 1), QStringLiteral("good"), true,
              QStringLiteral("PPPPM") + QString(8, QLatin1Char('L')));
    addMember(5, QStringLiteral("Ed Eve"), msAt(2024, 12, 1), QStringLiteral("good"), true,
              QStringLiteral("MPPPPPP"));
    addMember(6, QStringLiteral("Flo Fry"), msAt(2025, 1, 1), QStringLiteral("good"), true,
              QStringLiteral("MPPPPP"));
    addMember(7, QStringLiteral("Gus Gale"), msAt(2022, 12, 1), QStringLiteral("late"), true,
              QString(31, QLatin1Char('P')).replace(0, 1, QStringLiteral("M")));
    addMember(8, QStringLiteral("Hal Hope"), msAt(2024, 8, 1), QStringLiteral("suspended"), true,
              QString(11, QLatin1Char('P')).replace(0, 1, QStringLiteral("M")));
    addMember(9, QStringLiteral("Ivy Inch"), msAt(2024, 6, 1), QStringLiteral("left"), true,
              QStringLiteral("M") + QString(12, QLatin1Char('P')));
    addMember(10, QStringLiteral("Jo Jett"), msAt(2024, 9, 1), QStringLiteral("good"), true,
              QStringLiteral("M") + QString(9, QLatin1Char('P')));
    m_services->database().write([](QSqlDatabase &db) { recomputeMembers(db, kNow); });
}

void TestMembers::cleanup()
{
    m_services.reset();
    m_db.reset();
}

void TestMembers::addMember(qint64 id, const QString &name, qint64 joinedAt,
                            const QString &standing, bool kyc, const QString &history)
{
    m_services->database().write([&](QSqlDatabase &db) {
        const QString first = name.section(QLatin1Char(' '), 0, 0);
        const QString last = name.section(QLatin1Char(' '), 1, 1);
        Query(db,
              QStringLiteral("INSERT INTO users (id, email, first_name, last_name, name_key, "
                             "last_name_key, country, city, created_at, updated_at) VALUES "
                             "(?, ?, ?, ?, ?, ?, 'US', 'Austin', 0, 0)"),
              {id, QStringLiteral("%1@example.com").arg(first.toLower()), first, last,
               name.toLower(), last.toLower()});
        Query(db,
              QStringLiteral("INSERT INTO members (user_id, joined_at, standing, "
                             "monthly_fee_minor, currency, kyc_verified, updated_at) VALUES "
                             "(?, ?, ?, 4900, 'USD', ?, 0)"),
              {id, joinedAt, standing, kyc});
        // The history ends with June 2025, one month per letter.
        const QDate last_month(2025, 6, 1);
        Query payment(db);
        payment.prepare(QStringLiteral("INSERT INTO member_payments (user_id, period, due_at, "
                                       "paid_at, status, amount_minor, currency) VALUES (?, ?, ?, "
                                       "?, ?, 4900, 'USD')"));
        for (int i = 0; i < history.size(); ++i) {
            const QDate month = last_month.addMonths(-(int(history.size()) - 1 - i));
            const qint64 due = QDateTime(month, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
            const QChar c = history.at(i);
            payment.exec({id, month.toString(QStringLiteral("yyyy-MM")), due,
                          c == QLatin1Char('M')
                              ? QVariant(QMetaType::fromType<qint64>())
                              : QVariant(due + (c == QLatin1Char('L') ? 5 : 0) * kDay),
                          c == QLatin1Char('P')   ? QStringLiteral("paid")
                          : c == QLatin1Char('L') ? QStringLiteral("late")
                                                  : QStringLiteral("missed")});
        }
    });
}

CommandResult TestMembers::call(const Principal &as, const QString &command,
                                const QJsonObject &params)
{
    return m_services->bus().execute(as, command, params);
}

QJsonObject TestMembers::ok(const Principal &as, const QString &command, const QJsonObject &params)
{
    const CommandResult result = call(as, command, params);
    if (!result.ok())
        qWarning("%s failed: %s", qPrintable(command), qPrintable(result.message));
    return result.data.toObject();
}

qint64 TestMembers::count(const QString &sql)
{
    return Query::scalar(m_services->database().connection(), sql).toLongLong();
}

qint64 TestMembers::posted(const QString &account)
{
    const CommandResult result =
        call(m_fiona, QStringLiteral("finance.balance"), {{QStringLiteral("account"), account}});
    if (!result.ok())
        return -1;
    return result.data.toObject().value(QStringLiteral("posted_minor")).toInteger();
}

void TestMembers::listShowsTheQueueWithPositionsPagedByKey()
{
    // Tenure by hand: 1 → 24 (a miss, then 24 paid), 4 → 8 (four paid, a miss, eight late),
    // 10 → 9. Queue: good by tenure desc (1:24, 2:12 and 3:12 joined the same day → id, 10:9,
    // 4:8, 5:6, 6:5), then late 7, suspended 8; member 9 left and is not queued.
    const QJsonObject all = ok(m_sam, QStringLiteral("members.list"), {});
    const QJsonArray rows = all.value(QStringLiteral("rows")).toArray();
    QCOMPARE(userIds(rows), (QList<qint64>{1, 2, 3, 10, 4, 5, 6, 7, 8, 9}));
    QCOMPARE(userIds(rows, QStringLiteral("queue_position")),
             (QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9, 0}));
    QVERIFY(rows.at(9).toObject().value(QStringLiteral("queue_position")).isNull());
    const QJsonObject di = rows.at(4).toObject();
    QCOMPARE(di.value(QStringLiteral("tenure_months")).toInt(), 8);
    QCOMPARE(di.value(QStringLiteral("months_paid")).toInt(), 12);
    QCOMPARE(di.value(QStringLiteral("missed_payments")).toInt(), 1);
    QCOMPARE(rows.at(2).toObject().value(QStringLiteral("ineligible_reasons")).toArray(),
             QJsonArray{QStringLiteral("identity not verified")});

    // Paged by key, two at a time: the same members, the same positions.
    QList<qint64> paged, positions;
    qint64 after = 0;
    for (int page = 0; page < 10; ++page) {
        const QJsonObject result =
            ok(m_sam, QStringLiteral("members.list"),
               {{QStringLiteral("after"), after}, {QStringLiteral("limit"), 2}});
        const QJsonArray pageRows = result.value(QStringLiteral("rows")).toArray();
        paged << userIds(pageRows);
        positions << userIds(pageRows, QStringLiteral("queue_position"));
        after = result.value(QStringLiteral("next_after")).toInteger();
        if (!result.value(QStringLiteral("has_more")).toBool())
            break;
    }
    QCOMPARE(paged, (QList<qint64>{1, 2, 3, 10, 4, 5, 6, 7, 8, 9}));
    QCOMPARE(positions, (QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9, 0}));

    // Eligible only, paged: 1, 2, 10, 4, 5 keep their queue positions.
    const QJsonObject eligible =
        ok(m_sam, QStringLiteral("members.list"),
           {{QStringLiteral("eligible"), true}, {QStringLiteral("limit"), 3}});
    QCOMPARE(userIds(eligible.value(QStringLiteral("rows")).toArray()), (QList<qint64>{1, 2, 10}));
    const QJsonObject rest =
        ok(m_sam, QStringLiteral("members.list"),
           {{QStringLiteral("eligible"), true},
            {QStringLiteral("after"), eligible.value(QStringLiteral("next_after")).toInteger()}});
    QCOMPARE(userIds(rest.value(QStringLiteral("rows")).toArray()), (QList<qint64>{4, 5}));
    QCOMPARE(
        userIds(rest.value(QStringLiteral("rows")).toArray(), QStringLiteral("queue_position")),
        (QList<qint64>{5, 6}));

    // By standing: the late member is 8th in the whole queue.
    const QJsonObject late = ok(m_sam, QStringLiteral("members.list"),
                                {{QStringLiteral("standing"), QStringLiteral("late")}});
    QCOMPARE(
        userIds(late.value(QStringLiteral("rows")).toArray(), QStringLiteral("queue_position")),
        (QList<qint64>{8}));

    const QJsonObject member =
        ok(m_sam, QStringLiteral("members.get"), {{QStringLiteral("user_id"), 4}});
    QCOMPARE(member.value(QStringLiteral("queue_position")).toInt(), 5);
    QCOMPARE(member.value(QStringLiteral("payments")).toArray().size(), 13);
    QCOMPARE(call(m_sam, QStringLiteral("members.get"), {{QStringLiteral("user_id"), 99}}).code,
             ErrorCode::NotFound);
}

void TestMembers::draftFreezesRulesAndRecordsTheSeed()
{
    const QJsonObject draw = ok(m_fiona, QStringLiteral("members.draft_draw"),
                                {{QStringLiteral("period"), QStringLiteral("2025-06")},
                                 {QStringLiteral("pool_minor"), 100000},
                                 {QStringLiteral("currency"), QStringLiteral("USD")},
                                 {QStringLiteral("winners"), 2}});
    QCOMPARE(draw.value(QStringLiteral("state")).toString(), QStringLiteral("drafted"));
    QCOMPARE(draw.value(QStringLiteral("eligible_count")).toInt(), 5);
    QVERIFY(draw.value(QStringLiteral("seed_generated")).toBool());
    QCOMPARE(draw.value(QStringLiteral("seed")).toString().size(), 32);
    const qint64 id = draw.value(QStringLiteral("id")).toInteger();

    // Changing the settings afterwards does not change the draw's rules or its verification.
    m_services->database().write([](QSqlDatabase &db) {
        Query(db, QStringLiteral("UPDATE app_settings SET value = '1' WHERE key = "
                                 "'members.min_tenure_months'"));
    });
    const QJsonObject detail =
        ok(m_sam, QStringLiteral("members.draw"), {{QStringLiteral("id"), id}});
    QCOMPARE(detail.value(QStringLiteral("rules"))
                 .toObject()
                 .value(QStringLiteral("min_tenure_months"))
                 .toInt(),
             6);
    QCOMPARE(userIds(detail.value(QStringLiteral("entries")).toArray()).size(), 5);
    QCOMPARE(detail.value(QStringLiteral("entries"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("rank")),
             1);
    QVERIFY(ok(m_sam, QStringLiteral("members.verify_draw"), {{QStringLiteral("id"), id}})
                .value(QStringLiteral("matches"))
                .toBool());
    // The audit log recorded the seed.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE command = "
                                  "'members.draft_draw' AND after_json LIKE '%%1%'")
                       .arg(draw.value(QStringLiteral("seed")).toString())),
             1);
    // The drafter is told why they may not decide it.
    QVERIFY(!detail.value(QStringLiteral("may_decide")).toBool());
    const QJsonObject mine =
        ok(m_fiona, QStringLiteral("members.draw"), {{QStringLiteral("id"), id}});
    QCOMPARE(mine.value(QStringLiteral("decision_refusal")).toString(),
             QStringLiteral("fiona drafted draw %1; a different operator must approve or reject "
                            "it")
                 .arg(id));
    QVERIFY(ok(m_felix, QStringLiteral("members.draw"), {{QStringLiteral("id"), id}})
                .value(QStringLiteral("may_decide"))
                .toBool());
}

void TestMembers::draftsWithTheSameSeedPickTheSameWinners()
{
    const auto winnersOf = [this](const QString &period, const QString &seed) {
        const QJsonObject draw = ok(m_fiona, QStringLiteral("members.draft_draw"),
                                    {{QStringLiteral("period"), period},
                                     {QStringLiteral("pool_minor"), 90000},
                                     {QStringLiteral("currency"), QStringLiteral("USD")},
                                     {QStringLiteral("winners"), 2},
                                     {QStringLiteral("seed"), seed}});
        const qint64 id = draw.value(QStringLiteral("id")).toInteger();
        const QJsonObject detail =
            ok(m_sam, QStringLiteral("members.draw"),
               {{QStringLiteral("id"), id}, {QStringLiteral("winners_only"), true}});
        return std::make_pair(id, userIds(detail.value(QStringLiteral("entries")).toArray()));
    };
    const auto [first, winners] = winnersOf(QStringLiteral("2025-05"), QStringLiteral("alpha"));
    QCOMPARE(winners.size(), 2);
    // Rejected, then drafted again for the same month with the same seed: the same winners.
    QVERIFY(call(m_felix, QStringLiteral("members.reject_draw"),
                 {{QStringLiteral("id"), first},
                  {QStringLiteral("version"), 1},
                  {QStringLiteral("reason"), QStringLiteral("pool typo")}})
                .ok());
    const auto [second, again] = winnersOf(QStringLiteral("2025-05"), QStringLiteral("alpha"));
    QVERIFY(second != first);
    QCOMPARE(again, winners);
    // Hand check against the pure rule: the lowest SHA-256 scores among the eligible five.
    QList<DrawCandidate> candidates = {{1, 1, 24}, {2, 2, 12}, {10, 4, 9}, {4, 5, 8}, {5, 6, 6}};
    QList<qint64> expected;
    for (const DrawEntry &entry :
         computeDraw(QStringLiteral("alpha"), candidates, DrawRules(), 2, 90000))
        if (entry.won)
            expected << entry.userId;
    QCOMPARE(winners, expected);
}

void TestMembers::makerCannotApproveOwnDraw()
{
    const qint64 id = ok(m_fiona, QStringLiteral("members.draft_draw"),
                         {{QStringLiteral("period"), QStringLiteral("2025-06")},
                          {QStringLiteral("pool_minor"), 1000},
                          {QStringLiteral("currency"), QStringLiteral("USD")},
                          {QStringLiteral("winners"), 1}})
                          .value(QStringLiteral("id"))
                          .toInteger();
    for (const QString &command :
         {QStringLiteral("members.approve_draw"), QStringLiteral("members.reject_draw")}) {
        const CommandResult own = call(m_fiona, command,
                                       {{QStringLiteral("id"), id},
                                        {QStringLiteral("version"), 1},
                                        {QStringLiteral("reason"), QStringLiteral("mine")}});
        QCOMPARE(own.code, ErrorCode::PermissionDenied);
        QVERIFY2(own.message.contains(QStringLiteral("a different operator")),
                 qPrintable(own.message));
    }
    // Support may look, not decide.
    QCOMPARE(call(m_sam, QStringLiteral("members.approve_draw"),
                  {{QStringLiteral("id"), id}, {QStringLiteral("version"), 1}})
                 .code,
             ErrorCode::PermissionDenied);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ledger_transactions")), 0);
    QCOMPARE(count(QStringLiteral("SELECT version FROM member_draws")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE command LIKE "
                                  "'members.%_draw' AND command <> 'members.draft_draw'")),
             0);
}

void TestMembers::approvalPostsExactlyTheAwards()
{
    const QJsonObject draw = ok(m_fiona, QStringLiteral("members.draft_draw"),
                                {{QStringLiteral("period"), QStringLiteral("2025-06")},
                                 {QStringLiteral("pool_minor"), 100001},
                                 {QStringLiteral("currency"), QStringLiteral("USD")},
                                 {QStringLiteral("winners"), 3},
                                 {QStringLiteral("seed"), QStringLiteral("june")}});
    const qint64 id = draw.value(QStringLiteral("id")).toInteger();
    const QJsonObject approved = ok(m_felix, QStringLiteral("members.approve_draw"),
                                    {{QStringLiteral("id"), id}, {QStringLiteral("version"), 1}});
    QCOMPARE(approved.value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
    QCOMPARE(approved.value(QStringLiteral("decided_by")).toString(), QStringLiteral("felix"));
    const QJsonArray awards = approved.value(QStringLiteral("awards")).toArray();
    QCOMPARE(awards.size(), 3);

    // One ledger transaction per winner; each winner's payable holds their award; the awards sum
    // to the pool (33334 + 33334 + 33333 = 100001) and the rewards expense equals it.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ledger_transactions")), 3);
    qint64 total = 0;
    QList<qint64> amounts;
    for (const QJsonValue &award : awards) {
        const qint64 user = award.toObject().value(QStringLiteral("user_id")).toInteger();
        const qint64 amount = award.toObject().value(QStringLiteral("amount_minor")).toInteger();
        QCOMPARE(posted(QStringLiteral("member_payable/%1/USD").arg(user)), amount);
        amounts << amount;
        total += amount;
        QCOMPARE(
            count(QStringLiteral("SELECT awards_count FROM members WHERE user_id = %1").arg(user)),
            1);
    }
    QCOMPARE(amounts, (QList<qint64>{33334, 33334, 33333}));
    QCOMPARE(total, 100001);
    QCOMPARE(posted(QStringLiteral("member_rewards/USD")), 100001);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ledger_transactions WHERE "
                                  "idempotency_key LIKE 'member_award:%1:%'")
                       .arg(id)),
             3);
    // Debits equal credits.
    QCOMPARE(count(QStringLiteral("SELECT sum(CASE WHEN direction = 'debit' THEN amount_minor "
                                  "ELSE -amount_minor END) FROM ledger_entries")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE event_type = "
                                  "'members:draw_approved'")),
             1);

    // The winners now wait out the cooldown: the next draw cannot pick them.
    const QJsonObject list =
        ok(m_sam, QStringLiteral("members.list"), {{QStringLiteral("eligible"), true}});
    QCOMPARE(userIds(list.value(QStringLiteral("rows")).toArray()).size(), 2);
}

void TestMembers::approvingTwiceOrAStaleVersionChangesNothing()
{
    const qint64 id = ok(m_fiona, QStringLiteral("members.draft_draw"),
                         {{QStringLiteral("period"), QStringLiteral("2025-06")},
                          {QStringLiteral("pool_minor"), 5000},
                          {QStringLiteral("currency"), QStringLiteral("USD")},
                          {QStringLiteral("winners"), 2}})
                          .value(QStringLiteral("id"))
                          .toInteger();
    const CommandResult stale = call(m_felix, QStringLiteral("members.approve_draw"),
                                     {{QStringLiteral("id"), id}, {QStringLiteral("version"), 7}});
    QCOMPARE(stale.code, ErrorCode::Conflict);
    QVERIFY2(stale.message.contains(QStringLiteral("already changed by fiona")),
             qPrintable(stale.message));
    QVERIFY(call(m_felix, QStringLiteral("members.approve_draw"),
                 {{QStringLiteral("id"), id}, {QStringLiteral("version"), 1}})
                .ok());
    const qint64 transactions = count(QStringLiteral("SELECT count(*) FROM ledger_transactions"));
    QCOMPARE(transactions, 2);
    // Again on the old version, on the new one, and a rejection afterwards: all refused.
    QCOMPARE(call(m_felix, QStringLiteral("members.approve_draw"),
                  {{QStringLiteral("id"), id}, {QStringLiteral("version"), 1}})
                 .code,
             ErrorCode::Conflict);
    const CommandResult twice = call(m_felix, QStringLiteral("members.approve_draw"),
                                     {{QStringLiteral("id"), id}, {QStringLiteral("version"), 2}});
    QCOMPARE(twice.code, ErrorCode::Conflict);
    QVERIFY2(twice.message.contains(QStringLiteral("already approved by felix")),
             qPrintable(twice.message));
    QCOMPARE(call(m_felix, QStringLiteral("members.reject_draw"),
                  {{QStringLiteral("id"), id},
                   {QStringLiteral("version"), 2},
                   {QStringLiteral("reason"), QStringLiteral("late doubts")}})
                 .code,
             ErrorCode::Conflict);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ledger_transactions")), transactions);
    QCOMPARE(count(QStringLiteral("SELECT version FROM member_draws")), 2);
    QCOMPARE(count(QStringLiteral("SELECT sum(awards_count) FROM members")), 2);
}

void TestMembers::rejectionNeedsAReasonAndPostsNothing()
{
    const qint64 id = ok(m_fiona, QStringLiteral("members.draft_draw"),
                         {{QStringLiteral("period"), QStringLiteral("2025-06")},
                          {QStringLiteral("pool_minor"), 5000},
                          {QStringLiteral("currency"), QStringLiteral("USD")},
                          {QStringLiteral("winners"), 1}})
                          .value(QStringLiteral("id"))
                          .toInteger();
    QCOMPARE(call(m_felix, QStringLiteral("members.reject_draw"),
                  {{QStringLiteral("id"), id}, {QStringLiteral("version"), 1}})
                 .code,
             ErrorCode::BadInput);
    const QJsonObject rejected = ok(m_felix, QStringLiteral("members.reject_draw"),
                                    {{QStringLiteral("id"), id},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("reason"), QStringLiteral("wrong pool")}});
    QCOMPARE(rejected.value(QStringLiteral("state")).toString(), QStringLiteral("rejected"));
    QCOMPARE(rejected.value(QStringLiteral("decision_reason")).toString(),
             QStringLiteral("wrong pool"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ledger_transactions")), 0);
    QCOMPARE(count(QStringLiteral("SELECT sum(awards_count) FROM members")), 0);
    // The month is free for a new draft.
    QVERIFY(call(m_fiona, QStringLiteral("members.draft_draw"),
                 {{QStringLiteral("period"), QStringLiteral("2025-06")},
                  {QStringLiteral("pool_minor"), 4000},
                  {QStringLiteral("currency"), QStringLiteral("USD")},
                  {QStringLiteral("winners"), 1}})
                .ok());
}

void TestMembers::verifyDetectsATamperedEntry()
{
    const qint64 id = ok(m_fiona, QStringLiteral("members.draft_draw"),
                         {{QStringLiteral("period"), QStringLiteral("2025-06")},
                          {QStringLiteral("pool_minor"), 5000},
                          {QStringLiteral("currency"), QStringLiteral("USD")},
                          {QStringLiteral("winners"), 1},
                          {QStringLiteral("seed"), QStringLiteral("fair")}})
                          .value(QStringLiteral("id"))
                          .toInteger();
    QVERIFY(ok(m_sam, QStringLiteral("members.verify_draw"), {{QStringLiteral("id"), id}})
                .value(QStringLiteral("matches"))
                .toBool());
    // Someone moves the award from rank 1 to rank 2 behind the console's back.
    m_services->database().write([id](QSqlDatabase &db) {
        Query(db,
              QStringLiteral("UPDATE member_draw_entries SET won = NOT won, award_minor = 5000 - "
                             "award_minor WHERE draw_id = ? AND draw_rank IN (1, 2)"),
              {id});
    });
    const QJsonObject check =
        ok(m_sam, QStringLiteral("members.verify_draw"), {{QStringLiteral("id"), id}});
    QVERIFY(!check.value(QStringLiteral("matches")).toBool());
    const QString first = check.value(QStringLiteral("mismatches")).toArray().first().toString();
    QVERIFY2(first.contains(QStringLiteral("won is")), qPrintable(first));
    // A tampered draw is not approved and nothing is posted.
    const CommandResult approve =
        call(m_felix, QStringLiteral("members.approve_draw"),
             {{QStringLiteral("id"), id}, {QStringLiteral("version"), 1}});
    QCOMPARE(approve.code, ErrorCode::Conflict);
    QVERIFY2(approve.message.contains(QStringLiteral("does not verify")),
             qPrintable(approve.message));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ledger_transactions")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM member_draws WHERE state = 'drafted'")), 1);

    // Editing the tenure (and so the weight) of an entry is caught by the digest.
    m_services->database().write([id](QSqlDatabase &db) {
        Query(db,
              QStringLiteral("UPDATE member_draw_entries SET won = NOT won, award_minor = 5000 - "
                             "award_minor WHERE draw_id = ? AND draw_rank IN (1, 2)"),
              {id});
        Query(db,
              QStringLiteral("UPDATE member_draw_entries SET tenure_months = tenure_months + 1 "
                             "WHERE draw_id = ? AND draw_rank = 3"),
              {id});
    });
    QVERIFY(!ok(m_sam, QStringLiteral("members.verify_draw"), {{QStringLiteral("id"), id}})
                 .value(QStringLiteral("matches"))
                 .toBool());
}

void TestMembers::badInputIsRefusedAndChangesNothing()
{
    const auto draft = [this](const QJsonObject &params) {
        QJsonObject full{{QStringLiteral("period"), QStringLiteral("2025-06")},
                         {QStringLiteral("pool_minor"), 5000},
                         {QStringLiteral("currency"), QStringLiteral("USD")},
                         {QStringLiteral("winners"), 2}};
        for (auto it = params.begin(); it != params.end(); ++it)
            full.insert(it.key(), it.value());
        return call(m_fiona, QStringLiteral("members.draft_draw"), full);
    };
    QCOMPARE(draft({{QStringLiteral("period"), QStringLiteral("2025-13")}}).code,
             ErrorCode::BadInput);
    QCOMPARE(draft({{QStringLiteral("pool_minor"), 0}}).code, ErrorCode::BadInput);
    QCOMPARE(draft({{QStringLiteral("pool_minor"), -5}}).code, ErrorCode::BadInput);
    QCOMPARE(draft({{QStringLiteral("currency"), QStringLiteral("XXX")}}).code,
             ErrorCode::BadInput);
    const CommandResult tooMany = draft({{QStringLiteral("winners"), 6}});
    QCOMPARE(tooMany.code, ErrorCode::BadInput);
    QCOMPARE(tooMany.message,
             QStringLiteral("only 5 members are eligible; a draw of 6 winners needs at least 6"));
    QCOMPARE(draft({{QStringLiteral("pool_minor"), 1}}).code, ErrorCode::BadInput);
    QCOMPARE(call(m_sam, QStringLiteral("members.draft_draw"),
                  {{QStringLiteral("period"), QStringLiteral("2025-06")},
                   {QStringLiteral("pool_minor"), 5000},
                   {QStringLiteral("currency"), QStringLiteral("USD")},
                   {QStringLiteral("winners"), 2}})
                 .code,
             ErrorCode::PermissionDenied);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM member_draws")), 0);
    QVERIFY(draft({}).ok());
    const CommandResult again = draft({});
    QCOMPARE(again.code, ErrorCode::Conflict);
    QVERIFY2(again.message.contains(QStringLiteral("period 2025-06 already has draw")),
             qPrintable(again.message));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM member_draws")), 1);
    QCOMPARE(call(m_sam, QStringLiteral("members.draw"), {{QStringLiteral("id"), 42}}).code,
             ErrorCode::NotFound);
    QCOMPARE(call(m_sam, QStringLiteral("members.list"),
                  {{QStringLiteral("standing"), QStringLiteral("great")}})
                 .code,
             ErrorCode::BadInput);
}

QTEST_GUILESS_MAIN(TestMembers)
#include "tst_members.moc"
