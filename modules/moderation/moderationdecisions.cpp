#include "moderationcommands.h"
#include "moderationrecords.h"
#include "moderationsanctions.h"

#include "database.h"
#include "permissions.h"
#include "query.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace Steward::Moderation {

namespace {

const QString kReport = QStringLiteral("moderation_report");

/** The fields of a report the lease and decision rules look at. */
struct ReportState
{
    qint64 id = 0;
    qint64 version = 0;
    qint64 subject = 0;
    QString queue;
    QString status;
    QString reason;
    QString contentType;
    QVariant contentId;
    qint64 claimedBy = 0;
    qint64 leaseUntil = 0;
    qint64 duplicateOf = 0;

    bool isOpen() const
    {
        return queue == QLatin1String("unreviewed") || queue == QLatin1String("escalated");
    }
    bool leasedByOther(qint64 me, qint64 now) const
    {
        return claimedBy != 0 && claimedBy != me && leaseUntil > now;
    }
};

ReportState reportState(const QSqlDatabase &db, qint64 id)
{
    Query row(db,
              QStringLiteral("SELECT version, subject_user_id, queue, status, reason, "
                             "content_type, content_id, claimed_by, lease_until, duplicate_of "
                             "FROM moderation_reports WHERE id = ?"),
              {id});
    if (!row.next())
        throw Error::notFound(QStringLiteral("report %1 does not exist").arg(id));
    return ReportState{id,
                       row.value(0).toLongLong(),
                       row.value(1).toLongLong(),
                       row.value(2).toString(),
                       row.value(3).toString(),
                       row.value(4).toString(),
                       row.value(5).toString(),
                       row.value(6),
                       row.value(7).toLongLong(),
                       row.value(8).toLongLong(),
                       row.value(9).toLongLong()};
}

/** "Display Name (username)" of an operator. */
QString operatorLabel(const QSqlDatabase &db, qint64 id)
{
    Query row(db, QStringLiteral("SELECT display_name, username FROM operators WHERE id = ?"),
              {id});
    if (!row.next())
        return QStringLiteral("operator %1").arg(id);
    return QStringLiteral("%1 (%2)").arg(row.value(0).toString(), row.value(1).toString());
}

Error leaseHeld(const QSqlDatabase &db, const ReportState &report)
{
    return Error::conflict(
        QStringLiteral("report %1 is claimed by %2 until %3")
            .arg(report.id)
            .arg(operatorLabel(db, report.claimedBy), isoTime(report.leaseUntil)));
}

/** Why a closed report cannot be worked on: who resolved it and when. */
Error notOpen(const QSqlDatabase &db, const ReportState &report)
{
    if (report.queue == QLatin1String("duplicate"))
        return Error::conflict(QStringLiteral("report %1 is counted on report %2; decide that one")
                                   .arg(report.id)
                                   .arg(report.duplicateOf));
    Query last(
        db,
        QStringLiteral("SELECT d.action, o.username, d.decided_at FROM moderation_decisions d "
                       "LEFT JOIN operators o ON o.id = d.operator_id WHERE d.report_id = ? "
                       "ORDER BY d.decided_at DESC, d.id DESC LIMIT 1"),
        {report.id});
    if (last.next())
        return Error::conflict(QStringLiteral("report %1 is already resolved (%2 by %3 at %4)")
                                   .arg(report.id)
                                   .arg(last.value(0).toString(),
                                        last.value(1).isNull() ? QStringLiteral("an earlier review")
                                                               : last.value(1).toString(),
                                        isoTime(last.value(2).toLongLong())));
    return Error::conflict(
        QStringLiteral("report %1 is already %2").arg(report.id).arg(report.status));
}

void checkVersion(const QSqlDatabase &db, const ReportState &report, qint64 version)
{
    // The version is checked first: an operator who lost a race learns who won, rather than
    // that the state has moved on.
    if (report.version != version)
        throw staleVersion(db, kReport, QStringLiteral("report"), report.id);
}

qint64 leaseMinutes(CommandContext &ctx)
{
    const qint64 minutes = ctx.optionalInteger(QStringLiteral("minutes"), 10);
    if (minutes < 1 || minutes > 120)
        throw Error::badInput(QStringLiteral("a lease lasts 1 to 120 minutes"));
    return minutes;
}

/** Sets the lease holder (0 = nobody) under the version the operator saw. */
QJsonValue changeLease(CommandContext &ctx, const ReportState &report, qint64 holder, qint64 until,
                       const QString &reason)
{
    const QJsonObject before = loadReport(ctx.db(), report.id, ctx.now());
    Query update(
        ctx.db(),
        QStringLiteral("UPDATE moderation_reports SET claimed_by = ?, lease_until = ?, "
                       "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"),
        {holder > 0 ? QVariant(holder) : QVariant(QMetaType::fromType<qint64>()),
         holder > 0 ? QVariant(until) : QVariant(QMetaType::fromType<qint64>()), ctx.now(),
         report.id, report.version});
    // Another console may have committed between the read and this update (PostgreSQL runs
    // them concurrently): the conditional update is the real guard.
    if (update.rowsAffected() == 0)
        throw staleVersion(ctx.db(), kReport, QStringLiteral("report"), report.id);
    const QJsonObject after = loadReport(ctx.db(), report.id, ctx.now());
    ctx.audit({kReport, QString::number(report.id), before, after, reason});
    return after;
}

// ---------------------------------------------------------------------------------------------
// Decisions

const QStringList &decisionActions()
{
    static const QStringList names = {QStringLiteral("dismiss"), QStringLiteral("remove_content"),
                                      QStringLiteral("warn"),    QStringLiteral("suspend"),
                                      QStringLiteral("ban"),     QStringLiteral("escalate")};
    return names;
}

/** A decision's parameters, validated once for a single report or a whole selection. */
struct DecisionInput
{
    QString action;
    std::optional<Policy> policy; ///< Empty: the report's own reason (dismiss, escalate).
    QString note;
    int days = 0;

