#include "database.h"
#include "query.h"
#include "testdatabase.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Steward;

namespace {
const QString kPassword = QStringLiteral("the moderators' password");
constexpr int kRacers = 4;
} // namespace

/** Moderators in separate processes deciding the same report on the same version: the database
 *  lets exactly one through, the others learn who decided and when. */
class TestModerationRace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void parallelDecisionsHaveExactlyOneWinner();

private:
    QProcessEnvironment environment() const;
    int ctl(const QStringList &arguments, const QByteArray &stdinData, QString *err = nullptr);

    std::unique_ptr<Test::TestDatabase> m_db;
    QTemporaryDir m_home;
};

QProcessEnvironment TestModerationRace::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("STEWARD_PASSWORD"), kPassword);
    environment.insert(QStringLiteral("STEWARD_DATABASE_URL"), m_db->url().toString());
    return environment;
}

int TestModerationRace::ctl(const QStringList &arguments, const QByteArray &stdinData, QString *err)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(STEWARDCTL_PATH), arguments);
    process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        return -1;
    if (err)
        *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitCode();
}

void TestModerationRace::initTestCase()
{
    m_db = std::make_unique<Test::TestDatabase>();
    QString err;
    QVERIFY2(ctl({QStringLiteral("db"), QStringLiteral("migrate")}, {}, &err) == 0,
             qPrintable(err));
    for (int i = 0; i < kRacers; ++i)
        QVERIFY2(
            ctl({QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("--username"),
                 QStringLiteral("mod%1").arg(i), QStringLiteral("--role"),
                 QStringLiteral("moderator"), QStringLiteral("--password-stdin")},
                kPassword.toUtf8() + '\n', &err) == 0,
            qPrintable(err));
    Database db(m_db->url());
    db.open();
    db.write([](QSqlDatabase &c) {
        Query(c, QStringLiteral("INSERT INTO users (id, email, first_name, last_name, name_key, "
                                "last_name_key, country, city, created_at, updated_at) VALUES "
                                "(1, 'lee@example.com', 'Lee', 'Park', 'lee park', 'park', 'KR', "
                                "'Seoul', 0, 0)"));
        Query(c, QStringLiteral("INSERT INTO moderation_reports (id, subject_user_id, "
                                "content_type, content_excerpt, source, reason, severity, "
                                "created_at, updated_at, queue, priority) VALUES (1, 1, 'message', "
                                "'you will regret this', 'user_report', 'harassment', 'high', 0, "
                                "0, 'unreviewed', 3250)"));
    });
}

void TestModerationRace::parallelDecisionsHaveExactlyOneWinner()
{
    // Four different decisions on version 1 of report 1, started together.
    const QStringList decisions = {
        QStringLiteral(
            R"({"id": 1, "version": 1, "action": "remove_content", "reason": "harassment"})"),
        QStringLiteral(R"({"id": 1, "version": 1, "action": "dismiss"})"),
        QStringLiteral(R"({"id": 1, "version": 1, "action": "warn", "reason": "harassment"})"),
        QStringLiteral(R"({"id": 1, "version": 1, "action": "escalate"})")};
    const QStringList outcomes = {QStringLiteral("resolved"), QStringLiteral("dismissed"),
                                  QStringLiteral("resolved"), QStringLiteral("escalated")};
    std::vector<std::unique_ptr<QProcess>> racers;
    for (int i = 0; i < kRacers; ++i) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment());
        racers.push_back(std::move(process));
    }
    for (int i = 0; i < kRacers; ++i)
        racers[size_t(i)]->start(QStringLiteral(STEWARDCTL_PATH),
                                 {QStringLiteral("call"), QStringLiteral("moderation.decide"),
                                  QStringLiteral("--params"), decisions.at(i),
                                  QStringLiteral("--as"), QStringLiteral("mod%1").arg(i)});
    int winner = -1;
    QStringList losses;
    for (int i = 0; i < kRacers; ++i) {
        QProcess &racer = *racers[size_t(i)];
        QVERIFY(racer.waitForFinished(120000));
        const QString err = QString::fromUtf8(racer.readAllStandardError());
        if (racer.exitCode() == 0) {
            QCOMPARE(winner, -1);
            winner = i;
        } else {
            QVERIFY2(racer.exitCode() == 4, qPrintable(err));
            losses << err;
        }
    }
    QVERIFY(winner >= 0);
    QCOMPARE(losses.size(), kRacers - 1);

    Database db(m_db->url());
    db.open();
    const QSqlDatabase connection = db.connection();
    const qint64 decidedAt =
        Query::scalar(connection, QStringLiteral("SELECT decided_at FROM moderation_decisions"))
            .toLongLong();
    const QString when = QDateTime::fromMSecsSinceEpoch(decidedAt, Qt::UTC).toString(Qt::ISODate);
    // Every loser is told who decided and when.
    for (const QString &loss : std::as_const(losses))
        QVERIFY2(loss.contains(QStringLiteral("report 1 was already changed by mod%1 at %2")
                                   .arg(winner)
                                   .arg(when)),
                 qPrintable(loss));
    // One decision, one audit entry, and the report shows the winner's decision.
    QCOMPARE(Query::scalar(connection, QStringLiteral("SELECT count(*) FROM moderation_decisions"))
                 .toLongLong(),
             1);
    QCOMPARE(Query::scalar(connection, QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                      "command = 'moderation.decide'"))
                 .toLongLong(),
             1);
    QCOMPARE(Query::scalar(connection, QStringLiteral("SELECT status FROM moderation_reports"))
                 .toString(),
             outcomes.at(winner));
    QCOMPARE(Query::scalar(connection, QStringLiteral("SELECT version FROM moderation_reports"))
                 .toLongLong(),
             2);
}

QTEST_GUILESS_MAIN(TestModerationRace)
#include "tst_moderationrace.moc"
