#include "moderationpriority.h"

#include "query.h"
#include "servicelayer.h"
#include "stewardservices.h"
#include "testdatabase.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QTest>

using namespace Steward;

namespace {

constexpr qint64 kStart = 1'750'000'000'000; // 2025-06-15
constexpr qint64 kMinute = 60'000;
constexpr qint64 kDay = 24 * 60 * kMinute;

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QString iso(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

class TestModerationService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void priorityFollowsSeverityThenReportsThenAccuracy_data();
    void priorityFollowsSeverityThenReportsThenAccuracy();
    void filingComputesPriorityAndCountsRepeatsOnTheOpenReport();
    void reporterAccuracyComesFromPastDecisions();
    void badReportsChangeNothing_data();
    void badReportsChangeNothing();

    void queuesCountItemsAndTheOldest();
    void queueCountsStopAtTenThousand();
    void listPagesByPriorityWithoutGapsOrRepeats();
    void listFiltersInSql_data();
    void listFiltersInSql();
    void resolvedQueueShowsNewestDecisionsFirst();
    void badListRequestsAreRefused_data();
    void badListRequestsAreRefused();

    void claimLeasesAndExpires();
    void releaseAndAssign();
    void badLeaseRequestsChangeNothing_data();
    void badLeaseRequestsChangeNothing();

    void decisionsChangeReportUserAndStrikes_data();
    void decisionsChangeReportUserAndStrikes();
    void badDecisionsChangeNothing_data();
    void badDecisionsChangeNothing();
    void staleDecisionNamesWhoDecidedAndWhen();
    void decisionOnALeasedReportNamesTheHolder();
    void duplicatesFollowTheirReport();

    void ladderEscalatesAsActiveStrikesAddUp();
    void expiredStrikesNoLongerCount();
    void ladderAndPoliciesAreEditedByAdminsOnly();
    void badLadderAndPolicyEditsChangeNothing_data();
    void badLadderAndPolicyEditsChangeNothing();

    void appealByTheDecidingModeratorIsRefused();
    void overturnedAppealRevokesStrikeAndReinstates();
    void appealsQueueListsOpenAppealsOldestFirst();
    void badAppealFilingsChangeNothing_data();
    void badAppealFilingsChangeNothing();

    void bulkDecideCommitsEachGoodItemAndReportsTheRest();
    void badBulkRequestsChangeNothing_data();
    void badBulkRequestsChangeNothing();

    void timelineMergesEveryKindNewestFirst();
    void getShowsDecisionsRelatedReportsAndSubject();
    void preferencesArePerOperator();
    void supportSeesTheTimelineButNotTheQueues();

private:
    CommandResult call(const QString &command, const QJsonObject &params, const Principal &as);
    QJsonObject ok(const QString &command, const QJsonObject &params, const Principal &as);
    qint64 file(const QJsonObject &params);
    qint64 fileSimple(qint64 subject, const QString &reason, qint64 contentId = 0);
    qint64 version(qint64 reportId);
    QJsonObject report(qint64 id);
    QString userStatus(qint64 id);
    qint64 scalar(const QString &sql, const QVariantList &values = {});
    /** Everything a moderation command may change, to prove a refused one changed nothing. */
    QString snapshot();
    QList<qint64> listIds(const QJsonObject &params, int pageSize);

    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<ServiceLayer> m_services;
    ManualClock *m_clock = nullptr;
    Principal m_system = Principal::system(QStringLiteral("test"));
    Principal m_mia;  // moderator
    Principal m_max;  // moderator
    Principal m_root; // admin
    Principal m_sam;  // support
};

void TestModerationService::init()
{
    m_db = std::make_unique<Test::TestDatabase>();
    auto clock = std::make_unique<ManualClock>(kStart);
    m_clock = clock.get();
    m_services = Test::openMigrated(m_db->url(), std::move(clock));
    setupServices(*m_services);
    const auto addOperator = [this](const char *username, const char *display, const char *role) {
        return m_services->database().write([&](QSqlDatabase &db) {
            Query insert(db,
                         QStringLiteral("INSERT INTO operators (username, display_name, role, "
                                        "password_hash, created_at, updated_at) "
                                        "VALUES (?, ?, ?, 'unused', 0, 0) RETURNING id"),
                         {QLatin1String(username), QLatin1String(display), QLatin1String(role)});
            insert.next();
            return insert.value(0).toLongLong();
        });
    };
    m_mia = Principal::forOperator(addOperator("mia", "Mia Moderator", "moderator"),
                                   QStringLiteral("mia"), Role::Moderator);
    m_max = Principal::forOperator(addOperator("max", "Max Moderator", "moderator"),
                                   QStringLiteral("max"), Role::Moderator);
    m_root = Principal::forOperator(addOperator("root", "Root Admin", "admin"),
                                    QStringLiteral("root"), Role::Admin);
    m_sam = Principal::forOperator(addOperator("sam", "Sam Support", "support"),
                                   QStringLiteral("sam"), Role::Support);
    m_services->database().write([](QSqlDatabase &db) {
        const char *people[][3] = {
            {"Ana", "Silva", "ana@example.com"}, {"Bruno", "Anand", "bruno@example.net"},
            {"Chen", "Wei", "chen@example.com"}, {"Dara", "Okafor", "dara@example.org"},
            {"Emil", "Berg", "emil@example.se"}, {"Fay", "Moss", "fay@example.com"}};
        qint64 id = 1;
        for (const auto &person : people) {
            const QString first = QLatin1String(person[0]);
            const QString last = QLatin1String(person[1]);
            Query(db,
                  QStringLiteral("INSERT INTO users (id, email, first_name, last_name, name_key, "
                                 "last_name_key, country, city, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, 'DE', 'Berlin', 0, 0)"),
                  {id, QLatin1String(person[2]), first, last,
                   (first + QLatin1Char(' ') + last).toLower(), last.toLower()});
            Query(db,
                  QStringLiteral("INSERT INTO user_roles (user_id, role, status, since_at) "
                                 "VALUES (?, 'dater', 'active', 0)"),
                  {id});
            ++id;
        }
    });
    m_services->database().dialect().resetIdentity(m_services->database().connection(),
                                                   QStringLiteral("users"));
}

void TestModerationService::cleanup()
{
    m_services.reset();
    m_db.reset();
}

CommandResult TestModerationService::call(const QString &command, const QJsonObject &params,
                                          const Principal &as)
{
    return m_services->bus().execute(as, command, params);
}

QJsonObject TestModerationService::ok(const QString &command, const QJsonObject &params,
                                      const Principal &as)
{
    const CommandResult result = call(command, params, as);
    if (!result.ok())
        qWarning("%s failed: %s", qPrintable(command), qPrintable(result.message));
    return result.data.toObject();
}

qint64 TestModerationService::file(const QJsonObject &params)
{
    const CommandResult result = call(QStringLiteral("moderation.report"), params, m_system);
    if (!result.ok())
        qWarning("filing failed: %s", qPrintable(result.message));
    return result.data.toObject()
        .value(QStringLiteral("report"))
        .toObject()
        .value(QStringLiteral("id"))
        .toInteger();
}

qint64 TestModerationService::fileSimple(qint64 subject, const QString &reason, qint64 contentId)
{
    QJsonObject params{{QStringLiteral("subject_user_id"), subject},
                       {QStringLiteral("content_type"), QStringLiteral("message")},
                       {QStringLiteral("source"), QStringLiteral("user_report")},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("excerpt"), QStringLiteral("an offending message")}};
    if (contentId > 0)
        params.insert(QStringLiteral("content_id"), contentId);
    return file(params);
}

qint64 TestModerationService::version(qint64 reportId)
{
    return scalar(QStringLiteral("SELECT version FROM moderation_reports WHERE id = ?"),
                  {reportId});
}

QJsonObject TestModerationService::report(qint64 id)
{
    return ok(QStringLiteral("moderation.get"), {{QStringLiteral("id"), id}}, m_mia)
        .value(QStringLiteral("report"))
        .toObject();
}

QString TestModerationService::userStatus(qint64 id)
{
    return Query::scalar(m_services->database().connection(),
                         QStringLiteral("SELECT status FROM users WHERE id = ?"), {id})
        .toString();
}

qint64 TestModerationService::scalar(const QString &sql, const QVariantList &values)
{
    return Query::scalar(m_services->database().connection(), sql, values).toLongLong();
}

QString TestModerationService::snapshot()
{
    QStringList lines;
    const auto dump = [&](const QString &sql) {
        Query rows(m_services->database().connection(), sql);
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < rows.raw().record().count(); ++i)
                values << rows.value(i).toString();
            lines << values.join(QLatin1Char('|'));
        }
        lines << QStringLiteral("--");
    };
    dump(QStringLiteral("SELECT id, queue, status, version, claimed_by, lease_until, "
                        "report_count, priority, severity, resolved_at FROM moderation_reports "
                        "ORDER BY id"));
    dump(QStringLiteral("SELECT id, status, status_reason, suspended_until, version FROM users "
                        "ORDER BY id"));
    dump(QStringLiteral("SELECT id, report_id, action FROM moderation_decisions ORDER BY id"));
    dump(QStringLiteral("SELECT id, revoked_at FROM strikes ORDER BY id"));
    dump(QStringLiteral("SELECT id, status, version FROM appeals ORDER BY id"));
    dump(QStringLiteral("SELECT code, title, strike_weight, is_active, version FROM "
                        "policy_reasons ORDER BY code"));
    dump(QStringLiteral("SELECT key, value, version FROM app_settings ORDER BY key"));
    dump(QStringLiteral("SELECT count(*) FROM audit_log"));
    dump(QStringLiteral("SELECT count(*) FROM outbox"));
    dump(QStringLiteral("SELECT operator_id, blur_images, version FROM moderation_preferences"));
    return lines.join(QLatin1Char('\n'));
}

QList<qint64> TestModerationService::listIds(const QJsonObject &params, int pageSize)
{
    QList<qint64> ids;
    QJsonObject request = params;
    request.insert(QStringLiteral("limit"), pageSize);
    for (int guard = 0; guard < 100; ++guard) {
        const CommandResult result = call(QStringLiteral("moderation.list"), request, m_mia);
        if (!result.ok()) {
            qWarning("list failed: %s", qPrintable(result.message));
            return {};
        }
        const QJsonObject page = result.data.toObject();
        for (const QJsonValue &row : page.value(QStringLiteral("rows")).toArray())
            ids << row.toObject().value(QStringLiteral("id")).toInteger();
        if (!page.value(QStringLiteral("has_more")).toBool())
            break;
        request.insert(QStringLiteral("after"), page.value(QStringLiteral("next")));
    }
    return ids;
}

// ---------------------------------------------------------------------------------------------
// Priority and filing

void TestModerationService::priorityFollowsSeverityThenReportsThenAccuracy_data()
{
    QTest::addColumn<QString>("higherSeverity");
    QTest::addColumn<int>("higherCount");
    QTest::addColumn<int>("higherAccuracy");
    QTest::addColumn<QString>("lowerSeverity");
    QTest::addColumn<int>("lowerCount");
    QTest::addColumn<int>("lowerAccuracy");
    QTest::newRow("critical beats a crowd of low") << "critical" << 1 << 0 << "low" << 50 << 1000;
    QTest::newRow("high beats medium") << "high" << 1 << 0 << "medium" << 10 << 1000;
    QTest::newRow("more reports first") << "medium" << 3 << 500 << "medium" << 2 << 500;
    QTest::newRow("better reporter first") << "low" << 1 << 900 << "low" << 1 << 300;
    QTest::newRow("reports weigh more than a little accuracy")
        << "low" << 2 << 500 << "low" << 1 << 600;
}

