#include "personaldata.h"

#include "database.h"
#include "errors.h"
#include "passwordhasher.h"
#include "query.h"
#include "secretstore.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace Steward {

namespace {

constexpr char kFormat = 0x01;
constexpr int kKeyIdSize = 4;
constexpr int kNonceSize = 12;
constexpr int kTagSize = 16;
constexpr int kHeaderSize = 1 + kKeyIdSize + kNonceSize;

const QString kKeyIdSetting = QStringLiteral("personal_data.key_id");

struct CipherContext
{
    CipherContext() : ctx(EVP_CIPHER_CTX_new())
    {
        if (!ctx)
            throw Error::internal(QStringLiteral("OpenSSL could not allocate a cipher context"));
    }
    ~CipherContext() { EVP_CIPHER_CTX_free(ctx); }
    CipherContext(const CipherContext &) = delete;
    CipherContext &operator=(const CipherContext &) = delete;
    EVP_CIPHER_CTX *ctx;
};

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

unsigned char *bytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

QString keychainEntry(const QString &keyId)
{
    return QStringLiteral("personal-data-key/%1").arg(keyId);
}

/** The key in @p file, or an empty array with @p error saying why. */
QByteArray readKeyFile(const QString &file, QString *error)
{
    const QFileInfo info(file);
    if (!info.exists()) {
        *error = QStringLiteral("the key file %1 does not exist").arg(file);
        return {};
    }
    if (info.permissions() &
        (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)) {
        *error = QStringLiteral("the key file %1 is readable by other users; run chmod 600 %1")
                     .arg(file);
        return {};
    }
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the key file %1: %2").arg(file, in.errorString());
        return {};
    }
    const QByteArray key = QByteArray::fromBase64(in.readAll().trimmed());
    if (key.size() != FieldCipher::kKeySize) {
        *error = QStringLiteral("the key file %1 does not hold a %2-byte key")
                     .arg(file)
                     .arg(FieldCipher::kKeySize);
        return {};
    }
    return key;
}

} // namespace

FieldCipher::FieldCipher(const QByteArray &key) : m_key(key)
{
    if (key.size() != kKeySize)
        throw Error::badInput(QStringLiteral("a personal-data key is %1 bytes, not %2")
                                  .arg(kKeySize)
                                  .arg(key.size()));
    m_keyId = keyIdOf(key);
    m_keyIdBytes = QByteArray::fromHex(m_keyId.toLatin1());
}

FieldCipher::~FieldCipher()
{
    OPENSSL_cleanse(m_key.data(), size_t(m_key.size()));
}

QString FieldCipher::keyIdOf(const QByteArray &key)
{
    return QString::fromLatin1(
        Crypto::sha256(QByteArrayLiteral("steward personal-data key id\n") + key)
            .left(kKeyIdSize)
            .toHex());
}

QByteArray FieldCipher::generateKey()
{
    return Crypto::randomBytes(kKeySize);
}

QByteArray FieldCipher::seal(QByteArrayView plaintext, QByteArrayView column) const
{
    QByteArray out(kHeaderSize + plaintext.size() + kTagSize, Qt::Uninitialized);
    out[0] = kFormat;
    std::copy(m_keyIdBytes.cbegin(), m_keyIdBytes.cend(), out.begin() + 1);
    const QByteArray nonce = Crypto::randomBytes(kNonceSize);
    std::copy(nonce.cbegin(), nonce.cend(), out.begin() + 1 + kKeyIdSize);

    CipherContext c;
    int length = 0;
    bool ok = EVP_EncryptInit_ex(c.ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
              EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) == 1 &&
              EVP_EncryptInit_ex(c.ctx, nullptr, nullptr, bytes(QByteArrayView(m_key)),
                                 bytes(QByteArrayView(nonce))) == 1 &&
              EVP_EncryptUpdate(c.ctx, nullptr, &length, bytes(column), int(column.size())) == 1;
    int written = 0;
    if (ok && !plaintext.isEmpty()) {
        ok = EVP_EncryptUpdate(c.ctx, bytes(out) + kHeaderSize, &length, bytes(plaintext),
                               int(plaintext.size())) == 1;
        written = length;
    }
    ok = ok && EVP_EncryptFinal_ex(c.ctx, bytes(out) + kHeaderSize + written, &length) == 1 &&
         EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_GET_TAG, kTagSize,
                             bytes(out) + kHeaderSize + plaintext.size()) == 1;
    if (!ok)
        throw Error::internal(QStringLiteral("AES-256-GCM encryption failed"));
    return out;
}

