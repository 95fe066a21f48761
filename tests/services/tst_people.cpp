#include "query.h"
#include "servicelayer.h"
#include "stewardservices.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Steward;

namespace {
const QString kPassword = QStringLiteral("a long test password");

struct Person
{
    const char *first;
    const char *last;
    const char *email;
};
const Person kPeople[] = {
    {"Ana", "Silva", "ana.silva@example.com"},     {"Anabel", "Okafor", "anabel@example.org"},
    {"Bruno", "Anand", "bruno.anand@example.net"}, {"Chen", "Wei", "chen.wei@example.com"},
    {"Zoë", "Müller", "zoe.mueller@example.de"},   {"Ólafur", "Jónsson", "olafur@example.is"},
};
} // namespace

class TestPeople : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void searchFindsByEmailNameAndId_data();
    void searchFindsByEmailNameAndId();
    void listPagesByKeyWithoutGapsOrRepeats();
    void suspendAndReinstateAreAuditedWithEvents();
    void badSuspensionsChangeNothing_data();
    void badSuspensionsChangeNothing();
    void staleVersionNamesWhoDecided();
    void personViewShowsRolesAcrossServices();

private:
    CommandResult call(const QString &command, const QJsonObject &params, const Principal &as);
    QString status(qint64 id);

    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<ServiceLayer> m_services;
    Principal m_support;
    Principal m_finance;
};

void TestPeople::init()
{
    m_db = std::make_unique<Test::TestDatabase>();
    m_services = Test::openMigrated(m_db->url());
    setupServices(*m_services);
    const qint64 support =
        Test::addOperator(*m_services, QStringLiteral("sam"), QStringLiteral("support"), kPassword);
    const qint64 finance =
        Test::addOperator(*m_services, QStringLiteral("fin"), QStringLiteral("finance"), kPassword);
    m_support = Principal::forOperator(support, QStringLiteral("sam"), Role::Support);
    m_finance = Principal::forOperator(finance, QStringLiteral("fin"), Role::Finance);
    m_services->database().write([](QSqlDatabase &db) {
        qint64 id = 1;
        for (const Person &person : kPeople) {
            const QString first = QString::fromUtf8(person.first);
            const QString last = QString::fromUtf8(person.last);
            Query(db,
                  QStringLiteral("INSERT INTO users (id, email, first_name, last_name, name_key, "
                                 "last_name_key, country, city, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, 'DE', 'Berlin', 0, 0)"),
                  {id, QString::fromUtf8(person.email), first, last,
                   (first + QLatin1Char(' ') + last).toLower(), last.toLower()});
            Query(db,
                  QStringLiteral("INSERT INTO user_roles (user_id, role, status, since_at) "
                                 "VALUES (?, 'dater', 'active', 0)"),
                  {id});
            ++id;
        }
        Query(db, QStringLiteral("INSERT INTO user_roles (user_id, role, status, since_at) "
                                 "VALUES (1, 'driver', 'pending', 5)"));
        for (int i = 0; i < 450; ++i)
            Query(db,
                  QStringLiteral("INSERT INTO users (id, email, first_name, last_name, name_key, "
                                 "last_name_key, country, city, created_at, updated_at) "
                                 "VALUES (?, ?, 'Page', ?, ?, ?, 'US', 'Austin', 0, 0)"),
                  {1000 + i, QStringLiteral("page%1@example.com").arg(i),
                   QStringLiteral("P%1").arg(i, 3, 10, QLatin1Char('0')),
                   QStringLiteral("page p%1").arg(i, 3, 10, QLatin1Char('0')),
                   QStringLiteral("p%1").arg(i, 3, 10, QLatin1Char('0'))});
    });
    m_services->database().dialect().resetIdentity(m_services->database().connection(),
                                                   QStringLiteral("users"));
}

void TestPeople::cleanup()
{
    m_services.reset();
    m_db.reset();
}

CommandResult TestPeople::call(const QString &command, const QJsonObject &params,
                               const Principal &as)
{
    return m_services->bus().execute(as, command, params);
}

QString TestPeople::status(qint64 id)
{
    return Query::scalar(m_services->database().connection(),
                         QStringLiteral("SELECT status FROM users WHERE id = ?"), {id})
        .toString();
}

