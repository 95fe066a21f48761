#include "moderationuifixture.h"

#include "reportlistmodel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace Steward;
using Moderation::ReportFilter;
using Moderation::ReportListModel;

namespace {

constexpr int kReports = 150;

struct Filed
{
    qint64 id = 0;
    QString severity;
    QString contentType;
    QString source;
    QString reason;
};

const char *const kSeverities[] = {"low", "medium", "high", "critical"};
const char *const kTypes[] = {"profile", "photo", "message", "review"};
const char *const kReasons[] = {"spam", "harassment", "scam", "ai_generated", "impersonation"};

} // namespace

class TestReportListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void firstWindowThenTheNextByKey();
    void rowsFollowTheQueueOrder();
    void filtersNarrowTheRowsInSql_data();
    void filtersNarrowTheRowsInSql();
    void decidedReportLeavesWhileTheSelectionStays();
    void risingPriorityMovesTheRowWithItsSelection();
    void claimShowsHolderAndLease();
    void appealsQueueListsAppeals();
    void refusedFilterShowsTheServiceMessage();
    void onlyTheLatestFilterIsShown();
    void anotherConsolesReportAndDecisionArrive();

private:
    QList<qint64> modelIds(const ReportListModel &model) const;
    /** The service's own order for @p filter, fetched in one large page. */
    QList<qint64> serviceIds(const QJsonObject &filter);
    void fetchAll(ReportListModel &model);
    QJsonObject decide(qint64 id, const QString &who, const QString &action);

    std::unique_ptr<Test::ModerationUiFixture> m_fixture;
    QList<Filed> m_filed;
    QList<qint64> m_people;
};

void TestReportListModel::initTestCase()
{
    Test::useTestSettings();
}

void TestReportListModel::init()
{
    m_fixture = std::make_unique<Test::ModerationUiFixture>();
    m_people = m_fixture->addPeople(40);
    m_filed.clear();
    for (int i = 0; i < kReports; ++i) {
        Filed filed;
        filed.severity = QLatin1String(kSeverities[(i * 7) % 4]);
        filed.contentType = QLatin1String(kTypes[i % 4]);
        filed.source = i % 3 == 0 ? QStringLiteral("automated") : QStringLiteral("user_report");
        filed.reason = QLatin1String(kReasons[i % 5]);
        QJsonObject params{{QStringLiteral("subject_user_id"), m_people.at(i % m_people.size())},
                           {QStringLiteral("content_type"), filed.contentType},
                           {QStringLiteral("content_id"), 10000 + i},
                           {QStringLiteral("excerpt"), QStringLiteral("Reported text %1").arg(i)},
                           {QStringLiteral("source"), filed.source},
                           {QStringLiteral("reason"), filed.reason},
                           {QStringLiteral("severity"), filed.severity}};
        if (filed.source == QLatin1String("automated")) {
            params.insert(QStringLiteral("ai_score"), 500 + (i * 37) % 500);
            params.insert(QStringLiteral("ai_source"), QStringLiteral("text-origin v2"));
        } else {
            params.insert(QStringLiteral("reporter_user_id"), m_people.at((i + 1) % 40));
        }
        filed.id = m_fixture->report(params).value(QStringLiteral("id")).toInteger();
        m_filed << filed;
    }
}

void TestReportListModel::cleanup()
{
    m_fixture.reset();
}

QList<qint64> TestReportListModel::modelIds(const ReportListModel &model) const
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(ReportListModel::IdRole).toLongLong();
    return ids;
}

QList<qint64> TestReportListModel::serviceIds(const QJsonObject &filter)
{
    QJsonObject params = filter;
    params.insert(QStringLiteral("limit"), 1000);
    const CommandResult result =
        m_fixture->execute(QStringLiteral("mia"), QStringLiteral("moderation.list"), params);
    if (!result.ok())
        qFatal("moderation.list failed: %s", qPrintable(result.message));
    QList<qint64> ids;
    const QJsonArray rows = result.data.toObject().value(QStringLiteral("rows")).toArray();
    for (const QJsonValue &row : rows)
        ids << row.toObject().value(QStringLiteral("id")).toInteger();
    return ids;
}

void TestReportListModel::fetchAll(ReportListModel &model)
{
    for (int guard = 0; guard < 20; ++guard) {
        QTRY_VERIFY(!model.isLoading());
        if (!model.canFetchMore({}))
            return;
        model.fetchMore({});
    }
    QFAIL("the model kept asking for more rows");
}

