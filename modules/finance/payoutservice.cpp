#include "payoutservice.h"

#include "auditlog.h"
#include "commandbus.h"
#include "payoutfiles.h"
#include "query.h"
#include "servicelayer.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace Steward::Finance {

namespace {

constexpr qint64 kDay = 24 * 3600 * 1000;
constexpr qint64 kDefaultThreshold = 1'000'000;
const QString kThresholdKey = QStringLiteral("payouts.approval_threshold_minor");

/** Payee types with a payable (a run pays their balance). An executed DAO grant is owed to
 *  its recipient in a dao_grant payable until it is paid out like any other. */
const QStringList &payableTypes()
{
    static const QStringList types{QStringLiteral("creator"),  QStringLiteral("vendor"),
                                   QStringLiteral("driver"),   QStringLiteral("host"),
                                   QStringLiteral("traveler"), QStringLiteral("member"),
                                   QStringLiteral("dao_grant")};
    return types;
}

const QStringList &payeeTypes()
{
    return payableTypes();
}

void declarePermissions()
{
    Permissions::declare(PayoutPermission::View,
                         QStringLiteral("See payee balances, holds, payout runs, payouts, "
                                        "payment files and their reconciliation"),
                         {Role::Finance, Role::Admin});
    Permissions::declare(PayoutPermission::Prepare,
                         QStringLiteral("Preview, create and cancel payout runs"),
                         {Role::Finance, Role::Admin});
    Permissions::declare(PayoutPermission::Approve,
                         QStringLiteral("Approve payout runs and payouts (not one's own above "
                                        "the threshold), mark them paid, failed or returned"),
                         {Role::Finance, Role::Admin});
    Permissions::declare(PayoutPermission::Hold,
                         QStringLiteral("Hold part of a payee's balance back from payouts, "
                                        "with a reason, and release it"),
                         {Role::Finance, Role::Admin});
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QJsonValue jsonId(const QVariant &value)
{
    return value.isNull() ? QJsonValue() : QJsonValue(value.toLongLong());
}

QJsonValue jsonText(const QVariant &value)
{
    return value.isNull() ? QJsonValue() : QJsonValue(value.toString());
}

/** An amount in minor units from the parameters: a whole number from @p minimum to the
 *  ledger's limit. */
qint64 amountParam(const CommandContext &ctx, const QString &key, qint64 minimum,
                   std::optional<qint64> fallback = std::nullopt)
{
    const QJsonValue value = ctx.params().value(key);
    if (value.isUndefined() || value.isNull()) {
        if (fallback)
            return *fallback;
        throw Error::badInput(QStringLiteral("%1 is required").arg(key));
    }
    if (!value.isDouble() || std::floor(value.toDouble()) != value.toDouble())
        throw Error::badInput(QStringLiteral("%1 must be a whole number of minor units").arg(key));
    const double amount = value.toDouble();
    if (amount < double(minimum))
        throw Error::badInput(QStringLiteral("%1 must be at least %2").arg(key).arg(minimum));
    if (amount > double(Ledger::kMaxAmount))
        throw Error::badInput(QStringLiteral("%1 %2 is larger than the ledger's limit of %3 "
                                             "minor units")
                                  .arg(key)
                                  .arg(amount, 0, 'f', 0)
                                  .arg(Ledger::kMaxAmount));
    return qint64(amount);
}

QString currencyParam(const CommandContext &ctx, const QString &key = QStringLiteral("currency"))
{
    const QString currency = ctx.requireString(key).toUpper();
    if (!Ledger::isKnownCurrency(currency))
        throw Error::badInput(QStringLiteral("unknown currency \"%1\"").arg(currency));
    return currency;
}

QString payeeTypeParam(const CommandContext &ctx, bool required, bool payableOnly)
{
    const QString type = ctx.optionalString(QStringLiteral("payee_type"));
    if (type.isEmpty()) {
        if (required)
            throw Error::badInput(QStringLiteral("payee_type is required"));
        return {};
    }
    const QStringList &allowed = payableOnly ? payableTypes() : payeeTypes();
    if (!allowed.contains(type))
        throw Error::badInput(QStringLiteral("unknown payee_type \"%1\" (one of %2)")
                                  .arg(type, allowed.join(QStringLiteral(", "))));
    return type;
}

qint64 limitParam(const CommandContext &ctx, qint64 fallback, qint64 maximum)
{
    const qint64 limit = ctx.optionalInteger(QStringLiteral("limit"), fallback);
    if (limit < 1 || limit > maximum)
        throw Error::badInput(QStringLiteral("limit must be between 1 and %1").arg(maximum));
    return limit;
}

qint64 checkedSum(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (__builtin_add_overflow(a, b, &sum) || sum > Ledger::kMaxAmount)
        throw Error::badInput(QStringLiteral("the total would exceed the ledger's limit of %1 "
                                             "minor units")
                                  .arg(Ledger::kMaxAmount));
    return sum;
}

QString money(qint64 minor, const QString &currency)
{
    return Money(minor, currency).toString();
}

/** The approval threshold for @p currency in its minor units, from app_settings. */
qint64 thresholdFor(const QSqlDatabase &db, const QString &currency)
{
    const QVariant value = Query::scalar(
        db, QStringLiteral("SELECT value FROM app_settings WHERE key = ?"), {kThresholdKey});
    if (!value.isValid())
        return kDefaultThreshold;
    const QJsonObject object = QJsonDocument::fromJson(value.toString().toUtf8()).object();
    const QJsonValue own = object.value(currency);
    const QJsonValue chosen = own.isDouble() ? own : object.value(QStringLiteral("default"));
    if (!chosen.isDouble() || chosen.toDouble() < 0)
        return kDefaultThreshold;
    return qint64(chosen.toDouble());
}

// ---- Payees --------------------------------------------------------------------------------

/** The ledger account a payout of @p payeeType to @p userId in @p currency is paid from. */
Account sourceAccount(Ledger &ledger, const QString &payeeType, qint64 userId,
                      const QString &currency)
{
    const auto purpose = payablePurposeOf(payeeType);
    if (!purpose)
        throw Error::badInput(QStringLiteral("unknown payee type \"%1\"").arg(payeeType));
    return ledger.account(*purpose, userId, currency);
}

/** Takes the row lock on an account's running balance for the rest of the transaction, so holds
 *  and payouts of one payee are decided one after the other. */
void lockBalance(const QSqlDatabase &db, qint64 accountId)
{
    Query(db,
          QStringLiteral("UPDATE ledger_balances SET account_id = account_id WHERE account_id = ?"),
          {accountId});
}

qint64 activeHolds(const QSqlDatabase &db, qint64 userId, const QString &payeeType,
                   const QString &currency)
{
    return Query::scalar(db,
                         QStringLiteral("SELECT COALESCE(SUM(amount_minor), 0) FROM payee_holds "
                                        "WHERE payee_user_id = ? AND payee_type = ? AND "
                                        "currency = ? AND state = 'active'"),
                         {userId, payeeType, currency})
        .toLongLong();
}

/** Sum of the payee's payouts in @p state. */
qint64 payoutsIn(const QSqlDatabase &db, qint64 userId, const QString &payeeType,
                 const QString &currency, const QString &state)
{
    return Query::scalar(db,
                         QStringLiteral("SELECT COALESCE(SUM(amount_minor), 0) FROM payouts "
                                        "WHERE payee_user_id = ? AND payee_type = ? AND "
                                        "currency = ? AND state = ?"),
                         {userId, payeeType, currency, state})
        .toLongLong();
}

QJsonObject holdJson(Query &query)
{
    const QString currency = query.value(3).toString();
    return {{QStringLiteral("id"), query.value(0).toLongLong()},
            {QStringLiteral("payee_user_id"), query.value(1).toLongLong()},
            {QStringLiteral("payee_type"), query.value(2).toString()},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("amount_minor"), query.value(4).toLongLong()},
            {QStringLiteral("amount"), money(query.value(4).toLongLong(), currency)},
            {QStringLiteral("reason"), query.value(5).toString()},
            {QStringLiteral("state"), query.value(6).toString()},
            {QStringLiteral("placed_by"), query.value(7).toLongLong()},
            {QStringLiteral("placed_by_name"), query.value(8).toString()},
            {QStringLiteral("placed_at"), query.value(9).toLongLong()},
            {QStringLiteral("released_by"), jsonId(query.value(10))},
            {QStringLiteral("released_by_name"), jsonText(query.value(11))},
            {QStringLiteral("released_at"), jsonId(query.value(12))},
            {QStringLiteral("release_reason"), jsonText(query.value(13))},
            {QStringLiteral("version"), query.value(14).toLongLong()}};
}

const QString kHoldSelect = QStringLiteral(
    "SELECT h.id, h.payee_user_id, h.payee_type, h.currency, h.amount_minor, h.reason, h.state, "
    "h.placed_by, p.username, h.placed_at, h.released_by, r.username, h.released_at, "
    "h.release_reason, h.version FROM payee_holds h JOIN operators p ON p.id = h.placed_by "
    "LEFT JOIN operators r ON r.id = h.released_by ");

QJsonObject loadHold(const QSqlDatabase &db, qint64 id)
{
    Query query(db, kHoldSelect + QStringLiteral("WHERE h.id = ?"), {id});
    if (!query.next())
        throw Error::notFound(QStringLiteral("no payee hold %1").arg(id));
    return holdJson(query);
}

QJsonArray holdsOf(const QSqlDatabase &db, qint64 userId, const QString &payeeType,
                   const QString &currency)
{
    Query query(db,
                kHoldSelect + QStringLiteral("WHERE h.payee_user_id = ? AND h.payee_type = ? AND "
                                             "h.currency = ? AND h.state = 'active' ORDER BY h.id"),
                {userId, payeeType, currency});
    QJsonArray holds;
    while (query.next())
        holds.append(holdJson(query));
    return holds;
}

/** One payee's payable: what the ledger owes, what holds keep back, what payouts already
 *  claim, and what a new payout may take. */
QJsonObject payeeBalance(const QSqlDatabase &db, const Ledger &ledger, const Account &account,
                         const QString &payeeType, bool withHolds)
{
    const Balance balance = ledger.balance(account.id);
    const qint64 held = activeHolds(db, account.ownerId, payeeType, account.currency);
    const qint64 pending =
        payoutsIn(db, account.ownerId, payeeType, account.currency, QStringLiteral("pending"));
    const qint64 approved =
        payoutsIn(db, account.ownerId, payeeType, account.currency, QStringLiteral("approved"));
    const qint64 available = balance.available - held - pending;
    Query name(db, QStringLiteral("SELECT first_name, last_name FROM users WHERE id = ?"),
               {account.ownerId});
    const QString payeeName = name.next() ? QStringLiteral("%1 %2").arg(name.value(0).toString(),
                                                                        name.value(1).toString())
                                          : QString();
    QJsonObject json{{QStringLiteral("account_id"), account.id},
                     {QStringLiteral("payee_name"), payeeName.trimmed()},
                     {QStringLiteral("account"), account.code},
                     {QStringLiteral("payee_user_id"), account.ownerId},
                     {QStringLiteral("payee_type"), payeeType},
                     {QStringLiteral("currency"), account.currency},
                     {QStringLiteral("balance_minor"), balance.posted},
                     {QStringLiteral("ledger_held_minor"), balance.held},
                     {QStringLiteral("held_minor"), held},
                     {QStringLiteral("pending_minor"), pending + approved},
                     {QStringLiteral("pending_approval_minor"), pending},
                     {QStringLiteral("approved_unpaid_minor"), approved},
                     {QStringLiteral("available_minor"), available},
                     {QStringLiteral("available"), money(available, account.currency)}};
    if (withHolds)
        json.insert(QStringLiteral("holds"),
                    holdsOf(db, account.ownerId, payeeType, account.currency));
    return json;
}

/** "creator" for "creator_payable/42/EUR". */
QString payeeTypeOfCode(const QString &code)
{
    const QString purpose = code.section(QLatin1Char('/'), 0, 0);
    return purpose.endsWith(QLatin1String("_payable")) ? purpose.chopped(8) : QString();
}

/** SQL condition choosing the payable accounts of @p type (all payable types when empty). */
QString payableCondition(const QString &type, QVariantList &values)
{
    QStringList parts;
    for (const QString &each : payableTypes()) {
        if (!type.isEmpty() && each != type)
            continue;
        const QString prefix = each + QStringLiteral("_payable/");
        parts << QStringLiteral("substr(a.code, 1, %1) = ?").arg(prefix.size());
        values << prefix;
    }
    return QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

QJsonValue payees(CommandContext &ctx)
{
    const Ledger ledger(ctx.db(), ctx.now());
    const QString type = payeeTypeParam(ctx, false, true);
    const qint64 after = ctx.optionalInteger(QStringLiteral("after"), 0);
    const qint64 limit = limitParam(ctx, 50, 500);
    QVariantList values;
    QString sql = QStringLiteral("SELECT a.id FROM ledger_accounts a WHERE a.owner_type = 'user' "
                                 "AND ") +
                  payableCondition(type, values) + QStringLiteral(" AND a.id > ?");
    values << after;
    const QString currency = ctx.optionalString(QStringLiteral("currency")).toUpper();
    if (!currency.isEmpty()) {
        sql += QStringLiteral(" AND a.currency = ?");
        values << currency;
    }
    const qint64 user = ctx.optionalInteger(QStringLiteral("user_id"), 0);
    if (user != 0) {
        sql += QStringLiteral(" AND a.owner_id = ?");
        values << user;
    }
    sql += QStringLiteral(" ORDER BY a.id LIMIT ?");
    values << limit;
    QList<qint64> ids;
    Query query(ctx.db(), sql, values);
    while (query.next())
        ids << query.value(0).toLongLong();
    QJsonArray rows;
    for (qint64 id : std::as_const(ids)) {
        const Account account = ledger.accountById(id);
        rows.append(payeeBalance(ctx.db(), ledger, account, payeeTypeOfCode(account.code), true));
    }
    return QJsonObject{{QStringLiteral("rows"), rows},
                       {QStringLiteral("next_after"),
                        ids.size() == limit ? QJsonValue(ids.last()) : QJsonValue()}};
}

/** The payable account named by user_id, payee_type and currency; it must exist. */
Account existingPayable(CommandContext &ctx, const Ledger &ledger)
{
    const qint64 user = ctx.requireId(QStringLiteral("user_id"));
    const QString type = payeeTypeParam(ctx, true, true);
    const QString currency = currencyParam(ctx);
    const QString code = QStringLiteral("%1_payable/%2/%3").arg(type).arg(user).arg(currency);
    const QVariant id = Query::scalar(
        ctx.db(), QStringLiteral("SELECT id FROM ledger_accounts WHERE code = ?"), {code});
    if (!id.isValid())
        throw Error::notFound(
            QStringLiteral("user %1 has no %2 payable in %3").arg(user).arg(type, currency));
    return ledger.accountById(id.toLongLong());
}

QJsonValue payee(CommandContext &ctx)
{
    const Ledger ledger(ctx.db(), ctx.now());
    const Account account = existingPayable(ctx, ledger);
    return payeeBalance(ctx.db(), ledger, account, payeeTypeOfCode(account.code), true);
}

QJsonValue holdPlace(CommandContext &ctx)
{
    Ledger ledger(ctx.db(), ctx.now(), ctx.principal().operatorId);
    const Account account = existingPayable(ctx, ledger);
    const QString type = payeeTypeOfCode(account.code);
    const qint64 amount = amountParam(ctx, QStringLiteral("amount_minor"), 1);
    const QString reason = ctx.requireString(QStringLiteral("reason"));
    lockBalance(ctx.db(), account.id);
    const Balance balance = ledger.balance(account.id);
    const qint64 held = activeHolds(ctx.db(), account.ownerId, type, account.currency);
    const qint64 free = balance.available - held;
    if (amount > free)
        throw Error::badInput(QStringLiteral("a hold of %1 is larger than what %2 has free to "
                                             "hold (%3 after %4 already held)")
                                  .arg(money(amount, account.currency), account.code,
                                       money(std::max<qint64>(free, 0), account.currency),
                                       money(held, account.currency)));
    Query insert(ctx.db(),
                 QStringLiteral("INSERT INTO payee_holds (payee_user_id, payee_type, currency, "
                                "amount_minor, reason, placed_by, placed_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                 {account.ownerId, type, account.currency, amount, reason,
                  ctx.principal().operatorId, ctx.now()});
    insert.next();
    const qint64 id = insert.value(0).toLongLong();
    const QJsonObject after = loadHold(ctx.db(), id);
    ctx.audit({QStringLiteral("payee_hold"), QString::number(id), {}, after, reason});
    ctx.emitEvent(QStringLiteral("payouts.hold_placed"), QStringLiteral("payee_hold"),
                  QString::number(id),
                  {{QStringLiteral("payee_user_id"), account.ownerId},
                   {QStringLiteral("payee_type"), type},
                   {QStringLiteral("amount_minor"), amount},
                   {QStringLiteral("currency"), account.currency}});
    return after;
}

QJsonValue holdRelease(CommandContext &ctx)
{
    const qint64 id = ctx.requireId(QStringLiteral("id"));
    const qint64 version = ctx.requireVersion();
    const QString reason = ctx.requireString(QStringLiteral("reason"));
    const QJsonObject before = loadHold(ctx.db(), id);
    if (before.value(QStringLiteral("version")).toInteger() != version)
        throw AuditLog::staleVersion(ctx.db(), QStringLiteral("payee_hold"), QString::number(id),
                                     QStringLiteral("payee hold %1").arg(id));
    if (before.value(QStringLiteral("state")).toString() != QLatin1String("active"))
        throw Error::conflict(QStringLiteral("payee hold %1 was already released").arg(id));
    Query update(ctx.db(),
                 QStringLiteral("UPDATE payee_holds SET state = 'released', released_by = ?, "
                                "released_at = ?, release_reason = ?, version = version + 1 "
                                "WHERE id = ? AND version = ? AND state = 'active'"),
                 {ctx.principal().operatorId, ctx.now(), reason, id, version});
    if (update.rowsAffected() == 0)
        throw AuditLog::staleVersion(ctx.db(), QStringLiteral("payee_hold"), QString::number(id),
                                     QStringLiteral("payee hold %1").arg(id));
    const QJsonObject after = loadHold(ctx.db(), id);
    ctx.audit({QStringLiteral("payee_hold"), QString::number(id), before, after, reason});
    ctx.emitEvent(QStringLiteral("payouts.hold_released"), QStringLiteral("payee_hold"),
                  QString::number(id), {});
    return after;
}

/** Finishes a list query newest first, paged by the id of @p alias: `before` continues after
 *  the last row shown, `next_before` is where the next page starts (null at the end). */
QJsonObject newestFirst(CommandContext &ctx, QString sql, QVariantList values, const QString &alias,
                        QJsonObject (*toJson)(Query &))
{
    const qint64 before = ctx.optionalInteger(QStringLiteral("before"), 0);
    if (before > 0) {
        sql += QStringLiteral(" AND %1.id < ?").arg(alias);
        values << before;
    }
    const qint64 limit = limitParam(ctx, 50, 500);
    sql += QStringLiteral(" ORDER BY %1.id DESC LIMIT ?").arg(alias);
    values << limit;
    Query query(ctx.db(), sql, values);
    QJsonArray rows;
    qint64 last = 0;
    while (query.next()) {
        rows.append(toJson(query));
        last = query.value(0).toLongLong();
    }
    return QJsonObject{
        {QStringLiteral("rows"), rows},
        {QStringLiteral("next_before"), rows.size() == limit ? QJsonValue(last) : QJsonValue()}};
}

QJsonValue holdsList(CommandContext &ctx)
{
    QString sql = kHoldSelect + QStringLiteral("WHERE 1 = 1");
    QVariantList values;
    const QString state = ctx.optionalString(QStringLiteral("state"), QStringLiteral("active"));
    if (state != QLatin1String("all")) {
        if (state != QLatin1String("active") && state != QLatin1String("released"))
            throw Error::badInput(QStringLiteral("state must be active, released or all"));
        sql += QStringLiteral(" AND h.state = ?");
        values << state;
    }
    const qint64 user = ctx.optionalInteger(QStringLiteral("user_id"), 0);
    if (user != 0) {
        sql += QStringLiteral(" AND h.payee_user_id = ?");
        values << user;
    }
    return newestFirst(ctx, sql, values, QStringLiteral("h"), holdJson);
}

// ---- Payouts -------------------------------------------------------------------------------

const QString kPayoutSelect = QStringLiteral(
    "SELECT p.id, p.run_id, p.payee_user_id, p.payee_type, p.amount_minor, p.currency, p.state, "
    "p.method, p.destination_masked, p.period_start_at, p.period_end_at, p.due_at, "
    "p.approved_by, ap.username, p.approved_at, p.paid_at, p.failure_reason, p.external_ref, "
    "p.created_by, cr.username, p.decided_by, de.username, p.decided_at, p.created_at, "
    "p.updated_at, p.version, u.first_name, u.last_name FROM payouts p "
    "LEFT JOIN users u ON u.id = p.payee_user_id "
    "LEFT JOIN operators ap ON ap.id = p.approved_by "
    "LEFT JOIN operators cr ON cr.id = p.created_by "
    "LEFT JOIN operators de ON de.id = p.decided_by ");

QJsonObject payoutJson(Query &q)
{
    const QString currency = q.value(5).toString();
    return {{QStringLiteral("id"), q.value(0).toLongLong()},
            {QStringLiteral("run_id"), jsonId(q.value(1))},
            {QStringLiteral("payee_user_id"), q.value(2).toLongLong()},
            {QStringLiteral("payee_name"),
             QStringLiteral("%1 %2").arg(q.value(26).toString(), q.value(27).toString()).trimmed()},
            {QStringLiteral("payee_type"), q.value(3).toString()},
            {QStringLiteral("amount_minor"), q.value(4).toLongLong()},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("amount"), money(q.value(4).toLongLong(), currency)},
            {QStringLiteral("state"), q.value(6).toString()},
            {QStringLiteral("method"), q.value(7).toString()},
            {QStringLiteral("destination_masked"), jsonText(q.value(8))},
            {QStringLiteral("period_start_at"), jsonId(q.value(9))},
            {QStringLiteral("period_end_at"), jsonId(q.value(10))},
            {QStringLiteral("due_at"), q.value(11).toLongLong()},
            {QStringLiteral("approved_by"), jsonId(q.value(12))},
            {QStringLiteral("approved_by_name"), jsonText(q.value(13))},
            {QStringLiteral("approved_at"), jsonId(q.value(14))},
            {QStringLiteral("paid_at"), jsonId(q.value(15))},
            {QStringLiteral("failure_reason"), jsonText(q.value(16))},
            {QStringLiteral("external_ref"), jsonText(q.value(17))},
            {QStringLiteral("created_by"), jsonId(q.value(18))},
            {QStringLiteral("created_by_name"), jsonText(q.value(19))},
            {QStringLiteral("decided_by"), jsonId(q.value(20))},
            {QStringLiteral("decided_by_name"), jsonText(q.value(21))},
            {QStringLiteral("decided_at"), jsonId(q.value(22))},
            {QStringLiteral("created_at"), q.value(23).toLongLong()},
            {QStringLiteral("updated_at"), q.value(24).toLongLong()},
            {QStringLiteral("version"), q.value(25).toLongLong()}};
}

QJsonObject loadPayout(const QSqlDatabase &db, qint64 id)
{
    Query query(db, kPayoutSelect + QStringLiteral("WHERE p.id = ?"), {id});
    if (!query.next())
        throw Error::notFound(QStringLiteral("no payout %1").arg(id));
    return payoutJson(query);
}

Error payoutStale(const QSqlDatabase &db, qint64 id)
{
    return AuditLog::staleVersion(db, QStringLiteral("payout"), QString::number(id),
                                  QStringLiteral("payout %1").arg(id));
}

Error runStale(const QSqlDatabase &db, qint64 id)
{
    return AuditLog::staleVersion(db, QStringLiteral("payout_run"), QString::number(id),
                                  QStringLiteral("payout run %1").arg(id));
}

/** The ledger transactions of payout @p id, by their keys, oldest first. */
QJsonArray payoutTransactions(const QSqlDatabase &db, const Ledger &ledger, qint64 id)
{
    QJsonArray list;
    Query query(db,
                QStringLiteral("SELECT id FROM ledger_transactions WHERE source_type = 'payout' "
                               "AND source_id = ? ORDER BY id"),
                {id});
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    for (qint64 txId : std::as_const(ids)) {
        QJsonObject json = ledger.transaction(txId).toJson();
        QJsonArray entries;
        for (const QJsonValue &value : json.value(QStringLiteral("entries")).toArray()) {
            QJsonObject entry = value.toObject();
            entry.insert(
                QStringLiteral("account"),
                ledger.accountById(entry.value(QStringLiteral("account_id")).toInteger()).code);
            entries.append(entry);
        }
        json.insert(QStringLiteral("entries"), entries);
        list.append(json);
    }
    return list;
}

struct PayoutRow
{
    qint64 id = 0;
    qint64 runId = 0;
    qint64 userId = 0;
    QString payeeType;
    qint64 amount = 0;
    QString currency;
    QString state;
};

PayoutRow payoutRow(const QJsonObject &json)
{
    return {json.value(QStringLiteral("id")).toInteger(),
            json.value(QStringLiteral("run_id")).toInteger(),
            json.value(QStringLiteral("payee_user_id")).toInteger(),
            json.value(QStringLiteral("payee_type")).toString(),
            json.value(QStringLiteral("amount_minor")).toInteger(),
            json.value(QStringLiteral("currency")).toString(),
            json.value(QStringLiteral("state")).toString()};
}

QString payoutDescription(const PayoutRow &p, const QString &what)
{
    return QStringLiteral("Payout %1 to %2 %3: %4")
        .arg(p.id)
        .arg(p.payeeType)
        .arg(p.userId)
        .arg(what);
}

/** Posts payout @p id's approval in the caller's transaction: claims the pending row, checks
 *  the payee's available balance and holds under the balance lock, posts debit payable /
 *  credit payout_clearing with key payout:<id>. Returns the payout after, or an empty object
 *  when another process approved it first. With @p rejectWhenShort a payout the balance no
 *  longer covers is rejected (a run goes on with the others); otherwise the call is refused. */
QJsonObject approveOne(CommandContext &ctx, qint64 id, qint64 approvedBy, qint64 approvedAt,
                       bool rejectWhenShort, const QString &reason)
{
    const QJsonObject before = loadPayout(ctx.db(), id);
    const PayoutRow p = payoutRow(before);
    Ledger ledger(ctx.db(), ctx.now(), ctx.principal().operatorId);
    const Account source = sourceAccount(ledger, p.payeeType, p.userId, p.currency);
    // Claim the row first: a second process executing the same run waits here, then finds it
    // approved and moves on.
    Query claim(ctx.db(),
                QStringLiteral("UPDATE payouts SET state = 'approved', approved_by = ?, "
                               "approved_at = ?, updated_at = ?, version = version + 1 "
                               "WHERE id = ? AND state = 'pending'"),
                {approvedBy, approvedAt, ctx.now(), id});
    if (claim.rowsAffected() == 0)
        return {};
    lockBalance(ctx.db(), source.id);
    const Balance balance = ledger.balance(source.id);
    const qint64 held = activeHolds(ctx.db(), p.userId, p.payeeType, p.currency);
    const qint64 free = balance.available - held;
    if (p.amount > free) {
        const QString why =
            QStringLiteral("payout %1 of %2 exceeds what %3 has available (%4%5)")
                .arg(id)
                .arg(money(p.amount, p.currency), source.code,
                     money(std::max<qint64>(free, 0), p.currency),
                     held > 0 ? QStringLiteral(", %1 held").arg(money(held, p.currency))
                              : QString());
        if (!rejectWhenShort)
            throw Error::badInput(why);
        Query(ctx.db(),
              QStringLiteral("UPDATE payouts SET state = 'rejected', approved_by = NULL, "
                             "approved_at = NULL, failure_reason = ?, decided_by = ?, "
                             "decided_at = ? WHERE id = ?"),
              {why, ctx.principal().operatorId, ctx.now(), id});
        const QJsonObject after = loadPayout(ctx.db(), id);
        ctx.audit({QStringLiteral("payout"), QString::number(id), before, after, why});
        return after;
    }
    PostRequest request;
    request.kind = QStringLiteral("payout");
    request.description = payoutDescription(p, QStringLiteral("approved"));
    request.idempotencyKey = QStringLiteral("payout:%1").arg(id);
    request.sourceType = QStringLiteral("payout");
    request.sourceId = id;
    request.postings = {{source.id, Direction::Debit, Money(p.amount, p.currency)},
                        {ledger.account(Purpose::PayoutClearing, 0, p.currency).id,
                         Direction::Credit, Money(p.amount, p.currency)}};
    const Transaction posted = ledger.post(request);
    if (posted.isReplay)
        throw Error::internal(QStringLiteral("payout %1 was pending but its approval was "
                                             "already posted as transaction %2")
                                  .arg(id)
                                  .arg(posted.id));
    const QJsonObject after = loadPayout(ctx.db(), id);
    QJsonObject audited = after;
    audited.insert(QStringLiteral("ledger_transaction_id"), posted.id);
    ctx.audit({QStringLiteral("payout"), QString::number(id), before, audited, reason});
    return after;
}

/** Settles an approved payout (paid) or undoes it (failed, returned) with its ledger posting. */
QJsonObject settleOne(CommandContext &ctx, qint64 id, const QString &to, const QString &reason,
                      const QString &externalRef, std::optional<qint64> version)
{
    const QJsonObject before = loadPayout(ctx.db(), id);
    const PayoutRow p = payoutRow(before);
    if (version && before.value(QStringLiteral("version")).toInteger() != *version)
        throw payoutStale(ctx.db(), id);
    const QString from =
        to == QLatin1String("returned") ? QStringLiteral("paid") : QStringLiteral("approved");
    if (p.state != from) {
        if (!version)
            return {};
        throw Error::conflict(QStringLiteral("payout %1 is %2; only %3 payouts can be marked %4")
                                  .arg(id)
                                  .arg(p.state, from, to));
    }
    Query update(ctx.db(),
                 QStringLiteral("UPDATE payouts SET state = ?, paid_at = CASE WHEN ? = 'paid' "
                                "THEN ? ELSE paid_at END, failure_reason = ?, external_ref = "
                                "COALESCE(?, external_ref), decided_by = ?, decided_at = ?, "
                                "updated_at = ?, version = version + 1 WHERE id = ? AND state = ?"),
                 {to, to, ctx.now(), nullableText(reason), nullableText(externalRef),
                  ctx.principal().operatorId, ctx.now(), ctx.now(), id, from});
    if (update.rowsAffected() == 0) {
        if (!version)
            return {};
        throw payoutStale(ctx.db(), id);
    }
    Ledger ledger(ctx.db(), ctx.now(), ctx.principal().operatorId);
    const Account source = sourceAccount(ledger, p.payeeType, p.userId, p.currency);
    const qint64 clearing = ledger.account(Purpose::PayoutClearing, 0, p.currency).id;
    const qint64 processor = ledger.account(Purpose::ProcessorClearing, 0, p.currency).id;
    const Money amount(p.amount, p.currency);
    PostRequest request;
    request.kind = QStringLiteral("payout_") + to;
    request.description = payoutDescription(p, to);
    request.idempotencyKey = QStringLiteral("payout:%1:%2").arg(id).arg(to);
    request.sourceType = QStringLiteral("payout");
    request.sourceId = id;
    if (to == QLatin1String("paid"))
        request.postings = {{clearing, Direction::Debit, amount},
                            {processor, Direction::Credit, amount}};
    else if (to == QLatin1String("failed"))
        request.postings = {{clearing, Direction::Debit, amount},
                            {source.id, Direction::Credit, amount}};
    else
        request.postings = {{processor, Direction::Debit, amount},
                            {source.id, Direction::Credit, amount}};
    const Transaction posted = ledger.post(request);
    const QJsonObject after = loadPayout(ctx.db(), id);
    QJsonObject audited = after;
    audited.insert(QStringLiteral("ledger_transaction_id"), posted.id);
    ctx.audit({QStringLiteral("payout"), QString::number(id), before, audited, reason});
    if (to != QLatin1String("paid"))
        ctx.emitEvent(QStringLiteral("payouts.payout_") + to, QStringLiteral("payout"),
                      QString::number(id),
                      {{QStringLiteral("payee_user_id"), p.userId},
                       {QStringLiteral("payee_type"), p.payeeType},
                       {QStringLiteral("amount_minor"), p.amount},
                       {QStringLiteral("currency"), p.currency},
                       {QStringLiteral("reason"), reason}});
    return after;
}

QJsonValue payoutGet(CommandContext &ctx)
{
    const qint64 id = ctx.requireId(QStringLiteral("id"));
    QJsonObject json = loadPayout(ctx.db(), id);
    const Ledger ledger(ctx.db(), ctx.now());
    json.insert(QStringLiteral("ledger"), payoutTransactions(ctx.db(), ledger, id));
    return json;
}

QJsonValue payoutList(CommandContext &ctx)
{
    QString sql = kPayoutSelect + QStringLiteral("WHERE 1 = 1");
    QVariantList values;
    const qint64 run = ctx.optionalInteger(QStringLiteral("run_id"), 0);
    if (run != 0) {
        sql += QStringLiteral(" AND p.run_id = ?");
        values << run;
    }
    if (ctx.optionalBool(QStringLiteral("without_run"), false))
        sql += QStringLiteral(" AND p.run_id IS NULL");
    const QString state = ctx.optionalString(QStringLiteral("state"));
    if (!state.isEmpty()) {
        static const QStringList states{QStringLiteral("pending"),  QStringLiteral("approved"),
                                        QStringLiteral("rejected"), QStringLiteral("paid"),
                                        QStringLiteral("failed"),   QStringLiteral("returned")};
        if (!states.contains(state))
            throw Error::badInput(QStringLiteral("unknown payout state \"%1\" (one of %2)")
                                      .arg(state, states.join(QStringLiteral(", "))));
        sql += QStringLiteral(" AND p.state = ?");
        values << state;
    }
    const qint64 user = ctx.optionalInteger(QStringLiteral("user_id"), 0);
    if (user != 0) {
        sql += QStringLiteral(" AND p.payee_user_id = ?");
        values << user;
    }
    const QString type = payeeTypeParam(ctx, false, false);
    if (!type.isEmpty()) {
        sql += QStringLiteral(" AND p.payee_type = ?");
        values << type;
    }
    return newestFirst(ctx, sql, values, QStringLiteral("p"), payoutJson);
}

void requireMakerChecker(CommandContext &ctx, qint64 createdBy, qint64 amount,
                         const QString &currency, qint64 threshold, const QString &what)
{
    if (createdBy != 0 && createdBy == ctx.principal().operatorId && amount > threshold)
        throw Error::denied(QStringLiteral("%1 totals %2, above the approval threshold of %3: "
                                           "another finance operator than its creator (you) "
                                           "must approve it")
                                .arg(what, money(amount, currency), money(threshold, currency)));
}

QJsonValue payoutApprove(CommandContext &ctx)
{
    const qint64 id = ctx.requireId(QStringLiteral("id"));
    const qint64 version = ctx.requireVersion();
    const QJsonObject before = loadPayout(ctx.db(), id);
    if (before.value(QStringLiteral("version")).toInteger() != version)
        throw payoutStale(ctx.db(), id);
    const PayoutRow p = payoutRow(before);
    if (p.state != QLatin1String("pending"))
        throw Error::conflict(QStringLiteral("payout %1 is %2, not pending").arg(id).arg(p.state));
    if (p.runId != 0)
        throw Error::conflict(QStringLiteral("payout %1 belongs to payout run %2: approve the "
                                             "run")
                                  .arg(id)
                                  .arg(p.runId));
    requireMakerChecker(ctx, before.value(QStringLiteral("created_by")).toInteger(), p.amount,
                        p.currency, thresholdFor(ctx.db(), p.currency),
                        QStringLiteral("payout %1").arg(id));
    const QJsonObject after = approveOne(ctx, id, ctx.principal().operatorId, ctx.now(), false,
                                         ctx.optionalString(QStringLiteral("note")));
    if (after.isEmpty())
        throw payoutStale(ctx.db(), id);
    return after;
}

QJsonValue payoutSettle(CommandContext &ctx, const QString &to)
{
    const qint64 id = ctx.requireId(QStringLiteral("id"));
    const qint64 version = ctx.requireVersion();
    const QString reason = to == QLatin1String("paid")
                               ? ctx.optionalString(QStringLiteral("reason"))
                               : ctx.requireString(QStringLiteral("reason"));
    return settleOne(ctx, id, to, reason, ctx.optionalString(QStringLiteral("external_ref")),
                     version);
}

// ---- Runs ----------------------------------------------------------------------------------

const QString kRunSelect = QStringLiteral(
    "SELECT r.id, r.currency, r.payee_type, r.schedule, r.as_of, r.min_amount_minor, "
    "r.payout_count, r.total_minor, r.threshold_minor, r.needs_second_operator, r.state, r.note, "
    "r.created_by, c.username, r.created_at, r.approved_by, a.username, r.approved_at, "
    "r.paid_by, pb.username, r.paid_at, r.canceled_by, x.username, r.canceled_at, "
    "r.cancel_reason, r.updated_at, r.version FROM payout_runs r "
    "JOIN operators c ON c.id = r.created_by LEFT JOIN operators a ON a.id = r.approved_by "
    "LEFT JOIN operators pb ON pb.id = r.paid_by LEFT JOIN operators x ON x.id = r.canceled_by ");

QJsonObject runJson(Query &q)
{
    const QString currency = q.value(1).toString();
    return {{QStringLiteral("id"), q.value(0).toLongLong()},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("payee_type"), jsonText(q.value(2))},
            {QStringLiteral("schedule"), q.value(3).toString()},
            {QStringLiteral("as_of"), q.value(4).toLongLong()},
            {QStringLiteral("min_amount_minor"), q.value(5).toLongLong()},
            {QStringLiteral("payout_count"), q.value(6).toLongLong()},
            {QStringLiteral("total_minor"), q.value(7).toLongLong()},
            {QStringLiteral("total"), money(q.value(7).toLongLong(), currency)},
            {QStringLiteral("threshold_minor"), jsonId(q.value(8))},
            {QStringLiteral("needs_second_operator"), q.value(9).toBool()},
            {QStringLiteral("state"), q.value(10).toString()},
            {QStringLiteral("note"), jsonText(q.value(11))},
            {QStringLiteral("created_by"), q.value(12).toLongLong()},
            {QStringLiteral("created_by_name"), q.value(13).toString()},
            {QStringLiteral("created_at"), q.value(14).toLongLong()},
            {QStringLiteral("approved_by"), jsonId(q.value(15))},
            {QStringLiteral("approved_by_name"), jsonText(q.value(16))},
            {QStringLiteral("approved_at"), jsonId(q.value(17))},
            {QStringLiteral("paid_by"), jsonId(q.value(18))},
            {QStringLiteral("paid_by_name"), jsonText(q.value(19))},
            {QStringLiteral("paid_at"), jsonId(q.value(20))},
            {QStringLiteral("canceled_by"), jsonId(q.value(21))},
            {QStringLiteral("canceled_by_name"), jsonText(q.value(22))},
            {QStringLiteral("canceled_at"), jsonId(q.value(23))},
            {QStringLiteral("cancel_reason"), jsonText(q.value(24))},
            {QStringLiteral("updated_at"), q.value(25).toLongLong()},
            {QStringLiteral("version"), q.value(26).toLongLong()}};
}