void TestModerationService::priorityFollowsSeverityThenReportsThenAccuracy()
{
    QFETCH(QString, higherSeverity);
    QFETCH(int, higherCount);
    QFETCH(int, higherAccuracy);
    QFETCH(QString, lowerSeverity);
    QFETCH(int, lowerCount);
    QFETCH(int, lowerAccuracy);
    QVERIFY(Moderation::reportPriority(higherSeverity, higherCount, higherAccuracy) >
            Moderation::reportPriority(lowerSeverity, lowerCount, lowerAccuracy));
    QCOMPARE(Moderation::reportPriority(u"high", 1, 500), 3000 + 50 + 200);
}

void TestModerationService::filingComputesPriorityAndCountsRepeatsOnTheOpenReport()
{
    const qint64 first = file(json(R"({"subject_user_id": 1, "content_type": "photo",
        "content_id": 77, "source": "user_report", "reason": "nudity", "reporter_user_id": 2})"));
    QVERIFY(first > 0);
    QJsonObject row = report(first);
    QCOMPARE(row.value(QStringLiteral("severity")).toString(), QStringLiteral("high"));
    QCOMPARE(row.value(QStringLiteral("report_count")).toInt(), 1);
    QCOMPARE(row.value(QStringLiteral("reporter_accuracy")).toInt(), 500);
    QCOMPARE(row.value(QStringLiteral("priority")).toInt(),
             Moderation::reportPriority(u"high", 1, 500));
    QCOMPARE(row.value(QStringLiteral("queue")).toString(), QStringLiteral("unreviewed"));
    const qint64 versionBefore = version(first);

    // A second reporter on the same photo: counted on the open report, which moves up.
    const CommandResult second = call(QStringLiteral("moderation.report"), json(R"({
        "subject_user_id": 1, "content_type": "photo", "content_id": 77, "source": "automated",
        "reason": "nudity", "severity": "critical", "ai_score": 950, "ai_source": "detector"})"),
                                      m_system);
    QVERIFY2(second.ok(), qPrintable(second.message));
    QVERIFY(second.data[QStringLiteral("merged")].toBool());
    QCOMPARE(second.data[QStringLiteral("primary")][QStringLiteral("id")].toInteger(), first);
    QCOMPARE(second.data[QStringLiteral("report")][QStringLiteral("queue")].toString(),
             QStringLiteral("duplicate"));
    row = report(first);
    QCOMPARE(row.value(QStringLiteral("report_count")).toInt(), 2);
    QCOMPARE(row.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
    QCOMPARE(row.value(QStringLiteral("reporter_accuracy")).toInt(), 950);
    QCOMPARE(row.value(QStringLiteral("priority")).toInt(),
             Moderation::reportPriority(u"critical", 2, 950));
    // A decision in progress on the first report stays valid.
    QCOMPARE(version(first), versionBefore);

    // The same reporter again adds nothing; a third person does.
    fileSimple(1, QStringLiteral("nudity"), 0);
    file(json(R"({"subject_user_id": 1, "content_type": "photo", "content_id": 77,
        "source": "user_report", "reason": "nudity", "reporter_user_id": 2})"));
    QCOMPARE(report(first).value(QStringLiteral("report_count")).toInt(), 2);
    file(json(R"({"subject_user_id": 1, "content_type": "photo", "content_id": 77,
        "source": "user_report", "reason": "nudity", "reporter_user_id": 3})"));
    QCOMPARE(report(first).value(QStringLiteral("report_count")).toInt(), 3);

    // The duplicates are not items of their own in the queue.
    const QList<qint64> queue =
        listIds({{QStringLiteral("queue"), QStringLiteral("unreviewed")}}, 50);
    QCOMPARE(queue.count(first), 1);
    QCOMPARE(queue.size(), 2); // the photo report and the unrelated message report
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM moderation_reports WHERE duplicate_of = ?"),
               {first}),
        3);
}

void TestModerationService::reporterAccuracyComesFromPastDecisions()
{
    // Reporter 2: three reports acted on, one dismissed -> (3 + 1) / (4 + 2).
    for (int i = 0; i < 4; ++i) {
        const qint64 id =
            file(QJsonObject{{QStringLiteral("subject_user_id"), 1},
                             {QStringLiteral("content_type"), QStringLiteral("review")},
                             {QStringLiteral("source"), QStringLiteral("user_report")},
                             {QStringLiteral("reason"), QStringLiteral("spam")},
                             {QStringLiteral("reporter_user_id"), 2}});
        ok(QStringLiteral("moderation.decide"),
           {{QStringLiteral("id"), id},
            {QStringLiteral("version"), version(id)},
            {QStringLiteral("action"),
             i == 0 ? QStringLiteral("dismiss") : QStringLiteral("remove_content")},
            {QStringLiteral("reason"), QStringLiteral("spam")}},
           m_mia);
    }
    const qint64 next = file(json(R"({"subject_user_id": 3, "content_type": "review",
        "source": "user_report", "reason": "spam", "reporter_user_id": 2})"));
    QCOMPARE(report(next).value(QStringLiteral("reporter_accuracy")).toInt(), 4 * 1000 / 6);
}

void TestModerationService::badReportsChangeNothing_data()
{
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const int bad = int(ErrorCode::BadInput);
    QTest::newRow("unknown subject")
        << QByteArray(R"({"subject_user_id": 99, "content_type": "photo", "source": "user_report",
            "reason": "spam"})")
        << int(ErrorCode::NotFound) << "user 99 does not exist";
    QTest::newRow("unknown content type")
        << QByteArray(R"({"subject_user_id": 1, "content_type": "poem", "source": "user_report",
            "reason": "spam"})")
        << bad << "unknown content_type 'poem'";
    QTest::newRow("unknown reason")
        << QByteArray(R"({"subject_user_id": 1, "content_type": "photo", "source": "user_report",
            "reason": "rudeness"})")
        << bad << "unknown reason 'rudeness'";
    QTest::newRow("missing reason")
        << QByteArray(R"({"subject_user_id": 1, "content_type": "photo", "source": "user_report"})")
        << bad << "parameter 'reason' is required";
    QTest::newRow("ai score out of range")
        << QByteArray(R"({"subject_user_id": 1, "content_type": "photo", "source": "automated",
            "reason": "ai_generated", "ai_score": 1001})")
        << bad << "ai_score is from 0 to 1000";
    QTest::newRow("automated flag with a reporter")
        << QByteArray(R"({"subject_user_id": 1, "content_type": "photo", "source": "automated",
            "reason": "ai_generated", "reporter_user_id": 2})")
        << bad << "no reporting user";
    QTest::newRow("self report")
        << QByteArray(R"({"subject_user_id": 1, "content_type": "photo", "source": "user_report",
            "reason": "spam", "reporter_user_id": 1})")
        << bad << "cannot report themselves";
    QTest::newRow("unknown severity")
        << QByteArray(R"({"subject_user_id": 1, "content_type": "photo", "source": "user_report",
            "reason": "spam", "severity": "dire"})")
        << bad << "unknown severity 'dire'";
}

void TestModerationService::badReportsChangeNothing()
{
    QFETCH(QByteArray, params);
    QFETCH(int, code);
    QFETCH(QString, message);
    fileSimple(2, QStringLiteral("spam"), 5);
    const QString before = snapshot();
    const CommandResult result =
        call(QStringLiteral("moderation.report"), QJsonDocument::fromJson(params).object(), m_sam);
    QCOMPARE(int(result.code), code);
    QVERIFY2(result.message.contains(message), qPrintable(result.message));
    QCOMPARE(snapshot(), before);
}

// ---------------------------------------------------------------------------------------------
// Queues and lists

void TestModerationService::queuesCountItemsAndTheOldest()
{
    const qint64 a = fileSimple(1, QStringLiteral("spam"));
    m_clock->advance(kMinute);
    const qint64 b = fileSimple(2, QStringLiteral("harassment"));
    m_clock->advance(kMinute);
    const qint64 c = fileSimple(3, QStringLiteral("scam"));
    ok(QStringLiteral("moderation.decide"),
       {{QStringLiteral("id"), a},
        {QStringLiteral("version"), version(a)},
        {QStringLiteral("action"), QStringLiteral("escalate")}},
       m_mia);
    ok(QStringLiteral("moderation.claim"),
       {{QStringLiteral("id"), c}, {QStringLiteral("version"), version(c)}}, m_mia);
    ok(QStringLiteral("moderation.decide"),
       {{QStringLiteral("id"), b},
        {QStringLiteral("version"), version(b)},
        {QStringLiteral("action"), QStringLiteral("dismiss")}},
       m_max);

    QHash<QString, QPair<qint64, QJsonValue>> queues;
    const QJsonObject result = ok(QStringLiteral("moderation.queues"), {}, m_mia);
    for (const QJsonValue &queue : result.value(QStringLiteral("queues")).toArray())
        queues.insert(
            queue[QStringLiteral("queue")].toString(),
            {queue[QStringLiteral("count")].toInteger(), queue[QStringLiteral("oldest_at")]});
    QCOMPARE(queues.size(), 5);
    QCOMPARE(queues.value(QStringLiteral("unreviewed")).first, 1);
    QCOMPARE(queues.value(QStringLiteral("unreviewed")).second.toInteger(), kStart + 2 * kMinute);
    QCOMPARE(queues.value(QStringLiteral("escalated")).first, 1);
    QCOMPARE(queues.value(QStringLiteral("escalated")).second.toInteger(), kStart);
    QCOMPARE(queues.value(QStringLiteral("resolved")).first, 1);
    QCOMPARE(queues.value(QStringLiteral("mine")).first, 1);
    QCOMPARE(queues.value(QStringLiteral("appeals")).first, 0);
    QVERIFY(queues.value(QStringLiteral("appeals")).second.isNull());

    // Max holds nothing: mine is per operator.
    const QJsonObject forMax = ok(QStringLiteral("moderation.queues"), {}, m_max);
    QCOMPARE(forMax[QStringLiteral("queues")][4][QStringLiteral("count")].toInteger(), 0);
}

void TestModerationService::queueCountsStopAtTenThousand()
{
    fileSimple(1, QStringLiteral("spam"));
    m_services->database().write([](QSqlDatabase &db) {
        Query(db, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                 "WHERE i < 10001) "
                                 "INSERT INTO moderation_reports (subject_user_id, content_type, "
                                 "source, reason, severity, status, created_at, updated_at, "
                                 "resolved_at, queue, queue_rank) "
                                 "SELECT 2, 'message', 'user_report', 'spam', 'low', 'dismissed', "
                                 "i, i, i, 'resolved', i FROM n"));
    });
    const QJsonArray queues = ok(QStringLiteral("moderation.queues"), {}, m_mia)
                                  .value(QStringLiteral("queues"))
                                  .toArray();
    QCOMPARE(queues[0][QStringLiteral("queue")].toString(), QStringLiteral("unreviewed"));
    QCOMPARE(queues[0][QStringLiteral("count")].toInteger(), 1);
    QCOMPARE(queues[0][QStringLiteral("capped")].toBool(), false);
    QCOMPARE(queues[3][QStringLiteral("queue")].toString(), QStringLiteral("resolved"));
    QCOMPARE(queues[3][QStringLiteral("count")].toInteger(), 10000);
    QCOMPARE(queues[3][QStringLiteral("capped")].toBool(), true);
    QCOMPARE(queues[3][QStringLiteral("oldest_at")].toInteger(), 1);
}

