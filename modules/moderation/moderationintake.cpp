#include "moderationcommands.h"
#include "moderationpriority.h"
#include "moderationrecords.h"

#include "query.h"

#include <algorithm>

namespace Steward::Moderation {

namespace {

QString oneOfRequired(CommandContext &ctx, const QString &key, const QStringList &allowed)
{
    const QString value = ctx.requireString(key);
    if (!allowed.contains(value))
        throw Error::badInput(QStringLiteral("unknown %1 '%2' (one of: %3)")
                                  .arg(key, value, allowed.join(QStringLiteral(", "))));
    return value;
}

/** A reporter's share of decided reports that led to action, in permille, with one upheld and
 *  one dismissed report assumed so a new reporter starts at 500. */
int reporterAccuracy(const QSqlDatabase &db, qint64 reporter)
{
    Query row(db,
              QStringLiteral("SELECT status, count(*) FROM moderation_reports "
                             "WHERE reporter_user_id = ? AND status IN ('resolved', 'dismissed') "
                             "GROUP BY status"),
              {reporter});
    qint64 upheld = 0;
    qint64 decided = 0;
    while (row.next()) {
        decided += row.value(1).toLongLong();
        if (row.value(0).toString() == QLatin1String("resolved"))
            upheld += row.value(1).toLongLong();
    }
    return int((upheld + 1) * 1000 / (decided + 2));
}

} // namespace

namespace Commands {

QJsonValue report(CommandContext &ctx)
{
    const QSqlDatabase &db = ctx.db();
    const qint64 subject = ctx.requireId(QStringLiteral("subject_user_id"));
    const QString contentType = oneOfRequired(ctx, QStringLiteral("content_type"), contentTypes());
    const qint64 contentId = ctx.optionalInteger(QStringLiteral("content_id"), 0);
    if (contentId < 0)
        throw Error::badInput(QStringLiteral("parameter 'content_id' must be positive"));
    const QString excerpt = ctx.optionalString(QStringLiteral("excerpt"));
    const QString details = ctx.optionalString(QStringLiteral("details"));
    if (excerpt.size() > 2000 || details.size() > 4000)
        throw Error::badInput(
            QStringLiteral("the excerpt is limited to 2000 characters, the details to 4000"));
    const QString source = oneOfRequired(ctx, QStringLiteral("source"), reportSources());
    const bool automated = source == QLatin1String("automated");
    const QJsonValue aiScoreValue = ctx.params().value(QStringLiteral("ai_score"));
    const bool hasAiScore = !aiScoreValue.isUndefined() && !aiScoreValue.isNull();
    const qint64 aiScore = ctx.optionalInteger(QStringLiteral("ai_score"), -1);
    if (hasAiScore && (aiScore < 0 || aiScore > 1000))
        throw Error::badInput(QStringLiteral("ai_score is from 0 to 1000"));
    const QString aiSource = ctx.optionalString(QStringLiteral("ai_source"));
    const QString code = ctx.requireString(QStringLiteral("reason"));
    const auto policy = findPolicy(db, code);
    if (!policy)
        throw Error::badInput(QStringLiteral("unknown reason '%1'").arg(code));
    if (!policy->isActive)
        throw Error::badInput(QStringLiteral("reason '%1' is retired").arg(code));
    const QString severity =
        ctx.optionalString(QStringLiteral("severity"), policy->defaultSeverity);
    if (!severities().contains(severity))
        throw Error::badInput(QStringLiteral("unknown severity '%1'").arg(severity));
    const qint64 reporter = ctx.optionalInteger(QStringLiteral("reporter_user_id"), 0);
    if (reporter < 0)
        throw Error::badInput(QStringLiteral("parameter 'reporter_user_id' must be positive"));
    if (automated && reporter > 0)
        throw Error::badInput(QStringLiteral("an automated flag has no reporting user"));
    if (!Query::scalar(db, QStringLiteral("SELECT id FROM users WHERE id = ?"), {subject})
             .isValid())
        throw Error::notFound(QStringLiteral("user %1 does not exist").arg(subject));
    if (reporter > 0 &&
        !Query::scalar(db, QStringLiteral("SELECT id FROM users WHERE id = ?"), {reporter})
             .isValid())
        throw Error::notFound(QStringLiteral("reporting user %1 does not exist").arg(reporter));
    if (reporter == subject)
        throw Error::badInput(QStringLiteral("a user cannot report themselves"));

    const int accuracy = automated      ? (hasAiScore ? int(aiScore) : 500)
                         : reporter > 0 ? reporterAccuracy(db, reporter)
                                        : 500;

    // A report on content that already waits in a queue counts on that report: one item for
    // the moderators, ranked higher. Its version stays, so a decision in progress remains valid.
    qint64 primary = 0;
    if (contentId > 0) {
        Query open(db,
                   QStringLiteral("SELECT id, report_count, severity, reporter_accuracy "
                                  "FROM moderation_reports WHERE content_type = ? "
                                  "AND content_id = ? AND subject_user_id = ? "
                                  "AND queue IN ('unreviewed', 'escalated') ORDER BY id LIMIT 1"),
                   {contentType, contentId, subject});
        if (open.next()) {
            const qint64 candidate = open.value(0).toLongLong();
            // The same person or detector flagging the same content again adds nothing.
            const bool counted =
                Query::scalar(
                    db,
                    automated ? QStringLiteral("SELECT id FROM moderation_reports WHERE "
                                               "(id = ? OR duplicate_of = ?) AND source = "
                                               "'automated' AND COALESCE(ai_source, '') = ?")
                              : QStringLiteral("SELECT id FROM moderation_reports WHERE "
                                               "(id = ? OR duplicate_of = ?) AND "
                                               "reporter_user_id = ?"),
                    {candidate, candidate, automated ? QVariant(aiSource) : QVariant(reporter)})
                    .isValid() &&
                (automated || reporter > 0);
            const int count = open.value(1).toInt() + (counted ? 0 : 1);
            const QString merged = severityLevel(severity) > severityLevel(open.value(2).toString())
                                       ? severity
                                       : open.value(2).toString();
            const int mergedAccuracy = std::max(accuracy, open.value(3).toInt());
            Query raise(db,
                        QStringLiteral("UPDATE moderation_reports SET report_count = ?, "
                                       "severity = ?, reporter_accuracy = ?, priority = ?, "
                                       "queue_rank = ? "
                                       "WHERE id = ? AND queue IN ('unreviewed', 'escalated')"),
                        {count, merged, mergedAccuracy,
                         reportPriority(merged, count, mergedAccuracy),
                         reportPriority(merged, count, mergedAccuracy), candidate});
            // A decision may have closed it since the read: then this report stands alone.
            if (raise.rowsAffected() > 0)
                primary = candidate;
        }
    }

    const QVariant noInteger(QMetaType::fromType<qint64>());
    const QVariant noText(QMetaType::fromType<QString>());
    Query insert(db,
                 QStringLiteral("INSERT INTO moderation_reports (subject_user_id, content_type, "
                                "content_id, content_excerpt, source, ai_score, ai_source, reason, "
                                "details, severity, status, reporter_user_id, created_at, "
                                "updated_at, queue, report_count, reporter_accuracy, priority, "
                                "queue_rank, duplicate_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                "'unreviewed', ?, ?, ?, ?, 1, ?, ?, ?, ?) RETURNING id"),
                 {subject, contentType, contentId > 0 ? QVariant(contentId) : noInteger,
                  excerpt.isEmpty() ? noText : QVariant(excerpt), source,
                  hasAiScore ? QVariant(aiScore) : noInteger,
                  aiSource.isEmpty() ? noText : QVariant(aiSource), policy->code,
                  details.isEmpty() ? noText : QVariant(details), severity,
                  reporter > 0 ? QVariant(reporter) : noInteger, ctx.now(), ctx.now(),
                  primary > 0 ? QStringLiteral("duplicate") : QStringLiteral("unreviewed"),
                  accuracy, reportPriority(severity, 1, accuracy),
                  reportPriority(severity, 1, accuracy),
                  primary > 0 ? QVariant(primary) : noInteger});
    insert.next();
    const qint64 id = insert.value(0).toLongLong();
    const QJsonObject filed = loadReport(db, id, ctx.now(), true);
    ctx.audit({QStringLiteral("moderation_report"), QString::number(id), QJsonValue(), filed,
               primary > 0
                   ? QStringLiteral("%1 report counted on report %2").arg(source).arg(primary)
                   : QStringLiteral("%1 report").arg(source)});
    return QJsonObject{
        {QStringLiteral("report"), filed},
        {QStringLiteral("primary"), primary > 0 ? loadReport(db, primary, ctx.now()) : filed},
        {QStringLiteral("merged"), primary > 0}};
}

} // namespace Commands

} // namespace Steward::Moderation
