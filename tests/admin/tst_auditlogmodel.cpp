#include "auditlogmodel.h"
#include "auditpage.h"
#include "operatorlistmodel.h"

#include "auditlog.h"
#include "consolesession.h"
#include "query.h"
#include "servicelayer.h"
#include "stewardservices.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Steward;
using Admin::AuditLogModel;
using Admin::OperatorListModel;

namespace {

// Entries about user 1 and user 2, interleaved: 3 of every 4 are about user 1.
constexpr int kEntries = 480;

} // namespace

class TestAuditLogModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void firstWindowIsTheNewestEntries();
    void fetchMoreContinuesBelowTheOldestShown();
    void targetFilterShowsOneTargetsHistory_data();
    void targetFilterShowsOneTargetsHistory();
    void newEntriesAppearOnTop();
    void verifyNamesTheFirstTamperedEntry();
    void operatorListFollowsOperatorCommands();

private:
    QList<qint64> seqs(const AuditLogModel &model) const;
    void fetchAll(AuditLogModel &model);

    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<ServiceLayer> m_services;
    std::unique_ptr<Shell::ConsoleSession> m_session;
    qint64 m_adminId = 0;
};

void TestAuditLogModel::init()
{
    m_db = std::make_unique<Test::TestDatabase>();
    m_services = Test::openMigrated(m_db->url());
    setupServices(*m_services);
    m_adminId = Test::addOperator(*m_services, QStringLiteral("root"), QStringLiteral("admin"),
                                  QStringLiteral("a long test password"));
    m_session = std::make_unique<Shell::ConsoleSession>(
        *m_services, Principal::forOperator(m_adminId, QStringLiteral("root"), Role::Admin));
    const qint64 adminId = m_adminId;
    m_services->database().write([adminId](QSqlDatabase &db) {
        for (qint64 id : {1, 2})
            Query(db,
                  QStringLiteral("INSERT INTO users (id, email, first_name, last_name, name_key, "
                                 "last_name_key, country, city, created_at, updated_at) "
                                 "VALUES (?, ?, 'Test', 'Person', 'test person', 'person', 'DE', "
                                 "'Berlin', 0, 0)"),
                  {id, QStringLiteral("person%1@example.com").arg(id)});
        for (int i = 1; i <= kEntries; ++i) {
            const QString target = i % 4 == 0 ? QStringLiteral("2") : QStringLiteral("1");
            const bool isSuspension = i % 2 == 1;
            const QJsonObject active{{QStringLiteral("status"), QStringLiteral("active")},
                                     {QStringLiteral("version"), isSuspension ? i : i + 1}};
            const QJsonObject suspended{{QStringLiteral("status"), QStringLiteral("suspended")},
                                        {QStringLiteral("version"), isSuspension ? i + 1 : i}};
            AuditLog::append(db, 1700000000000 + i * 1000, adminId, QStringLiteral("root"),
                             isSuspension ? QStringLiteral("people.suspend")
                                          : QStringLiteral("people.reinstate"),
                             {QStringLiteral("user"), target, isSuspension ? active : suspended,
                              isSuspension ? suspended : active,
                              QStringLiteral("entry %1").arg(i)});
        }
    });
}

void TestAuditLogModel::cleanup()
{
    m_session.reset();
    m_services.reset();
    m_db.reset();
}

QList<qint64> TestAuditLogModel::seqs(const AuditLogModel &model) const
{
    QList<qint64> result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row, 0).data(AuditLogModel::SeqRole).toLongLong();
    return result;
}

void TestAuditLogModel::fetchAll(AuditLogModel &model)
{
    for (int guard = 0; guard < 10; ++guard) {
        QTRY_VERIFY(!model.isLoading());
        if (!model.canFetchMore({}))
            return;
        model.fetchMore({});
    }
    QFAIL("the model kept asking for more entries");
}

void TestAuditLogModel::firstWindowIsTheNewestEntries()
{
    AuditLogModel model(*m_session);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), AuditLogModel::WindowSize);
    // One request, one window: the log is never read whole.
    QTest::qWait(200);
    QCOMPARE(model.rowCount(), AuditLogModel::WindowSize);
    QList<qint64> expected;
    for (qint64 seq = kEntries; seq > kEntries - AuditLogModel::WindowSize; --seq)
        expected << seq;
    QCOMPARE(seqs(model), expected);
    QVERIFY(model.canFetchMore({}));

    QCOMPARE(model.index(0, AuditLogModel::TimeColumn).data().toString(),
             QStringLiteral("2023-11-14 22:21:20"));
    QCOMPARE(model.index(0, AuditLogModel::TargetColumn).data().toString(),
             QStringLiteral("user 2"));
    QCOMPARE(model.index(0, AuditLogModel::ReasonColumn).data().toString(),
             QStringLiteral("entry 480"));
    const AuditLogModel::Entry entry = model.entryAt(0);
    QCOMPARE(entry.command, QStringLiteral("people.reinstate"));
    QCOMPARE(entry.before, QStringLiteral("{\"status\":\"suspended\",\"version\":480}"));
    QCOMPARE(entry.after, QStringLiteral("{\"status\":\"active\",\"version\":481}"));

    // The tester behaves like a view scrolled to the bottom: it keeps asking for older entries.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model.rowCount(), kEntries);
}

