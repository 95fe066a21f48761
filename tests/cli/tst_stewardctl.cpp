#include "database.h"
#include "migrator.h"
#include "query.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Steward;

namespace {
const QString kAdminPassword = QStringLiteral("the admin password");
const QString kSupportPassword = QStringLiteral("the support password");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestStewardCtl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void badInvocationsExitWithClearReasons_data();
    void badInvocationsExitWithClearReasons();
    void unusableSqliteFilesAreRefused_data();
    void unusableSqliteFilesAreRefused();
    void callMapsOutcomesToExitCodes_data();
    void callMapsOutcomesToExitCodes();
    void commandsListsEveryCommandWithItsPermission();
    void parallelDecisionsHaveExactlyOneWinner();
    void auditVerifyFindsTampering();

private:
    Run ctl(const QStringList &arguments, const QByteArray &stdinData = {},
            const QString &password = {}, const QString &databaseUrl = {}, bool asNobody = false);

    std::unique_ptr<Test::TestDatabase> m_db;
    QTemporaryDir m_home;
    QTemporaryDir m_runnable;
};

Run TestStewardCtl::ctl(const QStringList &arguments, const QByteArray &stdinData,
                        const QString &password, const QString &databaseUrl, bool asNobody)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    environment.remove(QStringLiteral("STEWARD_PASSWORD"));
    if (!password.isEmpty())
        environment.insert(QStringLiteral("STEWARD_PASSWORD"), password);
    environment.insert(QStringLiteral("STEWARD_DATABASE_URL"),
                       databaseUrl.isEmpty() ? m_db->url().toString() : databaseUrl);
    if (asNobody) {
        environment.insert(QStringLiteral("HOME"), QStringLiteral("/tmp"));
        environment.remove(QStringLiteral("XDG_CONFIG_HOME"));
        environment.remove(QStringLiteral("XDG_DATA_HOME"));
    }
    process.setProcessEnvironment(environment);
    if (asNobody) {
        // The build tree may sit where nobody cannot enter (a clone under /root): run a copy
        // from a folder everyone can read.
        const QString copy = m_runnable.filePath(QStringLiteral("stewardctl"));
        if (!QFile::exists(copy))
            QFile::copy(QStringLiteral(STEWARDCTL_PATH), copy);
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("nobody"),
                                  QStringLiteral("--"), copy} +
                          arguments);
    } else
        process.start(QStringLiteral(STEWARDCTL_PATH), arguments);
    process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestStewardCtl::initTestCase()
{
    QVERIFY(QFile::setPermissions(m_runnable.path(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                      QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                      QFileDevice::ExeOther));
    m_db = std::make_unique<Test::TestDatabase>();
    Run migrate = ctl({QStringLiteral("db"), QStringLiteral("migrate")});
    QVERIFY2(migrate.exitCode == 0, qPrintable(migrate.err));
    Run admin = ctl({QStringLiteral("operator"), QStringLiteral("add"),
                     QStringLiteral("--username"), QStringLiteral("root"), QStringLiteral("--role"),
                     QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                    kAdminPassword.toUtf8() + '\n');
    QVERIFY2(admin.exitCode == 0, qPrintable(admin.err));
    Run support =
        ctl({QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("--username"),
             QStringLiteral("sam"), QStringLiteral("--role"), QStringLiteral("support"),
             QStringLiteral("--password-stdin")},
            kSupportPassword.toUtf8() + '\n');
    QVERIFY2(support.exitCode == 0, qPrintable(support.err));
    Run list = ctl({QStringLiteral("operator"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains(QLatin1String("root")));
    QVERIFY(list.out.contains(QLatin1String("support")));

    Database db(m_db->url());
    db.open();
    db.write([](QSqlDatabase &c) {
        Query(c, QStringLiteral("INSERT INTO users (id, email, first_name, last_name, name_key, "
                                "last_name_key, country, city, created_at, updated_at) VALUES "
                                "(1, 'lee@example.com', 'Lee', 'Park', 'lee park', 'park', 'KR', "
                                "'Seoul', 0, 0)"));
    });
}

void TestStewardCtl::cleanupTestCase()
{
    m_db.reset();
}

void TestStewardCtl::badInvocationsExitWithClearReasons_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no command") << QStringList{} << 2 << "Usage";
    QTest::newRow("unknown command")
        << QStringList{QStringLiteral("frobnicate")} << 2 << "unknown command";
    QTest::newRow("malformed url")
        << QStringList{QStringLiteral("--database"), QStringLiteral("mysql://x/y"),
                       QStringLiteral("db"), QStringLiteral("status")}
        << 2 << "unsupported database URL";
    QTest::newRow("unreachable postgres")
        << QStringList{QStringLiteral("--database"),
                       QStringLiteral("postgresql://nobody@127.0.0.1:1/steward"),
                       QStringLiteral("db"), QStringLiteral("status")}
        << 1 << "cannot connect to PostgreSQL";
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("operator"), QStringLiteral("list"),
                       QStringLiteral("--colour")}
        << 2 << "Unknown option";
    QTest::newRow("password on command line refused")
        << QStringList{QStringLiteral("operator"),   QStringLiteral("add"),
                       QStringLiteral("--username"), QStringLiteral("x"),
                       QStringLiteral("--role"),     QStringLiteral("admin")}
        << 2 << "--password-stdin";
    QTest::newRow("bad scale") << QStringList{QStringLiteral("db"), QStringLiteral("seed"),
                                              QStringLiteral("--scale"), QStringLiteral("huge")}
                               << 2 << "--scale";
}

void TestStewardCtl::badInvocationsExitWithClearReasons()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, reason);
    const Run run = ctl(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(reason), qPrintable(run.err));
}

