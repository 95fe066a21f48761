#include "auditlog.h"
#include "query.h"
#include "servicelayer.h"
#include "testdatabase.h"
#include "totp.h"

#include <QTest>

using namespace Steward;

namespace {
const QString kPassword = QStringLiteral("correct horse battery staple");
const qint64 kStart = 1'800'000'000'000;
} // namespace

class TestAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void correctPasswordLogsIn();
    void wrongPasswordAndUnknownUserLookTheSame();
    void fiveFailuresLockForFifteenMinutes();
    void disabledOperatorCannotLogIn();
    void enrolledOperatorNeedsTheCurrentCode();
    void rememberedSessionResumesUntilRevoked();
    void firstAdminOnlyOnEmptyDatabase();

private:
    qint64 auditCount(const QString &command);

    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<ServiceLayer> m_services;
    ManualClock *m_clock = nullptr;
    qint64 m_operatorId = 0;
};

void TestAuth::init()
{
    m_db = std::make_unique<Test::TestDatabase>();
    auto clock = std::make_unique<ManualClock>(kStart);
    m_clock = clock.get();
    m_services = Test::openMigrated(m_db->url(), std::move(clock));
    m_operatorId = Test::addOperator(*m_services, QStringLiteral("mia"),
                                     QStringLiteral("moderator"), kPassword);
}

void TestAuth::cleanup()
{
    m_services.reset();
    m_db.reset();
}

qint64 TestAuth::auditCount(const QString &command)
{
    return Query::scalar(m_services->database().connection(),
                         QStringLiteral("SELECT count(*) FROM audit_log WHERE command = ?"),
                         {command})
        .toLongLong();
}

void TestAuth::correctPasswordLogsIn()
{
    const Principal principal = m_services->auth().login(QStringLiteral("MIA "), kPassword);
    QCOMPARE(principal.operatorId, m_operatorId);
    QCOMPARE(principal.role, Role::Moderator);
    QVERIFY(principal.can(Permission::PeopleView));
    QVERIFY(!principal.can(Permission::OperatorsManage));
    QCOMPARE(auditCount(QStringLiteral("auth.login")), 1);
}

void TestAuth::wrongPasswordAndUnknownUserLookTheSame()
{
    QString wrongPassword;
    QString unknownUser;
    try {
        m_services->auth().login(QStringLiteral("mia"), QStringLiteral("not the password"));
    } catch (const Error &error) {
        QCOMPARE(error.code(), ErrorCode::Unauthenticated);
        wrongPassword = error.message();
    }
    try {
        m_services->auth().login(QStringLiteral("nobody"), QStringLiteral("not the password"));
    } catch (const Error &error) {
        QCOMPARE(error.code(), ErrorCode::Unauthenticated);
        unknownUser = error.message();
    }
    QVERIFY(!wrongPassword.isEmpty());
    QCOMPARE(unknownUser, wrongPassword);
    QCOMPARE(auditCount(QStringLiteral("auth.login_failed")), 1);
}

void TestAuth::fiveFailuresLockForFifteenMinutes()
{
    for (int i = 0; i < 5; ++i)
        QVERIFY_THROWS_EXCEPTION(
            Error,
            m_services->auth().login(QStringLiteral("mia"), QStringLiteral("guess %1").arg(i)));
    QCOMPARE(auditCount(QStringLiteral("auth.lockout")), 1);
    try {
        m_services->auth().login(QStringLiteral("mia"), kPassword);
        QFAIL("a locked operator logged in");
    } catch (const Error &error) {
        QCOMPARE(error.code(), ErrorCode::PermissionDenied);
        QVERIFY2(error.message().contains(QLatin1String("locked")), qPrintable(error.message()));
        QVERIFY2(error.message().contains(QLatin1String("15 minutes")),
                 qPrintable(error.message()));
    }
    m_clock->advance(14 * 60 * 1000);
    QVERIFY_THROWS_EXCEPTION(Error, m_services->auth().login(QStringLiteral("mia"), kPassword));
    m_clock->advance(61 * 1000);
    QCOMPARE(m_services->auth().login(QStringLiteral("mia"), kPassword).operatorId, m_operatorId);
}

