#include "ledgerimport.h"

#include "bulkinserter.h"
#include "errors.h"
#include "query.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace Steward::Finance {

namespace {

const QString kScope = QStringLiteral("ledger");

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nullable(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

void insertAll(const QSqlDatabase &db, const QString &table, const char *columns,
               const std::vector<QVariantList> &rows)
{
    if (rows.empty())
        return;
    BulkInserter inserter(db, table, QString::fromLatin1(columns).split(QLatin1Char(' ')));
    for (const QVariantList &row : rows)
        inserter.add(row);
    inserter.flush();
}

} // namespace

LedgerImport::LedgerImport(const QSqlDatabase &db)
{
    Query accounts(db, QStringLiteral("SELECT id, code, kind FROM ledger_accounts"));
    while (accounts.next()) {
        const qint64 id = accounts.value(0).toLongLong();
        if (accounts.value(2).toString() == QLatin1String("liability"))
            m_liabilities.insert(id, accounts.value(1).toString());
        m_accountIds.insert(accounts.value(1).toString(), id);
        m_loadedAccounts.insert(id);
        m_lastAccountId = std::max(m_lastAccountId, id);
    }
    Query balances(db, QStringLiteral("SELECT account_id, debits_posted, credits_posted, "
                                      "debits_pending, credits_pending FROM ledger_balances"));
    while (balances.next())
        m_before.insert(balances.value(0).toLongLong(),
                        {balances.value(1).toLongLong(), balances.value(2).toLongLong(),
                         balances.value(3).toLongLong(), balances.value(4).toLongLong()});
    m_lastTransactionId =
        Query::scalar(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM ledger_transactions"))
            .toLongLong();
    m_lastHoldId =
        Query::scalar(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM ledger_holds"))
            .toLongLong();
}

qint64 LedgerImport::account(Purpose purpose, qint64 ownerId, const QString &currency,
                             qint64 openedAt)
{
    const Account opened = Ledger::accountTemplate(purpose, ownerId, currency);
    const auto existing = m_accountIds.constFind(opened.code);
    if (existing != m_accountIds.constEnd())
        return *existing;
    const qint64 id = ++m_lastAccountId;
    m_accountIds.insert(opened.code, id);
    if (opened.kind == QLatin1String("liability"))
        m_liabilities.insert(id, opened.code);
    m_accounts.push_back(
        {id, opened.code, opened.name, opened.kind, opened.ownerType,
         opened.ownerId > 0 ? QVariant(opened.ownerId) : QVariant(QMetaType::fromType<qint64>()),
         currency, openedAt});
    return id;
}

void LedgerImport::check(const PostRequest &request) const
{
    if (request.idempotencyKey.isEmpty() || request.postings.size() < 2)
        throw Error::internal(
            QStringLiteral("a loaded ledger request needs a key and two postings"));
    QHash<QString, qint64> net;
    for (const Posting &posting : request.postings) {
        if (posting.amount.minorUnits() <= 0 || posting.amount.minorUnits() > Ledger::kMaxAmount)
            throw Error::internal(
                QStringLiteral("%1: an amount out of range").arg(request.idempotencyKey));
        net[posting.amount.currency()] += posting.direction == Direction::Debit
                                              ? posting.amount.minorUnits()
                                              : -posting.amount.minorUnits();
    }
    for (auto it = net.cbegin(); it != net.cend(); ++it) {
        if (it.value() != 0)
            throw Error::internal(
                QStringLiteral("%1 does not balance in %2").arg(request.idempotencyKey, it.key()));
    }
}

void LedgerImport::addTotals(const QList<Posting> &postings, bool pending, int sign)
{
    for (const Posting &posting : postings) {
        Totals &totals = m_totals[posting.accountId];
        const qint64 amount = sign * posting.amount.minorUnits();
        if (posting.direction == Direction::Debit)
            (pending ? totals.debitsPending : totals.debitsPosted) += amount;
        else
            (pending ? totals.creditsPending : totals.creditsPosted) += amount;
    }
}

void LedgerImport::planTransaction(qint64 id, const PostRequest &request, qint64 postedAt)
{
    m_transactions.push_back({id, request.kind, request.description, request.idempotencyKey,
                              nullable(request.sourceType), nullable(request.sourceId),
                              QVariant(QMetaType::fromType<qint64>()),
                              QVariant(QMetaType::fromType<qint64>()), postedAt, postedAt,
                              nullable(request.subscriberId)});
    for (const Posting &posting : request.postings)
        m_entries.push_back({id, posting.accountId, directionName(posting.direction),
                             posting.amount.minorUnits(), posting.amount.currency()});
    ++m_transactionCount;
}

void LedgerImport::planKey(const QString &key, const QString &hash, qint64 resultId, qint64 at)
{
    const QJsonObject response{{QStringLiteral("id"), resultId}};
    m_keys.push_back({kScope, key, hash, QStringLiteral("completed"),
                      QString::fromUtf8(QJsonDocument(response).toJson(QJsonDocument::Compact)), at,
                      at, std::numeric_limits<qint64>::max()});
}

qint64 LedgerImport::post(const PostRequest &request, qint64 effectiveAt)
{
    check(request);
    const qint64 id = ++m_lastTransactionId;
    planTransaction(id, request, effectiveAt);
    planKey(request.idempotencyKey, Ledger::postHash(request), id, effectiveAt);
    addTotals(request.postings, false, +1);
    return id;
}

qint64 LedgerImport::hold(const PostRequest &request, qint64 at)
{
    check(request);
    const qint64 id = ++m_lastHoldId;
    m_pendingHolds.insert(id, {request, at});
    planKey(request.idempotencyKey, Ledger::holdHash(request), id, at);
    addTotals(request.postings, true, +1);
    return id;
}

void LedgerImport::planHold(qint64 id, const PendingHold &hold, const QString &state,
                            qint64 transactionId, qint64 resolvedAt, const QString &reason)
{
    const PostRequest &request = hold.request;
    m_holds.push_back({id, request.kind, request.description, request.idempotencyKey, state,
                       nullable(request.sourceType), nullable(request.sourceId),
                       nullable(transactionId), QVariant(QMetaType::fromType<qint64>()),
                       hold.createdAt, nullable(resolvedAt), nullable(reason)});
    for (const Posting &posting : request.postings)
        m_holdEntries.push_back({id, posting.accountId, directionName(posting.direction),
                                 posting.amount.minorUnits(), posting.amount.currency()});
}

qint64 LedgerImport::capture(qint64 holdId, const QString &idempotencyKey, qint64 at)
{
    const auto hold = m_pendingHolds.constFind(holdId);
    if (hold == m_pendingHolds.constEnd())
        throw Error::internal(QStringLiteral("hold %1 is not pending in this load").arg(holdId));
    PostRequest request = hold->request;
    request.idempotencyKey = idempotencyKey;
    const qint64 id = ++m_lastTransactionId;
    planTransaction(id, request, at);
    planHold(holdId, *hold, QStringLiteral("posted"), id, at, {});
    planKey(idempotencyKey, Ledger::captureHash(holdId), holdId, at);
    addTotals(request.postings, true, -1);
    addTotals(request.postings, false, +1);
    m_pendingHolds.erase(hold);
    return id;
}

void LedgerImport::voidHold(qint64 holdId, const QString &reason, const QString &idempotencyKey,
                            qint64 at)
{
    const auto hold = m_pendingHolds.constFind(holdId);
    if (hold == m_pendingHolds.constEnd())
        throw Error::internal(QStringLiteral("hold %1 is not pending in this load").arg(holdId));
    planHold(holdId, *hold, QStringLiteral("voided"), 0, at, reason.trimmed());
    planKey(idempotencyKey, Ledger::voidHash(holdId, reason), holdId, at);
    addTotals(hold->request.postings, true, -1);
    m_pendingHolds.erase(hold);
}

qint64 LedgerImport::plannedRows() const
{
    return qint64(m_accounts.size() + m_transactions.size() + m_entries.size() + m_holds.size() +
                  m_holdEntries.size() + m_keys.size());
}

void LedgerImport::write(const QSqlDatabase &db) const
{
    insertAll(db, QStringLiteral("ledger_accounts"),
              "id code name kind owner_type owner_id currency created_at", m_accounts);
    insertAll(db, QStringLiteral("ledger_transactions"),
              "id kind description idempotency_key source_type source_id reverses_id operator_id "
              "posted_at effective_at subscriber_id",
              m_transactions);
    insertAll(db, QStringLiteral("ledger_entries"),
              "ledger_transaction_id account_id direction amount_minor currency", m_entries);
    insertAll(db, QStringLiteral("ledger_holds"),
              "id kind description idempotency_key state source_type source_id transaction_id "
              "operator_id created_at resolved_at resolution_reason",
              m_holds);
    insertAll(db, QStringLiteral("ledger_hold_entries"),
              "hold_id account_id direction amount_minor currency", m_holdEntries);
    insertAll(db, QStringLiteral("idempotency_keys"),
              "scope idempotency_key request_hash status response_json created_at completed_at "
              "expires_at",
              m_keys);
}

void LedgerImport::written()
{
    m_accounts.clear();
    m_transactions.clear();
    m_entries.clear();
    m_holds.clear();
    m_holdEntries.clear();
    m_keys.clear();
}

void LedgerImport::finish(const QSqlDatabase &db)
{
    for (auto it = m_liabilities.cbegin(); it != m_liabilities.cend(); ++it) {
        const Totals added = m_totals.value(it.key());
        const Totals before = m_before.value(it.key());
        if (before.creditsPosted + added.creditsPosted - before.debitsPosted - added.debitsPosted -
                before.debitsPending - added.debitsPending <
            0)
            throw Error::internal(
                QStringLiteral("the load leaves %1 below zero available").arg(it.value()));
    }
    // Holds still pending are written as they stand.
    for (auto it = m_pendingHolds.cbegin(); it != m_pendingHolds.cend(); ++it)
        planHold(it.key(), it.value(), QStringLiteral("pending"), 0, 0, {});
    write(db);
    written();

    std::vector<QVariantList> fresh;
    Query upsert(db);
    upsert.prepare(QStringLiteral(
        "INSERT INTO ledger_balances (account_id, debits_posted, credits_posted, "
        "debits_pending, credits_pending) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (account_id) DO UPDATE SET "
        "debits_posted = ledger_balances.debits_posted + excluded.debits_posted, "
        "credits_posted = ledger_balances.credits_posted + excluded.credits_posted, "
        "debits_pending = ledger_balances.debits_pending + excluded.debits_pending, "
        "credits_pending = ledger_balances.credits_pending + excluded.credits_pending"));
    // Every account gets its balance row, also one the load opened and never used.
    for (auto it = m_accountIds.cbegin(); it != m_accountIds.cend(); ++it) {
        const Totals totals = m_totals.value(it.value());
        const QVariantList row{it.value(), totals.debitsPosted, totals.creditsPosted,
                               totals.debitsPending, totals.creditsPending};
        if (m_loadedAccounts.contains(it.value()))
            upsert.exec(row);
        else
            fresh.push_back(row);
    }
    insertAll(db, QStringLiteral("ledger_balances"),
              "account_id debits_posted credits_posted debits_pending credits_pending", fresh);
}

} // namespace Steward::Finance
