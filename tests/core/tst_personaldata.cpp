#include "errors.h"
#include "personaldata.h"
#include "servicelayer.h"
#include "testdatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Steward;

class TestPersonalData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sealedValuesOpenOnlyWithTheirKeyAndColumn();
    void sealingIsRandomizedAndHidesThePlaintext();
    void tamperedValuesAreRefused();
    void keyFileRoundTrip();
    void unsafeOrForeignKeyFilesAreRefused();
    void lockedVaultSaysWhy();
};

void TestPersonalData::sealedValuesOpenOnlyWithTheirKeyAndColumn()
{
    const FieldCipher cipher(FieldCipher::generateKey());
    const QByteArray sealed = cipher.seal("1990-04-12", "kyc_cases.birthdate");
    QCOMPARE(cipher.open(sealed, "kyc_cases.birthdate"), QByteArray("1990-04-12"));
    QVERIFY_THROWS_EXCEPTION(Error, cipher.open(sealed, "users.phone"));
    const FieldCipher other(FieldCipher::generateKey());
    QVERIFY(other.keyId() != cipher.keyId());
    try {
        other.open(sealed, "kyc_cases.birthdate");
        QFAIL("a foreign key opened the value");
    } catch (const Error &error) {
        QVERIFY2(error.message().contains(cipher.keyId()), qPrintable(error.message()));
    }
    QCOMPARE(cipher.open(cipher.seal({}, "x"), "x"), QByteArray());
}

void TestPersonalData::sealingIsRandomizedAndHidesThePlaintext()
{
    const FieldCipher cipher(FieldCipher::generateKey());
    const QByteArray a = cipher.seal("P1234567", "kyc_documents.document_number");
    const QByteArray b = cipher.seal("P1234567", "kyc_documents.document_number");
    QVERIFY(a != b);
    QVERIFY(!a.contains("P1234567"));
    QCOMPARE(a.size(), 1 + 4 + 12 + 8 + 16);
}

void TestPersonalData::tamperedValuesAreRefused()
{
    const FieldCipher cipher(FieldCipher::generateKey());
    const QByteArray sealed = cipher.seal("+49 30 1234567", "users.phone");
    for (qsizetype i = 5; i < sealed.size(); ++i) {
        QByteArray altered = sealed;
        altered[i] = char(altered[i] ^ 0x01);
        QVERIFY_THROWS_EXCEPTION(Error, cipher.open(altered, "users.phone"));
    }
    QVERIFY_THROWS_EXCEPTION(Error, cipher.open(sealed.left(20), "users.phone"));
}

void TestPersonalData::keyFileRoundTrip()
{
    Test::TestDatabase database;
    auto services = Test::openMigrated(database.url());
    QTemporaryDir dir;
    const QString keyFile = dir.filePath(QStringLiteral("platform.key"));
    PersonalDataVault &vault = services->personalData();
    QVERIFY(vault.platformKeyId().isEmpty());
    QVERIFY2(vault.createKey(keyFile), qPrintable(vault.status()));
    QVERIFY(vault.isUnlocked());
    QCOMPARE(QFile::permissions(keyFile) & (QFile::ReadGroup | QFile::ReadOther), 0);
    const QByteArray sealed = vault.cipher().seal("secret", "t.c");
    QCOMPARE(vault.platformKeyId(), vault.cipher().keyId());

    // A second console unlocks with the same file; a second key is refused.
    PersonalDataVault second(services->database());
    QVERIFY(!second.createKey(dir.filePath(QStringLiteral("other.key"))));
    QVERIFY(second.status().contains(QLatin1String("already has")));
    QVERIFY2(second.unlock(keyFile), qPrintable(second.status()));
    QCOMPARE(second.cipher().open(sealed, "t.c"), QByteArray("secret"));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("other.key"))));

    // Another platform database adopts the existing file instead of overwriting it.
    Test::TestDatabase staging;
    auto stagingServices = Test::openMigrated(staging.url());
    const QByteArray before = [&] {
        QFile in(keyFile);
        return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
    }();
    QVERIFY2(stagingServices->personalData().createKey(keyFile),
             qPrintable(stagingServices->personalData().status()));
    QCOMPARE(stagingServices->personalData().platformKeyId(), vault.platformKeyId());
    QFile in(keyFile);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QCOMPARE(in.readAll(), before);
}

void TestPersonalData::unsafeOrForeignKeyFilesAreRefused()
{
    Test::TestDatabase database;
    auto services = Test::openMigrated(database.url());
    QTemporaryDir dir;
    const QString keyFile = dir.filePath(QStringLiteral("platform.key"));
    QVERIFY(services->personalData().createKey(keyFile));

    PersonalDataVault vault(services->database());
    QFile::setPermissions(keyFile, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    QVERIFY(!vault.unlock(keyFile));
    QVERIFY2(vault.status().contains(QLatin1String("chmod 600")), qPrintable(vault.status()));

    const QString foreign = dir.filePath(QStringLiteral("foreign.key"));
    QFile out(foreign);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(FieldCipher::generateKey().toBase64());
    out.close();
    QFile::setPermissions(foreign, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(!vault.unlock(foreign));
    QVERIFY2(vault.status().contains(services->personalData().platformKeyId()),
             qPrintable(vault.status()));
    QVERIFY(!vault.isUnlocked());
    QVERIFY(!vault.unlock(dir.filePath(QStringLiteral("missing.key"))));
    QVERIFY(vault.status().contains(QLatin1String("does not exist")));
}

void TestPersonalData::lockedVaultSaysWhy()
{
    Test::TestDatabase database;
    auto services = Test::openMigrated(database.url());
    PersonalDataVault &vault = services->personalData();
    QVERIFY(!vault.unlock(QStringLiteral("/nonexistent/key")));
    try {
        vault.cipher();
        QFAIL("a locked vault handed out a cipher");
    } catch (const Error &error) {
        QCOMPARE(error.code(), ErrorCode::PermissionDenied);
        QVERIFY2(error.message().contains(QLatin1String("no personal-data key yet")),
                 qPrintable(error.message()));
    }
}

QTEST_GUILESS_MAIN(TestPersonalData)
#include "tst_personaldata.moc"
