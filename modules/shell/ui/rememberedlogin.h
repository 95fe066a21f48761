#pragma once

#include "secretstore.h"

#include <QString>

namespace Steward {
class AuthService;
}

namespace Steward::Shell {

/** "Remember me on this computer": the session token lives only in the OS keychain; the
 *  username it belongs to (not a secret) lives in the console settings so the console knows
 *  whether to look. Without a keychain nothing is remembered; there is no plain-text fallback. */
class RememberedLogin
{
public:
    /** The remembered operator, or empty when no login is remembered. */
    static QString username();
    static bool isRemembered() { return !username().isEmpty(); }

    /** Reads the token from the keychain. */
    static SecretStore::Result token();
    /** Stores @p token for @p username; on failure nothing is remembered. */
    static SecretStore::Result store(const QString &username, const QString &token);
    /** Removes the keychain entry and the setting, and revokes the session in the database
     *  (on a worker thread) so that a copy of the token that survived is worthless. */
    static SecretStore::Result forget(AuthService &auth);
};

} // namespace Steward::Shell