    bool issuesStrike() const
    {
        return action == QLatin1String("remove_content") || action == QLatin1String("warn") ||
               action == QLatin1String("suspend") || action == QLatin1String("ban");
    }
};

DecisionInput decisionInput(CommandContext &ctx)
{
    DecisionInput input;
    input.action = ctx.requireString(QStringLiteral("action"));
    if (!decisionActions().contains(input.action))
        throw Error::badInput(QStringLiteral("unknown action '%1' (one of: %2)")
                                  .arg(input.action, decisionActions().join(QStringLiteral(", "))));
    const bool reasonOptional =
        input.action == QLatin1String("dismiss") || input.action == QLatin1String("escalate");
    const QString code = reasonOptional ? ctx.optionalString(QStringLiteral("reason"))
                                        : ctx.requireString(QStringLiteral("reason"));
    if (!code.isEmpty()) {
        input.policy = findPolicy(ctx.db(), code);
        if (!input.policy)
            throw Error::badInput(QStringLiteral("unknown reason '%1'").arg(code));
        if (!input.policy->isActive)
            throw Error::badInput(
                QStringLiteral("reason '%1' is retired; choose an active policy").arg(code));
    }
    input.note = ctx.optionalString(QStringLiteral("note"));
    if (input.note.size() > 2000)
        throw Error::badInput(QStringLiteral("the note is longer than 2000 characters"));
    const QJsonValue days = ctx.params().value(QStringLiteral("days"));
    if (input.action == QLatin1String("suspend")) {
        if (days.isUndefined() || days.isNull())
            throw Error::badInput(QStringLiteral("a suspension needs 'days' (1 to 3650)"));
        const qint64 value = ctx.optionalInteger(QStringLiteral("days"), 0);
        if (value < 1 || value > 3650)
            throw Error::badInput(
                QStringLiteral("a suspension lasts 1 to 3650 days, not %1").arg(value));
        input.days = int(value);
    } else if (!days.isUndefined() && !days.isNull()) {
        throw Error::badInput(
            QStringLiteral("'days' only applies to suspend, not to %1").arg(input.action));
    }
    if (input.action == QLatin1String("ban") && !callerCan(ctx, Permission::Ban)) {
        throw Error::denied(QStringLiteral("%1 may not ban: it needs permission '%2'; escalate "
                                           "the report instead")
                                .arg(ctx.principal().username, Permission::Ban));
    }
    return input;
}

QJsonObject decideReport(CommandContext &ctx, Effects &effects, qint64 id, qint64 version,
                         const DecisionInput &input)
{
    const QSqlDatabase &db = ctx.db();
    const ReportState report = reportState(db, id);
    checkVersion(db, report, version);
    if (!report.isOpen())
        throw notOpen(db, report);
    const bool escalate = input.action == QLatin1String("escalate");
    if (escalate && report.queue == QLatin1String("escalated"))
        throw Error::conflict(QStringLiteral("report %1 is already escalated").arg(id));
    if (report.leasedByOther(ctx.principal().operatorId, ctx.now()))
        throw leaseHeld(db, report);
    std::optional<Policy> policy = input.policy ? input.policy : findPolicy(db, report.reason);
    if (!policy)
        throw Error::internal(QStringLiteral("report %1 cites no known policy").arg(id));

    const QJsonObject before = loadReport(db, id, ctx.now());
    const bool dismiss = input.action == QLatin1String("dismiss");
    const QString queue = escalate ? QStringLiteral("escalated") : QStringLiteral("resolved");
    const QString status = escalate  ? QStringLiteral("escalated")
                           : dismiss ? QStringLiteral("dismissed")
                                     : QStringLiteral("resolved");
    // A resolved report ranks by when it was resolved; an escalated one keeps its priority.
    QVariantList values{queue, status};
    if (!escalate)
        values << ctx.now() << ctx.now();
    values << ctx.now() << id << version;
    Query update(
        db,
        QStringLiteral("UPDATE moderation_reports SET queue = ?, status = ?, %1 "
                       "claimed_by = NULL, lease_until = NULL, updated_at = ?, "
                       "version = version + 1 WHERE id = ? AND version = ?")
            .arg(escalate ? QString() : QStringLiteral("resolved_at = ?, queue_rank = ?,")),
        values);
    if (update.rowsAffected() == 0)
        throw staleVersion(db, kReport, QStringLiteral("report"), id);
    if (!escalate) {
        // The reports counted on this one are settled with it.
        Query(db,
              QStringLiteral("UPDATE moderation_reports SET status = ?, resolved_at = ?, "
                             "updated_at = ?, version = version + 1 WHERE duplicate_of = ?"),
              {status, ctx.now(), ctx.now(), id});
    }

    // Strike and ladder: the step whose threshold the new strike crosses applies once.
    const Ladder ladder = loadLadder(db);
    const bool strike = input.issuesStrike() && policy->strikeWeight > 0;
    const Ladder::Step *step = nullptr;
    int totalAfter = 0;
    if (strike) {
        const int totalBefore = activeStrikeWeight(db, report.subject, ctx.now());
        totalAfter = totalBefore + policy->strikeWeight;
        for (const Ladder::Step &candidate : ladder.steps) {
            if (candidate.strikes > totalBefore && candidate.strikes <= totalAfter)
                step = &candidate;
        }
    }
    const QVariant noInteger(QMetaType::fromType<qint64>());
    Query insert(
        db,
        QStringLiteral("INSERT INTO moderation_decisions (report_id, operator_id, action, "
                       "reason, note, decided_at, days, ladder_action, ladder_days) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {id, ctx.principal().operatorId > 0 ? QVariant(ctx.principal().operatorId) : noInteger,
         input.action, policy->code,
         input.note.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(input.note),
         ctx.now(), input.days > 0 ? QVariant(input.days) : noInteger,
         step ? QVariant(step->action) : QVariant(QMetaType::fromType<QString>()),
         step && step->days > 0 ? QVariant(step->days) : noInteger});
    insert.next();
    const qint64 decisionId = insert.value(0).toLongLong();

    QJsonValue strikeJson;
    if (strike) {
        const bool ban = input.action == QLatin1String("ban");
        const qint64 expiresAt = ctx.now() + ladder.strikeExpiryDays * kDay;
        Query issue(
            db,
            QStringLiteral("INSERT INTO strikes (user_id, report_id, decision_id, reason, "
                           "weight, issued_by, issued_at, expires_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {report.subject, id, decisionId, policy->code, policy->strikeWeight,
             ctx.principal().operatorId > 0 ? QVariant(ctx.principal().operatorId) : noInteger,
             ctx.now(), ban ? noInteger : QVariant(expiresAt)});
        issue.next();
        strikeJson =
            QJsonObject{{QStringLiteral("id"), issue.value(0).toLongLong()},
                        {QStringLiteral("weight"), policy->strikeWeight},
                        {QStringLiteral("expires_at"), ban ? QJsonValue() : QJsonValue(expiresAt)}};
    }

    Sanction sanction;
    if (input.action == QLatin1String("suspend"))
        sanction = {Sanction::Suspend, input.days};
    else if (input.action == QLatin1String("ban"))
        sanction = {Sanction::Ban, 0};
    if (step && step->action == QLatin1String("suspend"))
        sanction = Sanction::stronger(sanction, {Sanction::Suspend, step->days});
    else if (step && step->action == QLatin1String("ban"))
        sanction = Sanction::stronger(sanction, {Sanction::Ban, 0});
    const QString reasonText =
        input.note.isEmpty()
            ? QStringLiteral("%1 (report %2)").arg(policy->title).arg(id)
            : QStringLiteral("%1 (report %2): %3").arg(policy->title).arg(id).arg(input.note);
    const QJsonObject user = applySanction(ctx, effects, report.subject, sanction, reasonText);
    if (input.action == QLatin1String("warn") || (step && step->action == QLatin1String("warn")))
        effects.emitEvent(
            QStringLiteral("user:warned"), QStringLiteral("user"), QString::number(report.subject),
            {{QStringLiteral("userId"), report.subject}, {QStringLiteral("reason"), reasonText}});

    const QJsonObject decision{
        {QStringLiteral("id"), decisionId},
        {QStringLiteral("action"), input.action},
        {QStringLiteral("reason"), policy->code},
        {QStringLiteral("reason_title"), policy->title},
        {QStringLiteral("note"), input.note.isEmpty() ? QJsonValue() : QJsonValue(input.note)},
        {QStringLiteral("days"), input.days > 0 ? QJsonValue(input.days) : QJsonValue()},
        {QStringLiteral("operator_id"),
         ctx.principal().operatorId > 0 ? QJsonValue(ctx.principal().operatorId) : QJsonValue()},
        {QStringLiteral("decided_at"), ctx.now()}};
    const QJsonValue ladderJson =
        step ? QJsonValue(QJsonObject{{QStringLiteral("strikes"), totalAfter},
                                      {QStringLiteral("action"), step->action},
                                      {QStringLiteral("days"),
                                       step->days > 0 ? QJsonValue(step->days) : QJsonValue()}})
             : QJsonValue();
    const QJsonObject after = loadReport(db, id, ctx.now());
    QJsonObject audited = after;
    audited.insert(QStringLiteral("decision"), decision);
    audited.insert(QStringLiteral("strike"), strikeJson);
    audited.insert(QStringLiteral("ladder"), ladderJson);
    effects.audit({kReport, QString::number(id), before, audited,
                   QStringLiteral("%1: %2").arg(input.action, reasonText)});
    effects.emitEvent(QStringLiteral("moderation:decided"), kReport, QString::number(id),
                      {{QStringLiteral("reportId"), id},
                       {QStringLiteral("decisionId"), decisionId},
                       {QStringLiteral("action"), input.action},
                       {QStringLiteral("reason"), policy->code},
                       {QStringLiteral("userId"), report.subject},
                       {QStringLiteral("contentType"), report.contentType},
                       {QStringLiteral("contentId"), integerOrNull(report.contentId)}});
    return QJsonObject{{QStringLiteral("report"), after},
                       {QStringLiteral("decision"), decision},
                       {QStringLiteral("strike"), strikeJson},
                       {QStringLiteral("ladder"), ladderJson},
                       {QStringLiteral("user"), user}};
}

} // namespace

