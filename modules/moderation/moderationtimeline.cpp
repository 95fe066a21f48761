#include "moderationcommands.h"
#include "moderationrecords.h"

#include "query.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <functional>

namespace Steward::Moderation {

namespace {

/** One kind of history entry: the query that lists a user's entries newest first, and how a row
 *  becomes an entry. Columns: at, id, then what describe() reads. */
struct Source
{
    const char *kind;
    QString sql; ///< "%1" receives the keyset condition on (at, id)
    QString atColumn;
    QString idColumn;
    std::function<QJsonObject(const Query &)> describe;
};

QString text(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

QList<Source> sources()
{
    return {
        {"decision",
         QStringLiteral("SELECT d.decided_at, d.id, d.action, d.days, pr.title, d.note, "
                        "o.username, d.ladder_action, d.ladder_days, d.report_id "
                        "FROM moderation_decisions d "
                        "JOIN moderation_reports r ON r.id = d.report_id "
                        "LEFT JOIN policy_reasons pr ON pr.code = d.reason "
                        "LEFT JOIN operators o ON o.id = d.operator_id "
                        "WHERE r.subject_user_id = ? %1 ORDER BY d.decided_at DESC, d.id DESC "
                        "LIMIT ?"),
         QStringLiteral("d.decided_at"), QStringLiteral("d.id"),
         [](const Query &row) {
             QString title = QStringLiteral("Decision: %1").arg(row.value(2).toString());
             if (!row.value(3).isNull())
                 title += QStringLiteral(" %1 days").arg(row.value(3).toInt());
             title += QStringLiteral(" (%1)").arg(text(row.value(4)));
             QString detail = text(row.value(5));
             if (!row.value(7).isNull()) {
                 QString step = QStringLiteral("Strike ladder: %1").arg(row.value(7).toString());
                 if (!row.value(8).isNull())
                     step += QStringLiteral(" %1 days").arg(row.value(8).toInt());
                 detail = detail.isEmpty() ? step : detail + QStringLiteral(". ") + step;
             }
             return QJsonObject{{QStringLiteral("title"), title},
                                {QStringLiteral("detail"), detail},
                                {QStringLiteral("actor"), text(row.value(6))},
                                {QStringLiteral("state"), row.value(2).toString()},
                                {QStringLiteral("report_id"), row.value(9).toLongLong()}};
         }},
        {"strike",
         QStringLiteral("SELECT s.issued_at, s.id, pr.title, s.weight, s.expires_at, s.revoked_at, "
                        "o.username, s.report_id FROM strikes s "
                        "LEFT JOIN policy_reasons pr ON pr.code = s.reason "
                        "LEFT JOIN operators o ON o.id = s.issued_by "
                        "WHERE s.user_id = ? %1 ORDER BY s.issued_at DESC, s.id DESC LIMIT ?"),
         QStringLiteral("s.issued_at"), QStringLiteral("s.id"),
         [](const Query &row) {
             QString detail;
             if (!row.value(5).isNull())
                 detail = QStringLiteral("Revoked %1").arg(isoTime(row.value(5).toLongLong()));
             else if (!row.value(4).isNull())
                 detail = QStringLiteral("Expires %1").arg(isoTime(row.value(4).toLongLong()));
             else
                 detail = QStringLiteral("Does not expire");
             return QJsonObject{{QStringLiteral("title"), QStringLiteral("Strike: %1, weight %2")
                                                              .arg(text(row.value(2)))
                                                              .arg(row.value(3).toInt())},
                                {QStringLiteral("detail"), detail},
                                {QStringLiteral("actor"), text(row.value(6))},
                                {QStringLiteral("state"), row.value(5).isNull()
                                                              ? QStringLiteral("issued")
                                                              : QStringLiteral("revoked")},
                                {QStringLiteral("report_id"), integerOrNull(row.value(7))}};
         }},
        {"appeal",
         QStringLiteral("SELECT a.created_at, a.id, a.appeal_type, a.status, a.message, "
                        "a.decision_note, o.username FROM appeals a "
                        "LEFT JOIN operators o ON o.id = a.decided_by "
                        "WHERE a.user_id = ? %1 ORDER BY a.created_at DESC, a.id DESC LIMIT ?"),
         QStringLiteral("a.created_at"), QStringLiteral("a.id"),
         [](const Query &row) {
             QString detail = text(row.value(4));
             if (!row.value(5).isNull())
                 detail += QStringLiteral(" — ") + row.value(5).toString();
             return QJsonObject{{QStringLiteral("title"),
                                 QStringLiteral("Appeal (%1): %2")
                                     .arg(row.value(2).toString(), row.value(3).toString())},
                                {QStringLiteral("detail"), detail},
                                {QStringLiteral("actor"), text(row.value(6))},
                                {QStringLiteral("state"), row.value(3).toString()}};
         }},
        {"report",
         QStringLiteral("SELECT r.created_at, r.id, pr.title, r.content_type, r.source, "
                        "r.ai_source, r.content_excerpt, r.details, r.status, r.reporter_user_id "
                        "FROM moderation_reports r "
                        "LEFT JOIN policy_reasons pr ON pr.code = r.reason "
                        "WHERE r.subject_user_id = ? %1 ORDER BY r.created_at DESC, r.id DESC "
                        "LIMIT ?"),
         QStringLiteral("r.created_at"), QStringLiteral("r.id"),
         [](const Query &row) {
             const bool automated = row.value(4).toString() == QLatin1String("automated");
             QString actor;
             if (automated)
                 actor =
                     row.value(5).isNull() ? QStringLiteral("automated") : row.value(5).toString();
             else if (!row.value(9).isNull())
                 actor = QStringLiteral("user %1").arg(row.value(9).toLongLong());
             const QString detail =
                 row.value(6).isNull() ? text(row.value(7)) : row.value(6).toString();
             return QJsonObject{
                 {QStringLiteral("title"), QStringLiteral("Report: %1 (%2)")
                                               .arg(text(row.value(2)), row.value(3).toString())},
                 {QStringLiteral("detail"), detail},
                 {QStringLiteral("actor"), actor},
                 {QStringLiteral("state"), row.value(8).toString()}};
         }},
        {"kyc",
         QStringLiteral("SELECT k.created_at, k.id, k.case_type, k.state, k.decision_reason, "
                        "o.username FROM kyc_cases k "
                        "LEFT JOIN operators o ON o.id = k.decided_by "
                        "WHERE k.user_id = ? %1 ORDER BY k.created_at DESC, k.id DESC LIMIT ?"),
         QStringLiteral("k.created_at"), QStringLiteral("k.id"),
         [](const Query &row) {
             return QJsonObject{{QStringLiteral("title"),
                                 QStringLiteral("KYC %1 case: %2")
                                     .arg(row.value(2).toString(), row.value(3).toString())},
                                {QStringLiteral("detail"), text(row.value(4))},
                                {QStringLiteral("actor"), text(row.value(5))},
                                {QStringLiteral("state"), row.value(3).toString()}};
         }},
        {"age_verification",
         QStringLiteral("SELECT v.created_at, v.id, v.result, v.method FROM age_verifications v "
                        "WHERE v.user_id = ? %1 ORDER BY v.created_at DESC, v.id DESC LIMIT ?"),
         QStringLiteral("v.created_at"), QStringLiteral("v.id"),
         [](const Query &row) {
             return QJsonObject{{QStringLiteral("title"),
                                 QStringLiteral("Age verification: %1 (%2)")
                                     .arg(row.value(2).toString(), row.value(3).toString())},
                                {QStringLiteral("detail"), QString()},
                                {QStringLiteral("actor"), QString()},
                                {QStringLiteral("state"), row.value(2).toString()}};
         }},
    };
}

struct Entry
{
    qint64 at;
    int rank;
    qint64 id;
    QJsonObject json;
};

QString encodeCursor(qint64 user, const Entry &entry)
{
    const QJsonObject json{{QStringLiteral("u"), QString::number(user)},
                           {QStringLiteral("t"), QString::number(entry.at)},
                           {QStringLiteral("r"), entry.rank},
                           {QStringLiteral("i"), QString::number(entry.id)}};
    return QString::fromLatin1(
        QJsonDocument(json)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

namespace Commands {

QJsonValue timeline(CommandContext &ctx)
{
    const qint64 user = ctx.requireId(QStringLiteral("user_id"));
    const qint64 limit = ctx.optionalInteger(QStringLiteral("limit"), 50);
    if (limit < 1 || limit > 200)
        throw Error::badInput(QStringLiteral("parameter 'limit' must be from 1 to 200"));
    std::optional<Entry> before;
    if (const QString cursor = ctx.optionalString(QStringLiteral("before")); !cursor.isEmpty()) {
        const auto bytes = QByteArray::fromBase64Encoding(
            cursor.toLatin1(),
            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        const QJsonObject json = bytes ? QJsonDocument::fromJson(*bytes).object() : QJsonObject();
        bool atOk = false;
        bool idOk = false;
        Entry entry{json.value(QStringLiteral("t")).toString().toLongLong(&atOk),
                    json.value(QStringLiteral("r")).toInt(-1),
                    json.value(QStringLiteral("i")).toString().toLongLong(&idOk),
                    {}};
        if (!atOk || !idOk || entry.rank < 0 ||
            json.value(QStringLiteral("u")).toString() != QString::number(user))
            throw Error::badInput(
                QStringLiteral("parameter 'before' is not a cursor of this user's timeline"));
        before = entry;
    }
    if (!Query::scalar(ctx.db(), QStringLiteral("SELECT id FROM users WHERE id = ?"), {user})
             .isValid())
        throw Error::notFound(QStringLiteral("user %1 does not exist").arg(user));

    // Each kind is read newest first from its own index and the lists are merged: ties in time
    // are ordered by kind, then newest id, and the cursor continues exactly there.
    const QList<Source> all = sources();
    std::vector<Entry> entries;
    for (int rank = 0; rank < all.size(); ++rank) {
        const Source &source = all.at(rank);
        QString condition;
        QVariantList values{user};
        if (before) {
            if (rank < before->rank) {
                condition = QStringLiteral("AND %1 < ?").arg(source.atColumn);
                values << before->at;
            } else if (rank == before->rank) {
                condition = QStringLiteral("AND %1 <= ? AND (%1 < ? OR %2 < ?)")
                                .arg(source.atColumn, source.idColumn);
                values << before->at << before->at << before->id;
            } else {
                condition = QStringLiteral("AND %1 <= ?").arg(source.atColumn);
                values << before->at;
            }
        }
        values << limit + 1;
        Query rows(ctx.db(), source.sql.arg(condition), values);
        while (rows.next()) {
            QJsonObject json = source.describe(rows);
            const qint64 at = rows.value(0).toLongLong();
            const qint64 id = rows.value(1).toLongLong();
            json.insert(QStringLiteral("at"), at);
            json.insert(QStringLiteral("kind"), QLatin1String(source.kind));
            json.insert(QStringLiteral("id"), id);
            entries.push_back({at, rank, id, json});
        }
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.at != b.at)
            return a.at > b.at;
        if (a.rank != b.rank)
            return a.rank < b.rank;
        return a.id > b.id;
    });
    QJsonArray result;
    const bool hasMore = qint64(entries.size()) > limit;
    for (qint64 i = 0; i < std::min<qint64>(limit, qint64(entries.size())); ++i)
        result << entries[size_t(i)].json;
    return QJsonObject{{QStringLiteral("entries"), result},
                       {QStringLiteral("next"),
                        hasMore ? encodeCursor(user, entries[size_t(limit - 1)]) : QString()},
                       {QStringLiteral("has_more"), hasMore}};
}

} // namespace Commands

} // namespace Steward::Moderation
