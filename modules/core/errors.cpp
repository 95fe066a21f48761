#include "errors.h"

namespace Steward {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Ok:
        return QStringLiteral("ok");
    case ErrorCode::Internal:
        return QStringLiteral("internal");
    case ErrorCode::BadInput:
        return QStringLiteral("bad_input");
    case ErrorCode::PermissionDenied:
        return QStringLiteral("permission_denied");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::NotFound:
        return QStringLiteral("not_found");
    case ErrorCode::Unauthenticated:
        return QStringLiteral("unauthenticated");
    }
    return QStringLiteral("internal");
}

const char *Error::what() const noexcept
{
    if (m_what.isEmpty())
        m_what = m_message.toUtf8();
    return m_what.constData();
}

} // namespace Steward
