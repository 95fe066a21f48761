#pragma once

#include <QString>

#include <exception>

namespace Steward {

/** What went wrong, in the categories scripts and the UI act on. The values are the exit codes
 *  of `stewardctl call`. */
enum class ErrorCode {
    Ok = 0,
    Internal = 1,
    BadInput = 2,
    PermissionDenied = 3,
    Conflict = 4,
    NotFound = 5,
    Unauthenticated = 6,
};

/** Name of an error code as it appears in JSON results ("bad_input", "conflict", …). */
QString errorCodeName(ErrorCode code);

/** The one exception type of the service layer. Thrown inside a transaction it rolls the
 *  transaction back; the command bus turns it into a result. */
class Error : public std::exception
{
public:
    Error(ErrorCode code, QString message) : m_code(code), m_message(std::move(message)) {}

    ErrorCode code() const noexcept { return m_code; }
    const QString &message() const noexcept { return m_message; }
    const char *what() const noexcept override;

    static Error badInput(const QString &message) { return {ErrorCode::BadInput, message}; }
    static Error notFound(const QString &message) { return {ErrorCode::NotFound, message}; }
    static Error conflict(const QString &message) { return {ErrorCode::Conflict, message}; }
    static Error denied(const QString &message) { return {ErrorCode::PermissionDenied, message}; }
    static Error internal(const QString &message) { return {ErrorCode::Internal, message}; }

private:
    ErrorCode m_code;
    QString m_message;
    mutable QByteArray m_what;
};

} // namespace Steward
