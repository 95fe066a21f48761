#include "secretstore.h"

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

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
