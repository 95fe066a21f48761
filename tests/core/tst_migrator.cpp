#include "database.h"
#include "migrator.h"
#include "query.h"
#include "testdatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Steward;

class TestMigrator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void migratesAnEmptyDatabaseOnce();
    void bothDialectsYieldTheSameSchema();
    void refusesADatabaseNewerThanTheBinary();
    void refusesAnAlteredMigration();
    void refusesASkippedMigration();
    void failedMigrationLeavesNothingBehind();
};

namespace {
void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}
} // namespace

void TestMigrator::migratesAnEmptyDatabaseOnce()
{
    Test::TestDatabase testDb;
    Database db(testDb.url());
    db.open();
    Migrator migrator(db);
    QCOMPARE(migrator.currentVersion(), 0);
    QVERIFY(migrator.latestVersion() >= 2);
    QCOMPARE(migrator.pending().size(), Migrator::builtIn().size());
    migrator.migrate();
    QCOMPARE(migrator.currentVersion(), migrator.latestVersion());
    QVERIFY(migrator.pending().isEmpty());
    migrator.migrate();
    QCOMPARE(migrator.applied().size(), Migrator::builtIn().size());
    const QStringList tables = db.dialect().tables(db.connection());
    for (const char *table : {"operators", "audit_log", "outbox", "users", "user_roles"})
        QVERIFY2(tables.contains(QLatin1String(table)), table);
}

void TestMigrator::bothDialectsYieldTheSameSchema()
{
    if (Test::TestDatabase::backend() != QLatin1String("postgresql"))
        QSKIP("compares against PostgreSQL; runs in the postgresql variant");
    Test::TestDatabase postgres;
    QTemporaryDir dir;
    Database sqliteDb(DatabaseUrl::sqlite(dir.filePath(QStringLiteral("schema.db"))));
    Database postgresDb(postgres.url());
    sqliteDb.open();
    postgresDb.open();
    Migrator(sqliteDb).migrate();
    Migrator(postgresDb).migrate();

    const QStringList sqliteTables = sqliteDb.dialect().tables(sqliteDb.connection());
    const QStringList postgresTables = postgresDb.dialect().tables(postgresDb.connection());
    QCOMPARE(postgresTables, sqliteTables);
    QVERIFY(sqliteTables.size() > 40);
    for (const QString &table : sqliteTables) {
        const QStringList a = sqliteDb.dialect().columns(sqliteDb.connection(), table);
        const QStringList b = postgresDb.dialect().columns(postgresDb.connection(), table);
        QVERIFY2(a == b,
                 qPrintable(QStringLiteral("%1: sqlite %2 vs postgresql %3")
                                .arg(table, a.join(QLatin1Char(',')), b.join(QLatin1Char(',')))));
    }
}

void TestMigrator::refusesADatabaseNewerThanTheBinary()
{
    Test::TestDatabase testDb;
    Database db(testDb.url());
    db.open();
    Migrator migrator(db);
    migrator.migrate();
    db.write([](QSqlDatabase &c) {
        Query(c,
              QStringLiteral("INSERT INTO schema_migrations (version, name, checksum, applied_at) "
                             "VALUES (9999, 'from_the_future', 'x', 0)"));
    });
    try {
        Migrator(db).migrate();
        QFAIL("a newer database was accepted");
    } catch (const Error &error) {
        QVERIFY2(error.message().contains(QLatin1String("upgrade Steward")),
                 qPrintable(error.message()));
    }
}

void TestMigrator::refusesAnAlteredMigration()
{
    Test::TestDatabase testDb;
    Database db(testDb.url());
    db.open();
    Migrator(db).migrate();
    db.write([](QSqlDatabase &c) {
        Query(c, QStringLiteral(
                     "UPDATE schema_migrations SET checksum = 'tampered' WHERE version = 1"));
    });
    QVERIFY_THROWS_EXCEPTION(Error, Migrator(db).pending());
}

void TestMigrator::refusesASkippedMigration()
{
    Test::TestDatabase testDb;
    Database db(testDb.url());
    db.open();
    Migrator(db).migrate();
    // A database that got a later migration before an earlier one existed.
    db.write([](QSqlDatabase &c) {
        Query(c, QStringLiteral("DELETE FROM schema_migrations WHERE version = 2"));
    });
    try {
        Migrator(db).pending();
        QFAIL("a database with a skipped migration was accepted");
    } catch (const Error &error) {
        QVERIFY2(error.message().contains(QLatin1String("migration 002_identity was never "
                                                        "applied")),
                 qPrintable(error.message()));
    }
}

void TestMigrator::failedMigrationLeavesNothingBehind()
{
    QTemporaryDir folder;
    writeFile(folder.filePath(QStringLiteral("001_first.sql")),
              "CREATE TABLE first_table (id {{pk}}, name TEXT NOT NULL);\n");
    writeFile(folder.filePath(QStringLiteral("002_broken.sql")),
              "CREATE TABLE second_table (id {{pk}});\n"
              "INSERT INTO no_such_table (id) VALUES (1);\n");
    Test::TestDatabase testDb;
    Database db(testDb.url());
    db.open();
    Migrator migrator(db, Migrator::fromFolder(folder.path()));
    QVERIFY_THROWS_EXCEPTION(Error, migrator.migrate());
    QCOMPARE(migrator.currentVersion(), 1);
    const QStringList tables = db.dialect().tables(db.connection());
    QVERIFY(tables.contains(QStringLiteral("first_table")));
    QVERIFY(!tables.contains(QStringLiteral("second_table")));
}

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
