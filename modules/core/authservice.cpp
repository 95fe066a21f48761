#include "authservice.h"

#include "auditlog.h"
#include "database.h"
#include "passwordhasher.h"
#include "query.h"
#include "totp.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace Steward {

namespace {

struct OperatorRow
{
    qint64 id = 0;
    QString username;
    QString role;
    QString passwordHash;
    QString totpSecret;
    qint64 totpLastStep = -1;
    bool disabled = false;
    int failures = 0;
    qint64 lockedUntil = 0;
};

std::optional<OperatorRow> findOperator(const QSqlDatabase &db, const QString &username)
{
    Query row(
        db,
        QStringLiteral("SELECT id, username, role, password_hash, totp_secret, totp_last_step, "
                       "is_disabled, failed_logins, locked_until FROM operators "
                       "WHERE username = ?"),
        {username.trimmed().toLower()});
    if (!row.next())
        return std::nullopt;
    OperatorRow result;
    result.id = row.value(0).toLongLong();
    result.username = row.value(1).toString();
    result.role = row.value(2).toString();
    result.passwordHash = row.value(3).toString();
    result.totpSecret = row.value(4).toString();
    result.totpLastStep = row.value(5).isNull() ? -1 : row.value(5).toLongLong();
    result.disabled = row.value(6).toBool();
    result.failures = row.value(7).toInt();
    result.lockedUntil = row.value(8).toLongLong();
    return result;
}

QString hashToken(const QString &token)
{
    return QString::fromLatin1(Crypto::sha256(token.toLatin1()).toHex());
}

const QString kInvalid = QStringLiteral("wrong username or password");

} // namespace