/** Payouts of run @p id per state: {pending: {count, total_minor}, …}. */
QJsonObject runProgress(const QSqlDatabase &db, qint64 id)
{
    QJsonObject progress;
    Query query(db,
                QStringLiteral("SELECT state, COUNT(*), SUM(amount_minor) FROM payouts "
                               "WHERE run_id = ? GROUP BY state"),
                {id});
    while (query.next())
        progress.insert(query.value(0).toString(),
                        QJsonObject{{QStringLiteral("count"), query.value(1).toLongLong()},
                                    {QStringLiteral("total_minor"), query.value(2).toLongLong()}});
    return progress;
}

QJsonObject loadRun(const QSqlDatabase &db, qint64 id, bool withProgress = true)
{
    Query query(db, kRunSelect + QStringLiteral("WHERE r.id = ?"), {id});
    if (!query.next())
        throw Error::notFound(QStringLiteral("no payout run %1").arg(id));
    QJsonObject json = runJson(query);
    if (withProgress)
        json.insert(QStringLiteral("progress"), runProgress(db, id));
    return json;
}

/** What a run would pay: the filter, the payouts chosen and the ones left out with why. */
struct RunPlan
{
    QString currency;
    QString payeeType;
    QString schedule;
    qint64 asOf = 0;
    qint64 minAmount = 0;
    QJsonArray payouts; ///< {payout_id | null, payee_user_id, payee_type, amount_minor, …}
    QJsonArray skipped;
    qint64 total = 0;
};