namespace Commands {

QJsonValue claim(CommandContext &ctx)
{
    const qint64 id = ctx.requireId(QStringLiteral("id"));
    const qint64 version = ctx.requireVersion();
    const qint64 minutes = leaseMinutes(ctx);
    const ReportState report = reportState(ctx.db(), id);
    checkVersion(ctx.db(), report, version);
    if (!report.isOpen())
        throw notOpen(ctx.db(), report);
    if (report.leasedByOther(ctx.principal().operatorId, ctx.now()))
        throw leaseHeld(ctx.db(), report);
    const qint64 until = ctx.now() + minutes * kMinute;
    return changeLease(ctx, report, ctx.principal().operatorId, until,
                       QStringLiteral("claimed until %1").arg(isoTime(until)));
}

QJsonValue release(CommandContext &ctx)
{
    const qint64 id = ctx.requireId(QStringLiteral("id"));
    const qint64 version = ctx.requireVersion();
    const ReportState report = reportState(ctx.db(), id);
    checkVersion(ctx.db(), report, version);
    if (report.claimedBy == 0)
        throw Error::conflict(QStringLiteral("report %1 is not claimed").arg(id));
    if (report.leasedByOther(ctx.principal().operatorId, ctx.now()))
        throw leaseHeld(ctx.db(), report);
    return changeLease(ctx, report, 0, 0, QStringLiteral("released"));
}

QJsonValue assign(CommandContext &ctx)
{
    const qint64 id = ctx.requireId(QStringLiteral("id"));
    const qint64 version = ctx.requireVersion();
    const qint64 minutes = leaseMinutes(ctx);
    const QJsonValue who = ctx.params().value(QStringLiteral("operator"));
    const QString name = who.isDouble()   ? QString::number(qint64(who.toDouble()))
                         : who.isString() ? who.toString().trimmed()
                                          : QString();
    if (name.isEmpty())
        throw Error::badInput(
            QStringLiteral("parameter 'operator' is required (a username or an operator id)"));
    bool numeric = false;
    const qint64 number = name.toLongLong(&numeric);
    Query target(ctx.db(),
                 numeric ? QStringLiteral("SELECT id, username, role, is_disabled FROM operators "
                                          "WHERE id = ?")
                         : QStringLiteral("SELECT id, username, role, is_disabled FROM operators "
                                          "WHERE username = ?"),
                 {numeric ? QVariant(number) : QVariant(name)});
    if (!target.next())
        throw Error::badInput(
            QStringLiteral("unknown operator '%1'")
                .arg(who.isDouble() ? QString::number(qint64(who.toDouble())) : who.toString()));
    const qint64 operatorId = target.value(0).toLongLong();
    const QString username = target.value(1).toString();
    if (target.value(3).toBool())
        throw Error::badInput(QStringLiteral("operator %1 is disabled").arg(username));
    const auto role = roleFromName(target.value(2).toString());
    if (!role || !Permissions::forRole(*role).contains(Permission::Decide))
        throw Error::badInput(QStringLiteral("operator %1 (%2) cannot moderate")
                                  .arg(username, target.value(2).toString()));

    const ReportState report = reportState(ctx.db(), id);
    checkVersion(ctx.db(), report, version);
    if (!report.isOpen())
        throw notOpen(ctx.db(), report);
    const qint64 until = ctx.now() + minutes * kMinute;
    return changeLease(ctx, report, operatorId, until,
                       QStringLiteral("assigned to %1 until %2").arg(username, isoTime(until)));
}

QJsonValue moderators(CommandContext &ctx)
{
    QStringList roles;
    for (const QString &name : roleNames()) {
        if (Permissions::forRole(*roleFromName(name)).contains(Permission::Decide))
            roles << name;
    }
    QVariantList values;
    QStringList marks;
    for (const QString &role : std::as_const(roles)) {
        values << role;
        marks << QStringLiteral("?");
    }
    QJsonArray list;
    if (!roles.isEmpty()) {
        Query rows(ctx.db(),
                   QStringLiteral("SELECT id, username, display_name, role FROM operators "
                                  "WHERE is_disabled = FALSE AND role IN (%1) "
                                  "ORDER BY display_name, username")
                       .arg(marks.join(QStringLiteral(", "))),
                   values);
        while (rows.next())
            list << QJsonObject{{QStringLiteral("id"), rows.value(0).toLongLong()},
                                {QStringLiteral("username"), rows.value(1).toString()},
                                {QStringLiteral("display_name"), rows.value(2).toString()},
                                {QStringLiteral("role"), rows.value(3).toString()}};
    }
    return QJsonObject{{QStringLiteral("operators"), list}};
}

QJsonValue decide(CommandContext &ctx)
{
    const qint64 id = ctx.requireId(QStringLiteral("id"));
    const qint64 version = ctx.requireVersion();
    const DecisionInput input = decisionInput(ctx);
    Effects effects;
    const QJsonObject result = decideReport(ctx, effects, id, version, input);
    effects.flushTo(ctx);
    return result;
}

QJsonValue bulkDecide(CommandContext &ctx)
{
    const QJsonValue itemsValue = ctx.params().value(QStringLiteral("items"));
    if (!itemsValue.isArray() || itemsValue.toArray().isEmpty())
        throw Error::badInput(
            QStringLiteral("parameter 'items' is required (a list of {id, version})"));
    const QJsonArray items = itemsValue.toArray();
    if (items.size() > 500)
        throw Error::badInput(QStringLiteral("at most 500 reports can be decided at once"));
    struct Item
    {
        qint64 id;
        qint64 version;
        qsizetype position;
    };
    std::vector<Item> work;
    QSet<qint64> seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const double id = item.value(QStringLiteral("id")).toDouble(-1);
        const double version = item.value(QStringLiteral("version")).toDouble(-1);
        if (id < 1 || version < 1 || id != double(qint64(id)) || version != double(qint64(version)))
            throw Error::badInput(
                QStringLiteral("item %1 needs a positive integer id and version").arg(i + 1));
        if (seen.contains(qint64(id)))
            throw Error::badInput(QStringLiteral("report %1 is listed twice").arg(qint64(id)));
        seen.insert(qint64(id));
        work.push_back({qint64(id), qint64(version), i});
    }
    const DecisionInput input = decisionInput(ctx);

