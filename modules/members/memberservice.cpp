#include "memberservice.h"

#include "memberrules.h"

#include "auditlog.h"
#include "ledger.h"
#include "query.h"
#include "servicelayer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>

namespace Steward::Members {

namespace {

const QString kTarget = QStringLiteral("member_draw");

const QString kMemberColumns = QStringLiteral(
    "SELECT m.user_id, u.first_name, u.last_name, u.email, m.joined_at, m.standing, "
    "m.tenure_months, m.months_paid, m.missed_payments, m.last_payment_at, m.kyc_verified, "
    "m.awards_count, m.last_award_at, m.currency, m.monthly_fee_minor, m.version, "
    "m.standing_rank FROM members m JOIN users u ON u.id = m.user_id ");
const QString kQueueOrder =
    QStringLiteral(" ORDER BY m.standing_rank, m.tenure_months DESC, m.joined_at, m.user_id");
/** Rows after a queue key, in queue order (standing asc, tenure desc, joined asc, id asc). */
const QString kAfterKey = QStringLiteral(
    "(m.standing_rank > ? OR (m.standing_rank = ? AND (m.tenure_months < ? OR "
    "(m.tenure_months = ? AND (m.joined_at > ? OR (m.joined_at = ? AND m.user_id > ?))))))");
const QString kBeforeKey = QStringLiteral(
    "(m.standing_rank < ? OR (m.standing_rank = ? AND (m.tenure_months > ? OR "
    "(m.tenure_months = ? AND (m.joined_at < ? OR (m.joined_at = ? AND m.user_id < ?))))))");

QVariantList keyValues(const QueueKey &key)
{
    const int rank = int(key.standing);
    return {rank, rank, key.tenureMonths, key.tenureMonths, key.joinedAt, key.joinedAt, key.userId};
}

QVariant nullableTime(qint64 value)
{
    return value > 0 ? QVariant(value) : QVariant(QMetaType::fromType<qint64>());
}

void declarePermissions()
{
    Permissions::declare(Permission::View,
                         QStringLiteral("See the member queue, members and reward draws"),
                         {Role::Support, Role::Finance, Role::Admin});
    Permissions::declare(Permission::Draw, QStringLiteral("Draft a member reward draw"),
                         {Role::Finance, Role::Admin});
    Permissions::declare(Permission::Approve,
                         QStringLiteral("Approve or reject a reward draw another operator drafted"),
                         {Role::Finance, Role::Admin});
}

/** The rules in app_settings now, as a draft would freeze them. */
DrawRules currentRules(const QSqlDatabase &db)
{
    DrawRules rules;
    Query rows(db,
               QStringLiteral("SELECT key, value FROM app_settings WHERE key LIKE 'members.%'"));
    while (rows.next()) {
        const QString key = rows.value(0).toString();
        const QString value = rows.value(1).toString().trimmed();
        bool ok = true;
        if (key == QLatin1String("members.require_kyc"))
            rules.requireKyc = value != QLatin1String("false") && value != QLatin1String("0");
        else if (key == QLatin1String("members.min_tenure_months"))
            rules.minTenureMonths = value.toInt(&ok);
        else if (key == QLatin1String("members.award_cooldown_months"))
            rules.awardCooldownMonths = value.toInt(&ok);
        else if (key == QLatin1String("members.weight_step_months"))
            rules.weightStepMonths = value.toInt(&ok);
        else if (key == QLatin1String("members.max_weight"))
            rules.maxWeight = value.toInt(&ok);
        if (!ok)
            throw Error::badInput(
                QStringLiteral("setting %1 is '%2', not a whole number").arg(key, value));
    }
    rules.validate();
    return rules;
}

QString operatorName(const QSqlDatabase &db, const QVariant &id)
{
    if (id.isNull() || id.toLongLong() == 0)
        return QStringLiteral("system");
    return Query::scalar(db, QStringLiteral("SELECT username FROM operators WHERE id = ?"),
                         {id.toLongLong()})
        .toString();
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

struct MemberRow
{
    QueueKey key;
    MemberFacts facts;
    QJsonObject json;
};

MemberRow memberRow(Query &row)
{
    MemberRow member;
    const auto standing = standingFromName(row.value(5).toString()).value_or(Standing::Left);
    member.key = {standing, row.value(6).toInt(), row.value(4).toLongLong(),
                  row.value(0).toLongLong()};
    member.facts = {standing, row.value(6).toInt(), row.value(10).toBool(),
                    row.value(12).toLongLong()};
    member.json = QJsonObject{
        {QStringLiteral("user_id"), row.value(0).toLongLong()},
        {QStringLiteral("name"),
         QStringLiteral("%1 %2").arg(row.value(1).toString(), row.value(2).toString()).trimmed()},
        {QStringLiteral("email"), row.value(3).toString()},
        {QStringLiteral("joined_at"), row.value(4).toLongLong()},
        {QStringLiteral("standing"), row.value(5).toString()},
        {QStringLiteral("tenure_months"), row.value(6).toInt()},
        {QStringLiteral("months_paid"), row.value(7).toInt()},
        {QStringLiteral("missed_payments"), row.value(8).toInt()},
        {QStringLiteral("last_payment_at"), row.value(9).toLongLong()},
        {QStringLiteral("kyc_verified"), row.value(10).toBool()},
        {QStringLiteral("awards_count"), row.value(11).toInt()},
        {QStringLiteral("last_award_at"), row.value(12).toLongLong()},
        {QStringLiteral("currency"), row.value(13).toString()},
        {QStringLiteral("monthly_fee_minor"), row.value(14).toLongLong()},
        {QStringLiteral("version"), row.value(15).toLongLong()}};
    return member;
}

void addEligibility(MemberRow &member, const DrawRules &rules, qint64 now, int position)
{
    const QStringList reasons = ineligibilityReasons(member.facts, rules, now);
    member.json.insert(QStringLiteral("queue_position"),
                       position > 0 ? QJsonValue(position) : QJsonValue());
    member.json.insert(QStringLiteral("eligible"), reasons.isEmpty());
    member.json.insert(QStringLiteral("ineligible_reasons"), QJsonArray::fromStringList(reasons));
    member.json.insert(QStringLiteral("weight"), weightFor(member.key.tenureMonths, rules));
}

/** The queue position of the member with @p key: 1 + the queued members before it; 0 for a
 *  member who left (not queued). */
int queuePosition(const QSqlDatabase &db, const QueueKey &key)
{
    if (key.standing == Standing::Left)
        return 0;
    return 1 + Query::scalar(db,
                             QStringLiteral("SELECT count(*) FROM members m WHERE "
                                            "m.standing_rank < 3 AND ") +
                                 kBeforeKey,
                             keyValues(key))
                   .toInt();
}

std::optional<MemberRow> findMember(const QSqlDatabase &db, qint64 userId)
{
    Query row(db, kMemberColumns + QStringLiteral("WHERE m.user_id = ?"), {userId});
    if (!row.next())
        return std::nullopt;
    return memberRow(row);
}

QJsonValue listMembers(CommandContext &ctx)
{
    const qint64 limit =
        std::clamp<qint64>(ctx.optionalInteger(QStringLiteral("limit"), 100), 1, 500);
    const QString standing = ctx.optionalString(QStringLiteral("standing"));
    if (!standing.isEmpty() && !standingFromName(standing))
        throw Error::badInput(
            QStringLiteral("unknown standing '%1' (good, late, suspended, left)").arg(standing));
    const bool eligibleOnly = ctx.optionalBool(QStringLiteral("eligible"), false);
    const qint64 after = ctx.optionalInteger(QStringLiteral("after"), 0);
    const DrawRules rules = currentRules(ctx.db());

    // Every filter keeps a contiguous stretch of the queue (standing is the first key, and the
    // good members with enough tenure are a prefix of the good ones), so positions count on
    // from the first row scanned.
    std::optional<QueueKey> cursor;
    if (after > 0) {
        const auto from = findMember(ctx.db(), after);
        if (!from)
            throw Error::badInput(QStringLiteral("member %1 does not exist").arg(after));
        cursor = from->key;
    }
    const qint64 batch = eligibleOnly ? std::max<qint64>(limit * 2, 200) : limit;
    QJsonArray rows;
    int position = -1;
    bool exhausted = false;
    while (rows.size() < limit && !exhausted) {
        QString sql = kMemberColumns + QStringLiteral("WHERE 1 = 1");
        QVariantList values;
        if (!standing.isEmpty()) {
            sql += QStringLiteral(" AND m.standing = ?");
            values << standing;
        }
        if (eligibleOnly) {
            sql += QStringLiteral(" AND m.standing = 'good' AND m.tenure_months >= ?");
            values << rules.minTenureMonths;
        }
        if (cursor) {
            sql += QStringLiteral(" AND ") + kAfterKey;
            values << keyValues(*cursor);
        }
        sql += kQueueOrder + QStringLiteral(" LIMIT ?");
        values << batch;
        // Read the whole batch first: PostgreSQL drops a result left open under another query.
        QList<MemberRow> batchRows;
        Query page(ctx.db(), sql, values);
        while (page.next())
            batchRows << memberRow(page);
        const int scanned = int(batchRows.size());
        for (MemberRow &member : batchRows) {
            if (rows.size() >= limit)
                break;
            cursor = member.key;
            if (member.key.standing == Standing::Left)
                position = 0;
            else if (position <= 0)
                position = queuePosition(ctx.db(), member.key);
            else
                ++position;
            addEligibility(member, rules, ctx.now(), position);
            if (!eligibleOnly || member.json.value(QStringLiteral("eligible")).toBool())
                rows << member.json;
        }
        exhausted = scanned < batch && rows.size() < limit;
    }
    const qint64 nextAfter =
        rows.isEmpty() ? 0 : rows.last().toObject().value(QStringLiteral("user_id")).toInteger();
    return QJsonObject{{QStringLiteral("rows"), rows},
                       {QStringLiteral("next_after"), nextAfter},
                       {QStringLiteral("has_more"), rows.size() == limit},
                       {QStringLiteral("rules"), rules.toJson()}};
}

QJsonValue getMember(CommandContext &ctx)
{
    const qint64 userId = ctx.requireId(QStringLiteral("user_id"));
    auto member = findMember(ctx.db(), userId);
    if (!member)
        throw Error::notFound(QStringLiteral("user %1 is not a member").arg(userId));
    const DrawRules rules = currentRules(ctx.db());
    addEligibility(*member, rules, ctx.now(), queuePosition(ctx.db(), member->key));
    QJsonObject result = member->json;

    Query payments(ctx.db(),
                   QStringLiteral("SELECT period, due_at, paid_at, status, amount_minor, currency "
                                  "FROM member_payments WHERE user_id = ? ORDER BY period DESC "
                                  "LIMIT 36"),
                   {userId});
    QJsonArray paymentList;
    while (payments.next())
        paymentList << QJsonObject{{QStringLiteral("period"), payments.value(0).toString()},
                                   {QStringLiteral("due_at"), payments.value(1).toLongLong()},
                                   {QStringLiteral("paid_at"), payments.value(2).toLongLong()},
                                   {QStringLiteral("status"), payments.value(3).toString()},
                                   {QStringLiteral("amount_minor"), payments.value(4).toLongLong()},
                                   {QStringLiteral("currency"), payments.value(5).toString()}};
    result.insert(QStringLiteral("payments"), paymentList);

    Query draws(ctx.db(),
                QStringLiteral("SELECT d.id, d.period, d.state, e.draw_rank, e.won, e.award_minor, "
                               "d.currency FROM member_draw_entries e JOIN member_draws d ON "
                               "d.id = e.draw_id WHERE e.user_id = ? ORDER BY e.draw_id DESC "
                               "LIMIT 50"),
                {userId});
    QJsonArray drawList;
    while (draws.next())
        drawList << QJsonObject{{QStringLiteral("draw_id"), draws.value(0).toLongLong()},
                                {QStringLiteral("period"), draws.value(1).toString()},
                                {QStringLiteral("state"), draws.value(2).toString()},
                                {QStringLiteral("rank"), draws.value(3).toInt()},
                                {QStringLiteral("won"), draws.value(4).toBool()},
                                {QStringLiteral("award_minor"), draws.value(5).toLongLong()},
                                {QStringLiteral("currency"), draws.value(6).toString()}};
    result.insert(QStringLiteral("draws"), drawList);
    return result;
}

// ---- Draws ------------------------------------------------------------------------------------

struct DrawRecord
{
    qint64 id = 0;
    QString period;
    qint64 poolMinor = 0;
    QString currency;
    int winners = 0;
    QJsonObject rules;
    QString seed;
    bool seedGenerated = false;
    int eligibleCount = 0;
    QString entriesDigest;
    QString state;
    qint64 createdBy = 0;
    qint64 createdAt = 0;
    qint64 decidedBy = 0;
    qint64 decidedAt = 0;
    QString decisionReason;
    qint64 version = 0;
};

const QString kDrawColumns = QStringLiteral(
    "SELECT id, period, pool_minor, currency, winners, rules, seed, seed_generated, "
    "eligible_count, entries_digest, state, created_by, created_at, decided_by, decided_at, "
    "decision_reason, version FROM member_draws ");

DrawRecord drawRecord(Query &row)
{
    DrawRecord draw;
    draw.id = row.value(0).toLongLong();
    draw.period = row.value(1).toString();
    draw.poolMinor = row.value(2).toLongLong();
    draw.currency = row.value(3).toString();
    draw.winners = row.value(4).toInt();
    draw.rules = QJsonDocument::fromJson(row.value(5).toString().toUtf8()).object();
    draw.seed = row.value(6).toString();
    draw.seedGenerated = row.value(7).toBool();
    draw.eligibleCount = row.value(8).toInt();
    draw.entriesDigest = row.value(9).toString();
    draw.state = row.value(10).toString();
    draw.createdBy = row.value(11).toLongLong();
    draw.createdAt = row.value(12).toLongLong();
    draw.decidedBy = row.value(13).toLongLong();
    draw.decidedAt = row.value(14).toLongLong();
    draw.decisionReason = row.value(15).toString();
    draw.version = row.value(16).toLongLong();
    return draw;
}

DrawRecord loadDraw(const QSqlDatabase &db, qint64 id)
{
    Query row(db, kDrawColumns + QStringLiteral("WHERE id = ?"), {id});
    if (!row.next())
        throw Error::notFound(QStringLiteral("draw %1 does not exist").arg(id));
    return drawRecord(row);
}

QJsonObject drawJson(const QSqlDatabase &db, const DrawRecord &draw)
{
    return QJsonObject{
        {QStringLiteral("id"), draw.id},
        {QStringLiteral("period"), draw.period},
        {QStringLiteral("pool_minor"), draw.poolMinor},
        {QStringLiteral("currency"), draw.currency},
        {QStringLiteral("pool"), Money(draw.poolMinor, draw.currency).toString()},
        {QStringLiteral("winners"), draw.winners},
        {QStringLiteral("rules"), draw.rules},
        {QStringLiteral("seed"), draw.seed},
        {QStringLiteral("seed_generated"), draw.seedGenerated},
        {QStringLiteral("eligible_count"), draw.eligibleCount},
        {QStringLiteral("entries_digest"), draw.entriesDigest},
        {QStringLiteral("state"), draw.state},
        {QStringLiteral("created_by"), operatorName(db, draw.createdBy)},
        {QStringLiteral("created_by_id"), draw.createdBy},
        {QStringLiteral("created_at"), draw.createdAt},
        {QStringLiteral("decided_by"),
         draw.decidedAt > 0 ? QJsonValue(operatorName(db, draw.decidedBy)) : QJsonValue()},
        {QStringLiteral("decided_at"), draw.decidedAt},
        {QStringLiteral("decision_reason"), draw.decisionReason},
        {QStringLiteral("version"), draw.version}};
}

/** Why @p principal may not approve or reject @p draw now; empty when they may. */
QString decisionRefusal(const QSqlDatabase &db, const DrawRecord &draw, const Principal &principal)
{
    if (draw.state != QLatin1String("drafted"))
        return QStringLiteral("draw %1 was already %2 by %3 at %4")
            .arg(draw.id)
            .arg(draw.state, operatorName(db, draw.decidedBy), isoTime(draw.decidedAt));
    if (!principal.can(Permission::Approve))
        return QStringLiteral("approving draws needs the members.approve permission");
    if (principal.operatorId == 0)
        return QStringLiteral("a draw is approved or rejected by a named operator");
    if (draw.createdBy == principal.operatorId)
        return QStringLiteral("%1 drafted draw %2; a different operator must approve or reject it")
            .arg(principal.username)
            .arg(draw.id);
    return {};
}

QList<DrawEntry> loadEntries(const QSqlDatabase &db, qint64 drawId)
{
    Query rows(db,
               QStringLiteral("SELECT user_id, queue_position, tenure_months, weight, score, "
                              "draw_rank, won, award_minor FROM member_draw_entries WHERE "
                              "draw_id = ? ORDER BY draw_rank"),
               {drawId});
    QList<DrawEntry> entries;
    while (rows.next())
        entries << DrawEntry{rows.value(0).toLongLong(), rows.value(1).toInt(),
                             rows.value(2).toInt(),      rows.value(3).toInt(),
                             rows.value(4).toString(),   rows.value(5).toInt(),
                             rows.value(6).toBool(),     rows.value(7).toLongLong()};
    return entries;
}

/** Recomputes @p draw from its seed, frozen rules and frozen eligible set and compares every
 *  stored field, the stored digest and the digest the audit log recorded when it was drafted. */
QJsonObject verifyDraw(const QSqlDatabase &db, const DrawRecord &draw)
{
    const QList<DrawEntry> stored = loadEntries(db, draw.id);
    QStringList mismatches;
    QList<DrawCandidate> candidates;
    for (const DrawEntry &entry : stored)
        candidates << DrawCandidate{entry.userId, entry.queuePosition, entry.tenureMonths};
    QList<DrawEntry> expected;
    try {
        expected = computeDraw(draw.seed, candidates, DrawRules::fromJson(draw.rules), draw.winners,
                               draw.poolMinor);
    } catch (const Error &error) {
        mismatches << QStringLiteral("the draw cannot be recomputed: %1").arg(error.message());
    }
    QHash<qint64, DrawEntry> storedByUser;
    for (const DrawEntry &entry : stored)
        storedByUser.insert(entry.userId, entry);
    for (const DrawEntry &want : std::as_const(expected)) {
        const DrawEntry have = storedByUser.value(want.userId);
        auto compare = [&](const QString &field, const QString &a, const QString &b) {
            if (a != b)
                mismatches << QStringLiteral("member %1: %2 is %3, the seed gives %4")
                                  .arg(want.userId)
                                  .arg(field, a, b);
        };
        compare(QStringLiteral("weight"), QString::number(have.weight),
                QString::number(want.weight));
        compare(QStringLiteral("score"), have.score, want.score);
        compare(QStringLiteral("rank"), QString::number(have.rank), QString::number(want.rank));
        compare(QStringLiteral("won"), have.won ? QStringLiteral("yes") : QStringLiteral("no"),
                want.won ? QStringLiteral("yes") : QStringLiteral("no"));
        compare(QStringLiteral("award"), QString::number(have.awardMinor),
                QString::number(want.awardMinor));
    }
    if (stored.size() != draw.eligibleCount)
        mismatches << QStringLiteral("%1 entries stored, %2 recorded as eligible")
                          .arg(stored.size())
                          .arg(draw.eligibleCount);
    const QString digest = entriesDigest(stored);
    if (digest != draw.entriesDigest)
        mismatches << QStringLiteral("the entries differ from the digest recorded at drafting");
    Query audit(db,
                QStringLiteral("SELECT after_json FROM audit_log WHERE target_type = ? AND "
                               "target_id = ? AND command = 'members.draft_draw' ORDER BY seq "
                               "LIMIT 1"),
                {kTarget, QString::number(draw.id)});
    bool audited = false;
    if (audit.next()) {
        audited = true;
        const QJsonObject drafted =
            QJsonDocument::fromJson(audit.value(0).toString().toUtf8()).object();
        if (drafted.value(QStringLiteral("seed")).toString() != draw.seed)
            mismatches << QStringLiteral("the seed differs from the one the audit log recorded");
        if (drafted.value(QStringLiteral("entries_digest")).toString() != digest)
            mismatches << QStringLiteral("the entries differ from those the audit log recorded");
        if (drafted.value(QStringLiteral("rules")).toObject() != draw.rules)
            mismatches << QStringLiteral("the rules differ from those the audit log recorded");
    } else {
        mismatches << QStringLiteral("the audit log has no record of drafting this draw");
    }
    int shown = 0;
    QJsonArray list;
    for (const QString &mismatch : std::as_const(mismatches))
        if (shown++ < 50)
            list << mismatch;
    return QJsonObject{{QStringLiteral("draw_id"), draw.id},
                       {QStringLiteral("matches"), mismatches.isEmpty()},
                       {QStringLiteral("checked"), qint64(stored.size())},
                       {QStringLiteral("audited"), audited},
                       {QStringLiteral("mismatch_count"), qint64(mismatches.size())},
                       {QStringLiteral("mismatches"), list}};
}

QJsonValue listDraws(CommandContext &ctx)
{
    const qint64 limit =
        std::clamp<qint64>(ctx.optionalInteger(QStringLiteral("limit"), 100), 1, 500);
    const QString state = ctx.optionalString(QStringLiteral("state"));
    static const QStringList states = {QStringLiteral("drafted"), QStringLiteral("approved"),
                                       QStringLiteral("rejected")};
    if (!state.isEmpty() && !states.contains(state))
        throw Error::badInput(
            QStringLiteral("unknown state '%1' (drafted, approved, rejected)").arg(state));
    const qint64 after = ctx.optionalInteger(QStringLiteral("after"), 0);
    QString sql = kDrawColumns + QStringLiteral("WHERE 1 = 1");
    QVariantList values;
    if (!state.isEmpty()) {
        sql += QStringLiteral(" AND state = ?");
        values << state;
    }
    if (after > 0) {
        sql += QStringLiteral(" AND id < ?");
        values << after;
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    values << limit;
    QList<DrawRecord> draws;
    Query rows(ctx.db(), sql, values);
    while (rows.next())
        draws << drawRecord(rows);
    QJsonArray result;
    for (const DrawRecord &draw : std::as_const(draws)) {
        QJsonObject json = drawJson(ctx.db(), draw);
        json.remove(QStringLiteral("rules"));
        result << json;
    }
    const qint64 nextAfter =
        result.isEmpty() ? 0 : result.last().toObject().value(QStringLiteral("id")).toInteger();
    return QJsonObject{{QStringLiteral("rows"), result},
                       {QStringLiteral("next_after"), nextAfter},
                       {QStringLiteral("has_more"), result.size() == limit}};
}

QJsonValue drawDetail(CommandContext &ctx)
{
    const qint64 id = ctx.requireId(QStringLiteral("id"));
    const qint64 limit =
        std::clamp<qint64>(ctx.optionalInteger(QStringLiteral("limit"), 100), 1, 500);
    const qint64 afterRank = ctx.optionalInteger(QStringLiteral("after_rank"), 0);
    const bool winnersOnly = ctx.optionalBool(QStringLiteral("winners_only"), false);
    const DrawRecord draw = loadDraw(ctx.db(), id);
    QJsonObject result = drawJson(ctx.db(), draw);
    Query rows(ctx.db(),
               QStringLiteral("SELECT e.user_id, u.first_name, u.last_name, e.queue_position, "
                              "e.tenure_months, e.weight, e.score, e.draw_rank, e.won, "
                              "e.award_minor FROM member_draw_entries e JOIN users u ON u.id = "
                              "e.user_id WHERE e.draw_id = ? AND e.draw_rank > ? %1 ORDER BY "
                              "e.draw_rank LIMIT ?")
                   .arg(winnersOnly ? QStringLiteral("AND e.won = TRUE") : QString()),
               {id, afterRank, limit});
    QJsonArray entries;
    int lastRank = 0;
    while (rows.next()) {
        lastRank = rows.value(7).toInt();
        entries << QJsonObject{
            {QStringLiteral("user_id"), rows.value(0).toLongLong()},
            {QStringLiteral("name"),
             QStringLiteral("%1 %2").arg(rows.value(1).toString(), rows.value(2).toString())},
            {QStringLiteral("queue_position"), rows.value(3).toInt()},
            {QStringLiteral("tenure_months"), rows.value(4).toInt()},
            {QStringLiteral("weight"), rows.value(5).toInt()},
            {QStringLiteral("score"), rows.value(6).toString()},
            {QStringLiteral("rank"), lastRank},
            {QStringLiteral("won"), rows.value(8).toBool()},
            {QStringLiteral("award_minor"), rows.value(9).toLongLong()}};
    }
    result.insert(QStringLiteral("entries"), entries);
    result.insert(QStringLiteral("next_after_rank"), lastRank);
    result.insert(QStringLiteral("has_more"), entries.size() == limit);
    const QString refusal = decisionRefusal(ctx.db(), draw, ctx.principal());
    result.insert(QStringLiteral("may_decide"), refusal.isEmpty());
    result.insert(QStringLiteral("decision_refusal"), refusal);
    return result;
}

QJsonValue verifyCommand(CommandContext &ctx)
{
    const qint64 id = ctx.requireId(QStringLiteral("id"));
    return verifyDraw(ctx.db(), loadDraw(ctx.db(), id));
}

QJsonValue draftDraw(CommandContext &ctx)
{
    const QString period = ctx.requireString(QStringLiteral("period"));
    static const QRegularExpression periodPattern(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$"));
    if (!periodPattern.match(period).hasMatch())
        throw Error::badInput(
            QStringLiteral("period '%1' is not a month like 2025-06").arg(period));
    const qint64 poolMinor = ctx.requireId(QStringLiteral("pool_minor"));
    if (poolMinor > Finance::Ledger::kMaxAmount)
        throw Error::badInput(QStringLiteral("pool_minor is larger than the ledger's limit"));
    const QString currency = ctx.requireString(QStringLiteral("currency")).toUpper();
    if (!Finance::Ledger::isKnownCurrency(currency))
        throw Error::badInput(QStringLiteral("unknown currency '%1'").arg(currency));
    const qint64 winners = ctx.requireId(QStringLiteral("winners"));
    if (winners > 10000)
        throw Error::badInput(QStringLiteral("a draw has at most 10000 winners"));
    QString seed = ctx.optionalString(QStringLiteral("seed"));
    const bool generated = seed.isEmpty();
    if (seed.size() > 200)
        throw Error::badInput(QStringLiteral("the seed is longer than 200 characters"));
    if (generated) {
        quint32 words[4];
        QRandomGenerator::system()->fillRange(words);
        seed = QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex());
    }

    Query open(ctx.db(),
               QStringLiteral("SELECT id, state FROM member_draws WHERE period = ? AND state IN "
                              "('drafted', 'approved')"),
               {period});
    if (open.next())
        throw Error::conflict(QStringLiteral("period %1 already has draw %2 (%3)")
                                  .arg(period)
                                  .arg(open.value(0).toLongLong())
                                  .arg(open.value(1).toString()));

    // The eligible set, in queue order: good standing with enough tenure is a prefix of the
    // queue, so positions count from 1; the pure rule decides the rest.
    const DrawRules rules = currentRules(ctx.db());
    Query rows(ctx.db(),
               kMemberColumns +
                   QStringLiteral("WHERE m.standing = 'good' AND m.tenure_months >= ?") +
                   kQueueOrder,
               {rules.minTenureMonths});
    QList<DrawCandidate> candidates;
    int position = 0;
    while (rows.next()) {
        const MemberRow member = memberRow(rows);
        ++position;
        if (ineligibilityReasons(member.facts, rules, ctx.now()).isEmpty())
            candidates << DrawCandidate{member.key.userId, position, member.key.tenureMonths};
    }
    const QList<DrawEntry> entries = computeDraw(seed, candidates, rules, int(winners), poolMinor);
    const QString digest = entriesDigest(entries);
    const QString rulesText =
        QString::fromUtf8(QJsonDocument(rules.toJson()).toJson(QJsonDocument::Compact));

    Query insert(ctx.db(),
                 QStringLiteral("INSERT INTO member_draws (period, pool_minor, currency, winners, "
                                "rules, seed, seed_generated, eligible_count, entries_digest, "
                                "state, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, "
                                "?, ?, ?, ?, ?, 'drafted', ?, ?, ?) RETURNING id"),
                 {period, poolMinor, currency, winners, rulesText, seed, generated,
                  qint64(entries.size()), digest,
                  ctx.principal().operatorId > 0 ? QVariant(ctx.principal().operatorId)
                                                 : QVariant(QMetaType::fromType<qint64>()),
                  ctx.now(), ctx.now()});
    if (!insert.next())
        throw Error::internal(QStringLiteral("the draw was not stored"));
    const qint64 id = insert.value(0).toLongLong();
    Query entry(ctx.db());
    entry.prepare(QStringLiteral("INSERT INTO member_draw_entries (draw_id, user_id, "
                                 "queue_position, tenure_months, weight, score, draw_rank, won, "
                                 "award_minor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QJsonArray winnerIds;
    for (const DrawEntry &e : entries) {
        entry.exec({id, e.userId, e.queuePosition, e.tenureMonths, e.weight, e.score, e.rank, e.won,
                    e.awardMinor});
        if (e.won)
            winnerIds << QJsonObject{{QStringLiteral("user_id"), e.userId},
                                     {QStringLiteral("award_minor"), e.awardMinor}};
    }
    const DrawRecord draw = loadDraw(ctx.db(), id);
    QJsonObject after = drawJson(ctx.db(), draw);
    after.insert(QStringLiteral("awards"), winnerIds);
    ctx.audit({kTarget, QString::number(id), QJsonValue(), after, QString()});
    ctx.emitEvent(QStringLiteral("members:draw_drafted"), kTarget, QString::number(id),
                  QJsonObject{{QStringLiteral("draw_id"), id},
                              {QStringLiteral("period"), period},
                              {QStringLiteral("pool_minor"), poolMinor},
                              {QStringLiteral("currency"), currency},
                              {QStringLiteral("winners"), winners}});
    return after;
}

QJsonValue decide(CommandContext &ctx, bool approve)
{
    const qint64 id = ctx.requireId(QStringLiteral("id"));
    const qint64 version = ctx.requireVersion();
    const QString reason = approve ? ctx.optionalString(QStringLiteral("reason"))
                                   : ctx.requireString(QStringLiteral("reason"));
    const DrawRecord before = loadDraw(ctx.db(), id);
    const QString what = QStringLiteral("draw %1").arg(id);
    if (before.version != version)
        throw AuditLog::staleVersion(ctx.db(), kTarget, QString::number(id), what);
    const QString refusal = decisionRefusal(ctx.db(), before, ctx.principal());
    if (!refusal.isEmpty()) {
        if (before.state != QLatin1String("drafted"))
            throw Error::conflict(refusal);
        throw Error::denied(refusal);
    }
    // The conditional update is the guard between consoles: exactly one decision wins.
    Query update(ctx.db(),
                 QStringLiteral("UPDATE member_draws SET state = ?, decided_by = ?, "
                                "decided_at = ?, decision_reason = ?, updated_at = ?, "
                                "version = version + 1 WHERE id = ? AND version = ? AND "
                                "state = 'drafted'"),
                 {approve ? QStringLiteral("approved") : QStringLiteral("rejected"),
                  ctx.principal().operatorId, ctx.now(), reason, ctx.now(), id, version});
    if (update.rowsAffected() == 0)
        throw AuditLog::staleVersion(ctx.db(), kTarget, QString::number(id), what);

    QJsonArray awards;
    if (approve) {
        const QJsonObject check = verifyDraw(ctx.db(), before);
        if (!check.value(QStringLiteral("matches")).toBool())
            throw Error::conflict(
                QStringLiteral("draw %1 does not verify (%2); reject it and "
                               "draft it again")
                    .arg(id)
                    .arg(check.value(QStringLiteral("mismatches")).toArray().first().toString()));
        Finance::Ledger ledger(ctx.db(), ctx.now(), ctx.principal().operatorId);
        const Finance::Account rewardsAccount =
            ledger.account(Finance::Purpose::MemberRewards, 0, before.currency);
        QList<std::pair<qint64, qint64>> winners;
        Query winnerRows(ctx.db(),
                         QStringLiteral("SELECT user_id, award_minor FROM member_draw_entries "
                                        "WHERE draw_id = ? AND won = TRUE ORDER BY draw_rank"),
                         {id});
        while (winnerRows.next())
            winners << std::make_pair(winnerRows.value(0).toLongLong(),
                                      winnerRows.value(1).toLongLong());
        Query touch(ctx.db());
        touch.prepare(QStringLiteral("UPDATE members SET awards_count = awards_count + 1, "
                                     "last_award_at = ?, updated_at = ?, version = version + 1 "
                                     "WHERE user_id = ?"));
        for (const auto &[userId, awardMinor] : std::as_const(winners)) {
            const Money amount(awardMinor, before.currency);
            Finance::PostRequest request;
            request.kind = QStringLiteral("member_award");
            request.description =
                QStringLiteral("Member programme award, draw %1 (%2)").arg(id).arg(before.period);
            request.idempotencyKey = QStringLiteral("member_award:%1:%2").arg(id).arg(userId);
            request.sourceType = kTarget;
            request.sourceId = id;
            request.postings = {
                {rewardsAccount.id, Finance::Direction::Debit, amount},
                {ledger.account(Finance::Purpose::MemberPayable, userId, before.currency).id,
                 Finance::Direction::Credit, amount}};
            const Finance::Transaction posted = ledger.post(request);
            touch.exec({ctx.now(), ctx.now(), userId});
            awards << QJsonObject{{QStringLiteral("user_id"), userId},
                                  {QStringLiteral("amount_minor"), amount.minorUnits()},
                                  {QStringLiteral("transaction_id"), posted.id}};
        }
    }
    const DrawRecord afterRecord = loadDraw(ctx.db(), id);
    QJsonObject beforeJson = drawJson(ctx.db(), before);
    QJsonObject after = drawJson(ctx.db(), afterRecord);
    beforeJson.remove(QStringLiteral("rules"));
    after.remove(QStringLiteral("rules"));
    if (approve)
        after.insert(QStringLiteral("awards"), awards);
    ctx.audit({kTarget, QString::number(id), beforeJson, after, reason});
    QJsonObject payload{{QStringLiteral("draw_id"), id},
                        {QStringLiteral("period"), before.period},
                        {QStringLiteral("currency"), before.currency},
                        {QStringLiteral("pool_minor"), before.poolMinor}};
    if (approve)
        payload.insert(QStringLiteral("awards"), awards);
    else
        payload.insert(QStringLiteral("reason"), reason);
    ctx.emitEvent(approve ? QStringLiteral("members:draw_approved")
                          : QStringLiteral("members:draw_rejected"),
                  kTarget, QString::number(id), payload);
    return after;
}

} // namespace

void recomputeMember(QSqlDatabase &db, qint64 userId, qint64 now)
{
    Query rows(db,
               QStringLiteral("SELECT status, paid_at FROM member_payments WHERE user_id = ? AND "
                              "due_at <= ? ORDER BY period"),
               {userId, now});
    QList<PaymentStatus> months;
    qint64 lastPayment = 0;
    while (rows.next()) {
        months << paymentStatusFromName(rows.value(0).toString()).value_or(PaymentStatus::Missed);
        lastPayment = std::max(lastPayment, rows.value(1).toLongLong());
    }
    const Tenure tenure = computeTenure(months);
    Query(db,
          QStringLiteral("UPDATE members SET tenure_months = ?, months_paid = ?, "
                         "missed_payments = ?, last_payment_at = ?, standing_rank = CASE standing "
                         "WHEN 'good' THEN 0 WHEN 'late' THEN 1 WHEN 'suspended' THEN 2 ELSE 3 "
                         "END WHERE user_id = ?"),
          {tenure.tenureMonths, tenure.monthsPaid, tenure.missedPayments, nullableTime(lastPayment),
           userId});
}

void recomputeMembers(QSqlDatabase &db, qint64 now)
{
    QList<qint64> ids;
    Query rows(db, QStringLiteral("SELECT user_id FROM members ORDER BY user_id"));
    while (rows.next())
        ids << rows.value(0).toLongLong();
    for (qint64 id : std::as_const(ids))
        recomputeMember(db, id, now);
}

void setupMembersService(ServiceLayer &services)
{
    declarePermissions();
    CommandBus &bus = services.bus();
    bus.add({QStringLiteral("members.list"),
             Permission::View,
             QStringLiteral("The member queue in queue order, paged by key: standing, eligible, "
                            "after (user id), limit"),
             false,
             {},
             listMembers});
    bus.add({QStringLiteral("members.get"),
             Permission::View,
             QStringLiteral("A member: queue position, tenure, eligibility, payments and draws: "
                            "user_id"),
             false,
             {},
             getMember});
    bus.add({QStringLiteral("members.draws"),
             Permission::View,
             QStringLiteral("Reward draws, newest first, paged by key: state, after (id), limit"),
             false,
             {},
             listDraws});
    bus.add({QStringLiteral("members.draw"),
             Permission::View,
             QStringLiteral("A draw with its entries by rank: id, after_rank, limit, winners_only"),
             false,
             {},
             drawDetail});
    bus.add({QStringLiteral("members.verify_draw"),
             Permission::View,
             QStringLiteral("Recompute a draw from its seed and frozen rules and compare: id"),
             false,
             {},
             verifyCommand});
    bus.add({QStringLiteral("members.draft_draw"),
             Permission::Draw,
             QStringLiteral("Draft a reward draw: period (YYYY-MM), pool_minor, currency, winners, "
                            "seed (optional; generated and recorded when absent)"),
             true,
             {},
             draftDraw});
    bus.add({QStringLiteral("members.approve_draw"),
             Permission::Approve,
             QStringLiteral("Approve a draft another operator made and post its awards: id, "
                            "version, reason (optional)"),
             true,
             {},
             [](CommandContext &ctx) { return decide(ctx, true); }});
    bus.add({QStringLiteral("members.reject_draw"),
             Permission::Approve,
             QStringLiteral("Reject a draft another operator made: id, version, reason"),
             true,
             {},
             [](CommandContext &ctx) { return decide(ctx, false); }});
}

} // namespace Steward::Members