void TestAuth::disabledOperatorCannotLogIn()
{
    m_services->database().write([&](QSqlDatabase &db) {
        Query(db, QStringLiteral("UPDATE operators SET is_disabled = TRUE WHERE id = ?"),
              {m_operatorId});
    });
    try {
        m_services->auth().login(QStringLiteral("mia"), kPassword);
        QFAIL("a disabled operator logged in");
    } catch (const Error &error) {
        QCOMPARE(error.code(), ErrorCode::PermissionDenied);
        QVERIFY(error.message().contains(QLatin1String("disabled")));
    }
}

void TestAuth::enrolledOperatorNeedsTheCurrentCode()
{
    const QByteArray secret = Totp::generateSecret();
    m_services->database().write([&](QSqlDatabase &db) {
        Query(db, QStringLiteral("UPDATE operators SET totp_secret = ? WHERE id = ?"),
              {Totp::toBase32(secret), m_operatorId});
    });
    try {
        m_services->auth().login(QStringLiteral("mia"), kPassword);
        QFAIL("logged in without a code");
    } catch (const Error &error) {
        QCOMPARE(error.message(), QStringLiteral("two-factor code required"));
    }
    const QString stale = Totp::code(secret, Totp::stepAt(kStart) - 5);
    QVERIFY_THROWS_EXCEPTION(Error,
                             m_services->auth().login(QStringLiteral("mia"), kPassword, stale));
    const QString current = Totp::code(secret, Totp::stepAt(kStart));
    QCOMPARE(m_services->auth().login(QStringLiteral("mia"), kPassword, current).operatorId,
             m_operatorId);
    // The same code cannot be replayed.
    QVERIFY_THROWS_EXCEPTION(Error,
                             m_services->auth().login(QStringLiteral("mia"), kPassword, current));
    m_clock->advance(30 * 1000);
    QCOMPARE(m_services->auth()
                 .login(QStringLiteral("mia"), kPassword,
                        Totp::code(secret, Totp::stepAt(m_clock->now())))
                 .operatorId,
             m_operatorId);
}

void TestAuth::rememberedSessionResumesUntilRevoked()
{
    const Principal principal = m_services->auth().login(QStringLiteral("mia"), kPassword);
    const QString token = m_services->auth().createSession(principal, QStringLiteral("test-host"));
    QVERIFY(token.size() >= 40);
    // Only a hash of the token is stored.
    QVERIFY(!Query::scalar(m_services->database().connection(),
                           QStringLiteral("SELECT 1 FROM operator_sessions WHERE token_hash = ?"),
                           {token})
                 .isValid());
    QCOMPARE(m_services->auth().resumeSession(token).operatorId, m_operatorId);
    m_services->auth().revokeSession(token);
    QVERIFY_THROWS_EXCEPTION(Error, m_services->auth().resumeSession(token));

    const QString second = m_services->auth().createSession(principal, QStringLiteral("test-host"));
    m_clock->advance(AuthService::kSessionMsecs + 1);
    QVERIFY_THROWS_EXCEPTION(Error, m_services->auth().resumeSession(second));
}

void TestAuth::firstAdminOnlyOnEmptyDatabase()
{
    QVERIFY(!m_services->auth().needsFirstAdmin());
    QVERIFY_THROWS_EXCEPTION(
        Error, m_services->auth().createFirstAdmin(QStringLiteral("root"), QString(), kPassword));

    Test::TestDatabase empty;
    auto services = Test::openMigrated(empty.url());
    QVERIFY(services->auth().needsFirstAdmin());
    QVERIFY_THROWS_EXCEPTION(Error,
                             services->auth().createFirstAdmin(QStringLiteral("root"), QString(),
                                                               QStringLiteral("short")));
    QVERIFY_THROWS_EXCEPTION(Error, services->auth().createFirstAdmin(QStringLiteral("Bad Name!"),
                                                                      QString(), kPassword));
    const Principal admin = services->auth().createFirstAdmin(
        QStringLiteral("Root"), QStringLiteral("Ops Root"), kPassword);
    QCOMPARE(admin.username, QStringLiteral("root"));
    QCOMPARE(admin.role, Role::Admin);
    QVERIFY(!services->auth().needsFirstAdmin());
    QCOMPARE(services->auth().login(QStringLiteral("root"), kPassword).operatorId,
             admin.operatorId);
}

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
