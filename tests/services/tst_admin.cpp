#include "query.h"
#include "servicelayer.h"
#include "stewardservices.h"
#include "testdatabase.h"
#include "totp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Steward;

namespace {
const QString kPassword = QStringLiteral("a long admin password");
}

class TestAdmin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void addsOperatorsWithValidatedInput_data();
    void addsOperatorsWithValidatedInput();
    void changingRoleTakesEffectImmediately();
    void lastAdminCannotBeDemotedOrDisabled();
    void disablingEndsRememberedLogins();
    void supportCannotManageOperators();
    void twoFactorEnrollmentThenLoginNeedsCode();

private:
    CommandResult call(const QString &command, const QJsonObject &params,
                       const Principal *as = nullptr);

    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<ServiceLayer> m_services;
    Principal m_admin;
};

void TestAdmin::init()
{
    m_db = std::make_unique<Test::TestDatabase>();
    m_services = Test::openMigrated(m_db->url());
    setupServices(*m_services);
    m_admin = m_services->auth().createFirstAdmin(QStringLiteral("root"), QString(), kPassword);
}

void TestAdmin::cleanup()
{
    m_services.reset();
    m_db.reset();
}

CommandResult TestAdmin::call(const QString &command, const QJsonObject &params,
                              const Principal *as)
{
    return m_services->bus().execute(as ? *as : m_admin, command, params);
}

void TestAdmin::addsOperatorsWithValidatedInput_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("code");
    QTest::newRow("valid") << "sam"
                           << "support"
                           << "support password 1" << int(ErrorCode::Ok);
    QTest::newRow("weak password") << "sam"
                                   << "support"
                                   << "short" << int(ErrorCode::BadInput);
    QTest::newRow("unknown role") << "sam"
                                  << "janitor"
                                  << "support password 1" << int(ErrorCode::BadInput);
    QTest::newRow("bad username") << "Sam Smith"
                                  << "support"
                                  << "support password 1" << int(ErrorCode::BadInput);
    QTest::newRow("duplicate") << "root"
                               << "support"
                               << "support password 1" << int(ErrorCode::Conflict);
}

void TestAdmin::addsOperatorsWithValidatedInput()
{
    QFETCH(QString, username);
    QFETCH(QString, role);
    QFETCH(QString, password);
    QFETCH(int, code);
    const qint64 before = Query::scalar(m_services->database().connection(),
                                        QStringLiteral("SELECT count(*) FROM operators"))
                              .toLongLong();
    const CommandResult result =
        call(QStringLiteral("operator.add"), {{QStringLiteral("username"), username},
                                              {QStringLiteral("role"), role},
                                              {QStringLiteral("password"), password}});
    QCOMPARE(int(result.code), code);
    const qint64 after = Query::scalar(m_services->database().connection(),
                                       QStringLiteral("SELECT count(*) FROM operators"))
                             .toLongLong();
    QCOMPARE(after, before + (result.ok() ? 1 : 0));
    if (result.ok())
        QCOMPARE(m_services->auth().login(username, password).role, Role::Support);
}

void TestAdmin::changingRoleTakesEffectImmediately()
{
    QVERIFY(
        call(QStringLiteral("operator.add"), {{QStringLiteral("username"), QStringLiteral("fin")},
                                              {QStringLiteral("role"), QStringLiteral("finance")},
                                              {QStringLiteral("password"), kPassword}})
            .ok());
    const Principal finance = m_services->auth().login(QStringLiteral("fin"), kPassword);
    QCOMPARE(call(QStringLiteral("operator.list"), {}, &finance).code, ErrorCode::PermissionDenied);
    QVERIFY(call(QStringLiteral("operator.set_role"),
                 {{QStringLiteral("username"), QStringLiteral("fin")},
                  {QStringLiteral("role"), QStringLiteral("admin")}})
                .ok());
    // The same logged-in principal now holds admin rights: roles are read on every call.
    QVERIFY(call(QStringLiteral("operator.list"), {}, &finance).ok());
}