using PayeeKey = QPair<qint64, QString>;

RunPlan planRun(CommandContext &ctx)
{
    RunPlan plan;
    const QSqlDatabase &db = ctx.db();
    plan.schedule = ctx.optionalString(QStringLiteral("schedule"), QStringLiteral("due"));
    if (plan.schedule != QLatin1String("due") && plan.schedule != QLatin1String("weekly") &&
        plan.schedule != QLatin1String("monthly"))
        throw Error::badInput(QStringLiteral("schedule must be due, weekly or monthly"));
    plan.asOf = ctx.optionalInteger(QStringLiteral("as_of"), ctx.now());
    if (plan.asOf <= 0 || plan.asOf > ctx.now() + 366 * kDay)
        throw Error::badInput(QStringLiteral("as_of must be a time (ms since 1970 UTC) no more "
                                             "than a year ahead"));
    plan.minAmount = amountParam(ctx, QStringLiteral("min_amount_minor"), 0, 1);
    if (plan.minAmount < 1)
        plan.minAmount = 1;
    plan.payeeType = payeeTypeParam(ctx, false, false);

    // Prepared payouts the run includes: the ones named, or the ones due by as_of.
    struct Candidate
    {
        qint64 id;
        qint64 userId;
        QString type;
        qint64 amount;
        qint64 dueAt;
    };
    QList<Candidate> candidates;
    const QJsonValue named = ctx.params().value(QStringLiteral("payout_ids"));
    if (!named.isUndefined() && !named.isNull()) {
        if (!named.isArray() || named.toArray().isEmpty())
            throw Error::badInput(QStringLiteral("payout_ids must be a non-empty list of ids"));
        QString firstCurrency;
        qint64 firstId = 0;
        for (const QJsonValue &value : named.toArray()) {
            const qint64 id = value.toInteger();
            if (id <= 0)
                throw Error::badInput(QStringLiteral("payout_ids must be positive ids"));
            const PayoutRow p = payoutRow(loadPayout(db, id));
            if (p.state != QLatin1String("pending") || p.runId != 0)
                throw Error::conflict(
                    QStringLiteral("payout %1 is %2%3: a run includes pending payouts of no "
                                   "other run")
                        .arg(id)
                        .arg(p.state,
                             p.runId != 0 ? QStringLiteral(" in run %1").arg(p.runId) : QString()));
            if (firstCurrency.isEmpty()) {
                firstCurrency = p.currency;
                firstId = id;
            } else if (p.currency != firstCurrency) {
                throw Error::badInput(QStringLiteral("payouts %1 (%2) and %3 (%4) are in "
                                                     "different currencies: a run pays one "
                                                     "currency")
                                          .arg(firstId)
                                          .arg(firstCurrency)
                                          .arg(id)
                                          .arg(p.currency));
            }
            const QJsonObject json = loadPayout(db, id);
            candidates.append({id, p.userId, p.payeeType, p.amount,
                               json.value(QStringLiteral("due_at")).toInteger()});
        }
        plan.currency = firstCurrency;
        if (ctx.params().contains(QStringLiteral("currency")) &&
            currencyParam(ctx) != plan.currency)
            throw Error::badInput(QStringLiteral("the payouts named are in %1, not %2")
                                      .arg(plan.currency, currencyParam(ctx)));
        plan.schedule = QStringLiteral("due");
    } else {
        plan.currency = currencyParam(ctx);
        QString sql = QStringLiteral("SELECT id, payee_user_id, payee_type, amount_minor, due_at "
                                     "FROM payouts WHERE currency = ? AND state = 'pending' AND "
                                     "run_id IS NULL AND due_at <= ?");
        QVariantList values{plan.currency, plan.asOf};
        if (!plan.payeeType.isEmpty()) {
            sql += QStringLiteral(" AND payee_type = ?");
            values << plan.payeeType;
        }
        sql += QStringLiteral(" ORDER BY due_at, id");
        Query query(db, sql, values);
        while (query.next())
            candidates.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                               query.value(2).toString(), query.value(3).toLongLong(),
                               query.value(4).toLongLong()});
    }

    // What each payee has free: ledger available - holds - pending payouts the run does not
    // include.
    QHash<PayeeKey, qint64> free;
    QHash<PayeeKey, qint64> lateCredits;
    QHash<PayeeKey, qint64> accountOf;
    {
        QVariantList values{plan.currency};
        Query accounts(db,
                       QStringLiteral("SELECT a.id, a.code, a.owner_id, b.credits_posted - "
                                      "b.debits_posted - b.debits_pending FROM ledger_accounts a "
                                      "JOIN ledger_balances b ON b.account_id = a.id WHERE "
                                      "a.currency = ? AND a.owner_type = 'user'"),
                       values);
        while (accounts.next()) {
            const QString type = payeeTypeOfCode(accounts.value(1).toString());
            if (type.isEmpty() || !payableTypes().contains(type))
                continue;
            const PayeeKey key{accounts.value(2).toLongLong(), type};
            free.insert(key, accounts.value(3).toLongLong());
            accountOf.insert(key, accounts.value(0).toLongLong());
        }
        Query holds(db,
                    QStringLiteral("SELECT payee_user_id, payee_type, SUM(amount_minor) FROM "
                                   "payee_holds WHERE currency = ? AND state = 'active' GROUP BY "
                                   "payee_user_id, payee_type"),
                    {plan.currency});
        while (holds.next()) {
            const PayeeKey key{holds.value(0).toLongLong(), holds.value(1).toString()};
            free[key] -= holds.value(2).toLongLong();
        }
        Query pending(db,
                      QStringLiteral("SELECT payee_user_id, payee_type, SUM(amount_minor) FROM "
                                     "payouts WHERE currency = ? AND state = 'pending' GROUP BY "
                                     "payee_user_id, payee_type"),
                      {plan.currency});
        while (pending.next()) {
            const PayeeKey key{pending.value(0).toLongLong(), pending.value(1).toString()};
            free[key] -= pending.value(2).toLongLong();
        }
        if (plan.schedule != QLatin1String("due")) {
            // Earnings posted after the cut-off wait for the next run.
            Query late(db,
                       QStringLiteral("SELECT a.owner_id, a.code, SUM(e.amount_minor) FROM "
                                      "ledger_entries e JOIN ledger_transactions t ON t.id = "
                                      "e.ledger_transaction_id JOIN ledger_accounts a ON a.id = "
                                      "e.account_id WHERE a.currency = ? AND a.owner_type = "
                                      "'user' AND e.direction = 'credit' AND t.posted_at > ? "
                                      "GROUP BY a.owner_id, a.code"),
                       {plan.currency, plan.asOf});
            while (late.next())
                lateCredits.insert(
                    {late.value(0).toLongLong(), payeeTypeOfCode(late.value(1).toString())},
                    late.value(2).toLongLong());
        }
    }
    auto keyOf = [](qint64 user, const QString &type) { return PayeeKey{user, type}; };
    // The candidates' own amounts are part of the pending sums above; give them back first.
    for (const Candidate &c : std::as_const(candidates))
        free[keyOf(c.userId, c.type)] += c.amount;

    for (const Candidate &c : std::as_const(candidates)) {
        qint64 &left = free[keyOf(c.userId, c.type)];
        QString why;
        if (c.amount < plan.minAmount)
            why =
                QStringLiteral("below the minimum of %1").arg(money(plan.minAmount, plan.currency));
        else if (c.amount > left)
            why = QStringLiteral("more than the payee has available (%1)")
                      .arg(money(std::max<qint64>(left, 0), plan.currency));
        if (!why.isEmpty()) {
            if (named.isArray())
                throw Error::badInput(QStringLiteral("payout %1 of %2 is %3")
                                          .arg(c.id)
                                          .arg(money(c.amount, plan.currency), why));
            plan.skipped.append(QJsonObject{{QStringLiteral("payout_id"), c.id},
                                            {QStringLiteral("payee_user_id"), c.userId},
                                            {QStringLiteral("payee_type"), c.type},
                                            {QStringLiteral("amount_minor"), c.amount},
                                            {QStringLiteral("reason"), why}});
            continue;
        }
        left -= c.amount;
        plan.total = checkedSum(plan.total, c.amount);
        plan.payouts.append(QJsonObject{{QStringLiteral("payout_id"), c.id},
                                        {QStringLiteral("payee_user_id"), c.userId},
                                        {QStringLiteral("payee_type"), c.type},
                                        {QStringLiteral("amount_minor"), c.amount},
                                        {QStringLiteral("due_at"), c.dueAt}});
    }

    if (plan.schedule != QLatin1String("due")) {
        const qint64 periodStart = plan.schedule == QLatin1String("weekly")
                                       ? plan.asOf - 7 * kDay
                                       : QDateTime::fromMSecsSinceEpoch(plan.asOf, Qt::UTC)
                                             .addMonths(-1)
                                             .toMSecsSinceEpoch();
        QList<PayeeKey> keys = accountOf.keys();
        std::sort(keys.begin(), keys.end(), [&](const PayeeKey &a, const PayeeKey &b) {
            return accountOf.value(a) < accountOf.value(b);
        });
        for (const PayeeKey &key : std::as_const(keys)) {
            if (!plan.payeeType.isEmpty() && key.second != plan.payeeType)
                continue;
            const qint64 amount = free.value(key) - lateCredits.value(key);
            if (amount < plan.minAmount)
                continue;
            plan.total = checkedSum(plan.total, amount);
            plan.payouts.append(QJsonObject{{QStringLiteral("payout_id"), QJsonValue()},
                                            {QStringLiteral("payee_user_id"), key.first},
                                            {QStringLiteral("payee_type"), key.second},
                                            {QStringLiteral("amount_minor"), amount},
                                            {QStringLiteral("due_at"), plan.asOf},
                                            {QStringLiteral("period_start_at"), periodStart},
                                            {QStringLiteral("period_end_at"), plan.asOf}});
        }
    }
    return plan;
}