QJsonObject TestReportListModel::decide(qint64 id, const QString &who, const QString &action)
{
    const CommandResult current =
        m_fixture->execute(who, QStringLiteral("moderation.get"), {{QStringLiteral("id"), id}});
    const QJsonObject report = current.data.toObject().value(QStringLiteral("report")).toObject();
    const CommandResult result =
        m_fixture->execute(who, QStringLiteral("moderation.decide"),
                           {{QStringLiteral("id"), id},
                            {QStringLiteral("version"), report.value(QStringLiteral("version"))},
                            {QStringLiteral("action"), action},
                            {QStringLiteral("reason"), report.value(QStringLiteral("reason"))}});
    if (!result.ok())
        qFatal("moderation.decide failed: %s", qPrintable(result.message));
    return result.data.toObject();
}

void TestReportListModel::firstWindowThenTheNextByKey()
{
    ReportListModel model(*m_fixture->session);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.canFetchMore({}));

    // A view that never scrolls asks once and gets one window, not the queue.
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), ReportListModel::WindowSize);
    QTest::qWait(200);
    QCOMPARE(model.rowCount(), ReportListModel::WindowSize);
    QVERIFY(model.canFetchMore({}));

    // Scrolled to the end: window after window, each continuing where the last ended.
    QSignalSpy inserted(&model, &ReportListModel::rowsInserted);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model.rowCount(), kReports);
    QTRY_VERIFY(!model.isLoading());
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 100);
    QCOMPARE(inserted.at(0).at(2).toInt(), kReports - 1);
    const QList<qint64> ids = modelIds(model);
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), kReports);
}

void TestReportListModel::rowsFollowTheQueueOrder()
{
    ReportListModel model(*m_fixture->session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model.rowCount(), kReports);
    QCOMPARE(modelIds(model),
             serviceIds({{QStringLiteral("queue"), QStringLiteral("unreviewed")}}));
    // What the moderator sees: the most urgent first.
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 priority = model.recordAt(row).value(QStringLiteral("priority")).toInteger();
        QVERIFY2(priority <= previous, qPrintable(QStringLiteral("row %1").arg(row)));
        previous = priority;
    }
    const int severity = model.columnOf(ReportListModel::SeverityColumn);
    const int content = model.columnOf(ReportListModel::ContentColumn);
    const int ai = model.columnOf(ReportListModel::AiScoreColumn);
    QCOMPARE(model.index(0, severity).data().toString(), QStringLiteral("Critical"));
    QVERIFY(model.index(0, content).data().toString().contains(QLatin1String("Reported text")));
    for (int row = 0; row < model.rowCount(); ++row) {
        const QJsonObject record = model.recordAt(row);
        if (record.value(QStringLiteral("source")).toString() == QLatin1String("automated")) {
            // The score as a percentage, the detector in the tooltip.
            const QString score = model.index(row, ai).data().toString();
            QVERIFY2(score.endsWith(QLatin1String(" %")), qPrintable(score));
            QVERIFY(model.index(row, ai)
                        .data(Qt::ToolTipRole)
                        .toString()
                        .contains(QLatin1String("text-origin v2")));
            break;
        }
    }
}

void TestReportListModel::filtersNarrowTheRowsInSql_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("severity") << QStringLiteral("severity") << QStringLiteral("critical");
    QTest::newRow("content type") << QStringLiteral("content_type") << QStringLiteral("message");
    QTest::newRow("source") << QStringLiteral("source") << QStringLiteral("automated");
    QTest::newRow("reason") << QStringLiteral("reason") << QStringLiteral("harassment");
}

void TestReportListModel::filtersNarrowTheRowsInSql()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    ReportListModel model(*m_fixture->session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model.rowCount(), kReports);

    ReportFilter filter;
    if (key == QLatin1String("severity"))
        filter.severity = value;
    else if (key == QLatin1String("content_type"))
        filter.contentType = value;
    else if (key == QLatin1String("source"))
        filter.source = value;
    else
        filter.reason = value;
    model.setFilter(filter);
    fetchAll(model);

    QSet<qint64> expected;
    for (const Filed &filed : std::as_const(m_filed)) {
        const QString actual = key == QLatin1String("severity")       ? filed.severity
                               : key == QLatin1String("content_type") ? filed.contentType
                               : key == QLatin1String("source")       ? filed.source
                                                                      : filed.reason;
        if (actual == value)
            expected.insert(filed.id);
    }
    QVERIFY(expected.size() > 20 && expected.size() < kReports);
    const QList<qint64> ids = modelIds(model);
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()), expected);
    QCOMPARE(ids.size(), expected.size());
    QCOMPARE(ids,
             serviceIds({{QStringLiteral("queue"), QStringLiteral("unreviewed")}, {key, value}}));

    model.setFilter({});
    fetchAll(model);
    QCOMPARE(model.rowCount(), kReports);
}

