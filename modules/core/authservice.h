#pragma once

#include "clock.h"
#include "permissions.h"

#include <QString>

namespace Steward {

class Database;

/** Logs operators in: password (PBKDF2), optional TOTP, lockout after repeated failures, and
 *  "remember me" session tokens whose hashes live in the database while the token itself lives
 *  only in the OS keychain. Login is the one operation that runs before there is a principal;
 *  it writes its own audit entries. */
class AuthService
{
public:
    static constexpr int kMaxFailures = 5;
    static constexpr qint64 kLockoutMsecs = 15 * 60 * 1000;
    static constexpr qint64 kSessionMsecs = 30LL * 24 * 60 * 60 * 1000;

    AuthService(Database &database, const Clock &clock);

    /** Checks the credentials; throws Error (Unauthenticated with "totp required" when the
     *  operator is enrolled and @p totpCode is empty, PermissionDenied when disabled or locked).
     *  Wrong passwords for unknown and known operators take the same time. */
    Principal login(const QString &username, const QString &password, const QString &totpCode = {});

    /** Checks the password of an already logged-in operator (idle unlock) with the same
     *  lockout rules. */
    void verifyPassword(const Principal &principal, const QString &password);

    /** Creates a remember-me session; returns the token to keep in the keychain. */
    QString createSession(const Principal &principal, const QString &device);
    /** The principal for a remembered token; throws Error when it is unknown, expired, revoked
     *  or its operator disabled. */
    Principal resumeSession(const QString &token);
    void revokeSession(const QString &token);

    /** True when no operator exists yet (first start). */
    bool needsFirstAdmin();
    /** Creates the first admin; refused once any operator exists. */
    Principal createFirstAdmin(const QString &username, const QString &displayName,
                               const QString &password);

    /** Lower-cases and checks a username; throws Error::badInput naming the rule. */
    static QString normalizedUsername(const QString &username);

private:
    void recordFailure(qint64 operatorId, const QString &username, const QString &why);

    Database &m_database;
    const Clock &m_clock;
};

} // namespace Steward