QJsonObject planJson(const QSqlDatabase &db, const RunPlan &plan, qint64 operatorId)
{
    const qint64 threshold = thresholdFor(db, plan.currency);
    Q_UNUSED(operatorId);
    return {{QStringLiteral("currency"), plan.currency},
            {QStringLiteral("payee_type"),
             plan.payeeType.isEmpty() ? QJsonValue() : QJsonValue(plan.payeeType)},
            {QStringLiteral("schedule"), plan.schedule},
            {QStringLiteral("as_of"), plan.asOf},
            {QStringLiteral("min_amount_minor"), plan.minAmount},
            {QStringLiteral("payouts"), plan.payouts},
            {QStringLiteral("skipped"), plan.skipped},
            {QStringLiteral("count"), plan.payouts.size()},
            {QStringLiteral("total_minor"), plan.total},
            {QStringLiteral("total"), money(plan.total, plan.currency)},
            {QStringLiteral("threshold_minor"), threshold},
            {QStringLiteral("needs_second_operator"), plan.total > threshold}};
}

QJsonValue runPreview(CommandContext &ctx)
{
    return planJson(ctx.db(), planRun(ctx), ctx.principal().operatorId);
}

QJsonValue runCreate(CommandContext &ctx)
{
    const RunPlan plan = planRun(ctx);
    if (plan.payouts.isEmpty())
        throw Error::badInput(QStringLiteral("no payee matches: nothing to pay in %1 (%2 left "
                                             "out)")
                                  .arg(plan.currency)
                                  .arg(plan.skipped.size()));
    const qint64 threshold = thresholdFor(ctx.db(), plan.currency);
    const qint64 me = ctx.principal().operatorId;
    Query insert(ctx.db(),
                 QStringLiteral("INSERT INTO payout_runs (currency, payee_type, schedule, as_of, "
                                "min_amount_minor, payout_count, total_minor, threshold_minor, "
                                "needs_second_operator, note, created_by, created_at, updated_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                 {plan.currency, nullableText(plan.payeeType), plan.schedule, plan.asOf,
                  plan.minAmount, qint64(plan.payouts.size()), plan.total, threshold,
                  plan.total > threshold, nullableText(ctx.optionalString(QStringLiteral("note"))),
                  me, ctx.now(), ctx.now()});
    insert.next();
    const qint64 runId = insert.value(0).toLongLong();
    Query attach(ctx.db());
    attach.prepare(QStringLiteral("UPDATE payouts SET run_id = ?, updated_at = ?, version = "
                                  "version + 1 WHERE id = ? AND state = 'pending' AND run_id IS "
                                  "NULL"));
    Query create(ctx.db());
    create.prepare(QStringLiteral("INSERT INTO payouts (payee_user_id, payee_type, amount_minor, "
                                  "currency, state, method, period_start_at, period_end_at, "
                                  "due_at, run_id, created_by, created_at, updated_at) VALUES "
                                  "(?, ?, ?, ?, 'pending', 'bank_transfer', ?, ?, ?, ?, ?, ?, ?)"));
    for (const QJsonValue &value : plan.payouts) {
        const QJsonObject p = value.toObject();
        const qint64 id = p.value(QStringLiteral("payout_id")).toInteger();
        if (id != 0) {
            attach.exec({runId, ctx.now(), id});
            if (attach.rowsAffected() != 1)
                throw Error::conflict(
                    QStringLiteral("payout %1 was taken by another run meanwhile; preview again")
                        .arg(id));
        } else {
            create.exec({p.value(QStringLiteral("payee_user_id")).toInteger(),
                         p.value(QStringLiteral("payee_type")).toString(),
                         p.value(QStringLiteral("amount_minor")).toInteger(), plan.currency,
                         p.value(QStringLiteral("period_start_at")).toInteger(),
                         p.value(QStringLiteral("period_end_at")).toInteger(),
                         p.value(QStringLiteral("due_at")).toInteger(), runId, me, ctx.now(),
                         ctx.now()});
        }
    }
    const QJsonObject after = loadRun(ctx.db(), runId);
    ctx.audit({QStringLiteral("payout_run"),
               QString::number(runId),
               {},
               after,
               ctx.optionalString(QStringLiteral("note"))});
    ctx.emitEvent(QStringLiteral("payouts.run_created"), QStringLiteral("payout_run"),
                  QString::number(runId),
                  {{QStringLiteral("currency"), plan.currency},
                   {QStringLiteral("total_minor"), plan.total},
                   {QStringLiteral("payout_count"), plan.payouts.size()}});
    return after;
}

