#pragma once

#include <QString>

#include <optional>

namespace Steward {

/** Secrets in the OS keychain (Secret Service on Linux, through QtKeychain), never in plain
 *  settings: there is no plain-text fallback. Calls wait for the keychain's answer. */
class SecretStore
{
public:
    /** @p service names the keychain collection entry ("Steward" by default). */
    explicit SecretStore(QString service = QStringLiteral("Steward"));

    struct Result
    {
        bool ok = false;
        /** True when the entry simply does not exist (reads, removals). */
        bool notFound = false;
        /** A one-line reason; for a missing keychain it says so and what to install. */
        QString error;
        QString secret;
    };

    Result write(const QString &key, const QString &secret) const;
    Result read(const QString &key) const;
    Result remove(const QString &key) const;

private:
    QString m_service;
};

} // namespace Steward