void TestModerationService::listPagesByPriorityWithoutGapsOrRepeats()
{
    // Many ties: the order is priority, then oldest first, across page boundaries.
    const QStringList reasons = {QStringLiteral("spam"), QStringLiteral("harassment"),
                                 QStringLiteral("scam"), QStringLiteral("misleading_listing")};
    for (int i = 0; i < 41; ++i) {
        fileSimple(1 + i % 6, reasons.at(i % reasons.size()));
        m_clock->advance(1000);
    }
    Query rows(m_services->database().connection(),
               QStringLiteral("SELECT id FROM moderation_reports WHERE queue = 'unreviewed' "
                              "ORDER BY priority DESC, id"));
    QList<qint64> expected;
    while (rows.next())
        expected << rows.value(0).toLongLong();
    QCOMPARE(expected.size(), 41);
    for (int pageSize : {1, 4, 7, 41, 100})
        QCOMPARE(listIds({{QStringLiteral("queue"), QStringLiteral("unreviewed")}}, pageSize),
                 expected);
    // The first page is the most urgent.
    const QJsonObject page =
        ok(QStringLiteral("moderation.list"),
           {{QStringLiteral("queue"), QStringLiteral("unreviewed")}, {QStringLiteral("limit"), 3}},
           m_mia);
    QCOMPARE(page[QStringLiteral("rows")][0][QStringLiteral("severity")].toString(),
             QStringLiteral("critical"));
    QCOMPARE(page[QStringLiteral("rows")][0][QStringLiteral("subject_name")].toString().isEmpty(),
             false);
}

void TestModerationService::listFiltersInSql_data()
{
    QTest::addColumn<QByteArray>("filter");
    QTest::addColumn<QString>("where");
    QTest::newRow("content type") << QByteArray(R"({"content_type": "photo"})")
                                  << "content_type = 'photo'";
    QTest::newRow("reason") << QByteArray(R"({"reason": "scam"})") << "reason = 'scam'";
    QTest::newRow("severity") << QByteArray(R"({"severity": "high"})") << "severity = 'high'";
    QTest::newRow("source") << QByteArray(R"({"source": "automated"})") << "source = 'automated'";
    QTest::newRow("subject") << QByteArray(R"({"subject_user_id": 2})") << "subject_user_id = 2";
    QTest::newRow("two filters") << QByteArray(R"({"content_type": "photo", "reason": "nudity"})")
                                 << "content_type = 'photo' AND reason = 'nudity'";
    QTest::newRow("name prefix") << QByteArray(R"({"text": "Chen"})") << "subject_user_id = 3";
    QTest::newRow("surname prefix") << QByteArray(R"({"text": "oka"})") << "subject_user_id = 4";
    QTest::newRow("email prefix") << QByteArray(R"({"text": "emil@ex"})") << "subject_user_id = 5";
    QTest::newRow("report id") << QByteArray(R"({"text": "#7"})") << "id = 7";
    QTest::newRow("nobody") << QByteArray(R"({"text": "zzz"})") << "1 = 0";
}

void TestModerationService::listFiltersInSql()
{
    QFETCH(QByteArray, filter);
    QFETCH(QString, where);
    const QStringList types = {QStringLiteral("photo"), QStringLiteral("message"),
                               QStringLiteral("profile")};
    const QStringList reasons = {QStringLiteral("nudity"), QStringLiteral("scam"),
                                 QStringLiteral("spam"), QStringLiteral("ai_generated"),
                                 QStringLiteral("harassment")};
    for (int i = 0; i < 30; ++i) {
        const bool automated = i % 4 == 0;
        QJsonObject params{{QStringLiteral("subject_user_id"), 1 + i % 6},
                           {QStringLiteral("content_type"), types.at(i % types.size())},
                           {QStringLiteral("source"), automated ? QStringLiteral("automated")
                                                                : QStringLiteral("user_report")},
                           {QStringLiteral("reason"), reasons.at(i % reasons.size())}};
        if (automated)
            params.insert(QStringLiteral("ai_score"), 500 + i * 10);
        file(params);
    }
    QJsonObject params = QJsonDocument::fromJson(filter).object();
    params.insert(QStringLiteral("queue"), QStringLiteral("unreviewed"));
    Query rows(m_services->database().connection(),
               QStringLiteral("SELECT id FROM moderation_reports WHERE queue = 'unreviewed' AND ") +
                   where + QStringLiteral(" ORDER BY priority DESC, id"));
    QList<qint64> expected;
    while (rows.next())
        expected << rows.value(0).toLongLong();
    QCOMPARE(listIds(params, 4), expected);
    if (where != QLatin1String("1 = 0"))
        QVERIFY(!expected.isEmpty());
}

void TestModerationService::resolvedQueueShowsNewestDecisionsFirst()
{
    QList<qint64> decided;
    for (int i = 0; i < 5; ++i) {
        const qint64 id = fileSimple(1 + i, QStringLiteral("spam"));
        m_clock->advance(kMinute);
        ok(QStringLiteral("moderation.decide"),
           {{QStringLiteral("id"), id},
            {QStringLiteral("version"), version(id)},
            {QStringLiteral("action"), QStringLiteral("dismiss")}},
           m_mia);
        decided.prepend(id);
    }
    QCOMPARE(listIds({{QStringLiteral("queue"), QStringLiteral("resolved")}}, 2), decided);
}

void TestModerationService::badListRequestsAreRefused_data()
{
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<QString>("message");
    QTest::newRow("no queue") << QByteArray("{}") << "parameter 'queue' is required";
    QTest::newRow("unknown queue")
        << QByteArray(R"({"queue": "later"})") << "unknown queue 'later'";
    QTest::newRow("limit zero") << QByteArray(R"({"queue": "unreviewed", "limit": 0})")
                                << "'limit' must be from 1 to 1000";
    QTest::newRow("limit too big") << QByteArray(R"({"queue": "unreviewed", "limit": 5000})")
                                   << "'limit' must be from 1 to 1000";
    QTest::newRow("unknown severity")
        << QByteArray(R"({"queue": "unreviewed", "severity": "dire"})")
        << "unknown severity 'dire'";
    QTest::newRow("unknown reason")
        << QByteArray(R"({"queue": "unreviewed", "reason": "rudeness"})")
        << "unknown reason 'rudeness'";
    QTest::newRow("garbage cursor")
        << QByteArray(R"({"queue": "unreviewed", "after": "not a cursor"})")
        << "not a cursor this command returned";
    QTest::newRow("cursor of another queue")
        << QByteArray(R"({"queue": "escalated", "after": "CURSOR"})") << "continues another queue";
    QTest::newRow("cursor of another filter")
        << QByteArray(R"({"queue": "unreviewed", "severity": "low", "after": "CURSOR"})")
        << "continues another queue or filter";
}

void TestModerationService::badListRequestsAreRefused()
{
    QFETCH(QByteArray, params);
    QFETCH(QString, message);
    for (int i = 0; i < 3; ++i)
        fileSimple(1, QStringLiteral("spam"));
    const QString cursor =
        ok(QStringLiteral("moderation.list"),
           {{QStringLiteral("queue"), QStringLiteral("unreviewed")}, {QStringLiteral("limit"), 1}},
           m_mia)
            .value(QStringLiteral("next"))
            .toString();
    QVERIFY(!cursor.isEmpty());
    params.replace("CURSOR", cursor.toLatin1());
    const CommandResult result =
        call(QStringLiteral("moderation.list"), QJsonDocument::fromJson(params).object(), m_mia);
    QCOMPARE(result.code, ErrorCode::BadInput);
    QVERIFY2(result.message.contains(message), qPrintable(result.message));
}

// ---------------------------------------------------------------------------------------------
// Leases

void TestModerationService::claimLeasesAndExpires()
{
    const qint64 id = fileSimple(1, QStringLiteral("harassment"));
    QJsonObject claimed =
        ok(QStringLiteral("moderation.claim"),
           {{QStringLiteral("id"), id}, {QStringLiteral("version"), version(id)}}, m_mia);
    QCOMPARE(claimed.value(QStringLiteral("claimed_by")).toInteger(), m_mia.operatorId);
    QCOMPARE(claimed.value(QStringLiteral("claimed_by_name")).toString(),
             QStringLiteral("Mia Moderator"));
    QCOMPARE(claimed.value(QStringLiteral("lease_until")).toInteger(), kStart + 10 * kMinute);
    QCOMPARE(listIds({{QStringLiteral("queue"), QStringLiteral("mine")}}, 10), QList<qint64>{id});

    // Max cannot claim it while the lease lives; he is told who holds it and until when.
    const CommandResult refused =
        call(QStringLiteral("moderation.claim"),
             {{QStringLiteral("id"), id}, {QStringLiteral("version"), version(id)}}, m_max);
    QCOMPARE(refused.code, ErrorCode::Conflict);
    QCOMPARE(refused.message, QStringLiteral("report %1 is claimed by Mia Moderator (mia) until %2")
                                  .arg(id)
                                  .arg(iso(kStart + 10 * kMinute)));

    // The holder extends it by claiming again.
    m_clock->advance(5 * kMinute);
    claimed = ok(QStringLiteral("moderation.claim"),
                 {{QStringLiteral("id"), id},
                  {QStringLiteral("version"), version(id)},
                  {QStringLiteral("minutes"), 20}},
                 m_mia);
    QCOMPARE(claimed.value(QStringLiteral("lease_until")).toInteger(), kStart + 25 * kMinute);

    // Once it expires the report is free again: Max claims it, Mia's "mine" is empty.
    m_clock->advance(21 * kMinute);
    QVERIFY(report(id).value(QStringLiteral("claimed_by")).isNull());
    QVERIFY(listIds({{QStringLiteral("queue"), QStringLiteral("mine")}}, 10).isEmpty());
    claimed = ok(QStringLiteral("moderation.claim"),
                 {{QStringLiteral("id"), id}, {QStringLiteral("version"), version(id)}}, m_max);
    QCOMPARE(claimed.value(QStringLiteral("claimed_by")).toInteger(), m_max.operatorId);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE command = "
                                   "'moderation.claim'")),
             3);
}

