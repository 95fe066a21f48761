#include "secretstore.h"

#include "personaldata.h"
#include "query.h"
#include "servicelayer.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QUuid>

using namespace Steward;

class TestSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void storesReadsAndRemovesASecret();
    void missingKeychainIsReportedNotBypassed();
    void personalDataKeyLivesInTheKeychain();
};

void TestSecretStore::storesReadsAndRemovesASecret()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("no D-Bus session: run this test under dbus-run-session with a Secret Service");
    const SecretStore store(QStringLiteral("Steward test"));
    const QString key =
        QStringLiteral("session/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const SecretStore::Result written = store.write(key, QStringLiteral("token-123"));
    QVERIFY2(written.ok, qPrintable(written.error));
    const SecretStore::Result read = store.read(key);
    QVERIFY2(read.ok, qPrintable(read.error));
    QCOMPARE(read.secret, QStringLiteral("token-123"));
    QVERIFY(store.remove(key).ok);
    const SecretStore::Result gone = store.read(key);
    QVERIFY(!gone.ok);
    QVERIFY(gone.notFound);
}

void TestSecretStore::missingKeychainIsReportedNotBypassed()
{
    if (qEnvironmentVariableIsSet("STEWARD_SECRETSTORE_CHILD")) {
        // Child: no session bus at all.
        const SecretStore::Result result = SecretStore(QStringLiteral("Steward test"))
                                               .write(QStringLiteral("k"), QStringLiteral("v"));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("keychain")), qPrintable(result.error));
        return;
    }
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("STEWARD_SECRETSTORE_CHILD"), QStringLiteral("1"));
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=/nonexistent/steward-test-bus"));
    environment.insert(QStringLiteral("HOME"), QDir::tempPath());
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("missingKeychainIsReportedNotBypassed")});
    QVERIFY(child.waitForFinished(30000));
    QVERIFY2(child.exitCode() == 0, child.readAllStandardOutput().constData());
    // Nothing may have been written anywhere in plain text instead.
    QVERIFY(!QFile::exists(QDir::tempPath() + QStringLiteral("/.config/Steward test.conf")));
}

void TestSecretStore::personalDataKeyLivesInTheKeychain()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("no D-Bus session: run this test under dbus-run-session with a Secret Service");
    qunsetenv("STEWARD_KEY_FILE");
    Test::TestDatabase database;
    auto services = Test::openMigrated(database.url());
    PersonalDataVault &vault = services->personalData();
    QVERIFY2(vault.createKey(), qPrintable(vault.status()));
    QVERIFY2(vault.status().contains(QLatin1String("OS keychain")), qPrintable(vault.status()));
    const QString keyId = vault.platformKeyId();
    const QByteArray sealed = vault.cipher().seal("1984-02-29", SealedColumn::KycBirthdate);

    // Another console on the same platform finds the key in the keychain by the recorded id.
    PersonalDataVault other(services->database());
    QVERIFY2(other.unlock(), qPrintable(other.status()));
    QCOMPARE(other.cipher().open(sealed, SealedColumn::KycBirthdate), QByteArray("1984-02-29"));

    // Without the entry, personal data stays locked and says where to look.
    QVERIFY(SecretStore().remove(QStringLiteral("personal-data-key/") + keyId).ok);
    PersonalDataVault locked(services->database());
    QVERIFY(!locked.unlock());
    QVERIFY2(locked.status().contains(keyId) &&
                 locked.status().contains(QLatin1String("STEWARD_KEY_FILE")),
             qPrintable(locked.status()));
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
