#include "auditlog.h"
#include "query.h"
#include "servicelayer.h"
#include "testdatabase.h"

#include <QJsonObject>
#include <QTest>

using namespace Steward;

class TestCommandBus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void commitsChangeAuditAndEventTogether();
    void failingHandlerLeavesNothing();
    void refusesOperatorsWithoutThePermission();
    void disabledOperatorIsRefusedAtOnce();
    void staleVersionIsAConflict();
    void unknownCommandIsBadInput();
    void postRunsOffTheCallingThread();
    void queriesCannotLeaveTraces();

private:
    qint64 count(const QString &table);

    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<ServiceLayer> m_services;
    Principal m_admin;
    Principal m_support;
};

qint64 TestCommandBus::count(const QString &table)
{
    return Query::scalar(m_services->database().connection(),
                         QStringLiteral("SELECT count(*) FROM ") + table)
        .toLongLong();
}

void TestCommandBus::init()
{
    m_db = std::make_unique<Test::TestDatabase>();
    m_services = Test::openMigrated(m_db->url());
    const qint64 adminId =
        Test::addOperator(*m_services, QStringLiteral("ada"), QStringLiteral("admin"),
                          QStringLiteral("a long admin password"));
    const qint64 supportId =
        Test::addOperator(*m_services, QStringLiteral("sam"), QStringLiteral("support"),
                          QStringLiteral("a long support password"));
    m_admin = Principal::forOperator(adminId, QStringLiteral("ada"), Role::Admin);
    m_support = Principal::forOperator(supportId, QStringLiteral("sam"), Role::Support);

    CommandBus &bus = m_services->bus();
    bus.add({QStringLiteral("test.set"),
             Permission::OperatorsManage,
             QStringLiteral("set a key"),
             true,
             {},
             [](CommandContext &ctx) -> QJsonValue {
                 const QString key = ctx.requireString(QStringLiteral("key"));
                 const qint64 version = ctx.optionalInteger(QStringLiteral("version"), 0);
                 if (version == 0) {
                     Query(ctx.db(),
                           QStringLiteral("INSERT INTO app_settings (key, value, updated_at) "
                                          "VALUES (?, ?, ?)"),
                           {key, ctx.requireString(QStringLiteral("value")), ctx.now()});
                 } else {
                     Query update(
                         ctx.db(),
                         QStringLiteral("UPDATE app_settings SET value = ?, version = version + 1 "
                                        "WHERE key = ? AND version = ?"),
                         {ctx.requireString(QStringLiteral("value")), key, version});
                     if (update.rowsAffected() == 0)
                         throw Error::conflict(QStringLiteral("already changed"));
                 }
                 ctx.audit({QStringLiteral("setting"), key, {}, ctx.params(), {}});
                 ctx.emitEvent(QStringLiteral("setting:changed"), QStringLiteral("setting"), key);
                 return QJsonObject{{QStringLiteral("key"), key}};
             }});
    bus.add({QStringLiteral("test.fail_late"),
             Permission::OperatorsManage,
             QStringLiteral("fails"),
             true,
             {},
             [](CommandContext &ctx) -> QJsonValue {
                 Query(ctx.db(), QStringLiteral("INSERT INTO app_settings (key, value, updated_at) "
                                                "VALUES ('half', 'done', 0)"));
                 ctx.audit({QStringLiteral("setting"), QStringLiteral("half"), {}, {}, {}});
                 ctx.emitEvent(QStringLiteral("setting:changed"), QStringLiteral("setting"),
                               QStringLiteral("half"));
                 throw Error::badInput(QStringLiteral("the second half is invalid"));
             }});
    bus.add({QStringLiteral("test.sneaky_query"),
             Permission::Self,
             QStringLiteral("a query"),
             false,
             {},
             [](CommandContext &ctx) -> QJsonValue {
                 ctx.audit({QStringLiteral("x"), QStringLiteral("1"), {}, {}, {}});
                 return {};
             }});
}

void TestCommandBus::cleanup()
{
    m_services.reset();
    m_db.reset();
}

void TestCommandBus::commitsChangeAuditAndEventTogether()
{
    const qint64 settingsBefore = count(QStringLiteral("app_settings"));
    int delivered = 0;
    m_services->events().addHandler({QStringLiteral("test.counter"),
                                     {QStringLiteral("setting:changed")},
                                     [&](QSqlDatabase &, const OutboxEvent &event) {
                                         QCOMPARE(event.aggregateId, QStringLiteral("motd"));
                                         ++delivered;
                                     }});
    const CommandResult result =
        m_services->bus().execute(m_admin, QStringLiteral("test.set"),
                                  {{QStringLiteral("key"), QStringLiteral("motd")},
                                   {QStringLiteral("value"), QStringLiteral("hi")}});
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(count(QStringLiteral("app_settings")), settingsBefore + 1);
    QCOMPARE(Query::scalar(m_services->database().connection(),
                           QStringLiteral("SELECT actor FROM audit_log WHERE command = 'test.set'"))
                 .toString(),
             QStringLiteral("ada"));
    QCOMPARE(count(QStringLiteral("outbox")), 1);
    QCOMPARE(delivered, 1);
}

