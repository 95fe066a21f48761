#include "databaseurl.h"

#include <QTest>

using namespace Steward;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesValidUrls_data();
    void parsesValidUrls();
    void rejectsMalformedUrls_data();
    void rejectsMalformedUrls();
    void displayStringHidesPassword();
    void roundTripsThroughToString();
};

void TestDatabaseUrl::parsesValidUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("isSqlite");
    QTest::addColumn<QString>("pathOrHost");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("sslMode");

    QTest::newRow("sqlite") << "sqlite:///var/lib/steward/steward.db" << true
                            << "/var/lib/steward/steward.db" << 0 << ""
                            << "";
    QTest::newRow("postgres full")
        << "postgresql://ops:s3cret@db.internal:6432/steward?sslmode=verify-full" << false
        << "db.internal" << 6432 << "steward"
        << "verify-full";
    QTest::newRow("postgres default port")
        << "postgresql://ops@localhost/steward" << false << "localhost" << 5432 << "steward"
        << "";
    QTest::newRow("postgres short scheme")
        << "postgres://ops@10.0.0.5:5433/platform" << false << "10.0.0.5" << 5433 << "platform"
        << "";
}

void TestDatabaseUrl::parsesValidUrls()
{
    QFETCH(QString, text);
    QFETCH(bool, isSqlite);
    QFETCH(QString, pathOrHost);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, sslMode);

    QString error;
    const auto url = DatabaseUrl::parse(text, &error);
    QVERIFY2(url.has_value(), qPrintable(error));
    QCOMPARE(url->isSqlite(), isSqlite);
    if (isSqlite) {
        QCOMPARE(url->path(), pathOrHost);
    } else {
        QCOMPARE(url->host(), pathOrHost);
        QCOMPARE(url->port(), port);
        QCOMPARE(url->databaseName(), database);
        QCOMPARE(url->sslMode(), sslMode);
    }
}

void TestDatabaseUrl::rejectsMalformedUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reasonContains");
    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("unknown scheme") << "mysql://root@localhost/db"
                                    << "unsupported";
    QTest::newRow("relative sqlite") << "sqlite://steward.db"
                                     << "absolute";
    QTest::newRow("sqlite folder") << "sqlite:///tmp/"
                                   << "folder";
    QTest::newRow("no host") << "postgresql:///steward"
                             << "no host";
    QTest::newRow("no database") << "postgresql://ops@localhost:5432/"
                                 << "one database";
    QTest::newRow("bad sslmode") << "postgresql://ops@localhost/steward?sslmode=maybe"
                                 << "sslmode";
    QTest::newRow("unknown parameter") << "postgresql://ops@localhost/steward?pool=3"
                                       << "parameter";
    QTest::newRow("bad port") << "postgresql://ops@localhost:99999/steward"
                              << "port";
}

void TestDatabaseUrl::rejectsMalformedUrls()
{
    QFETCH(QString, text);
    QFETCH(QString, reasonContains);
    QString error;
    QVERIFY(!DatabaseUrl::parse(text, &error).has_value());
    QVERIFY2(error.contains(reasonContains, Qt::CaseInsensitive), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
}

void TestDatabaseUrl::displayStringHidesPassword()
{
    QString error;
    const auto url =
        DatabaseUrl::parse(QStringLiteral("postgresql://ops:hunter22@db:5432/steward"), &error);
    QVERIFY(url);
    QVERIFY(!url->displayString().contains(QLatin1String("hunter22")));
    QCOMPARE(url->password(), QStringLiteral("hunter22"));
}

void TestDatabaseUrl::roundTripsThroughToString()
{
    QString error;
    const auto url = DatabaseUrl::parse(
        QStringLiteral("postgresql://ops:p%40ss@db:5433/steward?sslmode=require"), &error);
    QVERIFY(url);
    QCOMPARE(url->password(), QStringLiteral("p@ss"));
    const auto again = DatabaseUrl::parse(url->toString(), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->password(), QStringLiteral("p@ss"));
    QCOMPARE(again->sslMode(), QStringLiteral("require"));
    QCOMPARE(again->port(), 5433);
}

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