void TestStewardCtl::unusableSqliteFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<QString>("reason");
    QTest::newRow("corrupt") << QByteArray(8192, 'x') << false << "not a database";
    QTest::newRow("read-only") << QByteArray() << true << "read-only";
}

void TestStewardCtl::unusableSqliteFilesAreRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, readOnly);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                  QFileDevice::ExeOther));
    const QString path = dir.filePath(QStringLiteral("bad.db"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    if (readOnly)
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner));
    // Root may write to any file, so the read-only case runs stewardctl as an ordinary user.
    const bool asNobody = readOnly && ::geteuid() == 0;
    const Run run = ctl({QStringLiteral("db"), QStringLiteral("migrate")}, {}, {},
                        QStringLiteral("sqlite://") + path, asNobody);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(reason), qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), content);
}

void TestStewardCtl::callMapsOutcomesToExitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    const QString call = QStringLiteral("call");
    QTest::newRow("ok") << QStringList{call,
                                       QStringLiteral("people.get"),
                                       QStringLiteral("--params"),
                                       QStringLiteral("{\"id\": 1}"),
                                       QStringLiteral("--as"),
                                       QStringLiteral("sam")}
                        << kSupportPassword << 0 << "lee@example.com";
    QTest::newRow("malformed json") << QStringList{call,
                                                   QStringLiteral("people.get"),
                                                   QStringLiteral("--params"),
                                                   QStringLiteral("{\"id\": "),
                                                   QStringLiteral("--as"),
                                                   QStringLiteral("sam")}
                                    << kSupportPassword << 2 << "not valid JSON";
    QTest::newRow("unknown command")
        << QStringList{call, QStringLiteral("people.delete_everything"), QStringLiteral("--as"),
                       QStringLiteral("sam")}
        << kSupportPassword << 2 << "unknown command";
    QTest::newRow("wrong password") << QStringList{call,
                                                   QStringLiteral("people.get"),
                                                   QStringLiteral("--params"),
                                                   QStringLiteral("{\"id\": 1}"),
                                                   QStringLiteral("--as"),
                                                   QStringLiteral("sam")}
                                    << QStringLiteral("guess") << 3 << "wrong username or password";
    QTest::newRow("permission denied") << QStringList{call, QStringLiteral("operator.list"),
                                                      QStringLiteral("--as"), QStringLiteral("sam")}
                                       << kSupportPassword << 3 << "operators.manage";
    QTest::newRow("not found") << QStringList{call,
                                              QStringLiteral("people.get"),
                                              QStringLiteral("--params"),
                                              QStringLiteral("{\"id\": 424242}"),
                                              QStringLiteral("--as"),
                                              QStringLiteral("sam")}
                               << kSupportPassword << 5 << "does not exist";
    QTest::newRow("bad parameter")
        << QStringList{call,
                       QStringLiteral("people.suspend"),
                       QStringLiteral("--params"),
                       QStringLiteral(
                           "{\"id\": 1, \"version\": 1, \"reason\": \"x\", \"days\": -1}"),
                       QStringLiteral("--as"),
                       QStringLiteral("sam")}
        << kSupportPassword << 2 << "suspension length";
}