void TestPeople::searchFindsByEmailNameAndId_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qint64>>("ids");
    QTest::newRow("email prefix") << "ana.s" << QList<qint64>{1};
    QTest::newRow("email exact, any case") << "CHEN.WEI@EXAMPLE.COM" << QList<qint64>{4};
    QTest::newRow("first name prefix") << "ana" << QList<qint64>{1, 2, 3};
    QTest::newRow("full name") << "zoë müller" << QList<qint64>{5};
    QTest::newRow("last name") << "jóns" << QList<qint64>{6};
    QTest::newRow("id") << "4" << QList<qint64>{4};
    QTest::newRow("hash id") << "#6" << QList<qint64>{6};
    QTest::newRow("nobody") << "xyz" << QList<qint64>{};
}

void TestPeople::searchFindsByEmailNameAndId()
{
    QFETCH(QString, text);
    QFETCH(QList<qint64>, ids);
    const CommandResult result =
        call(QStringLiteral("people.search"), {{QStringLiteral("text"), text}}, m_support);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QList<qint64> found;
    for (const QJsonValue &row : result.data.toArray())
        found << row.toObject().value(QStringLiteral("id")).toInteger();
    std::sort(found.begin(), found.end());
    QCOMPARE(found, ids);
}

void TestPeople::listPagesByKeyWithoutGapsOrRepeats()
{
    QSet<qint64> seen;
    QJsonObject params{{QStringLiteral("limit"), 100}};
    QString previousKey;
    int pages = 0;
    for (;;) {
        const CommandResult page = call(QStringLiteral("people.list"), params, m_support);
        QVERIFY2(page.ok(), qPrintable(page.message));
        const QJsonObject data = page.data.toObject();
        for (const QJsonValue &row : data.value(QStringLiteral("rows")).toArray()) {
            const qint64 id = row.toObject().value(QStringLiteral("id")).toInteger();
            QVERIFY2(!seen.contains(id), "a user appeared on two pages");
            seen.insert(id);
        }
        ++pages;
        if (!data.value(QStringLiteral("has_more")).toBool())
            break;
        params.insert(QStringLiteral("after_name_key"),
                      data.value(QStringLiteral("next_name_key")));
        params.insert(QStringLiteral("after_id"), data.value(QStringLiteral("next_id")));
    }
    QCOMPARE(seen.size(), 456);
    QCOMPARE(pages, 5);
}

void TestPeople::suspendAndReinstateAreAuditedWithEvents()
{
    const CommandResult suspended =
        call(QStringLiteral("people.suspend"),
             {{QStringLiteral("id"), 3},
              {QStringLiteral("version"), 1},
              {QStringLiteral("reason"), QStringLiteral("chargeback fraud")},
              {QStringLiteral("days"), 7}},
             m_support);
    QVERIFY2(suspended.ok(), qPrintable(suspended.message));
    QCOMPARE(status(3), QStringLiteral("suspended"));
    QCOMPARE(suspended.data.toObject().value(QStringLiteral("status_reason")).toString(),
             QStringLiteral("chargeback fraud"));
    QSqlDatabase db = m_services->database().connection();
    QCOMPARE(Query::scalar(
                 db, QStringLiteral("SELECT reason FROM audit_log WHERE command = 'people.suspend' "
                                    "AND target_id = '3'"))
                 .toString(),
             QStringLiteral("chargeback fraud"));
    QCOMPARE(
        Query::scalar(
            db, QStringLiteral("SELECT count(*) FROM outbox WHERE event_type = 'user:suspended' "
                               "AND aggregate_id = '3'"))
            .toLongLong(),
        1);

    const CommandResult reinstated =
        call(QStringLiteral("people.reinstate"),
             {{QStringLiteral("id"), 3},
              {QStringLiteral("version"), 2},
              {QStringLiteral("reason"), QStringLiteral("bank confirmed")}},
             m_support);
    QVERIFY2(reinstated.ok(), qPrintable(reinstated.message));
    QCOMPARE(status(3), QStringLiteral("active"));

    const CommandResult view =
        call(QStringLiteral("people.get"), {{QStringLiteral("id"), 3}}, m_support);
    const QJsonArray history = view.data.toObject().value(QStringLiteral("history")).toArray();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).toObject().value(QStringLiteral("command")).toString(),
             QStringLiteral("people.reinstate"));
}

