#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace Steward {

/** An amount of money: integer minor units (cents) and an ISO 4217 currency. Never a float. */
class Money
{
public:
    Money() = default;
    Money(qint64 minorUnits, QString currency)
        : m_minor(minorUnits), m_currency(std::move(currency))
    {}

    qint64 minorUnits() const { return m_minor; }
    QString currency() const { return m_currency; }
    bool isValid() const { return m_currency.size() == 3; }

    /** Adds amounts of one currency; throws Error for mixed currencies or overflow. */
    Money operator+(const Money &other) const;
    Money operator-(const Money &other) const;
    bool operator==(const Money &other) const = default;

    /** "1234.56 EUR" (two decimals, or as many as the currency has): for files and logs. */
    QString toString() const;
    /** "1,234.56 EUR" in @p locale's digit grouping and decimal point ("1.234,56 EUR" in
     *  German): for people. */
    QString toDisplayString(const QLocale &locale = QLocale()) const;
    /** Digits after the decimal point for @p currency (JPY 0, KWD 3, most 2). */
    static int decimals(const QString &currency);

    /** Splits this amount into shares proportional to @p weights using the largest-remainder
     *  method: each share gets the floor of its exact part, and the cents left over go one each to
     *  the shares with the largest fractional remainders (ties to the earlier share). The
     *  shares always sum to this amount exactly. Throws Error for empty or negative weights or
     *  all-zero weights. */
    QList<Money> allocate(const QList<qint64> &weights) const;

private:
    qint64 m_minor = 0;
    QString m_currency;
};

/** Largest-remainder split of @p total by @p weights; the core of Money::allocate(). */
QList<qint64> allocateLargestRemainder(qint64 total, const QList<qint64> &weights);

} // namespace Steward
