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
const QString kPassword = QStringLiteral("the finance team's password");
constexpr int kRacers = 4;
constexpr int kMembers = 40;
constexpr int kWinners = 3;
} // namespace

/** Finance operators in separate processes approving the same draw on the same version: exactly
 *  one approval posts the awards, the others learn who decided and when. */
class TestMembersRace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void parallelApprovalsPostTheAwardsOnce();

private:
    QProcessEnvironment environment() const;
    int ctl(const QStringList &arguments, const QByteArray &stdinData, QString *out = nullptr,
            QString *err = nullptr);

    std::unique_ptr<Test::TestDatabase> m_db;
    QTemporaryDir m_home;
};

QProcessEnvironment TestMembersRace::environment() const
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

int TestMembersRace::ctl(const QStringList &arguments, const QByteArray &stdinData, QString *out,
                         QString *err)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(STEWARDCTL_PATH), arguments);
    process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        return -1;
    if (out)
        *out = QString::fromUtf8(process.readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitCode();
}

void TestMembersRace::initTestCase()
{
    m_db = std::make_unique<Test::TestDatabase>();
    QString err;
    QVERIFY2(ctl({QStringLiteral("db"), QStringLiteral("migrate")}, {}, nullptr, &err) == 0,
             qPrintable(err));
    for (int i = 0; i <= kRacers; ++i)
        QVERIFY2(
            ctl({QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("--username"),
                 QStringLiteral("fin%1").arg(i), QStringLiteral("--role"),
                 QStringLiteral("finance"), QStringLiteral("--password-stdin")},
                kPassword.toUtf8() + '\n', nullptr, &err) == 0,
            qPrintable(err));
    Database db(m_db->url());
    db.open();
    db.write([](QSqlDatabase &c) {
        for (int id = 1; id <= kMembers; ++id) {
            Query(c,
                  QStringLiteral("INSERT INTO users (id, email, first_name, last_name, name_key, "
                                 "last_name_key, country, city, created_at, updated_at) VALUES "
                                 "(?, ?, 'Member', ?, ?, ?, 'US', 'Austin', 0, 0)"),
                  {id, QStringLiteral("m%1@example.com").arg(id), QString::number(id),
                   QStringLiteral("member %1").arg(id), QString::number(id)});
            Query(c,
                  QStringLiteral("INSERT INTO members (user_id, joined_at, standing, "
                                 "standing_rank, monthly_fee_minor, currency, months_paid, "
                                 "tenure_months, kyc_verified, updated_at) VALUES (?, ?, 'good', "
                                 "0, 4900, 'USD', ?, ?, TRUE, 0)"),
                  {id, qint64(id) * 86400000, 6 + id % 20, 6 + id % 20});
        }
    });
}

void TestMembersRace::parallelApprovalsPostTheAwardsOnce()
{
    QString out, err;
    QVERIFY2(ctl({QStringLiteral("call"), QStringLiteral("members.draft_draw"),
                  QStringLiteral("--params"),
                  QStringLiteral(R"({"period": "2025-06", "pool_minor": 30000, "currency": "USD",
                                 "winners": %1, "seed": "race"})")
                      .arg(kWinners),
                  QStringLiteral("--as"), QStringLiteral("fin0")},
                 {}, &out, &err) == 0,
             qPrintable(err));

    std::vector<std::unique_ptr<QProcess>> racers;
    for (int i = 1; i <= kRacers; ++i) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment());
        racers.push_back(std::move(process));
    }
    for (int i = 0; i < kRacers; ++i)
        racers[size_t(i)]->start(QStringLiteral(STEWARDCTL_PATH),
                                 {QStringLiteral("call"), QStringLiteral("members.approve_draw"),
                                  QStringLiteral("--params"),
                                  QStringLiteral(R"({"id": 1, "version": 1})"),
                                  QStringLiteral("--as"), QStringLiteral("fin%1").arg(i + 1)});
    int winner = -1;
    QStringList losses;
    for (int i = 0; i < kRacers; ++i) {
        QProcess &racer = *racers[size_t(i)];
        QVERIFY(racer.waitForFinished(120000));
        const QString message = QString::fromUtf8(racer.readAllStandardError());
        if (racer.exitCode() == 0) {
            QCOMPARE(winner, -1);
            winner = i + 1;
        } else {
            QVERIFY2(racer.exitCode() == 4, qPrintable(message));
            losses << message;
        }
    }
    QVERIFY(winner > 0);
    QCOMPARE(losses.size(), kRacers - 1);

    Database db(m_db->url());
    db.open();
    const QSqlDatabase connection = db.connection();
    const qint64 decidedAt =
        Query::scalar(connection, QStringLiteral("SELECT decided_at FROM member_draws"))
            .toLongLong();
    const QString when = QDateTime::fromMSecsSinceEpoch(decidedAt, Qt::UTC).toString(Qt::ISODate);
    for (const QString &loss : std::as_const(losses))
        QVERIFY2(
            loss.contains(
                QStringLiteral("draw 1 was already changed by fin%1 at %2").arg(winner).arg(when)),
            qPrintable(loss));
    // One approval: the awards posted once, one audit entry, one event.
    QCOMPARE(Query::scalar(connection, QStringLiteral("SELECT count(*) FROM ledger_transactions"))
                 .toLongLong(),
             kWinners);
    QCOMPARE(Query::scalar(connection,
                           QStringLiteral("SELECT sum(amount_minor) FROM ledger_entries WHERE "
                                          "direction = 'credit'"))
                 .toLongLong(),
             30000);
    QCOMPARE(Query::scalar(connection, QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                      "command = 'members.approve_draw'"))
                 .toLongLong(),
             1);
    QCOMPARE(Query::scalar(connection, QStringLiteral("SELECT count(*) FROM outbox WHERE "
                                                      "event_type = 'members:draw_approved'"))
                 .toLongLong(),
             1);
    QCOMPARE(Query::scalar(connection, QStringLiteral("SELECT sum(awards_count) FROM members"))
                 .toLongLong(),
             kWinners);
    QCOMPARE(Query::scalar(connection,
                           QStringLiteral("SELECT decided_by FROM member_draws WHERE id = 1"))
                 .toLongLong(),
             Query::scalar(connection,
                           QStringLiteral("SELECT id FROM operators WHERE username = ?"),
                           {QStringLiteral("fin%1").arg(winner)})
                 .toLongLong());
}

QTEST_GUILESS_MAIN(TestMembersRace)
#include "tst_membersrace.moc"
