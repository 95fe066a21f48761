#pragma once

#include <QStringView>

#include <algorithm>

namespace Steward::Moderation {

/** The severities of a report, lowest first, as stored in moderation_reports.severity. */
inline constexpr const char16_t *kSeverities[] = {u"low", u"medium", u"high", u"critical"};

/** 0 (low) … 3 (critical); -1 for anything else. */
inline int severityLevel(QStringView severity)
{
    for (int level = 0; level < 4; ++level) {
        if (severity == QStringView(kSeverities[level]))
            return level;
    }
    return -1;
}

/** A report's place in its queue: higher first. Severity always dominates (low 1000, medium
 *  2000, high 3000, critical 4000); within one severity each report on the same content adds 50
 *  (up to ten reports) and the reporter's past accuracy adds up to 400 (permille * 0.4). The
 *  migration and the demo seeder compute the same number. */
inline int reportPriorityForLevel(int severityLevel, int reportCount, int reporterAccuracyPermille)
{
    const int base = 1000 * (std::clamp(severityLevel, 0, 3) + 1);
    const int reports = 50 * std::clamp(reportCount, 1, 10);
    const int accuracy = std::clamp(reporterAccuracyPermille, 0, 1000) * 400 / 1000;
    return base + reports + accuracy;
}

/** reportPriorityForLevel() for a severity name ("low" … "critical"). */
inline int reportPriority(QStringView severity, int reportCount, int reporterAccuracyPermille)
{
    return reportPriorityForLevel(severityLevel(severity), reportCount, reporterAccuracyPermille);
}

} // namespace Steward::Moderation