void TestAdmin::lastAdminCannotBeDemotedOrDisabled()
{
    const CommandResult demote = call(QStringLiteral("operator.set_role"),
                                      {{QStringLiteral("username"), QStringLiteral("root")},
                                       {QStringLiteral("role"), QStringLiteral("support")}});
    QCOMPARE(demote.code, ErrorCode::Conflict);
    QVERIFY(demote.message.contains(QLatin1String("last enabled admin")));
    QCOMPARE(m_services->auth().login(QStringLiteral("root"), kPassword).role, Role::Admin);
}

void TestAdmin::disablingEndsRememberedLogins()
{
    QVERIFY(
        call(QStringLiteral("operator.add"), {{QStringLiteral("username"), QStringLiteral("sam")},
                                              {QStringLiteral("role"), QStringLiteral("support")},
                                              {QStringLiteral("password"), kPassword}})
            .ok());
    const Principal sam = m_services->auth().login(QStringLiteral("sam"), kPassword);
    const QString token = m_services->auth().createSession(sam, QStringLiteral("desk"));
    const CommandResult noReason = call(QStringLiteral("operator.disable"),
                                        {{QStringLiteral("username"), QStringLiteral("sam")}});
    QCOMPARE(noReason.code, ErrorCode::BadInput);
    QVERIFY(call(QStringLiteral("operator.disable"),
                 {{QStringLiteral("username"), QStringLiteral("sam")},
                  {QStringLiteral("reason"), QStringLiteral("left the team")}})
                .ok());
    QVERIFY_THROWS_EXCEPTION(Error, m_services->auth().resumeSession(token));
    QVERIFY_THROWS_EXCEPTION(Error, m_services->auth().login(QStringLiteral("sam"), kPassword));
    QCOMPARE(
        call(QStringLiteral("people.search"), {{QStringLiteral("text"), QStringLiteral("x")}}, &sam)
            .code,
        ErrorCode::PermissionDenied);
}

void TestAdmin::supportCannotManageOperators()
{
    QVERIFY(
        call(QStringLiteral("operator.add"), {{QStringLiteral("username"), QStringLiteral("sam")},
                                              {QStringLiteral("role"), QStringLiteral("support")},
                                              {QStringLiteral("password"), kPassword}})
            .ok());
    const Principal sam = m_services->auth().login(QStringLiteral("sam"), kPassword);
    const CommandResult result = call(QStringLiteral("operator.add"),
                                      {{QStringLiteral("username"), QStringLiteral("eve")},
                                       {QStringLiteral("role"), QStringLiteral("admin")},
                                       {QStringLiteral("password"), kPassword}},
                                      &sam);
    QCOMPARE(result.code, ErrorCode::PermissionDenied);
    QVERIFY(!Query::scalar(m_services->database().connection(),
                           QStringLiteral("SELECT 1 FROM operators WHERE username = 'eve'"))
                 .isValid());
}

void TestAdmin::twoFactorEnrollmentThenLoginNeedsCode()
{
    const CommandResult begin = call(QStringLiteral("operator.totp_begin"), {});
    QVERIFY(begin.ok());
    const QString secret = begin.data.toObject().value(QStringLiteral("secret")).toString();
    QVERIFY(begin.data.toObject().value(QStringLiteral("uri")).toString().contains(secret));
    QCOMPARE(call(QStringLiteral("operator.totp_confirm"),
                  {{QStringLiteral("secret"), secret},
                   {QStringLiteral("code"), QStringLiteral("000000")}})
                 .code,
             ErrorCode::BadInput);
    const QString code =
        Totp::code(Totp::fromBase32(secret), Totp::stepAt(m_services->clock().now()));
    const CommandResult confirmed =
        call(QStringLiteral("operator.totp_confirm"),
             {{QStringLiteral("secret"), secret}, {QStringLiteral("code"), code}});
    QVERIFY2(confirmed.ok(), qPrintable(confirmed.message));
    QVERIFY(confirmed.data.toObject().value(QStringLiteral("totp_enrolled")).toBool());
    try {
        m_services->auth().login(QStringLiteral("root"), kPassword);
        QFAIL("login without the code succeeded");
    } catch (const Error &error) {
        QCOMPARE(error.message(), QStringLiteral("two-factor code required"));
    }
}

QTEST_GUILESS_MAIN(TestAdmin)
#include "tst_admin.moc"