QJsonValue runGet(CommandContext &ctx)
{
    return loadRun(ctx.db(), ctx.requireId(QStringLiteral("id")));
}

QJsonValue runList(CommandContext &ctx)
{
    QString sql = kRunSelect + QStringLiteral("WHERE 1 = 1");
    QVariantList values;
    const QString state = ctx.optionalString(QStringLiteral("state"));
    if (!state.isEmpty()) {
        sql += QStringLiteral(" AND r.state = ?");
        values << state;
    }
    return newestFirst(ctx, sql, values, QStringLiteral("r"), runJson);
}

/** Checks @p version and @p state of run @p id and moves it to @p to with the decision columns
 *  in @p set; returns before and after. */
std::pair<QJsonObject, QJsonObject> decideRun(CommandContext &ctx, qint64 id, qint64 version,
                                              const QString &from, const QString &to,
                                              const QString &set, const QVariantList &setValues,
                                              const QString &reason)
{
    const QJsonObject before = loadRun(ctx.db(), id);
    if (before.value(QStringLiteral("version")).toInteger() != version)
        throw runStale(ctx.db(), id);
    const QString state = before.value(QStringLiteral("state")).toString();
    if (state != from)
        throw Error::conflict(
            QStringLiteral("payout run %1 is %2, not %3").arg(id).arg(state, from));
    QVariantList values{to};
    values << setValues << ctx.now() << id << version << from;
    Query update(ctx.db(),
                 QStringLiteral("UPDATE payout_runs SET state = ?, %1, updated_at = ?, "
                                "version = version + 1 WHERE id = ? AND version = ? AND state = ?")
                     .arg(set),
                 values);
    if (update.rowsAffected() == 0)
        throw runStale(ctx.db(), id);
    const QJsonObject after = loadRun(ctx.db(), id);
    ctx.audit({QStringLiteral("payout_run"), QString::number(id), before, after, reason});
    return {before, after};
}