QByteArray FieldCipher::open(QByteArrayView sealed, QByteArrayView column) const
{
    if (sealed.size() < kHeaderSize + kTagSize || sealed[0] != kFormat)
        throw Error::internal(QStringLiteral("the stored value is not sealed personal data"));
    if (sealed.sliced(1, kKeyIdSize) != QByteArrayView(m_keyIdBytes))
        throw Error::internal(
            QStringLiteral("the stored value was sealed with key %1, not this platform's key %2")
                .arg(QString::fromLatin1(sealed.sliced(1, kKeyIdSize).toByteArray().toHex()),
                     m_keyId));
    const QByteArrayView nonce = sealed.sliced(1 + kKeyIdSize, kNonceSize);
    const qsizetype size = sealed.size() - kHeaderSize - kTagSize;
    const QByteArrayView ciphertext = sealed.sliced(kHeaderSize, size);
    QByteArray tag = sealed.last(kTagSize).toByteArray();
    QByteArray out(size, Qt::Uninitialized);

    CipherContext c;
    int length = 0;
    bool ok = EVP_DecryptInit_ex(c.ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
              EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) == 1 &&
              EVP_DecryptInit_ex(c.ctx, nullptr, nullptr, bytes(QByteArrayView(m_key)),
                                 bytes(nonce)) == 1 &&
              EVP_DecryptUpdate(c.ctx, nullptr, &length, bytes(column), int(column.size())) == 1;
    int written = 0;
    if (ok && size > 0) {
        ok = EVP_DecryptUpdate(c.ctx, bytes(out), &length, bytes(ciphertext), int(size)) == 1;
        written = length;
    }
    ok = ok && EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_TAG, kTagSize, tag.data()) == 1 &&
         EVP_DecryptFinal_ex(c.ctx, bytes(out) + written, &length) == 1;
    if (!ok) {
        OPENSSL_cleanse(out.data(), size_t(out.size()));
        throw Error::internal(QStringLiteral(
            "stored personal data failed authentication: it was altered or belongs elsewhere"));
    }
    return out;
}

PersonalDataVault::PersonalDataVault(Database &database)
    : m_database(database),
      m_status(QStringLiteral("personal data is locked: the key has not been loaded"))
{}

PersonalDataVault::~PersonalDataVault() = default;

QString PersonalDataVault::configuredKeyFile()
{
    return qEnvironmentVariable("STEWARD_KEY_FILE");
}

QString PersonalDataVault::platformKeyId() const
{
    Query row(m_database.connection(),
              QStringLiteral("SELECT value FROM app_settings WHERE key = ?"), {kKeyIdSetting});
    return row.next() ? row.value(0).toString() : QString();
}

bool PersonalDataVault::fail(const QString &reason)
{
    QMutexLocker lock(&m_mutex);
    m_cipher.reset();
    m_status = QStringLiteral("personal data is locked: %1").arg(reason);
    return false;
}

bool PersonalDataVault::install(const QByteArray &key, const QString &source)
{
    auto cipher = std::make_unique<FieldCipher>(key);
    QMutexLocker lock(&m_mutex);
    m_status = QStringLiteral("personal-data key %1 from %2").arg(cipher->keyId(), source);
    m_cipher = std::move(cipher);
    return true;
}