    // Rows are locked in id order so two selections that overlap cannot deadlock each other.
    std::sort(work.begin(), work.end(), [](const Item &a, const Item &b) { return a.id < b.id; });
    std::vector<QJsonObject> results(size_t(items.size()));
    int succeeded = 0;
    for (const Item &item : work) {
        // Each item in its own savepoint: a refused item is rolled back alone and reported, the
        // others commit with one audit entry each.
        Query(ctx.db(), QStringLiteral("SAVEPOINT moderation_item"));
        Effects effects;
        QJsonObject result{{QStringLiteral("id"), item.id}};
        try {
            const QJsonObject outcome = decideReport(ctx, effects, item.id, item.version, input);
            Query(ctx.db(), QStringLiteral("RELEASE SAVEPOINT moderation_item"));
            effects.flushTo(ctx);
            ++succeeded;
            result.insert(QStringLiteral("ok"), true);
            result.insert(QStringLiteral("code"), QStringLiteral("ok"));
            result.insert(QStringLiteral("message"), QString());
            result.insert(QStringLiteral("version"), outcome.value(QStringLiteral("report"))
                                                         .toObject()
                                                         .value(QStringLiteral("version")));
        } catch (const TransientDatabaseError &) {
            // The whole transaction is retried.
            throw;
        } catch (const Error &error) {
            Query(ctx.db(), QStringLiteral("ROLLBACK TO SAVEPOINT moderation_item"));
            Query(ctx.db(), QStringLiteral("RELEASE SAVEPOINT moderation_item"));
            result.insert(QStringLiteral("ok"), false);
            result.insert(QStringLiteral("code"), errorCodeName(error.code()));
            result.insert(QStringLiteral("message"), error.message());
            result.insert(QStringLiteral("version"), QJsonValue());
        }
        results[size_t(item.position)] = result;
    }
    QJsonArray list;
    for (const QJsonObject &result : results)
        list << result;
    return QJsonObject{{QStringLiteral("results"), list},
                       {QStringLiteral("succeeded"), succeeded},
                       {QStringLiteral("failed"), int(items.size()) - succeeded}};
}

} // namespace Commands

} // namespace Steward::Moderation