QJsonValue runApprove(CommandContext &ctx)
{
    const qint64 id = ctx.requireId(QStringLiteral("id"));
    const qint64 version = ctx.requireVersion();
    const QJsonObject run = loadRun(ctx.db(), id, false);
    if (run.value(QStringLiteral("version")).toInteger() == version &&
        run.value(QStringLiteral("needs_second_operator")).toBool() &&
        run.value(QStringLiteral("created_by")).toInteger() == ctx.principal().operatorId)
        requireMakerChecker(ctx, ctx.principal().operatorId,
                            run.value(QStringLiteral("total_minor")).toInteger(),
                            run.value(QStringLiteral("currency")).toString(),
                            run.value(QStringLiteral("threshold_minor")).toInteger(),
                            QStringLiteral("payout run %1").arg(id));
    const auto [before, after] = decideRun(
        ctx, id, version, QStringLiteral("pending"), QStringLiteral("approving"),
        QStringLiteral("approved_by = ?, approved_at = ?"), {ctx.principal().operatorId, ctx.now()},
        ctx.optionalString(QStringLiteral("note")));
    ctx.emitEvent(QStringLiteral("payouts.run_approved"), QStringLiteral("payout_run"),
                  QString::number(id),
                  {{QStringLiteral("maker"), run.value(QStringLiteral("created_by"))},
                   {QStringLiteral("checker"), ctx.principal().operatorId}});
    return after;
}

