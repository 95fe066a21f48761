#include "databaseurl.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace Steward {

namespace {
const QStringList kSslModes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                               QStringLiteral("prefer"),    QStringLiteral("require"),
                               QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
}

std::optional<DatabaseUrl> DatabaseUrl::parse(const QString &text, QString *error)
{
    auto fail = [error](const QString &reason) -> std::optional<DatabaseUrl> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(QStringLiteral("database URL is empty"));

    if (trimmed.startsWith(QLatin1String("sqlite://"))) {
        const QString path = trimmed.mid(int(qstrlen("sqlite://")));
        if (path.isEmpty() || !path.startsWith(QLatin1Char('/')))
            return fail(QStringLiteral("SQLite URL must name an absolute file path: "
                                       "sqlite:///path/to/steward.db"));
        if (path.endsWith(QLatin1Char('/')))
            return fail(QStringLiteral("SQLite URL names a folder, not a file: %1").arg(path));
        return sqlite(path);
    }

    if (trimmed.startsWith(QLatin1String("postgresql://")) ||
        trimmed.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid())
            return fail(QStringLiteral("malformed PostgreSQL URL: %1").arg(url.errorString()));
        DatabaseUrl result;
        result.m_kind = Kind::PostgreSql;
        result.m_host = url.host();
        if (result.m_host.isEmpty())
            return fail(QStringLiteral("PostgreSQL URL has no host: "
                                       "postgresql://user:pass@host:5432/db"));
        result.m_port = url.port(5432);
        if (result.m_port <= 0 || result.m_port > 65535)
            return fail(QStringLiteral("PostgreSQL URL has an invalid port"));
        result.m_user = url.userName(QUrl::FullyDecoded);
        result.m_password = url.password(QUrl::FullyDecoded);
        result.m_database = url.path(QUrl::FullyDecoded).mid(1);
        if (result.m_database.isEmpty() || result.m_database.contains(QLatin1Char('/')))
            return fail(QStringLiteral("PostgreSQL URL must name one database: "
                                       "postgresql://user@host:5432/steward"));
        const QUrlQuery query(url);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key == QLatin1String("sslmode")) {
                if (!kSslModes.contains(value))
                    return fail(QStringLiteral("unknown sslmode '%1' (one of %2)")
                                    .arg(value, kSslModes.join(QLatin1String(", "))));
                result.m_sslMode = value;
            } else {
                return fail(QStringLiteral("unknown PostgreSQL URL parameter '%1'").arg(key));
            }
        }
        return result;
    }

    return fail(QStringLiteral("unsupported database URL '%1': use sqlite:///path or "
                               "postgresql://user@host:port/db")
                    .arg(trimmed.section(QLatin1Char(':'), 0, 0)));
}

DatabaseUrl DatabaseUrl::defaultSqlite()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return sqlite(QDir(folder).filePath(QStringLiteral("steward.db")));
}

DatabaseUrl DatabaseUrl::sqlite(const QString &path)
{
    DatabaseUrl result;
    result.m_kind = Kind::Sqlite;
    result.m_path = path;
    return result;
}

QString DatabaseUrl::displayString() const
{
    if (m_kind == Kind::Sqlite)
        return QStringLiteral("sqlite://") + m_path;
    QString text = QStringLiteral("postgresql://");
    if (!m_user.isEmpty())
        text += m_user + QLatin1Char('@');
    text += QStringLiteral("%1:%2/%3").arg(m_host).arg(m_port).arg(m_database);
    if (!m_sslMode.isEmpty())
        text += QStringLiteral("?sslmode=") + m_sslMode;
    return text;
}

QString DatabaseUrl::toString() const
{
    if (m_kind == Kind::Sqlite)
        return displayString();
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host);
    url.setPort(m_port);
    url.setUserName(m_user);
    url.setPassword(m_password);
    url.setPath(QLatin1Char('/') + m_database);
    if (!m_sslMode.isEmpty())
        url.setQuery(QStringLiteral("sslmode=") + m_sslMode);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace Steward