void TestStewardCtl::callMapsOutcomesToExitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, password);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const Run run = ctl(arguments, {}, password);
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode == 0) {
        QVERIFY2(run.out.contains(expected), qPrintable(run.out));
        QVERIFY(QJsonDocument::fromJson(run.out.toUtf8()).isObject());
    } else {
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY(run.out.isEmpty());
    }
}

void TestStewardCtl::commandsListsEveryCommandWithItsPermission()
{
    const Run run = ctl({QStringLiteral("commands")});
    QCOMPARE(run.exitCode, 0);
    for (const char *line : {"people.suspend", "operator.add", "audit.verify"})
        QVERIFY2(run.out.contains(QLatin1String(line)), line);
    const QStringList rows = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const auto suspend = std::find_if(rows.cbegin(), rows.cend(), [](const QString &row) {
        return row.startsWith(QLatin1String("people.suspend "));
    });
    QVERIFY(suspend != rows.cend());
    QCOMPARE(suspend->simplified().split(QLatin1Char(' ')).value(1),
             QStringLiteral("people.suspend"));
}

void TestStewardCtl::parallelDecisionsHaveExactlyOneWinner()
{
    constexpr int kRacers = 4;
    std::vector<std::unique_ptr<QProcess>> racers;
    for (int i = 0; i < kRacers; ++i) {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           m_home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("STEWARD_PASSWORD"), kSupportPassword);
        environment.insert(QStringLiteral("STEWARD_DATABASE_URL"), m_db->url().toString());
        process->setProcessEnvironment(environment);
        racers.push_back(std::move(process));
    }
    const QString params = QStringLiteral("{\"id\": 1, \"version\": 1, \"reason\": \"racer %1\"}");
    for (int i = 0; i < kRacers; ++i)
        racers[i]->start(QStringLiteral(STEWARDCTL_PATH),
                         {QStringLiteral("call"), QStringLiteral("people.suspend"),
                          QStringLiteral("--params"), params.arg(i), QStringLiteral("--as"),
                          QStringLiteral("sam")});
    int winners = 0;
    int conflicts = 0;
    for (auto &racer : racers) {
        QVERIFY(racer->waitForFinished(120000));
        const QString err = QString::fromUtf8(racer->readAllStandardError());
        if (racer->exitCode() == 0) {
            ++winners;
        } else {
            QCOMPARE(racer->exitCode(), 4);
            QVERIFY2(err.contains(QLatin1String("already changed by sam at")), qPrintable(err));
            ++conflicts;
        }
    }
    QCOMPARE(winners, 1);
    QCOMPARE(conflicts, kRacers - 1);
    Database db(m_db->url());
    db.open();
    QCOMPARE(Query::scalar(db.connection(),
                           QStringLiteral("SELECT count(*) FROM audit_log WHERE command = "
                                          "'people.suspend'"))
                 .toLongLong(),
             1);
}

void TestStewardCtl::auditVerifyFindsTampering()
{
    const Run intact = ctl({QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(intact.exitCode == 0, qPrintable(intact.err));
    QVERIFY(intact.out.contains(QLatin1String("intact")));
    Database db(m_db->url());
    db.open();
    db.write([](QSqlDatabase &c) {
        Query(c, QStringLiteral("UPDATE audit_log SET actor = 'nobody' WHERE seq = 2"));
    });
    const Run broken = ctl({QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY(broken.exitCode != 0);
    QVERIFY2(broken.err.contains(QLatin1String("entry 2")), qPrintable(broken.err));
}

QTEST_GUILESS_MAIN(TestStewardCtl)
#include "tst_stewardctl.moc"