bool PersonalDataVault::unlock(const QString &keyFile)
{
    const QString file = keyFile.isEmpty() ? configuredKeyFile() : keyFile;
    const QString expected = platformKeyId();
    if (expected.isEmpty())
        return fail(QStringLiteral("this platform has no personal-data key yet "
                                   "(stewardctl key create makes one)"));
    QByteArray key;
    QString source;
    if (!file.isEmpty()) {
        QString error;
        key = readKeyFile(file, &error);
        if (key.isEmpty())
            return fail(error);
        source = QStringLiteral("the key file %1").arg(file);
    } else {
        const SecretStore::Result result = SecretStore().read(keychainEntry(expected));
        if (!result.ok)
            return fail(result.notFound
                            ? QStringLiteral("the OS keychain holds no key %1 for this platform; "
                                             "set STEWARD_KEY_FILE to its key file")
                                  .arg(expected)
                            : result.error);
        key = QByteArray::fromBase64(result.secret.toLatin1());
        source = QStringLiteral("the OS keychain");
    }
    if (key.size() != FieldCipher::kKeySize)
        return fail(QStringLiteral("%1 does not hold a %2-byte key")
                        .arg(source)
                        .arg(FieldCipher::kKeySize));
    const QString id = FieldCipher::keyIdOf(key);
    if (id != expected)
        return fail(QStringLiteral("%1 holds key %2, but this platform's key is %3")
                        .arg(source, id, expected));
    return install(key, source);
}

bool PersonalDataVault::createKey(const QString &keyFile)
{
    const QString file = keyFile.isEmpty() ? configuredKeyFile() : keyFile;
    if (const QString existing = platformKeyId(); !existing.isEmpty())
        return fail(QStringLiteral("this platform already has personal-data key %1").arg(existing));
    QByteArray key = FieldCipher::generateKey();
    QString source;
    if (!file.isEmpty() && QFileInfo::exists(file)) {
        // An existing key file is adopted, never overwritten: several platform databases (a
        // staging copy, a test run) may share one key.
        QString error;
        key = readKeyFile(file, &error);
        if (key.isEmpty())
            return fail(error);
        source = QStringLiteral("the key file %1").arg(file);
    } else if (!file.isEmpty()) {
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly) ||
            !out.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
            out.write(key.toBase64() + '\n') < 0 || !out.commit())
            return fail(
                QStringLiteral("cannot write the key file %1: %2").arg(file, out.errorString()));
        source = QStringLiteral("the key file %1").arg(file);
    } else {
        const SecretStore::Result result = SecretStore().write(
            keychainEntry(FieldCipher::keyIdOf(key)), QString::fromLatin1(key.toBase64()));
        if (!result.ok)
            return fail(result.error);
        source = QStringLiteral("the OS keychain");
    }
    // Recorded only once the key is safely stored: a platform never names a key nobody has.
    const QString id = FieldCipher::keyIdOf(key);
    const bool recorded = m_database.write([&](QSqlDatabase &db) {
        Query insert(db,
                     QStringLiteral("INSERT INTO app_settings (key, value, updated_at) "
                                    "VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING"),
                     {kKeyIdSetting, id, QDateTime::currentMSecsSinceEpoch()});
        return insert.rowsAffected() == 1;
    });
    if (!recorded)
        return fail(QStringLiteral("another console created this platform's key at the same "
                                   "time; unlock with key %1")
                        .arg(platformKeyId()));
    return install(key, source);
}

bool PersonalDataVault::unlockOrCreate(const QString &keyFile)
{
    return platformKeyId().isEmpty() ? createKey(keyFile) : unlock(keyFile);
}

bool PersonalDataVault::isUnlocked() const
{
    QMutexLocker lock(&m_mutex);
    return m_cipher != nullptr;
}

QString PersonalDataVault::status() const
{
    QMutexLocker lock(&m_mutex);
    return m_status;
}

const FieldCipher &PersonalDataVault::cipher() const
{
    QMutexLocker lock(&m_mutex);
    if (!m_cipher)
        throw Error::denied(m_status);
    return *m_cipher;
}

} // namespace Steward
