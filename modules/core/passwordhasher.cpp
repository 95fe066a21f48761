#include "passwordhasher.h"

#include "errors.h"

#include <QCryptographicHash>
#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace Steward {

namespace {
constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;

QByteArray pbkdf2(const QByteArray &password, const QByteArray &salt, int iterations)
{
    QByteArray out(kHashBytes, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()),
                          int(salt.size()), iterations, EVP_sha256(), int(out.size()),
                          reinterpret_cast<unsigned char *>(out.data())) != 1)
        throw Error::internal(QStringLiteral("password hashing failed in OpenSSL"));
    return out;
}
} // namespace

QString PasswordHasher::hash(const QString &password)
{
    const QByteArray salt = Crypto::randomBytes(kSaltBytes);
    const QByteArray derived = pbkdf2(password.toUtf8(), salt, kIterations);
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(kIterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(derived.toBase64()));
}

bool PasswordHasher::verify(const QString &password, const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != QLatin1String("pbkdf2-sha256"))
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < 1)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[3].toLatin1());
    if (salt.isEmpty() || expected.size() != kHashBytes)
        return false;
    return Crypto::constantTimeEquals(pbkdf2(password.toUtf8(), salt, iterations), expected);
}

QString PasswordHasher::weakness(const QString &password)
{
    if (password.size() < kMinimumLength)
        return QStringLiteral("password must have at least %1 characters").arg(kMinimumLength);
    if (password.size() > 1024)
        return QStringLiteral("password is longer than 1024 characters");
    if (password.trimmed().isEmpty())
        return QStringLiteral("password must not be blank");
    return {};
}

namespace Crypto {

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), size) != 1)
        throw Error::internal(QStringLiteral("the system random generator failed"));
    return bytes;
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() &&
           CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace Crypto

} // namespace Steward
