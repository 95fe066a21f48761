#pragma once

#include <QByteArray>
#include <QString>

namespace Steward {

/** Operator password hashing per OWASP: PBKDF2-HMAC-SHA256 with 600 000 iterations and a
 *  16-byte random salt (OpenSSL). The stored form names algorithm and cost, so hashes made with
 *  other costs still verify: `pbkdf2-sha256$600000$<salt b64>$<hash b64>`. */
class PasswordHasher
{
public:
    static constexpr int kIterations = 600000;
    static constexpr int kMinimumLength = 10;

    static QString hash(const QString &password);
    /** Constant-time comparison against a stored hash; false for malformed hashes. */
    static bool verify(const QString &password, const QString &stored);
    /** Empty when @p password is acceptable, else the reason for the operator. */
    static QString weakness(const QString &password);
};

/** Cryptographic primitives the rest of core shares. */
namespace Crypto {
/** @p size bytes from OpenSSL's CSPRNG; throws Error if it fails. */
QByteArray randomBytes(int size);
QByteArray sha256(const QByteArray &data);
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
} // namespace Crypto

} // namespace Steward
