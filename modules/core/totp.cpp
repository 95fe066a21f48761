#include "totp.h"

#include "passwordhasher.h"

#include <QMessageAuthenticationCode>
#include <QUrl>
#include <QtEndian>

namespace Steward {

namespace {
const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
}

QByteArray Totp::generateSecret()
{
    return Crypto::randomBytes(20);
}

QString Totp::toBase32(const QByteArray &secret)
{
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (char byte : secret) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 0x1f]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 0x1f]);
    return out;
}

QByteArray Totp::fromBase32(const QString &text)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('=') || c == QLatin1Char('-'))
            continue;
        const char upper = char(c.toUpper().toLatin1());
        const char *found = upper ? strchr(kAlphabet, upper) : nullptr;
        if (!found)
            return {};
        buffer = (buffer << 5) | quint32(found - kAlphabet);
        bits += 5;
        if (bits >= 8) {
            out += char((buffer >> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    return out;
}

QString Totp::code(const QByteArray &secret, qint64 step, int digits)
{
    QByteArray counter(8, Qt::Uninitialized);
    qToBigEndian(quint64(step), counter.data());
    const QByteArray mac =
        QMessageAuthenticationCode::hash(counter, secret, QCryptographicHash::Sha1);
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 binary =
        (quint32(quint8(mac[offset]) & 0x7f) << 24) | (quint32(quint8(mac[offset + 1])) << 16) |
        (quint32(quint8(mac[offset + 2])) << 8) | quint32(quint8(mac[offset + 3]));
    quint32 modulus = 1;
    for (int i = 0; i < digits; ++i)
        modulus *= 10;
    return QStringLiteral("%1").arg(binary % modulus, digits, 10, QLatin1Char('0'));
}

qint64 Totp::matchingStep(const QByteArray &secret, const QString &code, qint64 now)
{
    const QString wanted = code.simplified().remove(QLatin1Char(' '));
    if (wanted.size() != kDigits || secret.isEmpty())
        return -1;
    const qint64 current = stepAt(now);
    for (qint64 step : {current, current - 1, current + 1}) {
        if (Crypto::constantTimeEquals(Totp::code(secret, step).toLatin1(), wanted.toLatin1()))
            return step;
    }
    return -1;
}

QString Totp::provisioningUri(const QByteArray &secret, const QString &account)
{
    return QStringLiteral("otpauth://totp/Steward:%1?secret=%2&issuer=Steward&digits=%3&period=%4")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(account)), toBase32(secret))
        .arg(kDigits)
        .arg(kStepSeconds);
}

} // namespace Steward
