#include "financeservice.h"

#include "ledger.h"
#include "payoutservice.h"
#include "postinghandlers.h"
#include "query.h"
#include "revenuecommands.h"
#include "servicelayer.h"

#include <QJsonArray>

#include <cmath>

namespace Steward::Finance {

namespace {

void declarePermissions()
{
    Permissions::declare(Permission::View,
                         QStringLiteral("See ledger accounts, balances and transactions"),
                         {Role::Finance, Role::Admin});
    Permissions::declare(Permission::Post,
                         QStringLiteral("Post a balanced ledger transaction by hand"),
                         {Role::Finance, Role::Admin});
    Permissions::declare(Permission::Reverse,
                         QStringLiteral("Reverse a posted ledger transaction, with a reason"),
                         {Role::Finance, Role::Admin});
}

Ledger ledgerFor(CommandContext &ctx)
{
    return Ledger(ctx.db(), ctx.now(), ctx.principal().operatorId);
}

/** An integer amount in minor units from JSON, refusing fractions and values past the limit
 *  before they are converted. */
qint64 amountOf(const QJsonValue &value, const QString &where)
{
    if (!value.isDouble())
        throw Error::badInput(QStringLiteral("%1: amount_minor must be a whole number of minor "
                                             "units")
                                  .arg(where));
    const double amount = value.toDouble();
    if (std::floor(amount) != amount)
        throw Error::badInput(
            QStringLiteral("%1: amount_minor must be a whole number of minor units").arg(where));
    if (std::fabs(amount) > double(Ledger::kMaxAmount))
        throw Error::badInput(QStringLiteral("%1: amount %2 is larger than the ledger's limit "
                                             "of %3 minor units")
                                  .arg(where)
                                  .arg(amount, 0, 'f', 0)
                                  .arg(Ledger::kMaxAmount));
    return qint64(amount);
}

Posting postingFrom(Ledger &ledger, const QJsonValue &value, int index)
{
    const QString where = QStringLiteral("entries[%1]").arg(index);
    if (!value.isObject())
        throw Error::badInput(QStringLiteral("%1 must be an object").arg(where));
    const QJsonObject entry = value.toObject();
    const QString currency = entry.value(QStringLiteral("currency")).toString().trimmed();
    if (currency.isEmpty())
        throw Error::badInput(QStringLiteral("%1: currency is required").arg(where));
    const auto direction = directionFromName(entry.value(QStringLiteral("direction")).toString());
    if (!direction)
        throw Error::badInput(
            QStringLiteral("%1: direction must be \"debit\" or \"credit\"").arg(where));
    const qint64 amount = amountOf(entry.value(QStringLiteral("amount_minor")), where);
    qint64 accountId = 0;
    if (entry.contains(QStringLiteral("account_id"))) {
        accountId = entry.value(QStringLiteral("account_id")).toInteger();
        ledger.accountById(accountId);
    } else if (entry.contains(QStringLiteral("account"))) {
        accountId = ledger.accountByCode(entry.value(QStringLiteral("account")).toString()).id;
    } else {
        const QString name = entry.value(QStringLiteral("purpose")).toString();
        const auto purpose = purposeFromName(name);
        if (!purpose)
            throw Error::badInput(QStringLiteral("%1: name the account by account_id, account "
                                                 "(code) or purpose (%2)")
                                      .arg(where, purposeNames().join(QStringLiteral(", "))));
        if (!Ledger::isKnownCurrency(currency))
            throw Error::badInput(QStringLiteral("unknown currency \"%1\"").arg(currency));
        accountId =
            ledger.account(*purpose, entry.value(QStringLiteral("owner_id")).toInteger(), currency)
                .id;
    }
    return {accountId, *direction, Money(amount, currency)};
}

/** @p transaction as JSON, each entry naming its account's code so a reader needs no lookup. */
QJsonObject withAccountCodes(const Ledger &ledger, const Transaction &transaction)
{
    QJsonObject json = transaction.toJson();
    QJsonArray entries;
    for (const QJsonValue &value : json.value(QStringLiteral("entries")).toArray()) {
        QJsonObject entry = value.toObject();
        entry.insert(
            QStringLiteral("account"),
            ledger.accountById(entry.value(QStringLiteral("account_id")).toInteger()).code);
        entries.append(entry);
    }
    json.insert(QStringLiteral("entries"), entries);
    return json;
}

QJsonValue accounts(CommandContext &ctx)
{
    const Ledger ledger = ledgerFor(ctx);
    const qint64 after = ctx.optionalInteger(QStringLiteral("after"), 0);
    const qint64 limit = ctx.optionalInteger(QStringLiteral("limit"), 50);
    if (limit < 1 || limit > 500)
        throw Error::badInput(QStringLiteral("limit must be between 1 and 500"));
    QString sql = QStringLiteral("SELECT id FROM ledger_accounts WHERE id > ?");
    QVariantList values{after};
    const QString ownerType = ctx.optionalString(QStringLiteral("owner_type"));
    if (!ownerType.isEmpty()) {
        sql += QStringLiteral(" AND owner_type = ?");
        values << ownerType;
    }
    const qint64 ownerId = ctx.optionalInteger(QStringLiteral("owner_id"), 0);
    if (ownerId != 0) {
        sql += QStringLiteral(" AND owner_id = ?");
        values << ownerId;
    }
    const QString purpose = ctx.optionalString(QStringLiteral("purpose"));
    if (!purpose.isEmpty()) {
        if (!purposeFromName(purpose))
            throw Error::badInput(QStringLiteral("unknown purpose \"%1\" (one of %2)")
                                      .arg(purpose, purposeNames().join(QStringLiteral(", "))));
        sql += QStringLiteral(" AND substr(code, 1, ?) = ?");
        values << purpose.size() + 1 << purpose + QLatin1Char('/');
    }
    const QString currency = ctx.optionalString(QStringLiteral("currency"));
    if (!currency.isEmpty()) {
        sql += QStringLiteral(" AND currency = ?");
        values << currency;
    }
    sql += QStringLiteral(" ORDER BY id LIMIT ?");
    values << limit;
    QList<qint64> ids;
    Query query(ctx.db(), sql, values);
    while (query.next())
        ids << query.value(0).toLongLong();
    QJsonArray rows;
    for (qint64 id : std::as_const(ids))
        rows.append(ledger.balance(id).toJson());
    const qint64 last = ids.isEmpty() ? 0 : ids.last();
    return QJsonObject{
        {QStringLiteral("rows"), rows},
        {QStringLiteral("next_after"), rows.size() == limit ? QJsonValue(last) : QJsonValue()}};
}

QJsonValue balance(CommandContext &ctx)
{
    const Ledger ledger = ledgerFor(ctx);
    const QString code = ctx.optionalString(QStringLiteral("account"));
    const qint64 id = code.isEmpty() ? ctx.requireId(QStringLiteral("account_id"))
                                     : ledger.accountByCode(code).id;
    return ledger.balance(id).toJson();
}

QJsonValue transaction(CommandContext &ctx)
{
    const Ledger ledger = ledgerFor(ctx);
    return withAccountCodes(ledger, ledger.transaction(ctx.requireId(QStringLiteral("id"))));
}

QJsonValue post(CommandContext &ctx)
{
    Ledger ledger = ledgerFor(ctx);
    PostRequest request;
    request.kind = ctx.requireString(QStringLiteral("kind"));
    request.description = ctx.requireString(QStringLiteral("description"));
    request.idempotencyKey = ctx.requireString(QStringLiteral("idempotency_key"));
    request.sourceType = ctx.optionalString(QStringLiteral("source_type"));
    request.sourceId = ctx.optionalInteger(QStringLiteral("source_id"), 0);
    const QJsonValue entries = ctx.params().value(QStringLiteral("entries"));
    if (!entries.isArray())
        throw Error::badInput(QStringLiteral("entries must be a list of debits and credits"));
    const QJsonArray list = entries.toArray();
    for (qsizetype i = 0; i < list.size(); ++i)
        request.postings << postingFrom(ledger, list.at(i), int(i));
    const Transaction result = ledger.post(request);
    if (!result.isReplay) {
        ctx.audit({QStringLiteral("ledger_transaction"),
                   QString::number(result.id),
                   {},
                   result.toJson(),
                   {}});
        ctx.emitEvent(QStringLiteral("finance.transaction_posted"),
                      QStringLiteral("ledger_transaction"), QString::number(result.id),
                      {{QStringLiteral("kind"), result.kind}});
    }
    return withAccountCodes(ledger, result);
}

QJsonValue reverse(CommandContext &ctx)
{
    Ledger ledger = ledgerFor(ctx);
    const qint64 id = ctx.requireId(QStringLiteral("id"));
    const QString reason = ctx.requireString(QStringLiteral("reason"));
    const Transaction result =
        ledger.reverse(id, reason, ctx.requireString(QStringLiteral("idempotency_key")));
    if (!result.isReplay) {
        ctx.audit({QStringLiteral("ledger_transaction"), QString::number(id),
                   QJsonObject{{QStringLiteral("reversed_by_id"), QJsonValue()}},
                   QJsonObject{{QStringLiteral("reversed_by_id"), result.id}}, reason});
        ctx.emitEvent(QStringLiteral("finance.transaction_reversed"),
                      QStringLiteral("ledger_transaction"), QString::number(id),
                      {{QStringLiteral("reversal_id"), result.id}});
    }
    return withAccountCodes(ledger, result);
}

/** @p hold as JSON, each entry naming its account's code. */
QJsonObject holdWithAccountCodes(const Ledger &ledger, const Hold &hold)
{
    QJsonObject json = hold.toJson();
    QJsonArray entries;
    for (const QJsonValue &value : json.value(QStringLiteral("entries")).toArray()) {
        QJsonObject entry = value.toObject();
        entry.insert(
            QStringLiteral("account"),
            ledger.accountById(entry.value(QStringLiteral("account_id")).toInteger()).code);
        entries.append(entry);
    }
    json.insert(QStringLiteral("entries"), entries);
    return json;
}

QJsonValue placeHold(CommandContext &ctx)
{
    Ledger ledger = ledgerFor(ctx);
    PostRequest request;
    request.kind = ctx.requireString(QStringLiteral("kind"));
    request.description = ctx.requireString(QStringLiteral("description"));
    request.idempotencyKey = ctx.requireString(QStringLiteral("idempotency_key"));
    request.sourceType = ctx.optionalString(QStringLiteral("source_type"));
    request.sourceId = ctx.optionalInteger(QStringLiteral("source_id"), 0);
    const QJsonValue entries = ctx.params().value(QStringLiteral("entries"));
    if (!entries.isArray())
        throw Error::badInput(QStringLiteral("entries must be a list of debits and credits"));
    const QJsonArray list = entries.toArray();
    for (qsizetype i = 0; i < list.size(); ++i)
        request.postings << postingFrom(ledger, list.at(i), int(i));
    const Hold result = ledger.hold(request);
    if (!result.isReplay) {
        ctx.audit(
            {QStringLiteral("ledger_hold"), QString::number(result.id), {}, result.toJson(), {}});
        ctx.emitEvent(QStringLiteral("finance.hold_placed"), QStringLiteral("ledger_hold"),
                      QString::number(result.id), {{QStringLiteral("kind"), result.kind}});
    }
    return holdWithAccountCodes(ledger, result);
}

QJsonValue resolveHold(CommandContext &ctx, bool capture)
{
    Ledger ledger = ledgerFor(ctx);
    const qint64 id = ctx.requireId(QStringLiteral("id"));
    const QString key = ctx.requireString(QStringLiteral("idempotency_key"));
    const QString reason = capture ? QString() : ctx.requireString(QStringLiteral("reason"));
    const QJsonObject before = ledger.holdById(id).toJson();
    const Hold result = capture ? ledger.capture(id, key) : ledger.voidHold(id, reason, key);
    if (!result.isReplay) {
        ctx.audit(
            {QStringLiteral("ledger_hold"), QString::number(id), before, result.toJson(), reason});
        ctx.emitEvent(
            capture ? QStringLiteral("finance.hold_captured")
                    : QStringLiteral("finance.hold_voided"),
            QStringLiteral("ledger_hold"), QString::number(id),
            {{QStringLiteral("transaction_id"),
              result.transactionId == 0 ? QJsonValue() : QJsonValue(result.transactionId)}});
    }
    return holdWithAccountCodes(ledger, result);
}

} // namespace

void setupFinanceService(ServiceLayer &services)
{
    declarePermissions();
    registerPostingHandlers(services);
    registerRevenueCommands(services);
    CommandBus &bus = services.bus();
    bus.add({QStringLiteral("finance.accounts"),
             Permission::View,
             QStringLiteral("Ledger accounts with balances, paged by id: owner_type, owner_id, "
                            "purpose, currency, after, limit"),
             false,
             {},
             accounts});
    bus.add({QStringLiteral("finance.balance"),
             Permission::View,
             QStringLiteral("One account's posted, pending, held and available balance: "
                            "account_id or account (code)"),
             false,
             {},
             balance});
    bus.add({QStringLiteral("finance.transaction"),
             Permission::View,
             QStringLiteral("A ledger transaction with its entries and reversal link: id"),
             false,
             {},
             transaction});
    bus.add({QStringLiteral("finance.post"),
             Permission::Post,
             QStringLiteral("Post a balanced transaction: kind, description, idempotency_key, "
                            "entries [{account_id | account | purpose + owner_id, direction, "
                            "amount_minor, currency}], source_type, source_id"),
             true,
             {},
             post});
    bus.add({QStringLiteral("finance.reverse"),
             Permission::Reverse,
             QStringLiteral("Reverse a posted transaction once: id, reason, idempotency_key"),
             true,
             {},
             reverse});
    bus.add({QStringLiteral("finance.hold"),
             Permission::Post,
             QStringLiteral("Reserve a balanced transaction without posting it (two-phase): "
                            "kind, description, idempotency_key, entries (as finance.post), "
                            "source_type, source_id"),
             true,
             {},
             placeHold});
    bus.add({QStringLiteral("finance.capture"),
             Permission::Post,
             QStringLiteral("Post a pending hold as one transaction, once: id, idempotency_key"),
             true,
             {},
             [](CommandContext &ctx) { return resolveHold(ctx, true); }});
    bus.add({QStringLiteral("finance.void"),
             Permission::Post,
             QStringLiteral("Release a pending hold, once: id, reason, idempotency_key"),
             true,
             {},
             [](CommandContext &ctx) { return resolveHold(ctx, false); }});
    setupPayoutService(services);
}

} // namespace Steward::Finance