void TestCommandBus::failingHandlerLeavesNothing()
{
    const qint64 auditBefore = count(QStringLiteral("audit_log"));
    const qint64 settingsBefore = count(QStringLiteral("app_settings"));
    const CommandResult result =
        m_services->bus().execute(m_admin, QStringLiteral("test.fail_late"));
    QCOMPARE(result.code, ErrorCode::BadInput);
    QCOMPARE(result.message, QStringLiteral("the second half is invalid"));
    QCOMPARE(count(QStringLiteral("app_settings")), settingsBefore);
    QCOMPARE(count(QStringLiteral("audit_log")), auditBefore);
    QCOMPARE(count(QStringLiteral("outbox")), 0);
    QVERIFY(AuditLog::verify(m_services->database().connection()).ok);
}

void TestCommandBus::refusesOperatorsWithoutThePermission()
{
    const qint64 settingsBefore = count(QStringLiteral("app_settings"));
    const CommandResult result =
        m_services->bus().execute(m_support, QStringLiteral("test.set"),
                                  {{QStringLiteral("key"), QStringLiteral("k")},
                                   {QStringLiteral("value"), QStringLiteral("v")}});
    QCOMPARE(result.code, ErrorCode::PermissionDenied);
    QVERIFY(result.message.contains(QLatin1String("operators.manage")));
    QCOMPARE(count(QStringLiteral("app_settings")), settingsBefore);
}

void TestCommandBus::disabledOperatorIsRefusedAtOnce()
{
    m_services->database().write([&](QSqlDatabase &db) {
        Query(db, QStringLiteral("UPDATE operators SET is_disabled = TRUE WHERE id = ?"),
              {m_admin.operatorId});
    });
    const CommandResult result =
        m_services->bus().execute(m_admin, QStringLiteral("test.set"),
                                  {{QStringLiteral("key"), QStringLiteral("k")},
                                   {QStringLiteral("value"), QStringLiteral("v")}});
    QCOMPARE(result.code, ErrorCode::PermissionDenied);
    QVERIFY(result.message.contains(QLatin1String("disabled")));
}

void TestCommandBus::staleVersionIsAConflict()
{
    CommandBus &bus = m_services->bus();
    QVERIFY(bus.execute(m_admin, QStringLiteral("test.set"),
                        {{QStringLiteral("key"), QStringLiteral("k")},
                         {QStringLiteral("value"), QStringLiteral("1")}})
                .ok());
    const QJsonObject update{{QStringLiteral("key"), QStringLiteral("k")},
                             {QStringLiteral("value"), QStringLiteral("2")},
                             {QStringLiteral("version"), 1}};
    QVERIFY(bus.execute(m_admin, QStringLiteral("test.set"), update).ok());
    const CommandResult stale = bus.execute(m_admin, QStringLiteral("test.set"), update);
    QCOMPARE(stale.code, ErrorCode::Conflict);
    QCOMPARE(Query::scalar(m_services->database().connection(),
                           QStringLiteral("SELECT value FROM app_settings WHERE key = 'k'"))
                 .toString(),
             QStringLiteral("2"));
}

void TestCommandBus::unknownCommandIsBadInput()
{
    const CommandResult result = m_services->bus().execute(m_admin, QStringLiteral("no.such"));
    QCOMPARE(result.code, ErrorCode::BadInput);
    QVERIFY(result.message.contains(QLatin1String("unknown command")));
}

void TestCommandBus::postRunsOffTheCallingThread()
{
    Qt::HANDLE worker = nullptr;
    m_services->bus().add({QStringLiteral("test.where"),
                           Permission::Self,
                           QStringLiteral("thread"),
                           false,
                           {},
                           [&](CommandContext &) -> QJsonValue {
                               worker = QThread::currentThreadId();
                               return QStringLiteral("here");
                           }});
    QFuture<CommandResult> future = m_services->bus().post(m_support, QStringLiteral("test.where"));
    future.waitForFinished();
    QVERIFY(future.result().ok());
    QCOMPARE(future.result().data.toString(), QStringLiteral("here"));
    QVERIFY(worker != QThread::currentThreadId());
}

void TestCommandBus::queriesCannotLeaveTraces()
{
    const CommandResult result =
        m_services->bus().execute(m_support, QStringLiteral("test.sneaky_query"));
    QCOMPARE(result.code, ErrorCode::Internal);
}

QTEST_GUILESS_MAIN(TestCommandBus)
#include "tst_commandbus.moc"