void TestModerationService::releaseAndAssign()
{
    const qint64 id = fileSimple(1, QStringLiteral("harassment"));
    ok(QStringLiteral("moderation.claim"),
       {{QStringLiteral("id"), id}, {QStringLiteral("version"), version(id)}}, m_mia);
    // Not Max's to give back.
    const CommandResult refused =
        call(QStringLiteral("moderation.release"),
             {{QStringLiteral("id"), id}, {QStringLiteral("version"), version(id)}}, m_max);
    QCOMPARE(refused.code, ErrorCode::Conflict);
    QVERIFY2(refused.message.contains(QLatin1String("claimed by Mia Moderator (mia)")),
             qPrintable(refused.message));
    QJsonObject released =
        ok(QStringLiteral("moderation.release"),
           {{QStringLiteral("id"), id}, {QStringLiteral("version"), version(id)}}, m_mia);
    QVERIFY(released.value(QStringLiteral("claimed_by")).isNull());

    // Assign by username, then take it over by id.
    QJsonObject assigned = ok(QStringLiteral("moderation.assign"),
                              {{QStringLiteral("id"), id},
                               {QStringLiteral("version"), version(id)},
                               {QStringLiteral("operator"), QStringLiteral("max")}},
                              m_root);
    QCOMPARE(assigned.value(QStringLiteral("claimed_by")).toInteger(), m_max.operatorId);
    // Who can take it: enabled moderators and admins, by name.
    const QJsonArray candidates = ok(QStringLiteral("moderation.moderators"), {}, m_mia)
                                      .value(QStringLiteral("operators"))
                                      .toArray();
    QStringList names;
    for (const QJsonValue &candidate : candidates)
        names << candidate[QStringLiteral("username")].toString();
    QCOMPARE(names,
             (QStringList{QStringLiteral("max"), QStringLiteral("mia"), QStringLiteral("root")}));
    assigned = ok(QStringLiteral("moderation.assign"),
                  {{QStringLiteral("id"), id},
                   {QStringLiteral("version"), version(id)},
                   {QStringLiteral("operator"), m_mia.operatorId}},
                  m_mia);
    QCOMPARE(assigned.value(QStringLiteral("claimed_by")).toInteger(), m_mia.operatorId);
}

void TestModerationService::badLeaseRequestsChangeNothing_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const int bad = int(ErrorCode::BadInput);
    QTest::newRow("unknown report")
        << "moderation.claim" << QByteArray(R"({"id": 999, "version": 1})")
        << int(ErrorCode::NotFound) << "report 999 does not exist";
    QTest::newRow("stale claim") << "moderation.claim" << QByteArray(R"({"id": ID, "version": 1})")
                                 << int(ErrorCode::Conflict) << "was already changed by mia at";
    QTest::newRow("lease too long")
        << "moderation.claim" << QByteArray(R"({"id": ID, "version": VERSION, "minutes": 500})")
        << bad << "a lease lasts 1 to 120 minutes";
    QTest::newRow("negative lease")
        << "moderation.claim" << QByteArray(R"({"id": ID, "version": VERSION, "minutes": -5})")
        << bad << "a lease lasts 1 to 120 minutes";
    QTest::newRow("release someone else's")
        << "moderation.release" << QByteArray(R"({"id": ID, "version": VERSION})")
        << int(ErrorCode::Conflict) << "is claimed by Mia Moderator (mia)";
    QTest::newRow("assign to support")
        << "moderation.assign" << QByteArray(R"({"id": ID, "version": VERSION, "operator": "sam"})")
        << bad << "operator sam (support) cannot moderate";
    QTest::newRow("assign to nobody")
        << "moderation.assign"
        << QByteArray(R"({"id": ID, "version": VERSION, "operator": "ghost"})") << bad
        << "unknown operator 'ghost'";
    QTest::newRow("assign without operator")
        << "moderation.assign" << QByteArray(R"({"id": ID, "version": VERSION})") << bad
        << "parameter 'operator' is required";
    QTest::newRow("claim a resolved report")
        << "moderation.claim" << QByteArray(R"({"id": RESOLVED, "version": RESOLVED_VERSION})")
        << int(ErrorCode::Conflict) << "is already resolved (dismiss by mia at";
}

void TestModerationService::badLeaseRequestsChangeNothing()
{
    QFETCH(QString, command);
    QFETCH(QByteArray, params);
    QFETCH(int, code);
    QFETCH(QString, message);
    const qint64 id = fileSimple(1, QStringLiteral("harassment"));
    ok(QStringLiteral("moderation.claim"),
       {{QStringLiteral("id"), id}, {QStringLiteral("version"), version(id)}}, m_mia);
    const qint64 resolved = fileSimple(2, QStringLiteral("spam"));
    ok(QStringLiteral("moderation.decide"),
       {{QStringLiteral("id"), resolved},
        {QStringLiteral("version"), version(resolved)},
        {QStringLiteral("action"), QStringLiteral("dismiss")}},
       m_mia);
    params.replace("RESOLVED_VERSION", QByteArray::number(version(resolved)));
    params.replace("RESOLVED", QByteArray::number(resolved));
    params.replace("VERSION", QByteArray::number(version(id)));
    params.replace("ID", QByteArray::number(id));
    const QString before = snapshot();
    const CommandResult result = call(command, QJsonDocument::fromJson(params).object(), m_max);
    QCOMPARE(int(result.code), code);
    QVERIFY2(result.message.contains(message), qPrintable(result.message));
    QCOMPARE(snapshot(), before);
}

// ---------------------------------------------------------------------------------------------
// Decisions

void TestModerationService::decisionsChangeReportUserAndStrikes_data()
{
    QTest::addColumn<QByteArray>("decision");
    QTest::addColumn<QString>("queue");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("strikes");
    QTest::addColumn<QString>("userStatus");
    QTest::addColumn<QString>("event");
    QTest::newRow("dismiss") << QByteArray(R"({"action": "dismiss"})") << "resolved"
                             << "dismissed" << 0 << "active"
                             << "";
    QTest::newRow("escalate") << QByteArray(R"({"action": "escalate", "note": "needs a lawyer"})")
                              << "escalated"
                              << "escalated" << 0 << "active"
                              << "";
    QTest::newRow("remove content")
        << QByteArray(R"({"action": "remove_content", "reason": "harassment"})") << "resolved"
        << "resolved" << 1 << "active"
        << "";
    QTest::newRow("warn") << QByteArray(R"({"action": "warn", "reason": "spam"})") << "resolved"
                          << "resolved" << 1 << "active"
                          << "user:warned";
    QTest::newRow("warn under a weightless policy")
        << QByteArray(R"({"action": "warn", "reason": "other"})") << "resolved"
        << "resolved" << 0 << "active"
        << "user:warned";
    QTest::newRow("suspend") << QByteArray(
                                    R"({"action": "suspend", "reason": "harassment", "days": 14})")
                             << "resolved"
                             << "resolved" << 1 << "suspended"
                             << "user:suspended";
    QTest::newRow("ban by an admin")
        << QByteArray(R"({"action": "ban", "reason": "scam", "note": "fraud ring"})") << "resolved"
        << "resolved" << 1 << "banned"
        << "user:banned";
}

void TestModerationService::decisionsChangeReportUserAndStrikes()
{
    QFETCH(QByteArray, decision);
    QFETCH(QString, queue);
    QFETCH(QString, status);
    QFETCH(int, strikes);
    QFETCH(QString, userStatus);
    QFETCH(QString, event);
    const qint64 id = fileSimple(4, QStringLiteral("harassment"));
    QJsonObject params = QJsonDocument::fromJson(decision).object();
    params.insert(QStringLiteral("id"), id);
    params.insert(QStringLiteral("version"), version(id));
    const bool ban = params.value(QStringLiteral("action")).toString() == QLatin1String("ban");
    const qint64 userVersion = scalar(QStringLiteral("SELECT version FROM users WHERE id = 4"));
    const CommandResult result =
        call(QStringLiteral("moderation.decide"), params, ban ? m_root : m_mia);
    QVERIFY2(result.ok(), qPrintable(result.message));
    const QJsonObject after = result.data[QStringLiteral("report")].toObject();
    QCOMPARE(after.value(QStringLiteral("queue")).toString(), queue);
    QCOMPARE(after.value(QStringLiteral("status")).toString(), status);
    QCOMPARE(after.value(QStringLiteral("version")).toInteger(), 2);
    QCOMPARE(result.data[QStringLiteral("strike")].isNull(), strikes == 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM strikes WHERE user_id = 4")), strikes);
    QCOMPARE(this->userStatus(4), userStatus);
    QCOMPARE(scalar(QStringLiteral("SELECT version FROM users WHERE id = 4")),
             userVersion + (userStatus == QLatin1String("active") ? 0 : 1));
    if (userStatus == QLatin1String("suspended")) {
        QCOMPARE(scalar(QStringLiteral("SELECT suspended_until FROM users WHERE id = 4")),
                 kStart + 14 * kDay);
        QCOMPARE(scalar(QStringLiteral("SELECT days FROM moderation_decisions")), 14);
    }
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM moderation_decisions WHERE report_id = ? "
                                   "AND action = ?"),
                    {id, params.value(QStringLiteral("action")).toString()}),
             1);
    // Audited on the report (and on the user when their status changed), with the event the
    // platform acts on.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE command = "
                                   "'moderation.decide' AND target_type = 'moderation_report'")),
             1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE command = "
                                   "'moderation.decide' AND target_type = 'user'")),
             userStatus == QLatin1String("active") ? 0 : 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE event_type = "
                                   "'moderation:decided'")),
             1);
    if (!event.isEmpty())
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE event_type = ?"), {event}), 1);
}

void TestModerationService::badDecisionsChangeNothing_data()
{
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<bool>("asAdmin");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const int bad = int(ErrorCode::BadInput);
    QTest::newRow("unknown report")
        << QByteArray(R"({"id": 999, "version": 1, "action": "dismiss"})") << false
        << int(ErrorCode::NotFound) << "report 999 does not exist";
    QTest::newRow("stale version")
        << QByteArray(R"({"id": ID, "version": 1, "action": "dismiss"})") << false
        << int(ErrorCode::Conflict) << "report ID was already changed by max at";
    QTest::newRow("no version") << QByteArray(R"({"id": ID, "action": "dismiss"})") << false << bad
                                << "parameter 'version' is required";
    QTest::newRow("unknown action")
        << QByteArray(R"({"id": ID, "version": VERSION, "action": "shame"})") << false << bad
        << "unknown action 'shame'";
    QTest::newRow("empty reason")
        << QByteArray(R"({"id": ID, "version": VERSION, "action": "warn", "reason": "  "})")
        << false << bad << "parameter 'reason' is required";
    QTest::newRow("unknown reason")
        << QByteArray(R"({"id": ID, "version": VERSION, "action": "warn", "reason": "rude"})")
        << false << bad << "unknown reason 'rude'";
    QTest::newRow("retired reason")
        << QByteArray(R"({"id": ID, "version": VERSION, "action": "warn", "reason": "retired"})")
        << false << bad << "reason 'retired' is retired";
    QTest::newRow("suspension without days")
        << QByteArray(
               R"({"id": ID, "version": VERSION, "action": "suspend", "reason": "harassment"})")
        << false << bad << "a suspension needs 'days'";
    QTest::newRow("negative suspension")
        << QByteArray(R"({"id": ID, "version": VERSION, "action": "suspend",
            "reason": "harassment", "days": -3})")
        << false << bad << "a suspension lasts 1 to 3650 days, not -3";
    QTest::newRow("zero-day suspension")
        << QByteArray(R"({"id": ID, "version": VERSION, "action": "suspend",
            "reason": "harassment", "days": 0})")
        << false << bad << "a suspension lasts 1 to 3650 days, not 0";
    QTest::newRow("endless suspension")
        << QByteArray(R"({"id": ID, "version": VERSION, "action": "suspend",
            "reason": "harassment", "days": 4000})")
        << false << bad << "a suspension lasts 1 to 3650 days";
    QTest::newRow("days on a warning")
        << QByteArray(R"({"id": ID, "version": VERSION, "action": "warn", "reason": "spam",
            "days": 3})")
        << false << bad << "'days' only applies to suspend";
    QTest::newRow("moderator bans")
        << QByteArray(R"({"id": ID, "version": VERSION, "action": "ban", "reason": "scam"})")
        << false << int(ErrorCode::PermissionDenied) << "mia may not ban";
    QTest::newRow("report already decided")
        << QByteArray(R"({"id": RESOLVED, "version": RESOLVED_VERSION, "action": "warn",
            "reason": "spam"})")
        << false << int(ErrorCode::Conflict) << "is already resolved (dismiss by max at";
    QTest::newRow("escalated twice")
        << QByteArray(R"({"id": ESCALATED, "version": ESCALATED_VERSION, "action": "escalate"})")
        << true << int(ErrorCode::Conflict) << "is already escalated";
}

