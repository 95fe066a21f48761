#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QMutex>
#include <QString>

#include <memory>

namespace Steward {

class Database;

/** AES-256-GCM for personal data at rest: birthdates, document numbers, phone numbers and
 *  document images. A sealed value is `0x01 | key id (4) | nonce (12) | ciphertext | tag (16)`;
 *  the column it belongs to ("kyc_documents.content") is authenticated with it, so a value
 *  copied into another column does not open. */
class FieldCipher
{
public:
    static constexpr int kKeySize = 32;

    /** @p key must be kKeySize bytes. */
    explicit FieldCipher(const QByteArray &key);
    ~FieldCipher();

    QByteArray seal(QByteArrayView plaintext, QByteArrayView column) const;
    /** The plaintext; throws Error when the value was sealed with another key, for another
     *  column, or was altered. */
    QByteArray open(QByteArrayView sealed, QByteArrayView column) const;

    /** Eight hex digits naming the key without revealing it. */
    QString keyId() const { return m_keyId; }
    static QString keyIdOf(const QByteArray &key);
    static QByteArray generateKey();

private:
    QByteArray m_key;
    QByteArray m_keyIdBytes;
    QString m_keyId;
};

/** The column names sealed values are bound to (FieldCipher's @p column). Plaintexts: dates as
 *  ISO "YYYY-MM-DD", phone numbers in E.164, document numbers as printed, images as their file
 *  bytes (the row's mime_type says which format). */
namespace SealedColumn {
inline constexpr QByteArrayView UserPhone = "users.phone";
inline constexpr QByteArrayView AgeBirthdate = "age_verifications.birthdate";
inline constexpr QByteArrayView KycBirthdate = "kyc_cases.birthdate";
inline constexpr QByteArrayView DocumentContent = "kyc_documents.content";
inline constexpr QByteArrayView DocumentNumber = "kyc_documents.document_number";
inline constexpr QByteArrayView DriverLicence = "drivers.license_number";
} // namespace SealedColumn

/** The platform's personal-data key. It is never stored in the database: the database records
 *  only its id (app setting `personal_data.key_id`), and the key itself lives in the OS
 *  keychain (entry `personal-data-key/<id>`) or, for headless use, in a key file named by
 *  `STEWARD_KEY_FILE` (base64, one line, readable by its owner only).
 *
 *  Unlock it once at start-up, on the thread that owns the keychain; handlers then use cipher()
 *  from any thread. */
class PersonalDataVault
{
public:
    explicit PersonalDataVault(Database &database);
    ~PersonalDataVault();

    /** The key file named by STEWARD_KEY_FILE, or empty for the OS keychain. */
    static QString configuredKeyFile();

    /** Loads the platform's key from @p keyFile (or the configured store when empty). Returns
     *  false with status() saying why: the platform has no key yet, the keychain is missing,
     *  the key file is unsafe, or the key is another platform's. */
    bool unlock(const QString &keyFile = {});
    /** Creates the platform's key in @p keyFile (or the configured store) and records its id;
     *  refused when the platform already has one. An existing key file is adopted rather than
     *  overwritten. Returns false with status() saying why. */
    bool createKey(const QString &keyFile = {});
    /** unlock(), or createKey() when the platform has no key yet. */
    bool unlockOrCreate(const QString &keyFile = {});

    bool isUnlocked() const;
    /** The platform's key id, or empty when it has none. Reads the database. */
    QString platformKeyId() const;
    /** One line for operators: where the key came from, or why personal data is locked. */
    QString status() const;
    /** The cipher; throws Error (permission denied) naming why personal data is locked. */
    const FieldCipher &cipher() const;

private:
    bool install(const QByteArray &key, const QString &source);
    bool fail(const QString &reason);

    Database &m_database;
    mutable QMutex m_mutex;
    std::unique_ptr<FieldCipher> m_cipher;
    QString m_status;
};

} // namespace Steward
