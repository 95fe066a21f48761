#include "kyctext.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace Steward::Kyc {

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

QString lookup(const QHash<QString, const char *> &names, const QString &code)
{
    const char *name = names.value(code);
    return name ? KycText::tr(name) : code;
}

} // namespace

QString KycText::stateName(const QString &state)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("pending"), QT_TR_NOOP("Pending")},
        {QStringLiteral("in_review"), QT_TR_NOOP("In review")},
        {QStringLiteral("approved"), QT_TR_NOOP("Approved")},
        {QStringLiteral("rejected"), QT_TR_NOOP("Rejected")},
        {QStringLiteral("resubmission_requested"), QT_TR_NOOP("Resubmission requested")},
        {QStringLiteral("escalated"), QT_TR_NOOP("Escalated")},
    };
    return lookup(names, state);
}

QString KycText::caseTypeName(const QString &caseType)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("age"), QT_TR_NOOP("Age verification")},
        {QStringLiteral("identity"), QT_TR_NOOP("Identity")},
        {QStringLiteral("business"), QT_TR_NOOP("Business")},
        {QStringLiteral("driver"), QT_TR_NOOP("Driver licence")},
        {QStringLiteral("host"), QT_TR_NOOP("Host")},
    };
    return lookup(names, caseType);
}

QString KycText::documentKindName(const QString &kind)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("passport"), QT_TR_NOOP("Passport")},
        {QStringLiteral("national_id"), QT_TR_NOOP("National ID card")},
        {QStringLiteral("driving_license"), QT_TR_NOOP("Driving licence")},
        {QStringLiteral("residence_permit"), QT_TR_NOOP("Residence permit")},
        {QStringLiteral("selfie"), QT_TR_NOOP("Selfie")},
        {QStringLiteral("proof_of_address"), QT_TR_NOOP("Proof of address")},
        {QStringLiteral("business_registration"), QT_TR_NOOP("Business registration")},
        {QStringLiteral("vehicle_registration"), QT_TR_NOOP("Vehicle registration")},
        {QStringLiteral("insurance"), QT_TR_NOOP("Insurance")},
        {QStringLiteral("property_deed"), QT_TR_NOOP("Property deed")},
    };
    return lookup(names, kind);
}

QString KycText::checkResultName(const QString &result)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("clear"), QT_TR_NOOP("Clear")},
        {QStringLiteral("consider"), QT_TR_NOOP("Consider")},
        {QStringLiteral("fail"), QT_TR_NOOP("Fail")},
        {QStringLiteral("error"), QT_TR_NOOP("Provider error")},
    };
    return lookup(names, result);
}

QString KycText::authenticityName(const QString &authenticity)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("pass"), QT_TR_NOOP("Genuine")},
        {QStringLiteral("fail"), QT_TR_NOOP("Suspected forgery")},
        {QStringLiteral("inconclusive"), QT_TR_NOOP("Inconclusive")},
    };
    return lookup(names, authenticity);
}

QString KycText::templateKindName(const QString &kind)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("reject"), QT_TR_NOOP("Rejection")},
        {QStringLiteral("resubmit"), QT_TR_NOOP("Resubmission")},
    };
    return lookup(names, kind);
}

bool KycText::isOpenState(const QString &state)
{
    return state == QLatin1String("pending") || state == QLatin1String("in_review") ||
           state == QLatin1String("escalated");
}

QString KycText::duration(qint64 msecs)
{
    msecs = qAbs(msecs);
    if (msecs < kHour)
        return tr("%n min", nullptr, int(std::max<qint64>(1, msecs / kMinute)));
    if (msecs < 2 * kDay)
        return tr("%n h", nullptr, int(msecs / kHour));
    return tr("%n d", nullptr, int(msecs / kDay));
}

QString KycText::dueText(qint64 dueAt, qint64 now)
{
    if (dueAt <= 0)
        return {};
    const qint64 left = dueAt - now;
    if (left >= 0 && left < kMinute)
        return tr("due now");
    if (left >= 0)
        //: %1 is a duration such as "3 h".
        return tr("due in %1").arg(duration(left));
    //: %1 is a duration such as "5 h".
    return tr("overdue %1").arg(duration(left));
}

QString KycText::dateTime(qint64 msecs)
{
    if (msecs <= 0)
        return QStringLiteral("—");
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msecs), QLocale::ShortFormat);
}

QString KycText::date(qint64 msecs)
{
    if (msecs <= 0)
        return QStringLiteral("—");
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msecs).date(), QLocale::ShortFormat);
}

} // namespace Steward::Kyc
