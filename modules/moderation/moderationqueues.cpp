#include "moderationcommands.h"
#include "moderationrecords.h"

#include "commandbus.h"
#include "query.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace Steward::Moderation {

namespace {

const QStringList &listQueues()
{
    static const QStringList names = {QStringLiteral("unreviewed"), QStringLiteral("escalated"),
                                      QStringLiteral("appeals"), QStringLiteral("resolved"),
                                      QStringLiteral("mine")};
    return names;
}

constexpr qint64 kCountCap = 10000;

const QString kOpenAppeals =
    QStringLiteral("status IN ('open', 'in_review') AND appeal_type <> 'kyc'");

/** Where the next page starts: the sort key and id of the last row, and what list it belongs to
 *  so a cursor is never applied to another queue or filter. */
struct Cursor
{
    QString list;
    qint64 key = 0;
    qint64 id = 0;

    QString encode() const
    {
        const QJsonObject json{{QStringLiteral("l"), list},
                               {QStringLiteral("k"), QString::number(key)},
                               {QStringLiteral("i"), QString::number(id)}};
        return QString::fromLatin1(
            QJsonDocument(json)
                .toJson(QJsonDocument::Compact)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }

    static std::optional<Cursor> decode(const QString &text, const QString &list)
    {
        if (text.isEmpty())
            return std::nullopt;
        const auto bytes = QByteArray::fromBase64Encoding(
            text.toLatin1(),
            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        const QJsonObject json = bytes ? QJsonDocument::fromJson(*bytes).object() : QJsonObject();
        bool keyOk = false;
        bool idOk = false;
        Cursor cursor{json.value(QStringLiteral("l")).toString(),
                      json.value(QStringLiteral("k")).toString().toLongLong(&keyOk),
                      json.value(QStringLiteral("i")).toString().toLongLong(&idOk)};
        if (!keyOk || !idOk)
            throw Error::badInput(QStringLiteral("parameter 'after' is not a cursor this command "
                                                 "returned"));
        if (cursor.list != list)
            throw Error::badInput(QStringLiteral("parameter 'after' continues another queue or "
                                                 "filter; start again without it"));
        return cursor;
    }
};

qint64 pageLimit(CommandContext &ctx, qint64 fallback, qint64 maximum)
{
    const qint64 limit = ctx.optionalInteger(QStringLiteral("limit"), fallback);
    if (limit < 1 || limit > maximum)
        throw Error::badInput(
            QStringLiteral("parameter 'limit' must be from 1 to %1").arg(maximum));
    return limit;
}

QString oneOf(CommandContext &ctx, const QString &key, const QStringList &allowed)
{
    const QString value = ctx.optionalString(key);
    if (!value.isEmpty() && !allowed.contains(value))
        throw Error::badInput(QStringLiteral("unknown %1 '%2' (one of: %3)")
                                  .arg(key, value, allowed.join(QStringLiteral(", "))));
    return value;
}

/** Users whose name, surname or email starts with @p text (bytewise prefix ranges on indexed
 *  keys), at most @p limit. */
QList<qint64> subjectsMatching(const QSqlDatabase &db, const QString &text, int limit)
{
    QStringList columns;
    if (text.contains(QLatin1Char('@')))
        columns << QStringLiteral("email");
    else
        columns << QStringLiteral("name_key") << QStringLiteral("last_name_key");
    QList<qint64> ids;
    for (const QString &column : std::as_const(columns)) {
        // The column comes from the fixed list above; values are bound.
        Query rows(db,
                   QStringLiteral("SELECT id FROM users WHERE %1 >= ? AND %1 < ? ORDER BY %1, id "
                                  "LIMIT ?")
                       .arg(column),
                   {text, text + QChar(0xFFFF), limit});
        while (rows.next() && ids.size() < limit) {
            const qint64 id = rows.value(0).toLongLong();
            if (!ids.contains(id))
                ids << id;
        }
    }
    return ids;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

struct TextFilter
{
    bool active = false;
    qint64 id = 0;          ///< "#123" / "123": that record only
    QList<qint64> subjects; ///< name or email prefix: the matching users
};

TextFilter textFilter(CommandContext &ctx)
{
    TextFilter filter;
    const QString text = ctx.optionalString(QStringLiteral("text")).simplified().toLower();
    if (text.isEmpty())
        return filter;
    if (text.size() > 200)
        throw Error::badInput(QStringLiteral("search text is longer than 200 characters"));
    filter.active = true;
    static const QRegularExpression digits(QStringLiteral("^#?(\\d{1,18})$"));
    if (const auto match = digits.match(text); match.hasMatch())
        filter.id = match.captured(1).toLongLong();
    else
        filter.subjects = subjectsMatching(ctx.db(), text, 50);
    return filter;
}

QJsonObject page(const QJsonArray &rows, bool hasMore, const Cursor &last)
{
    return QJsonObject{{QStringLiteral("rows"), rows},
                       {QStringLiteral("next"), hasMore ? last.encode() : QString()},
                       {QStringLiteral("has_more"), hasMore}};
}

QJsonValue listAppeals(CommandContext &ctx, qint64 limit, const TextFilter &text)
{
    const qint64 subject = ctx.optionalInteger(QStringLiteral("subject_user_id"), 0);
    const QString list =
        QStringLiteral("appeals|%1|%2")
            .arg(subject)
            .arg(ctx.optionalString(QStringLiteral("text")).simplified().toLower());
    const auto after = Cursor::decode(ctx.optionalString(QStringLiteral("after")), list);
    if (text.active && text.id == 0 && text.subjects.isEmpty())
        return page({}, false, {});

    // Open and in-review appeals, oldest first: one index range per status, merged here.
    struct Row
    {
        qint64 createdAt;
        qint64 id;
        QJsonObject json;
    };
    std::vector<Row> rows;
    for (const QString &status : {QStringLiteral("open"), QStringLiteral("in_review")}) {
        QString where = QStringLiteral("status = ? AND appeal_type <> 'kyc'");
        QVariantList values{status};
        if (subject > 0) {
            where += QStringLiteral(" AND user_id = ?");
            values << subject;
        }
        if (text.id > 0) {
            where += QStringLiteral(" AND id = ?");
            values << text.id;
        } else if (!text.subjects.isEmpty()) {
            where += QStringLiteral(" AND user_id IN (%1)").arg(placeholders(text.subjects.size()));
            for (qint64 id : text.subjects)
                values << id;
        }
        if (after) {
            where += QStringLiteral(" AND created_at >= ? AND (created_at > ? OR id > ?)");
            values << after->key << after->key << after->id;
        }
        values << limit + 1;
        Query query(ctx.db(),
                    appealSelect(QStringLiteral("SELECT * FROM appeals WHERE %1 ORDER BY "
                                                "created_at, id LIMIT ?")
                                     .arg(where),
                                 QStringLiteral("a.created_at, a.id")),
                    values);
        while (query.next())
            rows.push_back(
                {query.value(8).toLongLong(), query.value(0).toLongLong(), appealRow(query)});
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
    });
    QJsonArray result;
    Cursor last{list};
    for (const Row &row : rows) {
        if (result.size() == limit)
            break;
        result << row.json;
        last.key = row.createdAt;
        last.id = row.id;
    }
    return page(result, qint64(rows.size()) > limit, last);
}

} // namespace

namespace Commands {

QJsonValue queues(CommandContext &ctx)
{
    const QSqlDatabase &db = ctx.db();
    // Counting stops at kCountCap: a million resolved reports would cost a full index scan on
    // every refresh, and "10 000+" tells a moderator as much.
    const auto count = [&](const QString &from, const QVariantList &values) {
        QVariantList bound = values;
        bound << kCountCap + 1;
        return Query::scalar(
                   db, QStringLiteral("SELECT count(*) FROM (SELECT 1 %1 LIMIT ?) t").arg(from),
                   bound)
            .toLongLong();
    };
    QJsonArray result;
    for (const QString &queue : listQueues()) {
        QString from;
        QString oldest;
        QVariantList values;
        if (queue == QLatin1String("appeals")) {
            from = QStringLiteral("FROM appeals WHERE ") + kOpenAppeals;
            oldest = QStringLiteral("SELECT min(created_at) ") + from;
        } else if (queue == QLatin1String("mine")) {
            from =
                QStringLiteral("FROM moderation_reports WHERE claimed_by = ? AND lease_until > ? "
                               "AND queue IN ('unreviewed', 'escalated')");
            oldest = QStringLiteral("SELECT min(created_at) ") + from;
            values << ctx.principal().operatorId << ctx.now();
        } else {
            from = QStringLiteral("FROM moderation_reports WHERE queue = ?");
            oldest = QStringLiteral("SELECT created_at ") + from +
                     QStringLiteral(" ORDER BY created_at, id LIMIT 1");
            values << queue;
        }
        const qint64 counted = count(from, values);
        result << QJsonObject{
            {QStringLiteral("queue"), queue},
            {QStringLiteral("count"), std::min(counted, kCountCap)},
            {QStringLiteral("capped"), counted > kCountCap},
            {QStringLiteral("oldest_at"), integerOrNull(Query::scalar(db, oldest, values))}};
    }
    return QJsonObject{{QStringLiteral("queues"), result}, {QStringLiteral("now"), ctx.now()}};
}

QJsonValue list(CommandContext &ctx)
{
    const QString queue = ctx.requireString(QStringLiteral("queue"));
    if (!listQueues().contains(queue))
        throw Error::badInput(QStringLiteral("unknown queue '%1' (one of: %2)")
                                  .arg(queue, listQueues().join(QStringLiteral(", "))));
    const qint64 limit = pageLimit(ctx, 100, 1000);
    const TextFilter text = textFilter(ctx);
    if (queue == QLatin1String("appeals"))
        return listAppeals(ctx, limit, text);

    const QString contentType = oneOf(ctx, QStringLiteral("content_type"), contentTypes());
    const QString severity = oneOf(ctx, QStringLiteral("severity"), severities());
    const QString source = oneOf(ctx, QStringLiteral("source"), reportSources());
    const QString reason = ctx.optionalString(QStringLiteral("reason"));
    if (!reason.isEmpty() && !findPolicy(ctx.db(), reason))
        throw Error::badInput(QStringLiteral("unknown reason '%1'").arg(reason));
    const qint64 subject = ctx.optionalInteger(QStringLiteral("subject_user_id"), 0);
    if (subject < 0)
        throw Error::badInput(QStringLiteral("parameter 'subject_user_id' must be positive"));

    const QString list =
        QStringList{queue,
                    contentType,
                    severity,
                    source,
                    reason,
                    QString::number(subject),
                    ctx.optionalString(QStringLiteral("text")).simplified().toLower()}
            .join(QLatin1Char('|'));
    const auto after = Cursor::decode(ctx.optionalString(QStringLiteral("after")), list);
    if (text.active && text.id == 0 && text.subjects.isEmpty())
        return page({}, false, {});

    QStringList where;
    QVariantList values;
    if (queue == QLatin1String("mine")) {
        where << QStringLiteral("claimed_by = ? AND lease_until > ? "
                                "AND queue IN ('unreviewed', 'escalated')");
        values << ctx.principal().operatorId << ctx.now();
    } else if (!text.subjects.isEmpty()) {
        // A name search names a few people: their reports are found through the subject index
        // and then sorted. Kept off the queue index (which SQLite would otherwise walk, a whole
        // queue long, to avoid the sort) by testing the queue through an expression.
        where << QStringLiteral("queue || '' = ?");
        values << queue;
    } else {
        where << QStringLiteral("queue = ?");
        values << queue;
    }
    const auto equal = [&](const char *column, const QVariant &value) {
        where << QStringLiteral("%1 = ?").arg(QLatin1String(column));
        values << value;
    };
    if (!contentType.isEmpty())
        equal("content_type", contentType);
    if (!severity.isEmpty())
        equal("severity", severity);
    if (!source.isEmpty())
        equal("source", source);
    if (!reason.isEmpty())
        equal("reason", reason);
    if (subject > 0)
        equal("subject_user_id", subject);
    if (text.id > 0) {
        equal("id", text.id);
    } else if (!text.subjects.isEmpty()) {
        where << QStringLiteral("subject_user_id IN (%1)").arg(placeholders(text.subjects.size()));
        for (qint64 id : text.subjects)
            values << id;
    }

    // Every queue in rank order, highest first (open: priority, resolved: resolution time), then
    // oldest id. The key range (rank <= last) is what the index seeks to; the OR only drops the
    // rows of the last rank that the previous page already showed.
    if (after) {
        where << QStringLiteral("queue_rank <= ? AND (queue_rank < ? OR id > ?)");
        values << after->key << after->key << after->id;
    }
    values << limit + 1;
    Query rows(ctx.db(),
               reportSelect(QStringLiteral("SELECT * FROM moderation_reports WHERE %1 ORDER BY "
                                           "queue_rank DESC, id LIMIT ?")
                                .arg(where.join(QStringLiteral(" AND "))),
                            QStringLiteral("r.queue_rank DESC, r.id")),
               values);
    QJsonArray result;
    Cursor last{list};
    bool hasMore = false;
    while (rows.next()) {
        if (result.size() == limit) {
            hasMore = true;
            break;
        }
        result << reportRow(rows, ctx.now());
        last.key = rows.value(kReportRankColumn).toLongLong();
        last.id = rows.value(kReportIdColumn).toLongLong();
    }
    return page(result, hasMore, last);
}

QJsonValue get(CommandContext &ctx)
{
    const qint64 id = ctx.requireId(QStringLiteral("id"));
    const QSqlDatabase &db = ctx.db();
    QJsonObject report = loadReport(db, id, ctx.now(), true);

    Query decisionRows(
        db,
        QStringLiteral("SELECT d.id, d.action, d.reason, pr.title, d.note, d.days, d.operator_id, "
                       "o.display_name, d.decided_at, d.ladder_action, d.ladder_days, "
                       "(SELECT min(s.id) FROM strikes s WHERE s.decision_id = d.id) "
                       "FROM moderation_decisions d "
                       "LEFT JOIN policy_reasons pr ON pr.code = d.reason "
                       "LEFT JOIN operators o ON o.id = d.operator_id "
                       "WHERE d.report_id = ? ORDER BY d.decided_at DESC, d.id DESC"),
        {id});
    QJsonArray decisions;
    QVariantList decisionIds;
    while (decisionRows.next()) {
        decisionIds << decisionRows.value(0);
        decisions << QJsonObject{
            {QStringLiteral("id"), decisionRows.value(0).toLongLong()},
            {QStringLiteral("action"), decisionRows.value(1).toString()},
            {QStringLiteral("reason"), decisionRows.value(2).toString()},
            {QStringLiteral("reason_title"), decisionRows.value(3).toString()},
            {QStringLiteral("note"), stringOrNull(decisionRows.value(4))},
            {QStringLiteral("days"), integerOrNull(decisionRows.value(5))},
            {QStringLiteral("operator_id"), integerOrNull(decisionRows.value(6))},
            {QStringLiteral("operator_name"), stringOrNull(decisionRows.value(7))},
            {QStringLiteral("decided_at"), decisionRows.value(8).toLongLong()},
            {QStringLiteral("ladder_action"), stringOrNull(decisionRows.value(9))},
            {QStringLiteral("ladder_days"), integerOrNull(decisionRows.value(10))},
            {QStringLiteral("strike_id"), integerOrNull(decisionRows.value(11))}};
    }

    // Other reports on the same content, the reports counted on this one, and the one it is
    // counted on: each read from its own index, then shown newest first.
    QList<qint64> relatedIds;
    const auto collect = [&](const QString &where, const QVariantList &values) {
        Query rows(db,
                   QStringLiteral("SELECT id FROM moderation_reports WHERE %1 ORDER BY id DESC "
                                  "LIMIT 51")
                       .arg(where),
                   values);
        while (rows.next()) {
            const qint64 related = rows.value(0).toLongLong();
            if (related != id && !relatedIds.contains(related))
                relatedIds << related;
        }
    };
    collect(QStringLiteral("duplicate_of = ?"), {id});
    const QJsonValue primary = report.value(QStringLiteral("duplicate_of"));
    if (!primary.isNull()) {
        relatedIds << primary.toInteger();
        collect(QStringLiteral("duplicate_of = ?"), {primary.toInteger()});
    }
    if (!report.value(QStringLiteral("content_id")).isNull())
        collect(QStringLiteral("content_type = ? AND content_id = ?"),
                {report.value(QStringLiteral("content_type")).toString(),
                 report.value(QStringLiteral("content_id")).toInteger()});
    std::sort(relatedIds.begin(), relatedIds.end(), std::greater<>());
    relatedIds = relatedIds.mid(0, 50);
    QJsonArray related;
    if (!relatedIds.isEmpty()) {
        QVariantList values;
        for (qint64 related : std::as_const(relatedIds))
            values << related;
        Query relatedRows(db,
                          reportSelect(QStringLiteral("SELECT * FROM moderation_reports WHERE id "
                                                      "IN (%1)")
                                           .arg(placeholders(values.size())),
                                       QStringLiteral("r.id DESC")),
                          values);
        while (relatedRows.next())
            related << reportRow(relatedRows, ctx.now());
    }

    QJsonArray appeals;
    if (!decisionIds.isEmpty()) {
        Query appealRows(db,
                         appealSelect(QStringLiteral("SELECT * FROM appeals WHERE decision_id IN "
                                                     "(%1)")
                                          .arg(placeholders(decisionIds.size())),
                                      QStringLiteral("a.created_at DESC, a.id DESC")),
                         decisionIds);
        while (appealRows.next())
            appeals << appealRow(appealRows);
    }

    const qint64 userId = report.value(QStringLiteral("subject_user_id")).toInteger();
    Query user(db,
               QStringLiteral("SELECT id, first_name, last_name, email, status, status_reason, "
                              "suspended_until, version FROM users WHERE id = ?"),
               {userId});
    QJsonObject subject;
    if (user.next()) {
        subject = QJsonObject{
            {QStringLiteral("id"), user.value(0).toLongLong()},
            {QStringLiteral("name"),
             (user.value(1).toString() + QLatin1Char(' ') + user.value(2).toString()).trimmed()},
            {QStringLiteral("email"), user.value(3).toString()},
            {QStringLiteral("status"), user.value(4).toString()},
            {QStringLiteral("status_reason"), stringOrNull(user.value(5))},
            {QStringLiteral("suspended_until"), integerOrNull(user.value(6))},
            {QStringLiteral("version"), user.value(7).toLongLong()}};
    }
    Query roleRows(db,
                   QStringLiteral("SELECT role, status FROM user_roles WHERE user_id = ? "
                                  "ORDER BY role"),
                   {userId});
    QJsonArray roles;
    while (roleRows.next())
        roles << QJsonObject{{QStringLiteral("role"), roleRows.value(0).toString()},
                             {QStringLiteral("status"), roleRows.value(1).toString()}};
    subject.insert(QStringLiteral("roles"), roles);
    Query strikeRows(db,
                     QStringLiteral("SELECT id, reason, weight, issued_at, expires_at, revoked_at "
                                    "FROM strikes WHERE user_id = ? ORDER BY issued_at DESC, id "
                                    "DESC"),
                     {userId});
    QJsonArray strikes;
    int active = 0;
    int activeWeight = 0;
    while (strikeRows.next()) {
        const bool isActive =
            strikeRows.value(5).isNull() &&
            (strikeRows.value(4).isNull() || strikeRows.value(4).toLongLong() > ctx.now());
        if (isActive) {
            ++active;
            activeWeight += strikeRows.value(2).toInt();
        }
        if (strikes.size() < 20)
            strikes << QJsonObject{
                {QStringLiteral("id"), strikeRows.value(0).toLongLong()},
                {QStringLiteral("reason"), strikeRows.value(1).toString()},
                {QStringLiteral("weight"), strikeRows.value(2).toInt()},
                {QStringLiteral("issued_at"), strikeRows.value(3).toLongLong()},
                {QStringLiteral("expires_at"), integerOrNull(strikeRows.value(4))},
                {QStringLiteral("revoked_at"), integerOrNull(strikeRows.value(5))},
                {QStringLiteral("active"), isActive}};
    }
    subject.insert(QStringLiteral("active_strikes"), active);
    subject.insert(QStringLiteral("active_strike_weight"), activeWeight);
    subject.insert(QStringLiteral("strikes"), strikes);

    return QJsonObject{{QStringLiteral("report"), report},
                       {QStringLiteral("decisions"), decisions},
                       {QStringLiteral("related"), related},
                       {QStringLiteral("appeals"), appeals},
                       {QStringLiteral("subject"), subject}};
}

} // namespace Commands

} // namespace Steward::Moderation
