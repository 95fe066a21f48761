#include "money.h"

#include "errors.h"

#include <algorithm>
#include <numeric>

namespace Steward {

namespace {
__extension__ typedef __int128 Int128;

void requireSameCurrency(const Money &a, const Money &b)
{
    if (a.currency() != b.currency())
        throw Error::badInput(QStringLiteral("cannot combine %1 and %2 without an exchange rate")
                                  .arg(a.currency(), b.currency()));
}
} // namespace

Money Money::operator+(const Money &other) const
{
    requireSameCurrency(*this, other);
    qint64 sum = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &sum))
        throw Error::badInput(QStringLiteral("amount out of range"));
    return {sum, m_currency};
}

Money Money::operator-(const Money &other) const
{
    requireSameCurrency(*this, other);
    qint64 difference = 0;
    if (__builtin_sub_overflow(m_minor, other.m_minor, &difference))
        throw Error::badInput(QStringLiteral("amount out of range"));
    return {difference, m_currency};
}

int Money::decimals(const QString &currency)
{
    static const QStringList none = {QStringLiteral("JPY"), QStringLiteral("KRW"),
                                     QStringLiteral("VND"), QStringLiteral("CLP"),
                                     QStringLiteral("ISK")};
    static const QStringList three = {QStringLiteral("KWD"), QStringLiteral("BHD"),
                                      QStringLiteral("OMR"), QStringLiteral("JOD"),
                                      QStringLiteral("TND")};
    if (none.contains(currency))
        return 0;
    if (three.contains(currency))
        return 3;
    return 2;
}

QString Money::toDisplayString(const QLocale &locale) const
{
    const int places = decimals(m_currency);
    qint64 scale = 1;
    for (int i = 0; i < places; ++i)
        scale *= 10;
    const bool negative = m_minor < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    QString text = locale.toString(qulonglong(magnitude / quint64(scale)));
    if (places > 0)
        text += locale.decimalPoint() +
                QStringLiteral("%1").arg(magnitude % quint64(scale), places, 10, QLatin1Char('0'));
    return (negative ? locale.negativeSign() : QString()) + text + QLatin1Char(' ') + m_currency;
}

QString Money::toString() const
{
    const int places = decimals(m_currency);
    qint64 scale = 1;
    for (int i = 0; i < places; ++i)
        scale *= 10;
    const bool negative = m_minor < 0;
    // Work on the unsigned magnitude so INT64_MIN prints correctly.
    const quint64 magnitude = negative ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    QString text = QString::number(magnitude / quint64(scale));
    if (places > 0)
        text += QLatin1Char('.') +
                QStringLiteral("%1").arg(magnitude % quint64(scale), places, 10, QLatin1Char('0'));
    return (negative ? QStringLiteral("-") : QString()) + text + QLatin1Char(' ') + m_currency;
}

QList<Money> Money::allocate(const QList<qint64> &weights) const
{
    const QList<qint64> shares = allocateLargestRemainder(m_minor, weights);
    QList<Money> result;
    result.reserve(shares.size());
    for (qint64 share : shares)
        result << Money(share, m_currency);
    return result;
}

QList<qint64> allocateLargestRemainder(qint64 total, const QList<qint64> &weights)
{
    if (weights.isEmpty())
        throw Error::badInput(QStringLiteral("a split needs at least one share"));
    Int128 weightSum = 0;
    for (qint64 weight : weights) {
        if (weight < 0)
            throw Error::badInput(QStringLiteral("split weights must not be negative"));
        weightSum += weight;
    }
    if (weightSum == 0)
        throw Error::badInput(QStringLiteral("split weights must not all be zero"));

    // A negative total (a refund) is split like its magnitude, then negated, so a refund
    // reverses the original split exactly.
    const bool negative = total < 0;
    const Int128 magnitude = negative ? -Int128(total) : Int128(total);

    const int n = int(weights.size());
    QList<qint64> shares(n);
    QList<Int128> remainders(n);
    Int128 assigned = 0;
    for (int i = 0; i < n; ++i) {
        const Int128 exact = magnitude * weights[i];
        shares[i] = qint64(exact / weightSum);
        remainders[i] = exact % weightSum;
        assigned += shares[i];
    }
    qint64 left = qint64(magnitude - assigned);
    QList<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return remainders[a] > remainders[b]; });
    for (int i = 0; left > 0; ++i, --left)
        ++shares[order[i % n]];
    if (negative) {
        for (qint64 &share : shares)
            share = -share;
    }
    return shares;
}

} // namespace Steward
