#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace Steward::Moderation {

/** The words the moderation console shows for the service's codes (actions, content types,
 *  severities, queues, …), translated, and the colours that go with them. An unknown code is
 *  shown as it is, so a newer service never leaves a cell empty. */
class ModerationText
{
    Q_DECLARE_TR_FUNCTIONS(Steward::Moderation::ModerationText)
public:
    static QString queueTitle(const QString &queue);
    static QString actionTitle(const QString &action);
    static QString contentTypeTitle(const QString &contentType);
    static QString severityTitle(const QString &severity);
    static QString sourceTitle(const QString &source);
    static QString statusTitle(const QString &status);
    static QString appealTypeTitle(const QString &appealType);
    static QString outcomeTitle(const QString &outcome);
    static QString timelineKindTitle(const QString &kind);

    /** 0 (low) … 3 (critical), -1 when unknown: for sorting and colour. */
    static int severityRank(const QString &severity);
    /** A text colour for @p severity that reads well on the current palette; invalid for low. */
    static QColor severityColor(const QString &severity);

    /** How long ago @p msecs was, relative to @p now: "just now", "12 min", "3 h", "2 d 4 h". */
    static QString age(qint64 msecs, qint64 now);
    /** A time in the operator's zone, short format; "—" for none. */
    static QString time(qint64 msecs);
    /** The clock time of @p msecs when it is on the day of @p now, else date and time. */
    static QString clockTime(qint64 msecs, qint64 now);
    /** An AI score (0–1000) as a percentage with one decimal, "—" when absent. */
    static QString aiScore(const QJsonValue &score);
};

} // namespace Steward::Moderation
