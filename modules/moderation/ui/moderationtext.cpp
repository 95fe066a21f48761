#include "moderationtext.h"

#include "theme.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>

namespace Steward::Moderation {

namespace {

QString lookup(const QHash<QString, const char *> &titles, const QString &code)
{
    const char *title = titles.value(code);
    return title ? ModerationText::tr(title) : code;
}

} // namespace

QString ModerationText::queueTitle(const QString &queue)
{
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("unreviewed"), QT_TR_NOOP("Unreviewed")},
        {QStringLiteral("escalated"), QT_TR_NOOP("Escalated")},
        {QStringLiteral("appeals"), QT_TR_NOOP("Appeals")},
        {QStringLiteral("resolved"), QT_TR_NOOP("Resolved")},
        {QStringLiteral("mine"), QT_TR_NOOP("Mine")},
    };
    return lookup(titles, queue);
}

QString ModerationText::actionTitle(const QString &action)
{
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("dismiss"), QT_TR_NOOP("Dismiss")},
        {QStringLiteral("remove_content"), QT_TR_NOOP("Remove content")},
        {QStringLiteral("warn"), QT_TR_NOOP("Warn")},
        {QStringLiteral("strike"), QT_TR_NOOP("Strike")},
        {QStringLiteral("suspend"), QT_TR_NOOP("Suspend")},
        {QStringLiteral("ban"), QT_TR_NOOP("Ban")},
        {QStringLiteral("escalate"), QT_TR_NOOP("Escalate")},
        {QStringLiteral("restore"), QT_TR_NOOP("Restore")},
    };
    return lookup(titles, action);
}

QString ModerationText::contentTypeTitle(const QString &contentType)
{
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("profile"), QT_TR_NOOP("Profile")},
        {QStringLiteral("photo"), QT_TR_NOOP("Photo")},
        {QStringLiteral("message"), QT_TR_NOOP("Message")},
        {QStringLiteral("review"), QT_TR_NOOP("Review")},
        {QStringLiteral("agent_listing"), QT_TR_NOOP("Agent listing")},
        {QStringLiteral("vendor_listing"), QT_TR_NOOP("Vendor listing")},
        {QStringLiteral("property_listing"), QT_TR_NOOP("Property listing")},
    };
    return lookup(titles, contentType);
}

QString ModerationText::severityTitle(const QString &severity)
{
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("low"), QT_TR_NOOP("Low")},
        {QStringLiteral("medium"), QT_TR_NOOP("Medium")},
        {QStringLiteral("high"), QT_TR_NOOP("High")},
        {QStringLiteral("critical"), QT_TR_NOOP("Critical")},
    };
    return lookup(titles, severity);
}

QString ModerationText::sourceTitle(const QString &source)
{
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("user_report"), QT_TR_NOOP("User report")},
        {QStringLiteral("automated"), QT_TR_NOOP("Automated flag")},
    };
    return lookup(titles, source);
}

QString ModerationText::statusTitle(const QString &status)
{
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("unreviewed"), QT_TR_NOOP("Unreviewed")},
        {QStringLiteral("in_review"), QT_TR_NOOP("In review")},
        {QStringLiteral("escalated"), QT_TR_NOOP("Escalated")},
        {QStringLiteral("resolved"), QT_TR_NOOP("Resolved")},
        {QStringLiteral("dismissed"), QT_TR_NOOP("Dismissed")},
        {QStringLiteral("open"), QT_TR_NOOP("Open")},
        {QStringLiteral("upheld"), QT_TR_NOOP("Upheld")},
        {QStringLiteral("overturned"), QT_TR_NOOP("Overturned")},
        {QStringLiteral("withdrawn"), QT_TR_NOOP("Withdrawn")},
        {QStringLiteral("active"), QT_TR_NOOP("Active")},
        {QStringLiteral("suspended"), QT_TR_NOOP("Suspended")},
        {QStringLiteral("banned"), QT_TR_NOOP("Banned")},
        {QStringLiteral("deleted"), QT_TR_NOOP("Deleted")},
    };
    return lookup(titles, status);
}

QString ModerationText::appealTypeTitle(const QString &appealType)
{
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("moderation"), QT_TR_NOOP("Moderation decision")},
        {QStringLiteral("strike"), QT_TR_NOOP("Strike")},
        {QStringLiteral("suspension"), QT_TR_NOOP("Suspension")},
        {QStringLiteral("kyc"), QT_TR_NOOP("Verification")},
    };
    return lookup(titles, appealType);
}

QString ModerationText::outcomeTitle(const QString &outcome)
{
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("upheld"), QT_TR_NOOP("Uphold")},
        {QStringLiteral("overturned"), QT_TR_NOOP("Overturn")},
    };
    return lookup(titles, outcome);
}

QString ModerationText::timelineKindTitle(const QString &kind)
{
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("report"), QT_TR_NOOP("Report")},
        {QStringLiteral("decision"), QT_TR_NOOP("Decision")},
        {QStringLiteral("strike"), QT_TR_NOOP("Strike")},
        {QStringLiteral("appeal"), QT_TR_NOOP("Appeal")},
        {QStringLiteral("kyc"), QT_TR_NOOP("KYC")},
        {QStringLiteral("age_verification"), QT_TR_NOOP("Age verification")},
    };
    return lookup(titles, kind);
}

int ModerationText::severityRank(const QString &severity)
{
    static const QHash<QString, int> ranks = {{QStringLiteral("low"), 0},
                                              {QStringLiteral("medium"), 1},
                                              {QStringLiteral("high"), 2},
                                              {QStringLiteral("critical"), 3}};
    return ranks.value(severity, -1);
}

QColor ModerationText::severityColor(const QString &severity)
{
    const bool isDark = Shell::Theme::isDark();
    switch (severityRank(severity)) {
    case 3:
        return Shell::Theme::errorColor();
    case 2:
        return Shell::Theme::warningColor();
    case 1:
        return isDark ? QColor(0xe0, 0xc8, 0x6a) : QColor(0x80, 0x6a, 0x00);
    default:
        return {};
    }
}

QString ModerationText::age(qint64 msecs, qint64 now)
{
    const qint64 minutes = std::max<qint64>(0, now - msecs) / 60000;
    if (minutes < 1)
        return tr("just now");
    if (minutes < 60)
        //: An age in minutes, short: "12 min".
        return tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        //: An age in hours, short: "5 h".
        return tr("%1 h").arg(hours);
    const qint64 days = hours / 24;
    if (days < 7 && hours % 24 != 0)
        //: An age in days and hours, short: "2 d 4 h".
        return tr("%1 d %2 h").arg(days).arg(hours % 24);
    //: An age in days, short: "12 d".
    return tr("%1 d").arg(QLocale().toString(days));
}

QString ModerationText::time(qint64 msecs)
{
    if (msecs <= 0)
        return QStringLiteral("—");
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msecs), QLocale::ShortFormat);
}

QString ModerationText::clockTime(qint64 msecs, qint64 now)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(msecs);
    if (at.date() == QDateTime::fromMSecsSinceEpoch(now).date())
        return QLocale().toString(at.time(), QLocale::ShortFormat);
    return time(msecs);
}

QString ModerationText::aiScore(const QJsonValue &score)
{
    if (score.isNull() || score.isUndefined())
        return QStringLiteral("—");
    //: An AI-generated likelihood: %1 is a percentage such as 87.5.
    return tr("%1 %").arg(QLocale().toString(score.toDouble() / 10.0, 'f', 1));
}

} // namespace Steward::Moderation
