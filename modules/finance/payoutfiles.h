#pragma once

#include <QList>
#include <QString>

namespace Steward::Finance {

/** One credit transfer of a payment file. */
struct PayoutFileLine
{
    qint64 payoutId = 0;
    qint64 payeeUserId = 0;
    QString payeeType;
    qint64 amountMinor = 0;
    QString currency;
    QString state;
    QString creditorName;
    QString iban;
    QString bic; ///< Empty: the file says NOTPROVIDED (allowed within the SEPA area).
    QString reference;
};

/** The payouts of one run as a bank or processor receives them. */
struct PayoutFile
{
    qint64 runId = 0;
    QString currency;
    qint64 createdAt = 0;     ///< ms since epoch UTC, the file's creation time.
    qint64 executionDate = 0; ///< ms since epoch UTC, the requested execution day.
    QString debtorName;
    QString debtorIban;
    QString debtorBic;
    QList<PayoutFileLine> lines;

    qint64 totalMinor() const;
};

/** The documented demo placeholder for a payee without bank details: a German IBAN with bank
 *  code 00000000 (no such bank) and the payee's user id as the account number, with valid
 *  check digits. Never a real account. */
QString demoIban(qint64 userId);
/** Check digits of @p countryCode + @p bban by ISO 13616 (mod 97). */
QString ibanCheckDigits(const QString &countryCode, const QString &bban);
/** True when @p iban's check digits are right. */
bool isValidIban(const QString &iban);

/** "12.34" for 1234 minor units of EUR (the currency's decimals, a dot, no grouping). */
QString decimalAmount(qint64 minorUnits, const QString &currency);

/** One header line and one line per payout: payout_id, run_id, payee_user_id, payee_type,
 *  creditor_name, iban, bic, amount, currency, amount_minor, reference, state; comma separated,
 *  quoted where needed, CRLF line ends. */
QString payoutCsv(const PayoutFile &file);

/** The file as an ISO 20022 SEPA credit transfer initiation (pain.001.001.03): one payment
 *  information block, one CdtTrfTxInf per payout; NbOfTxs and CtrlSum equal the lines. */
QString sepaCreditTransferXml(const PayoutFile &file);

} // namespace Steward::Finance