AuthService::AuthService(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{}

void AuthService::recordFailure(qint64 operatorId, const QString &username, const QString &why)
{
    m_database.write([&](QSqlDatabase &db) {
        const qint64 now = m_clock.now();
        Query update(db,
                     QStringLiteral("UPDATE operators SET failed_logins = failed_logins + 1 "
                                    "WHERE id = ? RETURNING failed_logins"),
                     {operatorId});
        const int failures = update.next() ? update.value(0).toInt() : 0;
        AuditRecord record{QStringLiteral("operator"),
                           QString::number(operatorId),
                           {},
                           QJsonObject{{QStringLiteral("failed_logins"), failures}},
                           why};
        if (failures >= kMaxFailures) {
            Query(db,
                  QStringLiteral("UPDATE operators SET locked_until = ?, failed_logins = 0 "
                                 "WHERE id = ?"),
                  {now + kLockoutMsecs, operatorId});
            record.after = QJsonObject{{QStringLiteral("locked_until"), now + kLockoutMsecs}};
            AuditLog::append(db, now, operatorId, username, QStringLiteral("auth.lockout"), record);
        } else {
            AuditLog::append(db, now, operatorId, username, QStringLiteral("auth.login_failed"),
                             record);
        }
    });
}

Principal AuthService::login(const QString &username, const QString &password,
                             const QString &totpCode)
{
    const auto row = findOperator(m_database.connection(), username);
    if (!row) {
        // Spend the same time as a real check so timing does not reveal which names exist.
        static const QString dummy = QStringLiteral("pbkdf2-sha256$%1$%2$%3")
                                         .arg(PasswordHasher::kIterations)
                                         .arg(QString::fromLatin1(QByteArray(16, 'x').toBase64()),
                                              QString::fromLatin1(QByteArray(32, 'x').toBase64()));
        PasswordHasher::verify(password, dummy);
        throw Error(ErrorCode::Unauthenticated, kInvalid);
    }
    const qint64 now = m_clock.now();
    if (row->lockedUntil > now) {
        const qint64 minutes = (row->lockedUntil - now + 59999) / 60000;
        throw Error::denied(QStringLiteral("operator %1 is locked after repeated failed logins; "
                                           "try again in %2 minutes")
                                .arg(row->username)
                                .arg(minutes));
    }
    // Hash outside any transaction: it takes a quarter of a second by design.
    if (!PasswordHasher::verify(password, row->passwordHash)) {
        recordFailure(row->id, row->username, QStringLiteral("wrong password"));
        throw Error(ErrorCode::Unauthenticated, kInvalid);
    }
    if (row->disabled)
        throw Error::denied(QStringLiteral("operator %1 is disabled").arg(row->username));

    qint64 step = -1;
    if (!row->totpSecret.isEmpty()) {
        if (totpCode.trimmed().isEmpty())
            throw Error(ErrorCode::Unauthenticated, QStringLiteral("two-factor code required"));
        step = Totp::matchingStep(Totp::fromBase32(row->totpSecret), totpCode, now);
        if (step < 0 || step <= row->totpLastStep) {
            recordFailure(row->id, row->username, QStringLiteral("wrong two-factor code"));
            throw Error(ErrorCode::Unauthenticated,
                        step < 0
                            ? QStringLiteral("wrong two-factor code")
                            : QStringLiteral("two-factor code already used; wait for the next"));
        }
    }
    const auto role = roleFromName(row->role);
    if (!role)
        throw Error::denied(QStringLiteral("operator %1 has no valid role").arg(row->username));

    m_database.write([&](QSqlDatabase &db) {
        Query(db,
              QStringLiteral("UPDATE operators SET failed_logins = 0, locked_until = NULL, "
                             "last_login_at = ?, totp_last_step = COALESCE(?, totp_last_step) "
                             "WHERE id = ?"),
              {now, step >= 0 ? QVariant(step) : QVariant(QMetaType::fromType<qint64>()), row->id});
        AuditLog::append(db, now, row->id, row->username, QStringLiteral("auth.login"),
                         {QStringLiteral("operator"), QString::number(row->id), {}, {}, {}});
    });
    return Principal::forOperator(row->id, row->username, *role);
}

void AuthService::verifyPassword(const Principal &principal, const QString &password)
{
    const auto row = findOperator(m_database.connection(), principal.username);
    if (!row || row->id != principal.operatorId)
        throw Error(ErrorCode::Unauthenticated, QStringLiteral("operator no longer exists"));
    if (row->lockedUntil > m_clock.now())
        throw Error::denied(QStringLiteral("operator %1 is locked").arg(row->username));
    if (!PasswordHasher::verify(password, row->passwordHash)) {
        recordFailure(row->id, row->username, QStringLiteral("wrong password at unlock"));
        throw Error(ErrorCode::Unauthenticated, QStringLiteral("wrong password"));
    }
    if (row->disabled)
        throw Error::denied(QStringLiteral("operator %1 is disabled").arg(row->username));
}

QString AuthService::createSession(const Principal &principal, const QString &device)
{
    const QString token = QString::fromLatin1(Crypto::randomBytes(32).toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const qint64 now = m_clock.now();
    m_database.write([&](QSqlDatabase &db) {
        Query(db,
              QStringLiteral("INSERT INTO operator_sessions (operator_id, token_hash, device, "
                             "created_at, expires_at) VALUES (?, ?, ?, ?, ?)"),
              {principal.operatorId, hashToken(token), device, now, now + kSessionMsecs});
    });
    return token;
}

Principal AuthService::resumeSession(const QString &token)
{
    Query row(m_database.connection(),
              QStringLiteral("SELECT o.id, o.username, o.role, o.is_disabled, s.expires_at, "
                             "s.revoked_at FROM operator_sessions s JOIN operators o "
                             "ON o.id = s.operator_id WHERE s.token_hash = ?"),
              {hashToken(token)});
    if (!row.next())
        throw Error(ErrorCode::Unauthenticated, QStringLiteral("remembered login is not valid"));
    if (!row.value(5).isNull() || row.value(4).toLongLong() <= m_clock.now())
        throw Error(ErrorCode::Unauthenticated, QStringLiteral("remembered login has expired"));
    if (row.value(3).toBool())
        throw Error::denied(QStringLiteral("operator %1 is disabled").arg(row.value(1).toString()));
    const auto role = roleFromName(row.value(2).toString());
    if (!role)
        throw Error::denied(QStringLiteral("operator has no valid role"));
    return Principal::forOperator(row.value(0).toLongLong(), row.value(1).toString(), *role);
}

void AuthService::revokeSession(const QString &token)
{
    m_database.write([&](QSqlDatabase &db) {
        Query(db,
              QStringLiteral("UPDATE operator_sessions SET revoked_at = ? WHERE token_hash = ? "
                             "AND revoked_at IS NULL"),
              {m_clock.now(), hashToken(token)});
    });
}

QString AuthService::normalizedUsername(const QString &username)
{
    const QString name = username.trimmed().toLower();
    static const QRegularExpression valid(QStringLiteral("^[a-z][a-z0-9._-]{1,31}$"));
    if (!valid.match(name).hasMatch())
        throw Error::badInput(
            QStringLiteral("username must be 2-32 characters: lower-case letters, "
                           "digits, '.', '_' or '-', starting with a letter"));
    return name;
}

bool AuthService::needsFirstAdmin()
{
    return !Query::scalar(m_database.connection(),
                          QStringLiteral("SELECT 1 FROM operators LIMIT 1"))
                .isValid();
}

Principal AuthService::createFirstAdmin(const QString &username, const QString &displayName,
                                        const QString &password)
{
    const QString name = normalizedUsername(username);
    if (const QString weak = PasswordHasher::weakness(password); !weak.isEmpty())
        throw Error::badInput(weak);
    const QString hash = PasswordHasher::hash(password);
    const qint64 now = m_clock.now();
    const qint64 id = m_database.write([&](QSqlDatabase &db) {
        if (Query::scalar(db, QStringLiteral("SELECT 1 FROM operators LIMIT 1")).isValid())
            throw Error::conflict(QStringLiteral("an operator already exists; log in instead"));
        Query insert(
            db,
            QStringLiteral("INSERT INTO operators (username, display_name, role, "
                           "password_hash, created_at, updated_at) "
                           "VALUES (?, ?, 'admin', ?, ?, ?) RETURNING id"),
            {name, displayName.trimmed().isEmpty() ? name : displayName.trimmed(), hash, now, now});
        insert.next();
        const qint64 newId = insert.value(0).toLongLong();
        AuditLog::append(db, now, newId, name, QStringLiteral("operator.create_first_admin"),
                         {QStringLiteral("operator"),
                          QString::number(newId),
                          {},
                          QJsonObject{{QStringLiteral("username"), name},
                                      {QStringLiteral("role"), QStringLiteral("admin")}},
                          {}});
        return newId;
    });
    return Principal::forOperator(id, name, Role::Admin);
}

} // namespace Steward
