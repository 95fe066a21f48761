#include "query.h"
#include "servicelayer.h"
#include "testdatabase.h"

#include <QTest>

using namespace Steward;

class TestOutbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void sameEventTwiceHasOneEffect();
    void everyPendingEventIsDeliveredOnce();
    void twoConsolesDeliverEachEventOnce();
    void failingHandlerIsRetriedLater();

private:
    qint64 effectCount();
    qint64 appendEvents(int count);
    EventHandler counter(const QString &name = QStringLiteral("test.counter"));

    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<ServiceLayer> m_services;
};

void TestOutbox::init()
{
    m_db = std::make_unique<Test::TestDatabase>();
    m_services = Test::openMigrated(m_db->url());
    m_services->database().write([](QSqlDatabase &db) {
        Query(db,
              QStringLiteral(
                  "INSERT INTO app_settings (key, value, updated_at) VALUES ('effects', '0', 0)"));
    });
}

void TestOutbox::cleanup()
{
    m_services.reset();
    m_db.reset();
}

EventHandler TestOutbox::counter(const QString &name)
{
    // The effect is a database change, so it commits or rolls back with the processed mark.
    return {name, {QStringLiteral("payment:completed")}, [](QSqlDatabase &db, const OutboxEvent &) {
                Query(
                    db,
                    QStringLiteral(
                        "UPDATE app_settings SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) "
                        "WHERE key = 'effects'"));
            }};
}

qint64 TestOutbox::effectCount()
{
    return Query::scalar(m_services->database().connection(),
                         QStringLiteral("SELECT value FROM app_settings WHERE key = 'effects'"))
        .toLongLong();
}

qint64 TestOutbox::appendEvents(int count)
{
    return m_services->database().write([&](QSqlDatabase &db) {
        qint64 last = 0;
        for (int i = 0; i < count; ++i) {
            last = EventDispatcher::append(db, i, QStringLiteral("payment:completed"),
                                           QStringLiteral("transaction"), QString::number(i),
                                           {{QStringLiteral("amount"), 1000 + i}});
            EventDispatcher::append(db, i, QStringLiteral("match:made"), QStringLiteral("match"),
                                    QString::number(i), {});
        }
        return last;
    });
}

void TestOutbox::sameEventTwiceHasOneEffect()
{
    const qint64 id = appendEvents(1);
    const EventHandler handler = counter();
    OutboxEvent event;
    event.id = id;
    event.type = QStringLiteral("payment:completed");
    QVERIFY(m_services->events().deliver(handler, event));
    QVERIFY(!m_services->events().deliver(handler, event));
    QCOMPARE(effectCount(), 1);
}

void TestOutbox::everyPendingEventIsDeliveredOnce()
{
    m_services->events().addHandler(counter());
    appendEvents(1200);
    QCOMPARE(m_services->events().deliverPending(), 1200);
    QCOMPARE(m_services->events().deliverPending(), 0);
    QCOMPARE(effectCount(), 1200);
    appendEvents(3);
    QCOMPARE(m_services->events().deliverPending(), 3);
    QCOMPARE(effectCount(), 1203);
}

void TestOutbox::twoConsolesDeliverEachEventOnce()
{
    appendEvents(300);
    ServiceLayer other(m_db->url());
    other.open();
    m_services->events().addHandler(counter());
    other.events().addHandler(counter());
    int first = 0;
    std::unique_ptr<QThread> thread(
        QThread::create([&] { first = other.events().deliverPending(50); }));
    thread->start();
    const int second = m_services->events().deliverPending(50);
    thread->wait();
    QCOMPARE(first + second, 300);
    QCOMPARE(effectCount(), 300);
}

void TestOutbox::failingHandlerIsRetriedLater()
{
    bool failing = true;
    m_services->events().addHandler(
        {QStringLiteral("test.flaky"),
         {QStringLiteral("payment:completed")},
         [&](QSqlDatabase &db, const OutboxEvent &) {
             Query(db, QStringLiteral("UPDATE app_settings SET value = '1' "
                                      "WHERE key = 'effects'"));
             if (failing)
                 throw Error::internal(QStringLiteral("downstream down"));
         }});
    appendEvents(1);
    QCOMPARE(m_services->events().deliverPending(), 0);
    QCOMPARE(effectCount(), 0);
    failing = false;
    QCOMPARE(m_services->events().deliverPending(), 1);
    QCOMPARE(effectCount(), 1);
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
