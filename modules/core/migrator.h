#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace Steward {

class Database;

/** Brings a database's schema up to the migrations shipped in `sql/`: numbered files, each
 *  applied in one transaction and recorded with its checksum. Refuses a database whose schema
 *  is newer than this binary or whose applied migrations were changed. */
class Migrator
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString sql;
        QByteArray checksum; ///< SHA-256 of the file as shipped, hex.
    };

    struct AppliedMigration
    {
        int version = 0;
        QString name;
        QByteArray checksum;
        qint64 appliedAt = 0;
    };

    /** The migrations compiled into the binary, in version order. */
    static QList<Migration> builtIn();
    /** Reads `NNN_name.sql` files from @p folder (tests use this with their own sets). */
    static QList<Migration> fromFolder(const QString &folder);

    explicit Migrator(Database &database, QList<Migration> migrations = builtIn());

    int latestVersion() const;
    /** Highest applied version, 0 for an empty database. */
    int currentVersion();
    QList<AppliedMigration> applied();
    /** Migrations not yet applied. Throws Error when the database is newer or was altered. */
    QList<Migration> pending();

    /** Applies every pending migration, each in its own transaction; @p progress is told before
     *  each. Throws Error and leaves earlier migrations applied when one fails. */
    void migrate(const std::function<void(const Migration &)> &progress = {});

private:
    void ensureTable();
    void check(const QList<AppliedMigration> &applied) const;

    Database &m_database;
    QList<Migration> m_migrations;
};

} // namespace Steward
