#include "auditlog.h"
#include "query.h"
#include "servicelayer.h"
#include "testdatabase.h"

#include <QJsonObject>
#include <QTest>

using namespace Steward;

class TestAuditLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void intactChainVerifies();
    void editedRowIsFound_data();
    void editedRowIsFound();
    void deletedMiddleRowIsFound();
    void deletedLastRowIsFound();
    void concurrentAppendsKeepOneChain();

private:
    void appendEntries(int count);
    void tamper(const QString &sql);

    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<ServiceLayer> m_services;
};

void TestAuditLog::init()
{
    m_db = std::make_unique<Test::TestDatabase>();
    m_services = Test::openMigrated(m_db->url());
}

void TestAuditLog::cleanup()
{
    m_services.reset();
    m_db.reset();
}

void TestAuditLog::appendEntries(int count)
{
    m_services->database().write([&](QSqlDatabase &db) {
        for (int i = 1; i <= count; ++i)
            AuditLog::append(db, 1000 + i, 0, QStringLiteral("system:test"),
                             QStringLiteral("test.cmd"),
                             {QStringLiteral("user"), QString::number(i),
                              QJsonObject{{QStringLiteral("status"), QStringLiteral("active")}},
                              QJsonObject{{QStringLiteral("status"), QStringLiteral("suspended")}},
                              QStringLiteral("reason %1").arg(i)});
    });
}

void TestAuditLog::tamper(const QString &sql)
{
    m_services->database().write([&](QSqlDatabase &db) { Query(db, sql); });
}

void TestAuditLog::intactChainVerifies()
{
    appendEntries(20);
    const auto result = AuditLog::verify(m_services->database().connection());
    QVERIFY2(result.ok, qPrintable(result.reason));
    QCOMPARE(result.checked, 20);
}

void TestAuditLog::editedRowIsFound_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("reason") << "UPDATE audit_log SET reason = 'nothing to see' WHERE seq = 7";
    QTest::newRow("after state")
        << "UPDATE audit_log SET after_json = '{\"status\":\"active\"}' WHERE seq = 7";
    QTest::newRow("actor") << "UPDATE audit_log SET actor = 'someone-else' WHERE seq = 7";
    QTest::newRow("time") << "UPDATE audit_log SET at = at + 1 WHERE seq = 7";
}

void TestAuditLog::editedRowIsFound()
{
    QFETCH(QString, sql);
    appendEntries(12);
    tamper(sql);
    const auto result = AuditLog::verify(m_services->database().connection());
    QVERIFY(!result.ok);
    QCOMPARE(result.firstBadSeq, 7);
    QVERIFY(result.reason.contains(QLatin1String("altered")));
}

void TestAuditLog::deletedMiddleRowIsFound()
{
    appendEntries(12);
    tamper(QStringLiteral("DELETE FROM audit_log WHERE seq = 5"));
    const auto result = AuditLog::verify(m_services->database().connection());
    QVERIFY(!result.ok);
    QCOMPARE(result.firstBadSeq, 5);
}

void TestAuditLog::deletedLastRowIsFound()
{
    appendEntries(12);
    tamper(QStringLiteral("DELETE FROM audit_log WHERE seq = 12"));
    const auto result = AuditLog::verify(m_services->database().connection());
    QVERIFY(!result.ok);
    QCOMPARE(result.firstBadSeq, 12);
}

void TestAuditLog::concurrentAppendsKeepOneChain()
{
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back(QThread::create([this] {
            for (int i = 0; i < 15; ++i)
                m_services->database().write([&](QSqlDatabase &db) {
                    AuditLog::append(db, i, 0, QStringLiteral("system:thread"),
                                     QStringLiteral("test.cmd"),
                                     {QStringLiteral("user"), QString::number(i), {}, {}, {}});
                });
        }));
        threads.back()->start();
    }
    for (const auto &thread : threads)
        thread->wait();
    const auto result = AuditLog::verify(m_services->database().connection());
    QVERIFY2(result.ok, qPrintable(result.reason));
    QCOMPARE(result.checked, 60);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
