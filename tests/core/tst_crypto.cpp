#include "passwordhasher.h"
#include "totp.h"

#include <QTest>

using namespace Steward;

class TestCrypto : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passwordHashVerifies();
    void passwordHashIsSaltedAndUsesOwaspCost();
    void tamperedHashIsRejected();
    void weakPasswordsAreNamed_data();
    void weakPasswordsAreNamed();
    void totpMatchesRfc6238Vectors_data();
    void totpMatchesRfc6238Vectors();
    void totpAcceptsOneStepOfDrift();
    void base32RoundTrips();
};

void TestCrypto::passwordHashVerifies()
{
    const QString stored = PasswordHasher::hash(QStringLiteral("correct horse battery"));
    QVERIFY(PasswordHasher::verify(QStringLiteral("correct horse battery"), stored));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("correct horse batterY"), stored));
    QVERIFY(!PasswordHasher::verify(QString(), stored));
}

void TestCrypto::passwordHashIsSaltedAndUsesOwaspCost()
{
    const QString a = PasswordHasher::hash(QStringLiteral("same password here"));
    const QString b = PasswordHasher::hash(QStringLiteral("same password here"));
    QVERIFY(a != b);
    QVERIFY(a.startsWith(QLatin1String("pbkdf2-sha256$600000$")));
    QVERIFY(PasswordHasher::kIterations >= 600000);
}

void TestCrypto::tamperedHashIsRejected()
{
    QString stored = PasswordHasher::hash(QStringLiteral("another long one"));
    QVERIFY(!PasswordHasher::verify(
        QStringLiteral("another long one"),
        stored.replace(QLatin1String("$600000$"), QLatin1String("$600001$"))));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("x"), QStringLiteral("plain-text")));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("x"), QStringLiteral("pbkdf2-sha256$0$$")));
}

void TestCrypto::weakPasswordsAreNamed_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("acceptable");
    QTest::newRow("short") << "short" << false;
    QTest::newRow("blank") << "            " << false;
    QTest::newRow("fine") << "a sentence is a good password" << true;
}

void TestCrypto::weakPasswordsAreNamed()
{
    QFETCH(QString, password);
    QFETCH(bool, acceptable);
    QCOMPARE(PasswordHasher::weakness(password).isEmpty(), acceptable);
}

void TestCrypto::totpMatchesRfc6238Vectors_data()
{
    QTest::addColumn<qint64>("unixTime");
    QTest::addColumn<QString>("code");
    // RFC 6238 appendix B, SHA-1, 8 digits.
    QTest::newRow("59") << qint64(59) << "94287082";
    QTest::newRow("1111111109") << qint64(1111111109) << "07081804";
    QTest::newRow("1111111111") << qint64(1111111111) << "14050471";
    QTest::newRow("1234567890") << qint64(1234567890) << "89005924";
    QTest::newRow("2000000000") << qint64(2000000000) << "69279037";
    QTest::newRow("20000000000") << qint64(20000000000) << "65353130";
}

void TestCrypto::totpMatchesRfc6238Vectors()
{
    QFETCH(qint64, unixTime);
    QFETCH(QString, code);
    const QByteArray secret("12345678901234567890");
    QCOMPARE(Totp::code(secret, Totp::stepAt(unixTime * 1000), 8), code);
}

void TestCrypto::totpAcceptsOneStepOfDrift()
{
    const QByteArray secret = Totp::generateSecret();
    const qint64 now = 1'800'000'000'000;
    const qint64 step = Totp::stepAt(now);
    QCOMPARE(Totp::matchingStep(secret, Totp::code(secret, step), now), step);
    QCOMPARE(Totp::matchingStep(secret, Totp::code(secret, step - 1), now), step - 1);
    QCOMPARE(Totp::matchingStep(secret, Totp::code(secret, step + 1), now), step + 1);
    QCOMPARE(Totp::matchingStep(secret, Totp::code(secret, step - 3), now), qint64(-1));
    QCOMPARE(Totp::matchingStep(secret, QStringLiteral("12345"), now), qint64(-1));
}

void TestCrypto::base32RoundTrips()
{
    const QByteArray secret = Totp::generateSecret();
    QCOMPARE(Totp::fromBase32(Totp::toBase32(secret)), secret);
    QCOMPARE(Totp::toBase32(QByteArray("foobar")), QStringLiteral("MZXW6YTBOI"));
    QCOMPARE(Totp::fromBase32(QStringLiteral("mzxw 6ytb oi")), QByteArray("foobar"));
    QVERIFY(Totp::fromBase32(QStringLiteral("not base32!")).isEmpty());
    QVERIFY(Totp::provisioningUri(secret, QStringLiteral("ana"))
                .startsWith(QLatin1String("otpauth://totp/Steward:ana?secret=")));
}

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