QJsonValue runMarkPaid(CommandContext &ctx)
{
    const qint64 id = ctx.requireId(QStringLiteral("id"));
    const auto [before, after] =
        decideRun(ctx, id, ctx.requireVersion(), QStringLiteral("approved"),
                  QStringLiteral("paying"), QStringLiteral("paid_by = ?"),
                  {ctx.principal().operatorId}, ctx.optionalString(QStringLiteral("note")));
    return after;
}

QJsonValue runCancel(CommandContext &ctx)
{
    const qint64 id = ctx.requireId(QStringLiteral("id"));
    const QString reason = ctx.requireString(QStringLiteral("reason"));
    const auto [before, after] = decideRun(
        ctx, id, ctx.requireVersion(), QStringLiteral("pending"), QStringLiteral("canceled"),
        QStringLiteral("canceled_by = ?, canceled_at = ?, cancel_reason = ?"),
        {ctx.principal().operatorId, ctx.now(), reason}, reason);
    // Payouts the run made are rejected; prepared payouts it included become free again.
    Query(ctx.db(),
          QStringLiteral("UPDATE payouts SET state = 'rejected', failure_reason = ?, "
                         "decided_by = ?, decided_at = ?, updated_at = ?, version = version + 1 "
                         "WHERE run_id = ? AND state = 'pending' AND created_at = ? AND "
                         "created_by = ?"),
          {QStringLiteral("payout run %1 canceled: %2").arg(id).arg(reason),
           ctx.principal().operatorId, ctx.now(), ctx.now(), id,
           before.value(QStringLiteral("created_at")).toInteger(),
           before.value(QStringLiteral("created_by")).toInteger()});
    Query(ctx.db(),
          QStringLiteral("UPDATE payouts SET run_id = NULL, updated_at = ?, version = version + 1 "
                         "WHERE run_id = ? AND state = 'pending'"),
          {ctx.now(), id});
    return loadRun(ctx.db(), id);
}

/** One step of a run's execution: up to @p limit payouts, in this transaction. */
QJsonValue runExecute(CommandContext &ctx)
{
    const qint64 id = ctx.requireId(QStringLiteral("id"));
    const qint64 limit = limitParam(ctx, 1, 500);
    const QJsonObject run = loadRun(ctx.db(), id, false);
    const QString state = run.value(QStringLiteral("state")).toString();
    QString from;
    QString done;
    if (state == QLatin1String("approving")) {
        from = QStringLiteral("pending");
        done = QStringLiteral("approved");
    } else if (state == QLatin1String("paying")) {
        from = QStringLiteral("approved");
        done = QStringLiteral("paid");
    } else if (state == QLatin1String("pending")) {
        throw Error::conflict(
            QStringLiteral("payout run %1 is pending: it must be approved first").arg(id));
    } else if (state == QLatin1String("canceled")) {
        throw Error::conflict(QStringLiteral("payout run %1 was canceled").arg(id));
    }
    QJsonArray processed;
    if (!from.isEmpty()) {
        QList<qint64> ids;
        Query next(ctx.db(),
                   QStringLiteral("SELECT id FROM payouts WHERE run_id = ? AND state = ? "
                                  "ORDER BY id LIMIT ?"),
                   {id, from, limit});
        while (next.next())
            ids << next.value(0).toLongLong();
        for (qint64 payoutId : std::as_const(ids)) {
            const QJsonObject after =
                from == QLatin1String("pending")
                    ? approveOne(ctx, payoutId,
                                 run.value(QStringLiteral("approved_by")).toInteger(),
                                 run.value(QStringLiteral("approved_at")).toInteger(), true,
                                 QStringLiteral("payout run %1").arg(id))
                    : settleOne(ctx, payoutId, QStringLiteral("paid"),
                                QStringLiteral("payout run %1").arg(id), {}, std::nullopt);
            if (!after.isEmpty())
                processed.append(
                    QJsonObject{{QStringLiteral("id"), payoutId},
                                {QStringLiteral("state"), after.value(QStringLiteral("state"))}});
        }
        const qint64 remaining =
            Query::scalar(ctx.db(),
                          QStringLiteral("SELECT COUNT(*) FROM payouts WHERE run_id = ? AND "
                                         "state = ?"),
                          {id, from})
                .toLongLong();
        if (remaining == 0) {
            const QJsonObject before = loadRun(ctx.db(), id);
            Query finish(ctx.db(),
                         QStringLiteral("UPDATE payout_runs SET state = ?, paid_at = CASE WHEN "
                                        "? = 'paid' THEN ? ELSE paid_at END, updated_at = ?, "
                                        "version = version + 1 WHERE id = ? AND state = ?"),
                         {done, done, ctx.now(), ctx.now(), id, state});
            if (finish.rowsAffected() == 1) {
                const QJsonObject after = loadRun(ctx.db(), id);
                ctx.audit({QStringLiteral("payout_run"), QString::number(id), before, after,
                           QStringLiteral("all payouts processed")});
                if (done == QLatin1String("paid"))
                    ctx.emitEvent(QStringLiteral("payouts.run_paid"), QStringLiteral("payout_run"),
                                  QString::number(id), {});
            }
        }
    }
    const QJsonObject after = loadRun(ctx.db(), id);
    const QString now = after.value(QStringLiteral("state")).toString();
    return QJsonObject{{QStringLiteral("run"), after},
                       {QStringLiteral("processed"), processed},
                       {QStringLiteral("done"),
                        now != QLatin1String("approving") && now != QLatin1String("paying")}};
}

// ---- Payment files -------------------------------------------------------------------------

QJsonValue runExport(CommandContext &ctx)
{
    const qint64 id = ctx.requireId(QStringLiteral("id"));
    const QString format = ctx.optionalString(QStringLiteral("format"), QStringLiteral("csv"));
    if (format != QLatin1String("csv") && format != QLatin1String("sepa"))
        throw Error::badInput(QStringLiteral("format must be csv or sepa"));
    const QJsonObject run = loadRun(ctx.db(), id, false);
    const QString state = run.value(QStringLiteral("state")).toString();
    const QString currency = run.value(QStringLiteral("currency")).toString();
    if (format == QLatin1String("sepa")) {
        if (currency != QLatin1String("EUR"))
            throw Error::badInput(QStringLiteral("payout run %1 pays %2: SEPA credit transfers "
                                                 "are in EUR (export CSV instead)")
                                      .arg(id)
                                      .arg(currency));
        if (state == QLatin1String("pending") || state == QLatin1String("approving") ||
            state == QLatin1String("canceled"))
            throw Error::conflict(QStringLiteral("payout run %1 is %2: the bank file is made "
                                                 "once every payout of the run is approved")
                                      .arg(id)
                                      .arg(state));
    }
    PayoutFile file;
    file.runId = id;
    file.currency = currency;
    file.createdAt = ctx.now();
    file.executionDate = std::max(ctx.now(), run.value(QStringLiteral("as_of")).toInteger());
    file.debtorName = QStringLiteral("Steward Platform");
    file.debtorIban = demoIban(0);
    Query query(ctx.db(),
                QStringLiteral("SELECT id, payee_user_id, payee_type, amount_minor, state, "
                               "destination_iban, destination_bic FROM payouts WHERE run_id = ? "
                               "AND state %1 ORDER BY id")
                    .arg(format == QLatin1String("sepa")
                             ? QStringLiteral("IN ('approved', 'paid', 'failed', 'returned')")
                             : QStringLiteral("<> 'rejected'")),
                {id});
    while (query.next()) {
        PayoutFileLine line;
        line.payoutId = query.value(0).toLongLong();
        line.payeeUserId = query.value(1).toLongLong();
        line.payeeType = query.value(2).toString();
        line.amountMinor = query.value(3).toLongLong();
        line.currency = currency;
        line.state = query.value(4).toString();
        line.creditorName = QStringLiteral("Steward payee %1").arg(line.payeeUserId);
        line.iban =
            query.value(5).isNull() ? demoIban(line.payeeUserId) : query.value(5).toString();
        line.bic = query.value(6).toString();
        line.reference = QStringLiteral("Steward payout %1 run %2").arg(line.payoutId).arg(id);
        file.lines.append(line);
    }
    const QString content =
        format == QLatin1String("csv") ? payoutCsv(file) : sepaCreditTransferXml(file);
    return QJsonObject{
        {QStringLiteral("run_id"), id},
        {QStringLiteral("format"), format},
        {QStringLiteral("filename"),
         QStringLiteral("steward-payout-run-%1.%2")
             .arg(id)
             .arg(format == QLatin1String("csv") ? QStringLiteral("csv") : QStringLiteral("xml"))},
        {QStringLiteral("count"), file.lines.size()},
        {QStringLiteral("total_minor"), file.totalMinor()},
        {QStringLiteral("total"), money(file.totalMinor(), currency)},
        {QStringLiteral("run_total_minor"), run.value(QStringLiteral("total_minor"))},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("demo_mapping"), true},
        {QStringLiteral("content"), content}};
}

// ---- Reconciliation ------------------------------------------------------------------------