void TestModerationService::badDecisionsChangeNothing()
{
    QFETCH(QByteArray, params);
    QFETCH(bool, asAdmin);
    QFETCH(int, code);
    QFETCH(QString, message);
    ok(QStringLiteral("moderation.policy_save"), json(R"({"code": "retired", "title": "Retired",
        "description": "An old rule", "default_severity": "low", "strike_weight": 1,
        "is_active": false})"),
       m_root);
    const qint64 id = fileSimple(1, QStringLiteral("harassment"));
    ok(QStringLiteral("moderation.claim"),
       {{QStringLiteral("id"), id}, {QStringLiteral("version"), version(id)}}, m_max);
    ok(QStringLiteral("moderation.release"),
       {{QStringLiteral("id"), id}, {QStringLiteral("version"), version(id)}}, m_max);
    const qint64 resolved = fileSimple(2, QStringLiteral("spam"));
    ok(QStringLiteral("moderation.decide"),
       {{QStringLiteral("id"), resolved},
        {QStringLiteral("version"), version(resolved)},
        {QStringLiteral("action"), QStringLiteral("dismiss")}},
       m_max);
    const qint64 escalated = fileSimple(3, QStringLiteral("spam"));
    ok(QStringLiteral("moderation.decide"),
       {{QStringLiteral("id"), escalated},
        {QStringLiteral("version"), version(escalated)},
        {QStringLiteral("action"), QStringLiteral("escalate")}},
       m_max);
    params.replace("RESOLVED_VERSION", QByteArray::number(version(resolved)));
    params.replace("RESOLVED", QByteArray::number(resolved));
    params.replace("ESCALATED_VERSION", QByteArray::number(version(escalated)));
    params.replace("ESCALATED", QByteArray::number(escalated));
    params.replace("VERSION", QByteArray::number(version(id)));
    params.replace("ID", QByteArray::number(id));
    message.replace(QLatin1String("ID"), QString::number(id));

    const QString before = snapshot();
    const CommandResult result =
        call(QStringLiteral("moderation.decide"), QJsonDocument::fromJson(params).object(),
             asAdmin ? m_root : m_mia);
    QCOMPARE(int(result.code), code);
    QVERIFY2(result.message.contains(message), qPrintable(result.message));
    QCOMPARE(snapshot(), before);
}

void TestModerationService::staleDecisionNamesWhoDecidedAndWhen()
{
    const qint64 id = fileSimple(1, QStringLiteral("harassment"));
    const qint64 seen = version(id);
    m_clock->advance(3 * kMinute);
    ok(QStringLiteral("moderation.decide"),
       {{QStringLiteral("id"), id},
        {QStringLiteral("version"), seen},
        {QStringLiteral("action"), QStringLiteral("remove_content")},
        {QStringLiteral("reason"), QStringLiteral("harassment")}},
       m_mia);
    const QString before = snapshot();
    const CommandResult lost = call(QStringLiteral("moderation.decide"),
                                    {{QStringLiteral("id"), id},
                                     {QStringLiteral("version"), seen},
                                     {QStringLiteral("action"), QStringLiteral("dismiss")}},
                                    m_max);
    QCOMPARE(lost.code, ErrorCode::Conflict);
    QCOMPARE(lost.message,
             QStringLiteral("report %1 was already changed by mia at %2; reload and decide again")
                 .arg(id)
                 .arg(iso(kStart + 3 * kMinute)));
    QCOMPARE(snapshot(), before);
}

void TestModerationService::decisionOnALeasedReportNamesTheHolder()
{
    const qint64 id = fileSimple(1, QStringLiteral("harassment"));
    ok(QStringLiteral("moderation.claim"),
       {{QStringLiteral("id"), id}, {QStringLiteral("version"), version(id)}}, m_mia);
    const QString before = snapshot();
    const CommandResult refused = call(QStringLiteral("moderation.decide"),
                                       {{QStringLiteral("id"), id},
                                        {QStringLiteral("version"), version(id)},
                                        {QStringLiteral("action"), QStringLiteral("dismiss")}},
                                       m_max);
    QCOMPARE(refused.code, ErrorCode::Conflict);
    QCOMPARE(refused.message, QStringLiteral("report %1 is claimed by Mia Moderator (mia) until %2")
                                  .arg(id)
                                  .arg(iso(kStart + 10 * kMinute)));
    QCOMPARE(snapshot(), before);
    // The holder decides; the lease goes with the decision.
    const QJsonObject decided = ok(QStringLiteral("moderation.decide"),
                                   {{QStringLiteral("id"), id},
                                    {QStringLiteral("version"), version(id)},
                                    {QStringLiteral("action"), QStringLiteral("dismiss")}},
                                   m_mia);
    QVERIFY(decided[QStringLiteral("report")][QStringLiteral("claimed_by")].isNull());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM moderation_reports WHERE claimed_by IS "
                                   "NOT NULL")),
             0);
}

void TestModerationService::duplicatesFollowTheirReport()
{
    const qint64 primary = fileSimple(1, QStringLiteral("harassment"), 40);
    const qint64 repeat = file(json(R"({"subject_user_id": 1, "content_type": "message",
        "content_id": 40, "source": "user_report", "reason": "harassment",
        "reporter_user_id": 5})"));
    const CommandResult onDuplicate = call(QStringLiteral("moderation.decide"),
                                           {{QStringLiteral("id"), repeat},
                                            {QStringLiteral("version"), version(repeat)},
                                            {QStringLiteral("action"), QStringLiteral("dismiss")}},
                                           m_mia);
    QCOMPARE(onDuplicate.code, ErrorCode::Conflict);
    QVERIFY2(onDuplicate.message.contains(QStringLiteral("counted on report %1").arg(primary)),
             qPrintable(onDuplicate.message));
    ok(QStringLiteral("moderation.decide"),
       {{QStringLiteral("id"), primary},
        {QStringLiteral("version"), version(primary)},
        {QStringLiteral("action"), QStringLiteral("remove_content")},
        {QStringLiteral("reason"), QStringLiteral("harassment")}},
       m_mia);
    QCOMPARE(report(repeat).value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
    // A new report on that content after the decision is a new item.
    const qint64 later = fileSimple(1, QStringLiteral("harassment"), 40);
    QCOMPARE(report(later).value(QStringLiteral("queue")).toString(), QStringLiteral("unreviewed"));
}

// ---------------------------------------------------------------------------------------------
// Strikes and the ladder

void TestModerationService::ladderEscalatesAsActiveStrikesAddUp()
{
    const QJsonObject ladder = ok(QStringLiteral("moderation.ladder"), {}, m_mia);
    QCOMPARE(ladder.value(QStringLiteral("strike_expiry_days")).toInt(), 180);
    ok(QStringLiteral("moderation.ladder_save"),
       QJsonObject{{QStringLiteral("version"), ladder.value(QStringLiteral("version"))},
                   {QStringLiteral("strike_expiry_days"), 90},
                   {QStringLiteral("steps"), QJsonDocument::fromJson(R"([
                        {"strikes": 1, "action": "warn"},
                        {"strikes": 3, "action": "suspend", "days": 7},
                        {"strikes": 5, "action": "ban"}])")
                                                 .array()}},
       m_root);
    const auto removeFor = [&](const QString &reason) {
        const qint64 id = fileSimple(6, reason);
        const CommandResult result =
            call(QStringLiteral("moderation.decide"),
                 {{QStringLiteral("id"), id},
                  {QStringLiteral("version"), version(id)},
                  {QStringLiteral("action"), QStringLiteral("remove_content")},
                  {QStringLiteral("reason"), reason}},
                 m_mia);
        if (!result.ok())
            qWarning("%s", qPrintable(result.message));
        m_clock->advance(kDay);
        return result.data.toObject();
    };
    // Spam weighs 1: the first strike crosses the warning step.
    QJsonObject result = removeFor(QStringLiteral("spam"));
    QCOMPARE(result[QStringLiteral("ladder")][QStringLiteral("action")].toString(),
             QStringLiteral("warn"));
    QCOMPARE(result[QStringLiteral("strike")][QStringLiteral("expires_at")].toInteger(),
             kStart + 90 * kDay);
    QCOMPARE(userStatus(6), QStringLiteral("active"));
    // Harassment weighs 2: 3 active -> a 7-day suspension, in the same transaction.
    const qint64 at = m_clock->now();
    result = removeFor(QStringLiteral("harassment"));
    QCOMPARE(result[QStringLiteral("ladder")][QStringLiteral("action")].toString(),
             QStringLiteral("suspend"));
    QCOMPARE(result[QStringLiteral("ladder")][QStringLiteral("strikes")].toInt(), 3);
    QCOMPARE(result[QStringLiteral("user")][QStringLiteral("status")].toString(),
             QStringLiteral("suspended"));
    QCOMPARE(userStatus(6), QStringLiteral("suspended"));
    QCOMPARE(scalar(QStringLiteral("SELECT suspended_until FROM users WHERE id = 6")),
             at + 7 * kDay);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE event_type = "
                                   "'user:suspended'")),
             1);
    // One more spam strike: 4, no step crossed, nothing changes for the user.
    const qint64 userVersion = scalar(QStringLiteral("SELECT version FROM users WHERE id = 6"));
    result = removeFor(QStringLiteral("spam"));
    QVERIFY(result[QStringLiteral("ladder")].isNull());
    QCOMPARE(scalar(QStringLiteral("SELECT version FROM users WHERE id = 6")), userVersion);
    // Scam weighs 3: 7 active crosses the ban step.
    result = removeFor(QStringLiteral("scam"));
    QCOMPARE(result[QStringLiteral("ladder")][QStringLiteral("action")].toString(),
             QStringLiteral("ban"));
    QCOMPARE(userStatus(6), QStringLiteral("banned"));
    QCOMPARE(Query::scalar(m_services->database().connection(),
                           QStringLiteral("SELECT ladder_action FROM moderation_decisions "
                                          "ORDER BY id DESC LIMIT 1"))
                 .toString(),
             QStringLiteral("ban"));
}

