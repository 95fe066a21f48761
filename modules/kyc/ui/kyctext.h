#pragma once

#include <QCoreApplication>
#include <QString>

namespace Steward::Kyc {

/** The words the KYC console shows for the service's codes (states, case types, document kinds,
 *  provider results) and for times relative to now ("due in 3 h", "overdue 5 h"). Unknown codes
 *  are shown as they are. */
class KycText
{
    Q_DECLARE_TR_FUNCTIONS(Steward::Kyc::KycText)
public:
    static QString stateName(const QString &state);
    static QString caseTypeName(const QString &caseType);
    static QString documentKindName(const QString &kind);
    /** "clear", "consider", "fail", "error" of a provider check. */
    static QString checkResultName(const QString &result);
    /** "pass", "fail", "inconclusive" of a document authenticity check. */
    static QString authenticityName(const QString &authenticity);
    static QString templateKindName(const QString &kind);

    /** True for the states a reviewer still has to act on. */
    static bool isOpenState(const QString &state);

    /** A duration as the queue shows it: whole minutes under an hour, whole hours under two
     *  days, whole days beyond ("45 min", "5 h", "3 d"). */
    static QString duration(qint64 msecs);
    /** "due in 3 h", "due now" or "overdue 5 h" for a case due at @p dueAt (ms since the epoch)
     *  seen at @p now; empty without a due time. */
    static QString dueText(qint64 dueAt, qint64 now);
    /** A time in the operator's zone and locale, short format; "—" for none. */
    static QString dateTime(qint64 msecs);
    static QString date(qint64 msecs);
};

} // namespace Steward::Kyc
