#include "changenotifier.h"
#include "query.h"
#include "servicelayer.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QTest>

using namespace Steward;

class TestChangeNotifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void otherConsoleHearsACommit();
};

void TestChangeNotifier::otherConsoleHearsACommit()
{
    Test::TestDatabase testDb;
    auto writer = Test::openMigrated(testDb.url());
    const qint64 adminId =
        Test::addOperator(*writer, QStringLiteral("ada"), QStringLiteral("admin"),
                          QStringLiteral("a long admin password"));
    writer->bus().add({QStringLiteral("test.touch"),
                       Permission::OperatorsManage,
                       QStringLiteral("touch"),
                       true,
                       {},
                       [](CommandContext &ctx) -> QJsonValue {
                           ctx.audit({QStringLiteral("thing"), QStringLiteral("1"), {}, {}, {}});
                           return {};
                       }});

    ServiceLayer reader(testDb.url());
    reader.open();
    // On PostgreSQL the poll is slowed right down, so only LISTEN/NOTIFY can deliver in time.
    const bool postgres = testDb.isPostgreSql();
    ChangeNotifier notifier(reader.database(), postgres ? 60000 : 200);
    QSignalSpy spy(&notifier, &ChangeNotifier::changed);
    notifier.start();
    QTest::qWait(300);
    spy.clear();

    const CommandResult result =
        writer->bus().execute(Principal::forOperator(adminId, QStringLiteral("ada"), Role::Admin),
                              QStringLiteral("test.touch"));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 1, 2000);
    if (postgres)
        QCOMPARE(spy.first().first().toString(), QStringLiteral("test.touch"));
}

QTEST_GUILESS_MAIN(TestChangeNotifier)
#include "tst_changenotifier.moc"