void TestModerationService::expiredStrikesNoLongerCount()
{
    // Default ladder: 3 -> suspend 7 days; strikes last 180 days.
    const auto decide = [&](const QString &reason) {
        const qint64 id = fileSimple(5, reason);
        return ok(QStringLiteral("moderation.decide"),
                  {{QStringLiteral("id"), id},
                   {QStringLiteral("version"), version(id)},
                   {QStringLiteral("action"), QStringLiteral("warn")},
                   {QStringLiteral("reason"), reason}},
                  m_mia);
    };
    decide(QStringLiteral("harassment")); // 2 active
    m_clock->advance(181 * kDay);         // it expires
    const QJsonObject result = decide(QStringLiteral("harassment"));
    QVERIFY(result[QStringLiteral("ladder")].isNull());
    QCOMPARE(userStatus(5), QStringLiteral("active"));
    const QJsonObject subject =
        ok(QStringLiteral("moderation.get"),
           {{QStringLiteral("id"), result[QStringLiteral("report")][QStringLiteral("id")]}}, m_mia)
            .value(QStringLiteral("subject"))
            .toObject();
    QCOMPARE(subject.value(QStringLiteral("active_strikes")).toInt(), 1);
    QCOMPARE(subject.value(QStringLiteral("active_strike_weight")).toInt(), 2);
    QCOMPARE(subject.value(QStringLiteral("strikes")).toArray().size(), 2);
}

void TestModerationService::ladderAndPoliciesAreEditedByAdminsOnly()
{
    const QJsonObject ladder = ok(QStringLiteral("moderation.ladder"), {}, m_mia);
    QJsonObject params = ladder;
    params.insert(QStringLiteral("strike_expiry_days"), 30);
    const CommandResult denied = call(QStringLiteral("moderation.ladder_save"), params, m_mia);
    QCOMPARE(denied.code, ErrorCode::PermissionDenied);
    const CommandResult saved = call(QStringLiteral("moderation.ladder_save"), params, m_root);
    QVERIFY2(saved.ok(), qPrintable(saved.message));
    QCOMPARE(saved.data[QStringLiteral("strike_expiry_days")].toInt(), 30);
    QCOMPARE(saved.data[QStringLiteral("version")].toInteger(),
             ladder.value(QStringLiteral("version")).toInteger() + 1);
    // The old version lost: the admin is told who changed it.
    const CommandResult stale = call(QStringLiteral("moderation.ladder_save"), params, m_root);
    QCOMPARE(stale.code, ErrorCode::Conflict);
    QVERIFY2(stale.message.contains(QLatin1String("the strike ladder was already changed by root")),
             qPrintable(stale.message));

    const CommandResult added = call(QStringLiteral("moderation.policy_save"), json(R"({
        "code": "doxxing", "title": "Doxxing", "description": "Publishing private data",
        "default_severity": "critical", "strike_weight": 3})"),
                                     m_root);
    QVERIFY2(added.ok(), qPrintable(added.message));
    QCOMPARE(added.data[QStringLiteral("version")].toInteger(), 1);
    const CommandResult changed = call(QStringLiteral("moderation.policy_save"), json(R"({
        "code": "doxxing", "title": "Doxxing", "description": "Publishing private data",
        "default_severity": "high", "strike_weight": 2, "version": 1})"),
                                       m_root);
    QVERIFY2(changed.ok(), qPrintable(changed.message));
    QCOMPARE(changed.data[QStringLiteral("default_severity")].toString(), QStringLiteral("high"));
    const CommandResult byModerator = call(QStringLiteral("moderation.policy_save"), json(R"({
        "code": "doxxing", "title": "Doxxing", "description": "x", "default_severity": "low",
        "strike_weight": 0, "version": 2})"),
                                           m_mia);
    QCOMPARE(byModerator.code, ErrorCode::PermissionDenied);
    const QJsonArray policies = ok(QStringLiteral("moderation.policies"), {}, m_mia)
                                    .value(QStringLiteral("policies"))
                                    .toArray();
    QVERIFY(std::any_of(policies.begin(), policies.end(), [](const QJsonValue &policy) {
        return policy[QStringLiteral("code")].toString() == QLatin1String("doxxing") &&
               policy[QStringLiteral("strike_weight")].toInt() == 2;
    }));
}

void TestModerationService::badLadderAndPolicyEditsChangeNothing_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<QString>("message");
    QTest::newRow("ladder without version")
        << "moderation.ladder_save" << QByteArray(R"({"strike_expiry_days": 10, "steps": []})")
        << "parameter 'version' is required";
    QTest::newRow("ladder expiry zero")
        << "moderation.ladder_save"
        << QByteArray(R"({"version": 1, "strike_expiry_days": 0, "steps": []})")
        << "strike_expiry_days must be a whole number from 1 to 3650";
    QTest::newRow("ladder steps out of order")
        << "moderation.ladder_save" << QByteArray(R"({"version": 1, "strike_expiry_days": 10,
            "steps": [{"strikes": 3, "action": "warn"}, {"strikes": 2, "action": "ban"}]})")
        << "strictly increasing";
    QTest::newRow("ladder suspension without days")
        << "moderation.ladder_save" << QByteArray(R"({"version": 1, "strike_expiry_days": 10,
            "steps": [{"strikes": 3, "action": "suspend"}]})")
        << "a suspension step's days must be a whole number from 1 to 3650";
    QTest::newRow("ladder negative suspension")
        << "moderation.ladder_save" << QByteArray(R"({"version": 1, "strike_expiry_days": 10,
            "steps": [{"strikes": 3, "action": "suspend", "days": -7}]})")
        << "a suspension step's days must be a whole number from 1 to 3650";
    QTest::newRow("ladder unknown action")
        << "moderation.ladder_save" << QByteArray(R"({"version": 1, "strike_expiry_days": 10,
            "steps": [{"strikes": 3, "action": "shame"}]})")
        << "a step's action must be warn, suspend or ban, not 'shame'";
    QTest::newRow("ladder stale") << "moderation.ladder_save"
                                  << QByteArray(
                                         R"({"version": 7, "strike_expiry_days": 10, "steps": []})")
                                  << "the strike ladder was already changed";
    QTest::newRow("policy bad code")
        << "moderation.policy_save" << QByteArray(R"({"code": "Bad Code", "title": "t",
            "description": "d", "default_severity": "low", "strike_weight": 1})")
        << "a policy code is 2 to 40 lowercase letters";
    QTest::newRow("policy heavy weight")
        << "moderation.policy_save" << QByteArray(R"({"code": "heavy", "title": "t",
            "description": "d", "default_severity": "low", "strike_weight": 11})")
        << "strike_weight must be from 0 to 10";
    QTest::newRow("policy exists")
        << "moderation.policy_save" << QByteArray(R"({"code": "spam", "title": "t",
            "description": "d", "default_severity": "low", "strike_weight": 1})")
        << "policy 'spam' already exists";
    QTest::newRow("policy stale") << "moderation.policy_save"
                                  << QByteArray(R"({"code": "spam", "title": "t",
            "description": "d", "default_severity": "low", "strike_weight": 1, "version": 9})")
                                  << "policy 'spam' was already changed";
    QTest::newRow("policy empty title")
        << "moderation.policy_save" << QByteArray(R"({"code": "fresh", "title": " ",
            "description": "d", "default_severity": "low", "strike_weight": 1})")
        << "parameter 'title' is required";
}

void TestModerationService::badLadderAndPolicyEditsChangeNothing()
{
    QFETCH(QString, command);
    QFETCH(QByteArray, params);
    QFETCH(QString, message);
    const QString before = snapshot();
    const CommandResult result = call(command, QJsonDocument::fromJson(params).object(), m_root);
    QVERIFY(!result.ok());
    QVERIFY2(result.message.contains(message), qPrintable(result.message));
    QCOMPARE(snapshot(), before);
}

// ---------------------------------------------------------------------------------------------
// Appeals

void TestModerationService::appealByTheDecidingModeratorIsRefused()
{
    const qint64 id = fileSimple(2, QStringLiteral("harassment"));
    const QJsonObject decided = ok(QStringLiteral("moderation.decide"),
                                   {{QStringLiteral("id"), id},
                                    {QStringLiteral("version"), version(id)},
                                    {QStringLiteral("action"), QStringLiteral("suspend")},
                                    {QStringLiteral("reason"), QStringLiteral("harassment")},
                                    {QStringLiteral("days"), 3}},
                                   m_mia);
    const qint64 decision = decided[QStringLiteral("decision")][QStringLiteral("id")].toInteger();
    const QJsonObject appeal =
        ok(QStringLiteral("moderation.appeal_file"),
           {{QStringLiteral("decision_id"), decision},
            {QStringLiteral("message"), QStringLiteral("It was a joke between friends")}},
           m_sam);
    QCOMPARE(appeal.value(QStringLiteral("appeal_type")).toString(), QStringLiteral("suspension"));
    QCOMPARE(appeal.value(QStringLiteral("decided_by_name")).toString(),
             QStringLiteral("Mia Moderator"));
    // A second open appeal on the same decision is refused.
    const CommandResult again = call(QStringLiteral("moderation.appeal_file"),
                                     {{QStringLiteral("decision_id"), decision},
                                      {QStringLiteral("message"), QStringLiteral("again")}},
                                     m_sam);
    QCOMPARE(again.code, ErrorCode::Conflict);

    const QString before = snapshot();
    const CommandResult self =
        call(QStringLiteral("moderation.appeal_decide"),
             {{QStringLiteral("id"), appeal.value(QStringLiteral("id"))},
              {QStringLiteral("version"), appeal.value(QStringLiteral("version"))},
              {QStringLiteral("outcome"), QStringLiteral("upheld")},
              {QStringLiteral("note"), QStringLiteral("I stand by it")}},
             m_mia);
    QCOMPARE(self.code, ErrorCode::PermissionDenied);
    QVERIFY2(self.message.contains(QLatin1String("another moderator than mia")),
             qPrintable(self.message));
    QCOMPARE(snapshot(), before);

    // Other bad appeal decisions change nothing either.
    const QList<QPair<QJsonObject, ErrorCode>> badOnes = {
        {{{QStringLiteral("id"), 999},
          {QStringLiteral("version"), 1},
          {QStringLiteral("outcome"), QStringLiteral("upheld")},
          {QStringLiteral("note"), QStringLiteral("n")}},
         ErrorCode::NotFound},
        {{{QStringLiteral("id"), appeal.value(QStringLiteral("id"))},
          {QStringLiteral("version"), 9},
          {QStringLiteral("outcome"), QStringLiteral("upheld")},
          {QStringLiteral("note"), QStringLiteral("n")}},
         ErrorCode::Conflict},
        {{{QStringLiteral("id"), appeal.value(QStringLiteral("id"))},
          {QStringLiteral("version"), 1},
          {QStringLiteral("outcome"), QStringLiteral("maybe")},
          {QStringLiteral("note"), QStringLiteral("n")}},
         ErrorCode::BadInput},
        {{{QStringLiteral("id"), appeal.value(QStringLiteral("id"))},
          {QStringLiteral("version"), 1},
          {QStringLiteral("outcome"), QStringLiteral("upheld")},
          {QStringLiteral("note"), QStringLiteral("")}},
         ErrorCode::BadInput}};
    for (const auto &[params, code] : badOnes) {
        const CommandResult result =
            call(QStringLiteral("moderation.appeal_decide"), params, m_max);
        QCOMPARE(result.code, code);
        QCOMPARE(snapshot(), before);
    }

    const CommandResult upheld =
        call(QStringLiteral("moderation.appeal_decide"),
             {{QStringLiteral("id"), appeal.value(QStringLiteral("id"))},
              {QStringLiteral("version"), appeal.value(QStringLiteral("version"))},
              {QStringLiteral("outcome"), QStringLiteral("upheld")},
              {QStringLiteral("note"), QStringLiteral("The messages were threatening")}},
             m_max);
    QVERIFY2(upheld.ok(), qPrintable(upheld.message));
    QCOMPARE(upheld.data[QStringLiteral("status")].toString(), QStringLiteral("upheld"));
    QCOMPARE(userStatus(2), QStringLiteral("suspended"));
    // Deciding it twice: the second is told it is decided.
    const CommandResult twice =
        call(QStringLiteral("moderation.appeal_decide"),
             {{QStringLiteral("id"), appeal.value(QStringLiteral("id"))},
              {QStringLiteral("version"), upheld.data[QStringLiteral("version")]},
              {QStringLiteral("outcome"), QStringLiteral("overturned")},
              {QStringLiteral("note"), QStringLiteral("changed my mind")}},
             m_root);
    QCOMPARE(twice.code, ErrorCode::Conflict);
    QVERIFY2(twice.message.contains(QLatin1String("already upheld")), qPrintable(twice.message));
}

