#pragma once

#include <QString>

#include <optional>

namespace Steward {

/** A parsed database location: `sqlite:///abs/path.db` or
 *  `postgresql://user:pass@host:port/db?sslmode=…`. Parsing never touches the database. */
class DatabaseUrl
{
public:
    enum class Kind { Sqlite, PostgreSql };

    /** Parses @p text; on failure returns nullopt and a one-line reason in @p error. */
    static std::optional<DatabaseUrl> parse(const QString &text, QString *error);
    /** The embedded default: `steward.db` in the application-data folder. */
    static DatabaseUrl defaultSqlite();
    static DatabaseUrl sqlite(const QString &path);

    Kind kind() const { return m_kind; }
    bool isSqlite() const { return m_kind == Kind::Sqlite; }
    QString path() const { return m_path; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString userName() const { return m_user; }
    QString password() const { return m_password; }
    QString databaseName() const { return m_database; }
    QString sslMode() const { return m_sslMode; }

    /** The URL with the password left out, for status bars, logs and errors. */
    QString displayString() const;
    /** The full URL, password included, for handing to another process. */
    QString toString() const;

private:
    Kind m_kind = Kind::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_password;
    QString m_database;
    QString m_sslMode;
};

} // namespace Steward
