#include "database.h"
#include "query.h"
#include "servicelayer.h"
#include "testdatabase.h"

#include <QTest>
#include <QThread>

#include <atomic>

using namespace Steward;

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void concurrentWritersLoseNoUpdate();
    void failedTransactionRollsBack();
    void transientErrorsAreRecognised_data();
    void transientErrorsAreRecognised();
    void eachThreadHasItsOwnConnection();
    void interruptedBulkLoadIsRepairedAtNextStart();
};

void TestDatabase::concurrentWritersLoseNoUpdate()
{
    Test::TestDatabase testDb;
    auto services = Test::openMigrated(testDb.url());
    Database &db = services->database();
    db.write([](QSqlDatabase &c) {
        Query(c, QStringLiteral(
                     "INSERT INTO app_settings (key, value, updated_at) VALUES ('n', '0', 0)"));
    });
    // Each transaction reads before it writes. On SQLite a deferred transaction would fail
    // with "database is locked" when upgrading its read lock; the write lock taken up front and
    // the busy handling make every one of them succeed.
    std::vector<std::unique_ptr<QThread>> threads;
    std::atomic_int failures = 0;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back(QThread::create([&db, &failures] {
            for (int i = 0; i < 25; ++i) {
                try {
                    db.write([](QSqlDatabase &c) {
                        Query::scalar(
                            c, QStringLiteral("SELECT value FROM app_settings WHERE key = 'n'"));
                        Query(c, QStringLiteral(
                                     "UPDATE app_settings SET value = "
                                     "CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'n'"));
                    });
                } catch (const Error &) {
                    ++failures;
                }
            }
        }));
        threads.back()->start();
    }
    for (const auto &thread : threads)
        thread->wait();
    QCOMPARE(failures.load(), 0);
    QCOMPARE(Query::scalar(db.connection(),
                           QStringLiteral("SELECT value FROM app_settings WHERE key = 'n'"))
                 .toLongLong(),
             100);
}

void TestDatabase::failedTransactionRollsBack()
{
    Test::TestDatabase testDb;
    auto services = Test::openMigrated(testDb.url());
    Database &db = services->database();
    QVERIFY_THROWS_EXCEPTION(Error, db.write([](QSqlDatabase &c) {
        Query(c, QStringLiteral(
                     "INSERT INTO app_settings (key, value, updated_at) VALUES ('a', '1', 0)"));
        Query(c, QStringLiteral(
                     "INSERT INTO app_settings (key, value, updated_at) VALUES ('a', '2', 0)"));
    }));
    QVERIFY(!Query::scalar(db.connection(),
                           QStringLiteral("SELECT 1 FROM app_settings WHERE key = 'a'"))
                 .isValid());
    // The connection is usable again afterwards.
    db.write([](QSqlDatabase &c) {
        Query(c, QStringLiteral(
                     "INSERT INTO app_settings (key, value, updated_at) VALUES ('a', '3', 0)"));
    });
    QCOMPARE(Query::scalar(db.connection(),
                           QStringLiteral("SELECT value FROM app_settings WHERE key = 'a'"))
                 .toString(),
             QStringLiteral("3"));
}

void TestDatabase::transientErrorsAreRecognised_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("transient");
    const int sqlite = int(DatabaseUrl::Kind::Sqlite);
    const int postgres = int(DatabaseUrl::Kind::PostgreSql);
    QTest::newRow("sqlite busy") << sqlite << "5" << true;
    QTest::newRow("sqlite busy snapshot") << sqlite << "517" << true;
    QTest::newRow("sqlite locked") << sqlite << "6" << true;
    QTest::newRow("sqlite constraint") << sqlite << "19" << false;
    QTest::newRow("postgres serialization") << postgres << "40001" << true;
    QTest::newRow("postgres deadlock") << postgres << "40P01" << true;
    QTest::newRow("postgres unique") << postgres << "23505" << false;
}

void TestDatabase::transientErrorsAreRecognised()
{
    QFETCH(int, kind);
    QFETCH(QString, code);
    QFETCH(bool, transient);
    const auto dialect = SqlDialect::forKind(DatabaseUrl::Kind(kind));
    QCOMPARE(dialect->isTransient(QSqlError(QString(), QString(), QSqlError::StatementError, code)),
             transient);
}

void TestDatabase::eachThreadHasItsOwnConnection()
{
    Test::TestDatabase testDb;
    auto services = Test::openMigrated(testDb.url());
    const QString mine = services->database().connection().connectionName();
    QString theirs;
    std::unique_ptr<QThread> thread(
        QThread::create([&] { theirs = services->database().connection().connectionName(); }));
    thread->start();
    thread->wait();
    QVERIFY(!theirs.isEmpty());
    QVERIFY(theirs != mine);
    QCOMPARE(services->database().connection().connectionName(), mine);
}

void TestDatabase::interruptedBulkLoadIsRepairedAtNextStart()
{
    Test::TestDatabase testDb;
    QStringList before;
    {
        auto services = Test::openMigrated(testDb.url());
        Database &db = services->database();
        before = db.dialect().indexes(db.connection());
        // A bulk load that drops the indexes and then dies without endBulkLoad().
        db.write([&](QSqlDatabase &c) {
            db.dialect().beginBulkLoad(c,
                                       {QStringLiteral("users"), QStringLiteral("transactions")});
        });
        const QStringList during = db.dialect().indexes(db.connection());
        QVERIFY(during.size() < before.size());
        QVERIFY(!during.contains(QStringLiteral("users_name_key")));
    }
    auto restarted = Test::openMigrated(testDb.url());
    const QStringList after =
        restarted->database().dialect().indexes(restarted->database().connection());
    QCOMPARE(after, before);
    QVERIFY(
        !Query::scalar(
             restarted->database().connection(),
             QStringLiteral("SELECT 1 FROM app_settings WHERE key = 'bulk_load.dropped_indexes'"))
             .isValid());
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