void TestPeople::badSuspensionsChangeNothing_data()
{
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<bool>("asFinance");
    QTest::addColumn<int>("code");
    QTest::newRow("empty reason") << QJsonObject{{QStringLiteral("id"), 2},
                                                 {QStringLiteral("version"), 1},
                                                 {QStringLiteral("reason"), QStringLiteral("  ")}}
                                  << false << int(ErrorCode::BadInput);
    QTest::newRow("negative length")
        << QJsonObject{{QStringLiteral("id"), 2},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("reason"), QStringLiteral("spam")},
                       {QStringLiteral("days"), -3}}
        << false << int(ErrorCode::BadInput);
    QTest::newRow("unknown user") << QJsonObject{{QStringLiteral("id"), 99999},
                                                 {QStringLiteral("version"), 1},
                                                 {QStringLiteral("reason"), QStringLiteral("spam")}}
                                  << false << int(ErrorCode::NotFound);
    QTest::newRow("no version") << QJsonObject{{QStringLiteral("id"), 2},
                                               {QStringLiteral("reason"), QStringLiteral("spam")}}
                                << false << int(ErrorCode::BadInput);
    QTest::newRow("role may not") << QJsonObject{{QStringLiteral("id"), 2},
                                                 {QStringLiteral("version"), 1},
                                                 {QStringLiteral("reason"), QStringLiteral("spam")}}
                                  << true << int(ErrorCode::PermissionDenied);
}

void TestPeople::badSuspensionsChangeNothing()
{
    QFETCH(QJsonObject, params);
    QFETCH(bool, asFinance);
    QFETCH(int, code);
    const qint64 auditBefore = Query::scalar(m_services->database().connection(),
                                             QStringLiteral("SELECT count(*) FROM audit_log"))
                                   .toLongLong();
    const CommandResult result =
        call(QStringLiteral("people.suspend"), params, asFinance ? m_finance : m_support);
    QCOMPARE(int(result.code), code);
    QVERIFY(!result.message.isEmpty());
    QCOMPARE(status(2), QStringLiteral("active"));
    QCOMPARE(Query::scalar(m_services->database().connection(),
                           QStringLiteral("SELECT count(*) FROM audit_log"))
                 .toLongLong(),
             auditBefore);
}

void TestPeople::staleVersionNamesWhoDecided()
{
    const QJsonObject params{{QStringLiteral("id"), 1},
                             {QStringLiteral("version"), 1},
                             {QStringLiteral("reason"), QStringLiteral("impersonation")}};
    QVERIFY(call(QStringLiteral("people.suspend"), params, m_support).ok());
    QVERIFY(call(QStringLiteral("people.reinstate"),
                 {{QStringLiteral("id"), 1},
                  {QStringLiteral("version"), 2},
                  {QStringLiteral("reason"), QStringLiteral("ok")}},
                 m_support)
                .ok());
    const CommandResult late = call(QStringLiteral("people.suspend"), params, m_support);
    QCOMPARE(late.code, ErrorCode::Conflict);
    QVERIFY2(late.message.contains(QLatin1String("by sam at")), qPrintable(late.message));
    QCOMPARE(status(1), QStringLiteral("active"));
}

void TestPeople::personViewShowsRolesAcrossServices()
{
    const CommandResult view =
        call(QStringLiteral("people.get"), {{QStringLiteral("id"), 1}}, m_finance);
    QVERIFY2(view.ok(), qPrintable(view.message));
    const QJsonObject person = view.data.toObject();
    QCOMPARE(person.value(QStringLiteral("email")).toString(),
             QStringLiteral("ana.silva@example.com"));
    const QJsonArray roles = person.value(QStringLiteral("roles")).toArray();
    QCOMPARE(roles.size(), 2);
    QCOMPARE(roles.at(1).toObject().value(QStringLiteral("role")).toString(),
             QStringLiteral("driver"));
    QCOMPARE(roles.at(1).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("pending"));
    QCOMPARE(call(QStringLiteral("people.get"), {{QStringLiteral("id"), 424242}}, m_finance).code,
             ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestPeople)
#include "tst_people.moc"