/** The payout, its ledger transactions, and the credits to the payee's payable that funded it,
 *  first in first out: earlier payouts and debits use the oldest credits first. */
QJsonValue reconcile(CommandContext &ctx)
{
    const qint64 id = ctx.requireId(QStringLiteral("id"));
    const QJsonObject payout = loadPayout(ctx.db(), id);
    const PayoutRow p = payoutRow(payout);
    Ledger ledger(ctx.db(), ctx.now());
    const QJsonArray transactions = payoutTransactions(ctx.db(), ledger, id);
    QJsonObject result{{QStringLiteral("payout"), payout},
                       {QStringLiteral("ledger"), transactions}};
    const QString code =
        QStringLiteral("%1_payable/%2/%3").arg(p.payeeType).arg(p.userId).arg(p.currency);
    const QVariant account = Query::scalar(
        ctx.db(), QStringLiteral("SELECT id FROM ledger_accounts WHERE code = ?"), {code});
    result.insert(QStringLiteral("account"), code);
    if (!account.isValid()) {
        result.insert(QStringLiteral("sources"), QJsonArray());
        result.insert(QStringLiteral("funded_minor"), 0);
        return result;
    }
    const qint64 accountId = account.toLongLong();
    // The debit this payout made, if posted; otherwise it would come after every entry so far.
    qint64 approvalEntry = std::numeric_limits<qint64>::max();
    Query own(ctx.db(),
              QStringLiteral("SELECT e.id FROM ledger_entries e JOIN ledger_transactions t ON "
                             "t.id = e.ledger_transaction_id WHERE t.idempotency_key = ? AND "
                             "e.account_id = ? AND e.direction = 'debit'"),
              {QStringLiteral("payout:%1").arg(id), accountId});
    if (own.next())
        approvalEntry = own.value(0).toLongLong();
    // Everything debited before this payout (earlier payouts, refunds) used the oldest credits.
    qint64 consumed =
        Query::scalar(ctx.db(),
                      QStringLiteral("SELECT COALESCE(SUM(amount_minor), 0) FROM ledger_entries "
                                     "WHERE account_id = ? AND direction = 'debit' AND id < ?"),
                      {accountId, approvalEntry})
            .toLongLong();
    // Credits that returned earlier payouts (failed, returned) refill before newer earnings.
    qint64 need = p.amount;
    QJsonArray sources;
    Query credits(ctx.db(),
                  QStringLiteral("SELECT e.amount_minor, t.id, t.kind, t.description, "
                                 "t.source_type, t.source_id, t.posted_at, t.idempotency_key "
                                 "FROM ledger_entries e JOIN ledger_transactions t ON t.id = "
                                 "e.ledger_transaction_id WHERE e.account_id = ? AND "
                                 "e.direction = 'credit' AND e.id < ? ORDER BY e.id"),
                  {accountId, approvalEntry});
    while (need > 0 && credits.next()) {
        qint64 amount = credits.value(0).toLongLong();
        const qint64 used = std::min(amount, consumed);
        consumed -= used;
        amount -= used;
        if (amount <= 0)
            continue;
        const qint64 take = std::min(amount, need);
        need -= take;
        sources.append(
            QJsonObject{{QStringLiteral("transaction_id"), credits.value(1).toLongLong()},
                        {QStringLiteral("kind"), credits.value(2).toString()},
                        {QStringLiteral("description"), credits.value(3).toString()},
                        {QStringLiteral("source_type"), jsonText(credits.value(4))},
                        {QStringLiteral("source_id"), jsonId(credits.value(5))},
                        {QStringLiteral("posted_at"), credits.value(6).toLongLong()},
                        {QStringLiteral("idempotency_key"), jsonText(credits.value(7))},
                        {QStringLiteral("credited_minor"), credits.value(0).toLongLong()},
                        {QStringLiteral("allocated_minor"), take}});
    }
    result.insert(QStringLiteral("sources"), sources);
    result.insert(QStringLiteral("funded_minor"), p.amount - need);
    result.insert(QStringLiteral("unfunded_minor"), need);
    return result;
}

} // namespace

std::optional<Purpose> payablePurposeOf(const QString &payeeType)
{
    if (payeeType == QLatin1String("creator"))
        return Purpose::CreatorPayable;
    if (payeeType == QLatin1String("vendor"))
        return Purpose::VendorPayable;
    if (payeeType == QLatin1String("driver"))
        return Purpose::DriverPayable;
    if (payeeType == QLatin1String("host"))
        return Purpose::HostPayable;
    if (payeeType == QLatin1String("traveler"))
        return Purpose::TravelerPayable;
    if (payeeType == QLatin1String("member"))
        return Purpose::MemberPayable;
    if (payeeType == QLatin1String("dao_grant"))
        return Purpose::DaoGrantPayable;
    return std::nullopt;
}

void setupPayoutService(ServiceLayer &services)
{
    declarePermissions();
    CommandBus &bus = services.bus();
    const auto query = [&bus](const QString &name, const QString &permission,
                              const QString &description,
                              std::function<QJsonValue(CommandContext &)> handle) {
        bus.add({name, permission, description, false, {}, std::move(handle)});
    };
    const auto write = [&bus](const QString &name, const QString &permission,
                              const QString &description,
                              std::function<QJsonValue(CommandContext &)> handle) {
        bus.add({name, permission, description, true, {}, std::move(handle)});
    };
    using P = QString;
    query(QStringLiteral("payouts.payees"), PayoutPermission::View,
          QStringLiteral("Payee balances (available, held, pending), paged by account id: "
                         "payee_type, currency, user_id, after, limit"),
          payees);
    query(QStringLiteral("payouts.payee"), PayoutPermission::View,
          QStringLiteral("One payee's balance and active holds: user_id, payee_type, currency"),
          payee);
    query(QStringLiteral("payouts.holds"), PayoutPermission::View,
          QStringLiteral("Payee holds, newest first: state (active|released|all), user_id, "
                         "before, limit"),
          holdsList);
    write(QStringLiteral("payouts.hold_place"), PayoutPermission::Hold,
          QStringLiteral("Hold money of a payee back from payouts: user_id, payee_type, "
                         "currency, amount_minor, reason"),
          holdPlace);
    write(QStringLiteral("payouts.hold_release"), PayoutPermission::Hold,
          QStringLiteral("Release a payee hold: id, version, reason"), holdRelease);
    query(QStringLiteral("payouts.list"), PayoutPermission::View,
          QStringLiteral("Payouts, newest first: run_id, without_run, state, user_id, "
                         "payee_type, before, limit"),
          payoutList);
    query(QStringLiteral("payouts.get"), PayoutPermission::View,
          QStringLiteral("One payout with its ledger transactions: id"), payoutGet);
    write(QStringLiteral("payouts.approve"), PayoutPermission::Approve,
          QStringLiteral("Approve one pending payout outside a run and post it: id, version, "
                         "note"),
          payoutApprove);
    write(QStringLiteral("payouts.mark_paid"), PayoutPermission::Approve,
          QStringLiteral("An approved payout reached the payee: id, version, external_ref"),
          [](CommandContext &ctx) { return payoutSettle(ctx, P(QStringLiteral("paid"))); });
    write(QStringLiteral("payouts.mark_failed"), PayoutPermission::Approve,
          QStringLiteral("An approved payout could not be sent; re-credits the payee: id, "
                         "version, reason"),
          [](CommandContext &ctx) { return payoutSettle(ctx, P(QStringLiteral("failed"))); });
    write(QStringLiteral("payouts.mark_returned"), PayoutPermission::Approve,
          QStringLiteral("A paid payout came back; re-credits the payee: id, version, reason"),
          [](CommandContext &ctx) { return payoutSettle(ctx, P(QStringLiteral("returned"))); });
    query(QStringLiteral("payouts.run_preview"), PayoutPermission::Prepare,
          QStringLiteral("What a run would pay, writing nothing: currency, payee_type, schedule "
                         "(due|weekly|monthly), as_of, min_amount_minor, payout_ids"),
          runPreview);
    write(QStringLiteral("payouts.run_create"), PayoutPermission::Prepare,
          QStringLiteral("Create a payout run (payouts pending): the preview's parameters and "
                         "note"),
          runCreate);
    query(QStringLiteral("payouts.runs"), PayoutPermission::View,
          QStringLiteral("Payout runs, newest first: state, before, limit"), runList);
    query(QStringLiteral("payouts.run"), PayoutPermission::View,
          QStringLiteral("One payout run with its progress per payout state: id"), runGet);
    write(QStringLiteral("payouts.run_approve"), PayoutPermission::Approve,
          QStringLiteral("Approve a pending run (a second operator above the threshold); then "
                         "run_execute posts its payouts: id, version, note"),
          runApprove);
    write(QStringLiteral("payouts.run_execute"), PayoutPermission::Approve,
          QStringLiteral("Post the next payouts of an approving or paying run, one transaction "
                         "per call; repeat until done: id, limit (1)"),
          runExecute);
    write(QStringLiteral("payouts.run_mark_paid"), PayoutPermission::Approve,
          QStringLiteral("The bank executed an approved run; then run_execute settles its "
                         "payouts: id, version, note"),
          runMarkPaid);
    write(QStringLiteral("payouts.run_cancel"), PayoutPermission::Prepare,
          QStringLiteral("Cancel a pending run: id, version, reason"), runCancel);
    query(QStringLiteral("payouts.export"), PayoutPermission::View,
          QStringLiteral("A run's payment file: id, format (csv|sepa) -> filename, content, "
                         "count, total_minor"),
          runExport);
    query(QStringLiteral("payouts.reconcile"), PayoutPermission::View,
          QStringLiteral("A payout's ledger transactions and the earnings that funded it: id"),
          reconcile);
}

} // namespace Steward::Finance