void TestAuditLogModel::fetchMoreContinuesBelowTheOldestShown()
{
    AuditLogModel model(*m_session);
    QSignalSpy inserted(&model, &AuditLogModel::rowsInserted);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model.rowCount(), kEntries);
    QTRY_VERIFY(!model.isLoading());
    QVERIFY(!model.canFetchMore({}));
    const QList<std::pair<int, int>> windows = {{0, 199}, {200, 399}, {400, 479}};
    QCOMPARE(inserted.size(), windows.size());
    for (int i = 0; i < windows.size(); ++i) {
        QCOMPARE(inserted.at(i).at(1).toInt(), windows.at(i).first);
        QCOMPARE(inserted.at(i).at(2).toInt(), windows.at(i).second);
    }
    // Newest first, each window starting right below the last: no gaps, no repeats.
    const QList<qint64> all = seqs(model);
    for (int row = 0; row < all.size(); ++row)
        QCOMPARE(all.at(row), kEntries - row);
}

void TestAuditLogModel::targetFilterShowsOneTargetsHistory_data()
{
    QTest::addColumn<QString>("targetId");
    QTest::addColumn<int>("count");
    QTest::newRow("user 1") << QStringLiteral("1") << kEntries * 3 / 4;
    QTest::newRow("user 2") << QStringLiteral("2") << kEntries / 4;
    QTest::newRow("nobody") << QStringLiteral("3") << 0;
}

void TestAuditLogModel::targetFilterShowsOneTargetsHistory()
{
    QFETCH(QString, targetId);
    QFETCH(int, count);
    AuditLogModel model(*m_session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model.rowCount(), kEntries);

    model.setTargetFilter(QStringLiteral("user"), targetId);
    fetchAll(model);
    QCOMPARE(model.rowCount(), count);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < model.rowCount(); ++row) {
        const AuditLogModel::Entry entry = model.entryAt(row);
        QCOMPARE(entry.targetType, QStringLiteral("user"));
        QCOMPARE(entry.targetId, targetId);
        QVERIFY(entry.seq < previous);
        previous = entry.seq;
    }

    model.setTargetFilter({}, {});
    QTRY_COMPARE(model.rowCount(), kEntries);
    QCOMPARE(model.entryAt(0).seq, kEntries);
}

void TestAuditLogModel::newEntriesAppearOnTop()
{
    AuditLogModel model(*m_session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model.rowCount(), kEntries);
    QTRY_VERIFY(!model.isLoading());
    QSignalSpy inserted(&model, &AuditLogModel::rowsInserted);

    bool isDone = false;
    m_session->call(QStringLiteral("people.suspend"),
                    {{QStringLiteral("id"), 1},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("reason"), QStringLiteral("fake documents")}},
                    this, [&isDone](const CommandResult &result) {
                        QVERIFY2(result.ok(), qPrintable(result.message));
                        isDone = true;
                    });
    QTRY_VERIFY(isDone);
    QTRY_COMPARE(model.rowCount(), kEntries + 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    const AuditLogModel::Entry entry = model.entryAt(0);
    QCOMPARE(entry.seq, kEntries + 1);
    QCOMPARE(entry.command, QStringLiteral("people.suspend"));
    QCOMPARE(entry.actor, QStringLiteral("root"));
    QCOMPARE(entry.reason, QStringLiteral("fake documents"));
    QVERIFY(entry.before.contains(QStringLiteral("\"status\":\"active\"")));
    QVERIFY(entry.after.contains(QStringLiteral("\"status\":\"suspended\"")));
    QCOMPARE(model.entryAt(1).seq, kEntries);
}

void TestAuditLogModel::verifyNamesTheFirstTamperedEntry()
{
    Admin::AuditPage page(*m_session);
    page.resize(1000, 700);
    page.show();
    QTRY_COMPARE(page.model()->rowCount(), 200);
    QSignalSpy verified(&page, &Admin::AuditPage::chainVerified);

    page.verifyChain();
    QTRY_COMPARE(verified.size(), 1);
    QCOMPARE(verified.at(0).at(0).toBool(), true);

    // Someone with database access rewrites history.
    m_services->database().write([](QSqlDatabase &db) {
        Query(db, QStringLiteral("UPDATE audit_log SET reason = 'nothing to see' WHERE seq = 400"));
    });
    page.verifyChain();
    QTRY_COMPARE(verified.size(), 2);
    QCOMPARE(verified.at(1).at(0).toBool(), false);
    // The broken entry is selected for the detail pane.
    QCOMPARE(page.model()->entryAt(page.view()->currentIndex().row()).seq, 400);
}

void TestAuditLogModel::operatorListFollowsOperatorCommands()
{
    const qint64 supportId =
        Test::addOperator(*m_services, QStringLiteral("sam"), QStringLiteral("support"),
                          QStringLiteral("a long test password"));
    OperatorListModel model(*m_session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model.rowCount(), 2);
    const int row = model.rowOf(supportId);
    QCOMPARE(model.index(row, OperatorListModel::UsernameColumn).data().toString(),
             QStringLiteral("sam"));
    QCOMPARE(model.index(row, OperatorListModel::RoleColumn).data().toString(),
             QStringLiteral("Support"));
    QCOMPARE(model.index(row, OperatorListModel::StatusColumn).data().toString(),
             QStringLiteral("Active"));
    QCOMPARE(model.index(row, OperatorListModel::LastLoginColumn).data().toString(),
             QStringLiteral("Never"));

    bool isDone = false;
    m_session->call(QStringLiteral("operator.disable"),
                    {{QStringLiteral("id"), supportId},
                     {QStringLiteral("reason"), QStringLiteral("left the company")}},
                    this, [&isDone](const CommandResult &result) {
                        QVERIFY2(result.ok(), qPrintable(result.message));
                        isDone = true;
                    });
    QTRY_VERIFY(isDone);
    QTRY_COMPARE(model.index(row, OperatorListModel::StatusColumn).data().toString(),
                 QStringLiteral("Disabled"));
    QCOMPARE(model.rowOf(supportId), row);
}

QTEST_MAIN(TestAuditLogModel)
#include "tst_auditlogmodel.moc"