void TestReportListModel::decidedReportLeavesWhileTheSelectionStays()
{
    ReportListModel model(*m_fixture->session);
    // Only the first window is loaded, as in a view that was not scrolled.
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), ReportListModel::WindowSize);
    QTRY_VERIFY(!model.isLoading());
    QItemSelectionModel selection(&model);
    selection.setCurrentIndex(model.index(10, 0),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const qint64 selected = model.idAt(10);
    const qint64 decided = model.idAt(5);
    QSignalSpy removed(&model, &ReportListModel::rowsRemoved);
    QSignalSpy reset(&model, &ReportListModel::modelReset);

    // Another moderator's decision arrives as a committed moderation command.
    decide(decided, QStringLiteral("max"), QStringLiteral("dismiss"));

    QTRY_COMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 5);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowOf(decided), -1);
    QCOMPARE(selection.currentIndex().row(), 9);
    QCOMPARE(selection.currentIndex().data(ReportListModel::IdRole).toLongLong(), selected);
    QVERIFY(selection.isRowSelected(9));
    // The window refilled from the next one: still a whole window, in the service's order.
    QCOMPARE(model.rowCount(), ReportListModel::WindowSize);
    QCOMPARE(modelIds(model), serviceIds({{QStringLiteral("queue"), QStringLiteral("unreviewed")}})
                                  .mid(0, ReportListModel::WindowSize));
}

void TestReportListModel::risingPriorityMovesTheRowWithItsSelection()
{
    ReportListModel model(*m_fixture->session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model.rowCount(), kReports);
    QTRY_VERIFY(!model.isLoading());
    const int lastRow = kReports - 1;
    const QJsonObject low = model.recordAt(lastRow);
    QItemSelectionModel selection(&model);
    selection.setCurrentIndex(model.index(lastRow, 0),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QSignalSpy reset(&model, &ReportListModel::modelReset);

    // Five more people report the same content as critical: it climbs the queue.
    for (int i = 0; i < 5; ++i)
        m_fixture->report(
            {{QStringLiteral("subject_user_id"), low.value(QStringLiteral("subject_user_id"))},
             {QStringLiteral("content_type"), low.value(QStringLiteral("content_type"))},
             {QStringLiteral("content_id"), low.value(QStringLiteral("content_id"))},
             {QStringLiteral("source"), QStringLiteral("user_report")},
             {QStringLiteral("reason"), low.value(QStringLiteral("reason"))},
             {QStringLiteral("severity"), QStringLiteral("critical")},
             {QStringLiteral("reporter_user_id"), m_people.at(30 + i)}});

    const qint64 id = low.value(QStringLiteral("id")).toInteger();
    QTRY_VERIFY(model.rowOf(id) < lastRow);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowCount(), kReports);
    QCOMPARE(model.recordAt(model.rowOf(id)).value(QStringLiteral("report_count")).toInteger(), 6);
    QCOMPARE(selection.currentIndex().data(ReportListModel::IdRole).toLongLong(), id);
    QVERIFY(selection.isRowSelected(model.rowOf(id)));
    QCOMPARE(modelIds(model),
             serviceIds({{QStringLiteral("queue"), QStringLiteral("unreviewed")}}));
}

void TestReportListModel::claimShowsHolderAndLease()
{
    ReportListModel model(*m_fixture->session);
    QTRY_COMPARE(model.rowCount(), ReportListModel::WindowSize);
    QTRY_VERIFY(!model.isLoading());
    const int claimColumn = model.columnOf(ReportListModel::ClaimColumn);
    QVERIFY(claimColumn >= 0);
    QCOMPARE(model.index(2, claimColumn).data().toString(), QString());
    const QJsonObject report = model.recordAt(2);
    const CommandResult claimed =
        m_fixture->execute(QStringLiteral("max"), QStringLiteral("moderation.claim"),
                           {{QStringLiteral("id"), report.value(QStringLiteral("id"))},
                            {QStringLiteral("version"), report.value(QStringLiteral("version"))}});
    QVERIFY2(claimed.ok(), qPrintable(claimed.message));
    QTRY_VERIFY(
        model.index(2, claimColumn).data().toString().startsWith(QStringLiteral("Max Keller · ")));
    QVERIFY(model.index(2, claimColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("Claimed by Max Keller until ")));
    QCOMPARE(model.idAt(2), report.value(QStringLiteral("id")).toInteger());
}

