#pragma once

#include <QByteArray>
#include <QString>

namespace Steward {

/** Time-based one-time passwords per RFC 6238 (HMAC-SHA1, 30-second steps, 6 digits), the kind
 *  every authenticator app reads from an `otpauth://` URI. */
class Totp
{
public:
    static constexpr int kDigits = 6;
    static constexpr qint64 kStepSeconds = 30;

    /** A new random 160-bit secret. */
    static QByteArray generateSecret();
    static QString toBase32(const QByteArray &secret);
    /** Decodes base32 (case and spaces ignored); empty on invalid input. */
    static QByteArray fromBase32(const QString &text);

    /** The code for time step @p step (RFC 6238 counter). */
    static QString code(const QByteArray &secret, qint64 step, int digits = kDigits);
    static qint64 stepAt(qint64 msecsSinceEpoch) { return msecsSinceEpoch / 1000 / kStepSeconds; }

    /** The step @p code matches at @p now, allowing one step of clock drift either way, or -1. */
    static qint64 matchingStep(const QByteArray &secret, const QString &code, qint64 now);

    /** `otpauth://totp/Steward:<account>?secret=…&issuer=Steward` for QR codes. */
    static QString provisioningUri(const QByteArray &secret, const QString &account);
};

} // namespace Steward