void TestModerationService::overturnedAppealRevokesStrikeAndReinstates()
{
    const qint64 id = fileSimple(3, QStringLiteral("harassment"));
    const QJsonObject decided = ok(QStringLiteral("moderation.decide"),
                                   {{QStringLiteral("id"), id},
                                    {QStringLiteral("version"), version(id)},
                                    {QStringLiteral("action"), QStringLiteral("suspend")},
                                    {QStringLiteral("reason"), QStringLiteral("harassment")},
                                    {QStringLiteral("days"), 30}},
                                   m_mia);
    QCOMPARE(userStatus(3), QStringLiteral("suspended"));
    const QJsonObject appeal = ok(
        QStringLiteral("moderation.appeal_file"),
        {{QStringLiteral("decision_id"), decided[QStringLiteral("decision")][QStringLiteral("id")]},
         {QStringLiteral("message"), QStringLiteral("Someone else used my phone")}},
        m_system);
    const CommandResult overturned =
        call(QStringLiteral("moderation.appeal_decide"),
             {{QStringLiteral("id"), appeal.value(QStringLiteral("id"))},
              {QStringLiteral("version"), appeal.value(QStringLiteral("version"))},
              {QStringLiteral("outcome"), QStringLiteral("overturned")},
              {QStringLiteral("note"), QStringLiteral("Device logs confirm it")}},
             m_max);
    QVERIFY2(overturned.ok(), qPrintable(overturned.message));
    QCOMPARE(overturned.data[QStringLiteral("appeal_decided_by_name")].toString(),
             QStringLiteral("Max Moderator"));
    QCOMPARE(userStatus(3), QStringLiteral("active"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM strikes WHERE user_id = 3 AND "
                                   "revoked_at IS NULL")),
             0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM moderation_decisions WHERE report_id = ? "
                                   "AND action = 'restore'"),
                    {id}),
             1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE event_type = "
                                   "'user:reinstated'")),
             1);
}

void TestModerationService::appealsQueueListsOpenAppealsOldestFirst()
{
    QList<qint64> appeals;
    for (int i = 0; i < 5; ++i) {
        const qint64 id = fileSimple(1 + i, QStringLiteral("spam"));
        const QJsonObject decided = ok(QStringLiteral("moderation.decide"),
                                       {{QStringLiteral("id"), id},
                                        {QStringLiteral("version"), version(id)},
                                        {QStringLiteral("action"), QStringLiteral("warn")},
                                        {QStringLiteral("reason"), QStringLiteral("spam")}},
                                       m_mia);
        m_clock->advance(kMinute);
        appeals << ok(QStringLiteral("moderation.appeal_file"),
                      {{QStringLiteral("decision_id"),
                        decided[QStringLiteral("decision")][QStringLiteral("id")]},
                       {QStringLiteral("message"), QStringLiteral("please")}},
                      m_system)
                       .value(QStringLiteral("id"))
                       .toInteger();
    }
    // A KYC appeal is not this desk's.
    m_services->database().write([&](QSqlDatabase &db) {
        Query(db, QStringLiteral("INSERT INTO appeals (user_id, appeal_type, message, status, "
                                 "created_at, updated_at) VALUES (1, 'kyc', 'm', 'open', 0, 0)"));
    });
    QCOMPARE(listIds({{QStringLiteral("queue"), QStringLiteral("appeals")}}, 2), appeals);
    const QJsonObject page =
        ok(QStringLiteral("moderation.list"),
           {{QStringLiteral("queue"), QStringLiteral("appeals")}, {QStringLiteral("limit"), 1}},
           m_mia);
    const QJsonObject row = page[QStringLiteral("rows")][0].toObject();
    QCOMPARE(row.value(QStringLiteral("kind")).toString(), QStringLiteral("appeal"));
    QCOMPARE(row.value(QStringLiteral("decision_action")).toString(), QStringLiteral("warn"));
    QCOMPARE(row.value(QStringLiteral("appeal_type")).toString(), QStringLiteral("strike"));
    QCOMPARE(listIds({{QStringLiteral("queue"), QStringLiteral("appeals")},
                      {QStringLiteral("subject_user_id"), 2}},
                     5),
             QList<qint64>{appeals.at(1)});
}

void TestModerationService::badAppealFilingsChangeNothing_data()
{
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown decision") << QByteArray(R"({"decision_id": 999, "message": "m"})")
                                      << int(ErrorCode::NotFound) << "decision 999 does not exist";
    QTest::newRow("no message") << QByteArray(R"({"decision_id": WARNED, "message": "  "})")
                                << int(ErrorCode::BadInput) << "parameter 'message' is required";
    QTest::newRow("against a dismissal")
        << QByteArray(R"({"decision_id": DISMISSED, "message": "why"})") << int(ErrorCode::BadInput)
        << "took no action against the user to appeal";
    QTest::newRow("no decision") << QByteArray(R"({"message": "m"})") << int(ErrorCode::BadInput)
                                 << "parameter 'decision_id' is required";
}

void TestModerationService::badAppealFilingsChangeNothing()
{
    QFETCH(QByteArray, params);
    QFETCH(int, code);
    QFETCH(QString, message);
    const auto decide = [&](const QString &action) {
        const qint64 id = fileSimple(1, QStringLiteral("spam"));
        QJsonObject decision{{QStringLiteral("id"), id},
                             {QStringLiteral("version"), version(id)},
                             {QStringLiteral("action"), action}};
        if (action == QLatin1String("warn"))
            decision.insert(QStringLiteral("reason"), QStringLiteral("spam"));
        return ok(QStringLiteral("moderation.decide"), decision, m_mia)
            .value(QStringLiteral("decision"))
            .toObject()
            .value(QStringLiteral("id"))
            .toInteger();
    };
    params.replace("WARNED", QByteArray::number(decide(QStringLiteral("warn"))));
    params.replace("DISMISSED", QByteArray::number(decide(QStringLiteral("dismiss"))));
    const QString before = snapshot();
    const CommandResult result = call(QStringLiteral("moderation.appeal_file"),
                                      QJsonDocument::fromJson(params).object(), m_sam);
    QCOMPARE(int(result.code), code);
    QVERIFY2(result.message.contains(message), qPrintable(result.message));
    QCOMPARE(snapshot(), before);
}

// ---------------------------------------------------------------------------------------------
// Bulk

void TestModerationService::bulkDecideCommitsEachGoodItemAndReportsTheRest()
{
    const qint64 a = fileSimple(1, QStringLiteral("spam"));
    const qint64 b = fileSimple(2, QStringLiteral("spam"));
    const qint64 c = fileSimple(3, QStringLiteral("spam"));
    const qint64 d = fileSimple(4, QStringLiteral("spam"));
    // b is held by Max, c changed since the selection was made.
    ok(QStringLiteral("moderation.claim"),
       {{QStringLiteral("id"), b}, {QStringLiteral("version"), version(b)}}, m_max);
    const qint64 staleC = version(c);
    ok(QStringLiteral("moderation.claim"),
       {{QStringLiteral("id"), c}, {QStringLiteral("version"), staleC}}, m_mia);
    const qint64 auditBefore = scalar(QStringLiteral("SELECT count(*) FROM audit_log"));

    const CommandResult result =
        call(QStringLiteral("moderation.bulk_decide"),
             {{QStringLiteral("items"),
               QJsonArray{
                   QJsonObject{{QStringLiteral("id"), d}, {QStringLiteral("version"), version(d)}},
                   QJsonObject{{QStringLiteral("id"), b}, {QStringLiteral("version"), version(b)}},
                   QJsonObject{{QStringLiteral("id"), a}, {QStringLiteral("version"), version(a)}},
                   QJsonObject{{QStringLiteral("id"), c}, {QStringLiteral("version"), staleC}},
                   QJsonObject{{QStringLiteral("id"), 999}, {QStringLiteral("version"), 1}}}},
              {QStringLiteral("action"), QStringLiteral("remove_content")},
              {QStringLiteral("reason"), QStringLiteral("spam")},
              {QStringLiteral("note"), QStringLiteral("spam wave")}},
             m_mia);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.data[QStringLiteral("succeeded")].toInt(), 2);
    QCOMPARE(result.data[QStringLiteral("failed")].toInt(), 3);
    const QJsonArray results = result.data[QStringLiteral("results")].toArray();
    QCOMPARE(results.size(), 5);
    // In the order given.
    QCOMPARE(results[0][QStringLiteral("id")].toInteger(), d);
    QVERIFY(results[0][QStringLiteral("ok")].toBool());
    QCOMPARE(results[0][QStringLiteral("version")].toInteger(), version(d));
    QVERIFY(!results[1][QStringLiteral("ok")].toBool());
    QVERIFY2(results[1][QStringLiteral("message")].toString().contains(
                 QLatin1String("claimed by Max Moderator (max)")),
             qPrintable(results[1][QStringLiteral("message")].toString()));
    QVERIFY(results[2][QStringLiteral("ok")].toBool());
    QCOMPARE(results[3][QStringLiteral("code")].toString(), QStringLiteral("conflict"));
    QVERIFY(results[3][QStringLiteral("message")].toString().contains(
        QLatin1String("already changed by mia at")));
    QCOMPARE(results[4][QStringLiteral("code")].toString(), QStringLiteral("not_found"));

    QCOMPARE(report(a).value(QStringLiteral("queue")).toString(), QStringLiteral("resolved"));
    QCOMPARE(report(d).value(QStringLiteral("queue")).toString(), QStringLiteral("resolved"));
    QCOMPARE(report(b).value(QStringLiteral("queue")).toString(), QStringLiteral("unreviewed"));
    QCOMPARE(report(c).value(QStringLiteral("queue")).toString(), QStringLiteral("unreviewed"));
    // One audit entry per decided item; strikes only for them.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore + 2);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM strikes")), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM moderation_decisions")), 2);
}