void TestReportListModel::appealsQueueListsAppeals()
{
    const QJsonObject answer =
        decide(m_filed.first().id, QStringLiteral("max"), QStringLiteral("warn"));
    const CommandResult filed = m_fixture->services().bus().execute(
        Principal::system(QStringLiteral("test")), QStringLiteral("moderation.appeal_file"),
        {{QStringLiteral("decision_id"),
          answer.value(QStringLiteral("decision")).toObject().value(QStringLiteral("id"))},
         {QStringLiteral("message"), QStringLiteral("That was a joke between friends.")}});
    QVERIFY2(filed.ok(), qPrintable(filed.message));

    ReportListModel model(*m_fixture->session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ReportFilter filter;
    filter.queue = QStringLiteral("appeals");
    filter.severity = QStringLiteral("critical"); // Not an appeal filter: not sent.
    model.setFilter(filter);
    QTRY_COMPARE(model.rowCount(), 1);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.columnCount(), 6);
    QCOMPARE(model.recordAt(0).value(QStringLiteral("kind")).toString(), QStringLiteral("appeal"));
    QCOMPARE(model.index(0, model.columnOf(ReportListModel::MessageColumn)).data().toString(),
             QStringLiteral("That was a joke between friends."));
    const QString original =
        model.index(0, model.columnOf(ReportListModel::OriginalDecisionColumn)).data().toString();
    QVERIFY2(original.startsWith(QStringLiteral("Warn — ")), qPrintable(original));
    QCOMPARE(model.index(0, model.columnOf(ReportListModel::DecidedByColumn)).data().toString(),
             QStringLiteral("Max Keller"));
    QCOMPARE(model.columnOf(ReportListModel::PriorityColumn), -1);
}

void TestReportListModel::refusedFilterShowsTheServiceMessage()
{
    ReportListModel model(*m_fixture->session);
    QSignalSpy failed(&model, &ReportListModel::errorOccurred);
    ReportFilter filter;
    filter.text = QString(300, QLatin1Char('a'));
    model.setFilter(filter);
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.errorString().isEmpty());
    QVERIFY(!model.canFetchMore({}));
    model.setFilter({});
    QTRY_COMPARE(model.rowCount(), ReportListModel::WindowSize);
    QVERIFY(model.errorString().isEmpty());
}

void TestReportListModel::onlyTheLatestFilterIsShown()
{
    ReportListModel model(*m_fixture->session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ReportFilter low;
    low.severity = QStringLiteral("low");
    ReportFilter high;
    high.severity = QStringLiteral("high");
    // Both requests are in flight at once; the first answer must not land.
    model.setFilter(low);
    model.setFilter(high);
    QTRY_VERIFY(model.rowCount() > 0);
    QTRY_VERIFY(!model.isLoading());
    QTest::qWait(100);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.recordAt(row).value(QStringLiteral("severity")).toString(),
                 QStringLiteral("high"));
}

QTEST_MAIN(TestReportListModel)
void TestReportListModel::anotherConsolesReportAndDecisionArrive()
{
    ReportListModel model(*m_fixture->session);
    model.fetchMore({});
    QTRY_VERIFY(model.rowCount() > 0);
    QTRY_VERIFY(!model.isLoading());

    // A second console: its own service layer and connections on the same database. Only the
    // database carries the news: PostgreSQL's LISTEN/NOTIFY, or the audit-head poll on SQLite.
    auto other = Test::openMigrated(m_fixture->url());
    setupServices(*other);
    const int timeout = Test::TestDatabase::backend() == QLatin1String("postgresql") ? 2000 : 4000;
    const CommandResult filed = other->bus().execute(
        m_fixture->principal(QStringLiteral("max")), QStringLiteral("moderation.report"),
        {{QStringLiteral("subject_user_id"), m_people.at(3)},
         {QStringLiteral("content_type"), QStringLiteral("message")},
         {QStringLiteral("excerpt"), QStringLiteral("Send me your bank details")},
         {QStringLiteral("source"), QStringLiteral("user_report")},
         {QStringLiteral("reason"), QStringLiteral("scam")},
         {QStringLiteral("severity"), QStringLiteral("critical")},
         {QStringLiteral("reporter_user_id"), m_people.at(4)}});
    QVERIFY2(filed.ok(), qPrintable(filed.message));
    const QJsonObject report = filed.data.toObject().value(QStringLiteral("report")).toObject();
    const qint64 id = report.value(QStringLiteral("id")).toInteger();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowOf(id) >= 0, timeout);

    const CommandResult decided = other->bus().execute(
        m_fixture->principal(QStringLiteral("max")), QStringLiteral("moderation.decide"),
        {{QStringLiteral("id"), id},
         {QStringLiteral("version"), report.value(QStringLiteral("version"))},
         {QStringLiteral("action"), QStringLiteral("dismiss")}});
    QVERIFY2(decided.ok(), qPrintable(decided.message));
    QTRY_VERIFY_WITH_TIMEOUT(model.rowOf(id) < 0, timeout);
    other->bus().waitForIdle();
}

#include "tst_reportlistmodel.moc"