void TestModerationService::badBulkRequestsChangeNothing_data()
{
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const int bad = int(ErrorCode::BadInput);
    QTest::newRow("no items") << QByteArray(R"({"items": [], "action": "dismiss"})") << bad
                              << "parameter 'items' is required";
    QTest::newRow("item without version")
        << QByteArray(R"({"items": [{"id": A}], "action": "dismiss"})") << bad
        << "item 1 needs a positive integer id and version";
    QTest::newRow("item twice")
        << QByteArray(R"({"items": [{"id": A, "version": 1}, {"id": A, "version": 1}],
            "action": "dismiss"})")
        << bad << "is listed twice";
    QTest::newRow("negative suspension")
        << QByteArray(R"({"items": [{"id": A, "version": 1}], "action": "suspend",
            "reason": "spam", "days": -1})")
        << bad << "a suspension lasts 1 to 3650 days";
    QTest::newRow("empty reason")
        << QByteArray(R"({"items": [{"id": A, "version": 1}], "action": "warn"})") << bad
        << "parameter 'reason' is required";
    QTest::newRow("moderator bans")
        << QByteArray(R"({"items": [{"id": A, "version": 1}], "action": "ban", "reason": "spam"})")
        << int(ErrorCode::PermissionDenied) << "mia may not ban";
}

void TestModerationService::badBulkRequestsChangeNothing()
{
    QFETCH(QByteArray, params);
    QFETCH(int, code);
    QFETCH(QString, message);
    const qint64 a = fileSimple(1, QStringLiteral("spam"));
    params.replace("A", QByteArray::number(a));
    const QString before = snapshot();
    const CommandResult result = call(QStringLiteral("moderation.bulk_decide"),
                                      QJsonDocument::fromJson(params).object(), m_mia);
    QCOMPARE(int(result.code), code);
    QVERIFY2(result.message.contains(message), qPrintable(result.message));
    QCOMPARE(snapshot(), before);
}

// ---------------------------------------------------------------------------------------------
// Timeline, detail, preferences, permissions

void TestModerationService::timelineMergesEveryKindNewestFirst()
{
    m_services->database().write([](QSqlDatabase &db) {
        Query(db,
              QStringLiteral("INSERT INTO kyc_cases (user_id, case_type, state, submitted_at, "
                             "created_at, updated_at) VALUES (2, 'identity', 'approved', ?, ?, ?)"),
              {kStart - 3 * kDay, kStart - 3 * kDay, kStart - 3 * kDay});
        Query(db,
              QStringLiteral("INSERT INTO age_verifications (user_id, method, result, "
                             "created_at) VALUES (2, 'id_document', 'verified', ?)"),
              {kStart - 2 * kDay});
        // Another user's history stays out.
        Query(db,
              QStringLiteral("INSERT INTO age_verifications (user_id, method, result, "
                             "created_at) VALUES (3, 'phone', 'verified', ?)"),
              {kStart - kDay});
    });
    const qint64 id = fileSimple(2, QStringLiteral("harassment"));
    m_clock->advance(kMinute);
    const QJsonObject decided = ok(QStringLiteral("moderation.decide"),
                                   {{QStringLiteral("id"), id},
                                    {QStringLiteral("version"), version(id)},
                                    {QStringLiteral("action"), QStringLiteral("warn")},
                                    {QStringLiteral("reason"), QStringLiteral("harassment")},
                                    {QStringLiteral("note"), QStringLiteral("first warning")}},
                                   m_mia);
    m_clock->advance(kMinute);
    ok(QStringLiteral("moderation.appeal_file"),
       {{QStringLiteral("decision_id"), decided[QStringLiteral("decision")][QStringLiteral("id")]},
        {QStringLiteral("message"), QStringLiteral("not me")}},
       m_system);

    const QStringList expected = {QStringLiteral("appeal"),           QStringLiteral("decision"),
                                  QStringLiteral("strike"),           QStringLiteral("report"),
                                  QStringLiteral("age_verification"), QStringLiteral("kyc")};
    for (int pageSize : {1, 2, 4, 50}) {
        QStringList kinds;
        QJsonObject params{{QStringLiteral("user_id"), 2}, {QStringLiteral("limit"), pageSize}};
        for (int guard = 0; guard < 20; ++guard) {
            const QJsonObject page = ok(QStringLiteral("moderation.timeline"), params, m_sam);
            for (const QJsonValue &entry : page.value(QStringLiteral("entries")).toArray())
                kinds << entry[QStringLiteral("kind")].toString();
            if (!page.value(QStringLiteral("has_more")).toBool())
                break;
            params.insert(QStringLiteral("before"), page.value(QStringLiteral("next")));
        }
        QCOMPARE(kinds, expected);
    }
    const QJsonArray entries =
        ok(QStringLiteral("moderation.timeline"), {{QStringLiteral("user_id"), 2}}, m_sam)
            .value(QStringLiteral("entries"))
            .toArray();
    QCOMPARE(entries[1][QStringLiteral("actor")].toString(), QStringLiteral("mia"));
    QVERIFY(
        entries[1][QStringLiteral("detail")].toString().contains(QLatin1String("first warning")));
    QCOMPARE(entries[5][QStringLiteral("title")].toString(),
             QStringLiteral("KYC identity case: approved"));

    const CommandResult unknown =
        call(QStringLiteral("moderation.timeline"), {{QStringLiteral("user_id"), 999}}, m_sam);
    QCOMPARE(unknown.code, ErrorCode::NotFound);
    const CommandResult badCursor = call(
        QStringLiteral("moderation.timeline"),
        {{QStringLiteral("user_id"), 3}, {QStringLiteral("before"), QStringLiteral("abc")}}, m_sam);
    QCOMPARE(badCursor.code, ErrorCode::BadInput);
}

void TestModerationService::getShowsDecisionsRelatedReportsAndSubject()
{
    const qint64 first = fileSimple(1, QStringLiteral("harassment"), 12);
    const qint64 second = file(json(R"({"subject_user_id": 1, "content_type": "message",
        "content_id": 12, "source": "user_report", "reason": "harassment",
        "reporter_user_id": 4, "details": "keeps messaging me"})"));
    const QJsonObject view =
        ok(QStringLiteral("moderation.get"), {{QStringLiteral("id"), first}}, m_mia);
    QCOMPARE(view[QStringLiteral("report")][QStringLiteral("report_count")].toInt(), 2);
    QCOMPARE(view[QStringLiteral("related")].toArray().size(), 1);
    QCOMPARE(view[QStringLiteral("related")][0][QStringLiteral("id")].toInteger(), second);
    QCOMPARE(view[QStringLiteral("subject")][QStringLiteral("name")].toString(),
             QStringLiteral("Ana Silva"));
    QCOMPARE(view[QStringLiteral("subject")][QStringLiteral("roles")][0][QStringLiteral("role")]
                 .toString(),
             QStringLiteral("dater"));
    const QJsonObject duplicate =
        ok(QStringLiteral("moderation.get"), {{QStringLiteral("id"), second}}, m_mia);
    QCOMPARE(duplicate[QStringLiteral("report")][QStringLiteral("duplicate_of")].toInteger(),
             first);
    QCOMPARE(duplicate[QStringLiteral("report")][QStringLiteral("reporter_name")].toString(),
             QStringLiteral("Dara Okafor"));
    QCOMPARE(duplicate[QStringLiteral("report")][QStringLiteral("details")].toString(),
             QStringLiteral("keeps messaging me"));
    ok(QStringLiteral("moderation.decide"),
       {{QStringLiteral("id"), first},
        {QStringLiteral("version"), version(first)},
        {QStringLiteral("action"), QStringLiteral("warn")},
        {QStringLiteral("reason"), QStringLiteral("harassment")}},
       m_mia);
    const QJsonObject decided =
        ok(QStringLiteral("moderation.get"), {{QStringLiteral("id"), first}}, m_mia);
    QCOMPARE(decided[QStringLiteral("decisions")][0][QStringLiteral("operator_name")].toString(),
             QStringLiteral("Mia Moderator"));
    QVERIFY(!decided[QStringLiteral("decisions")][0][QStringLiteral("strike_id")].isNull());
    QCOMPARE(decided[QStringLiteral("subject")][QStringLiteral("active_strike_weight")].toInt(), 2);
    QCOMPARE(call(QStringLiteral("moderation.get"), {{QStringLiteral("id"), 999}}, m_mia).code,
             ErrorCode::NotFound);
}

void TestModerationService::preferencesArePerOperator()
{
    QJsonObject mine = ok(QStringLiteral("moderation.preferences"), {}, m_mia);
    QCOMPARE(mine.value(QStringLiteral("blur_images")).toBool(), true);
    mine = ok(QStringLiteral("moderation.preferences_save"),
              {{QStringLiteral("blur_images"), false}}, m_mia);
    QCOMPARE(mine.value(QStringLiteral("blur_images")).toBool(), false);
    QCOMPARE(ok(QStringLiteral("moderation.preferences"), {}, m_mia)
                 .value(QStringLiteral("blur_images"))
                 .toBool(),
             false);
    QCOMPARE(ok(QStringLiteral("moderation.preferences"), {}, m_max)
                 .value(QStringLiteral("blur_images"))
                 .toBool(),
             true);
    const QString before = snapshot();
    const CommandResult bad = call(QStringLiteral("moderation.preferences_save"),
                                   {{QStringLiteral("blur_images"), QStringLiteral("yes")}}, m_mia);
    QCOMPARE(bad.code, ErrorCode::BadInput);
    const CommandResult stale =
        call(QStringLiteral("moderation.preferences_save"),
             {{QStringLiteral("blur_images"), true}, {QStringLiteral("version"), 0}}, m_mia);
    QCOMPARE(stale.code, ErrorCode::Conflict);
    QCOMPARE(snapshot(), before);
}

void TestModerationService::supportSeesTheTimelineButNotTheQueues()
{
    const qint64 id = fileSimple(1, QStringLiteral("spam"));
    QCOMPARE(call(QStringLiteral("moderation.list"),
                  {{QStringLiteral("queue"), QStringLiteral("unreviewed")}}, m_sam)
                 .code,
             ErrorCode::PermissionDenied);
    QCOMPARE(call(QStringLiteral("moderation.decide"),
                  {{QStringLiteral("id"), id},
                   {QStringLiteral("version"), version(id)},
                   {QStringLiteral("action"), QStringLiteral("dismiss")}},
                  m_sam)
                 .code,
             ErrorCode::PermissionDenied);
    QVERIFY(
        call(QStringLiteral("moderation.timeline"), {{QStringLiteral("user_id"), 1}}, m_sam).ok());
    // Moderators may not edit policy; admins hold everything moderators do.
    QVERIFY(call(QStringLiteral("moderation.list"),
                 {{QStringLiteral("queue"), QStringLiteral("unreviewed")}}, m_root)
                .ok());
}

QTEST_GUILESS_MAIN(TestModerationService)
#include "tst_moderationservice.moc"
