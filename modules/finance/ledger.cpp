#include "ledger.h"

#include "errors.h"
#include "revenue.h"
#include "query.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

#include <limits>

namespace Steward::Finance {

namespace {

const QString kScope = QStringLiteral("ledger");

struct PurposeInfo
{
    Purpose purpose;
    const char *name;
    const char *title;
    const char *kind;
    const char *ownerType;
};

const QList<PurposeInfo> &purposes()
{
    static const QList<PurposeInfo> list{
        {Purpose::CreatorPayable, "creator_payable", "Creator payable", "liability", "user"},
        {Purpose::VendorPayable, "vendor_payable", "Vendor payable", "liability", "user"},
        {Purpose::DriverPayable, "driver_payable", "Driver payable", "liability", "user"},
        {Purpose::HostPayable, "host_payable", "Host payable", "liability", "user"},
        {Purpose::TravelerPayable, "traveler_payable", "Traveler payable", "liability", "user"},
        {Purpose::Escrow, "escrow", "Parcel escrow", "liability", "user"},
        {Purpose::PlatformRevenue, "platform_revenue", "Platform revenue", "revenue", "platform"},
        {Purpose::DaoTreasury, "dao_treasury", "DAO treasury", "liability", "dao"},
        {Purpose::ProcessorClearing, "processor_clearing", "Processor clearing", "asset",
         "platform"},
        {Purpose::Refunds, "refunds", "Refunds", "expense", "platform"},
        {Purpose::PayoutClearing, "payout_clearing", "Payout clearing", "liability", "platform"},
        {Purpose::MemberPayable, "member_payable", "Member payable", "liability", "user"},
        {Purpose::MemberRewards, "member_rewards", "Member rewards", "expense", "platform"},
        {Purpose::DaoGrantPayable, "dao_grant_payable", "DAO grant payable", "liability", "user"},
    };
    return list;
}

const PurposeInfo &info(Purpose purpose)
{
    for (const PurposeInfo &entry : purposes()) {
        if (entry.purpose == purpose)
            return entry;
    }
    throw Error::internal(QStringLiteral("unknown ledger purpose"));
}

/** Running totals of one account, as ledger_balances stores them. */
struct Totals
{
    qint64 debitsPosted = 0;
    qint64 creditsPosted = 0;
    qint64 debitsPending = 0;
    qint64 creditsPending = 0;
};

qint64 checkedAdd(qint64 a, qint64 b, const QString &what)
{
    qint64 sum = 0;
    if (__builtin_add_overflow(a, b, &sum) || sum < 0)
        throw Error::badInput(QStringLiteral("%1 would overflow").arg(what));
    return sum;
}

Balance balanceOf(const Account &account, const Totals &totals)
{
    Balance balance;
    balance.account = account;
    balance.postedNet = totals.debitsPosted - totals.creditsPosted;
    if (account.isDebitNormal()) {
        balance.posted = totals.debitsPosted - totals.creditsPosted;
        balance.held = totals.creditsPending;
        balance.pending = totals.debitsPending;
    } else {
        balance.posted = totals.creditsPosted - totals.debitsPosted;
        balance.held = totals.debitsPending;
        balance.pending = totals.creditsPending;
    }
    if (__builtin_sub_overflow(balance.posted, balance.held, &balance.available))
        throw Error::internal(QStringLiteral("balance of %1 out of range").arg(account.code));
    return balance;
}

QString hashOf(const QJsonObject &request)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(request).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

QJsonArray postingsJson(const QList<Posting> &postings)
{
    QJsonArray array;
    for (const Posting &posting : postings) {
        // Amounts as text: the request hash must not depend on double precision.
        array.append(QJsonObject{
            {QStringLiteral("account_id"), posting.accountId},
            {QStringLiteral("direction"), directionName(posting.direction)},
            {QStringLiteral("amount_minor"), QString::number(posting.amount.minorUnits())},
            {QStringLiteral("currency"), posting.amount.currency()}});
    }
    return array;
}

/** The hash of a post or hold request (@p op), as its idempotency key stores it. */
QString requestHash(const QString &op, const PostRequest &request)
{
    return hashOf({{QStringLiteral("op"), op},
                   {QStringLiteral("kind"), request.kind},
                   {QStringLiteral("description"), request.description},
                   {QStringLiteral("source_type"), request.sourceType},
                   {QStringLiteral("source_id"), QString::number(request.sourceId)},
                   {QStringLiteral("postings"), postingsJson(request.postings)}});
}

/** The first result of a replayed request, read by @p read and marked as a replay; nullopt
 *  when @p first is (the key is new). */
template <typename Result, typename Read>
std::optional<Result> asReplay(std::optional<qint64> first, Read read)
{
    if (!first)
        return std::nullopt;
    Result result = read(*first);
    result.isReplay = true;
    return result;
}

QJsonArray entriesJson(const QList<Posting> &postings)
{
    QJsonArray array;
    for (const Posting &posting : postings) {
        array.append(QJsonObject{{QStringLiteral("account_id"), posting.accountId},
                                 {QStringLiteral("direction"), directionName(posting.direction)},
                                 {QStringLiteral("amount_minor"), posting.amount.minorUnits()},
                                 {QStringLiteral("currency"), posting.amount.currency()}});
    }
    return array;
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nullable(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

Account readAccount(Query &query)
{
    Account account;
    account.id = query.value(0).toLongLong();
    account.code = query.value(1).toString();
    account.name = query.value(2).toString();
    account.kind = query.value(3).toString();
    account.ownerType = query.value(4).toString();
    account.ownerId = query.value(5).toLongLong();
    account.currency = query.value(6).toString();
    return account;
}

const QString kAccountColumns =
    QStringLiteral("id, code, name, kind, owner_type, owner_id, currency");

/** The balances of the accounts one request touches, locked for the rest of the transaction
 *  (in account order, so concurrent requests cannot deadlock), changed in memory, checked, and
 *  only then written. */
class BalanceChange
{
public:
    BalanceChange(const QSqlDatabase &db, const Ledger &ledger, const QList<Posting> &postings)
        : m_db(db)
    {
        QList<qint64> ids;
        for (const Posting &posting : postings)
            ids << posting.accountId;
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        for (qint64 id : std::as_const(ids)) {
            // A no-op update takes the row lock on PostgreSQL; SQLite writers are serialized.
            Query(m_db,
                  QStringLiteral("UPDATE ledger_balances SET account_id = account_id "
                                 "WHERE account_id = ?"),
                  {id});
            Query query(m_db,
                        QStringLiteral("SELECT debits_posted, credits_posted, debits_pending, "
                                       "credits_pending FROM ledger_balances WHERE account_id = ?"),
                        {id});
            if (!query.next())
                throw Error::notFound(QStringLiteral("no ledger account %1").arg(id));
            m_totals.insert(id, {query.value(0).toLongLong(), query.value(1).toLongLong(),
                                 query.value(2).toLongLong(), query.value(3).toLongLong()});
            m_accounts.insert(id, ledger.accountById(id));
        }
    }

    enum class Column { Posted, Pending };
    void add(const QList<Posting> &postings, Column column, int sign)
    {
        for (const Posting &posting : postings) {
            Totals &totals = m_totals[posting.accountId];
            const bool debit = posting.direction == Direction::Debit;
            qint64 &field = column == Column::Posted
                                ? (debit ? totals.debitsPosted : totals.creditsPosted)
                                : (debit ? totals.debitsPending : totals.creditsPending);
            const qint64 amount = posting.amount.minorUnits();
            field = sign > 0 ? checkedAdd(field, amount,
                                          QStringLiteral("the totals of %1")
                                              .arg(m_accounts.value(posting.accountId).code))
                             : field - amount;
            if (field < 0)
                throw Error::internal(QStringLiteral("pending totals of %1 below zero")
                                          .arg(m_accounts.value(posting.accountId).code));
        }
    }

    /** Refuses when an account that may not go negative would have less than zero available. */
    void checkAvailable(const QString &what) const
    {
        for (auto it = m_totals.cbegin(); it != m_totals.cend(); ++it) {
            const Account &account = m_accounts.value(it.key());
            const Balance after = balanceOf(account, it.value());
            if (!account.mayGoNegative() && after.available < 0) {
                const Money short_(-after.available, account.currency);
                throw Error::badInput(QStringLiteral("%1 exceeds what %2 has available (short "
                                                     "by %3)")
                                          .arg(what, account.code, short_.toString()));
            }
        }
    }

    void write() const
    {
        for (auto it = m_totals.cbegin(); it != m_totals.cend(); ++it) {
            Query(m_db,
                  QStringLiteral("UPDATE ledger_balances SET debits_posted = ?, "
                                 "credits_posted = ?, debits_pending = ?, credits_pending = ? "
                                 "WHERE account_id = ?"),
                  {it->debitsPosted, it->creditsPosted, it->debitsPending, it->creditsPending,
                   it.key()});
        }
    }

private:
    QSqlDatabase m_db;
    QMap<qint64, Totals> m_totals;
    QMap<qint64, Account> m_accounts;
};

QList<Posting> mirrored(const QList<Posting> &postings)
{
    QList<Posting> result = postings;
    for (Posting &posting : result)
        posting.direction =
            posting.direction == Direction::Debit ? Direction::Credit : Direction::Debit;
    return result;
}

} // namespace

QString purposeName(Purpose purpose)
{
    return QString::fromLatin1(info(purpose).name);
}

std::optional<Purpose> purposeFromName(const QString &name)
{
    for (const PurposeInfo &entry : purposes()) {
        if (name == QLatin1String(entry.name))
            return entry.purpose;
    }
    return std::nullopt;
}

QStringList purposeNames()
{
    QStringList names;
    for (const PurposeInfo &entry : purposes())
        names << QString::fromLatin1(entry.name);
    return names;
}

bool isUserOwned(Purpose purpose)
{
    return qstrcmp(info(purpose).ownerType, "user") == 0;
}

QString directionName(Direction direction)
{
    return direction == Direction::Debit ? QStringLiteral("debit") : QStringLiteral("credit");
}

std::optional<Direction> directionFromName(const QString &name)
{
    if (name == QLatin1String("debit"))
        return Direction::Debit;
    if (name == QLatin1String("credit"))
        return Direction::Credit;
    return std::nullopt;
}

bool Account::isDebitNormal() const
{
    return kind == QLatin1String("asset") || kind == QLatin1String("expense");
}

bool Account::mayGoNegative() const
{
    return kind != QLatin1String("liability");
}

QJsonObject Account::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("code"), code},
            {QStringLiteral("name"), name},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("owner_type"), ownerType},
            {QStringLiteral("owner_id"), ownerId == 0 ? QJsonValue() : QJsonValue(ownerId)},
            {QStringLiteral("currency"), currency}};
}

QJsonObject Balance::toJson() const
{
    return {{QStringLiteral("account"), account.toJson()},
            {QStringLiteral("currency"), account.currency},
            {QStringLiteral("posted_minor"), posted},
            {QStringLiteral("pending_minor"), pending},
            {QStringLiteral("held_minor"), held},
            {QStringLiteral("available_minor"), available},
            {QStringLiteral("available"), Money(available, account.currency).toString()}};
}

QJsonObject Transaction::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("description"), description},
        {QStringLiteral("idempotency_key"), idempotencyKey},
        {QStringLiteral("source_type"), sourceType},
        {QStringLiteral("source_id"), sourceId == 0 ? QJsonValue() : QJsonValue(sourceId)},
        {QStringLiteral("reverses_id"), reversesId == 0 ? QJsonValue() : QJsonValue(reversesId)},
        {QStringLiteral("reversed_by_id"),
         reversedById == 0 ? QJsonValue() : QJsonValue(reversedById)},
        {QStringLiteral("operator_id"), operatorId == 0 ? QJsonValue() : QJsonValue(operatorId)},
        {QStringLiteral("posted_at"), postedAt},
        {QStringLiteral("effective_at"), effectiveAt},
        {QStringLiteral("subscriber_id"),
         subscriberId == 0 ? QJsonValue() : QJsonValue(subscriberId)},
        {QStringLiteral("entries"), entriesJson(postings)},
        {QStringLiteral("replay"), isReplay}};
}

QJsonObject Hold::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("description"), description},
        {QStringLiteral("idempotency_key"), idempotencyKey},
        {QStringLiteral("state"), state},
        {QStringLiteral("source_type"), sourceType},
        {QStringLiteral("source_id"), sourceId == 0 ? QJsonValue() : QJsonValue(sourceId)},
        {QStringLiteral("transaction_id"),
         transactionId == 0 ? QJsonValue() : QJsonValue(transactionId)},
        {QStringLiteral("created_at"), createdAt},
        {QStringLiteral("resolved_at"), resolvedAt == 0 ? QJsonValue() : QJsonValue(resolvedAt)},
        {QStringLiteral("resolution_reason"), resolutionReason},
        {QStringLiteral("entries"), entriesJson(postings)},
        {QStringLiteral("replay"), isReplay}};
}

Ledger::Ledger(QSqlDatabase db, qint64 now, qint64 operatorId)
    : m_db(std::move(db)), m_now(now), m_operatorId(operatorId)
{}

bool Ledger::isKnownCurrency(const QString &currency)
{
    // The currencies the platform charges and pays out in.
    static const QStringList known{
        QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"), QStringLiteral("CHF"),
        QStringLiteral("SEK"), QStringLiteral("NOK"), QStringLiteral("DKK"), QStringLiteral("PLN"),
        QStringLiteral("CZK"), QStringLiteral("HUF"), QStringLiteral("RON"), QStringLiteral("CAD"),
        QStringLiteral("AUD"), QStringLiteral("NZD"), QStringLiteral("JPY"), QStringLiteral("NGN"),
        QStringLiteral("KES"), QStringLiteral("GHS"), QStringLiteral("ZAR"), QStringLiteral("BRL"),
        QStringLiteral("MXN"), QStringLiteral("INR"), QStringLiteral("KWD")};
    return known.contains(currency);
}

Account Ledger::accountTemplate(Purpose purpose, qint64 ownerId, const QString &currency)
{
    if (!isKnownCurrency(currency))
        throw Error::badInput(QStringLiteral("unknown currency \"%1\"").arg(currency));
    const PurposeInfo &entry = info(purpose);
    const bool userOwned = isUserOwned(purpose);
    if (userOwned && ownerId <= 0)
        throw Error::badInput(
            QStringLiteral("a %1 account needs the user it belongs to").arg(purposeName(purpose)));
    if (!userOwned && ownerId != 0)
        throw Error::badInput(
            QStringLiteral("a %1 account belongs to no user").arg(purposeName(purpose)));
    Account account;
    account.code =
        userOwned ? QStringLiteral("%1/%2/%3").arg(purposeName(purpose)).arg(ownerId).arg(currency)
                  : QStringLiteral("%1/%2").arg(purposeName(purpose), currency);
    account.name = userOwned ? QStringLiteral("%1, user %2 (%3)")
                                   .arg(QLatin1String(entry.title))
                                   .arg(ownerId)
                                   .arg(currency)
                             : QStringLiteral("%1 (%2)").arg(QLatin1String(entry.title), currency);
    account.kind = QString::fromLatin1(entry.kind);
    account.ownerType = QString::fromLatin1(entry.ownerType);
    account.ownerId = userOwned ? ownerId : 0;
    account.currency = currency;
    return account;
}

QString Ledger::postHash(const PostRequest &request)
{
    return requestHash(QStringLiteral("post"), request);
}

QString Ledger::holdHash(const PostRequest &request)
{
    return requestHash(QStringLiteral("hold"), request);
}

QString Ledger::captureHash(qint64 holdId)
{
    return hashOf(
        {{QStringLiteral("op"), QStringLiteral("capture")}, {QStringLiteral("hold_id"), holdId}});
}

QString Ledger::voidHash(qint64 holdId, const QString &reason)
{
    return hashOf({{QStringLiteral("op"), QStringLiteral("void")},
                   {QStringLiteral("hold_id"), holdId},
                   {QStringLiteral("reason"), reason.trimmed()}});
}

Account Ledger::account(Purpose purpose, qint64 ownerId, const QString &currency)
{
    const Account opened = accountTemplate(purpose, ownerId, currency);
    const bool userOwned = isUserOwned(purpose);
    const QString &code = opened.code;
    Query existing(
        m_db, QStringLiteral("SELECT %1 FROM ledger_accounts WHERE code = ?").arg(kAccountColumns),
        {code});
    if (existing.next())
        return readAccount(existing);
    if (userOwned &&
        !Query::scalar(m_db, QStringLiteral("SELECT id FROM users WHERE id = ?"), {ownerId})
             .isValid())
        throw Error::notFound(QStringLiteral("no user %1").arg(ownerId));
    // ON CONFLICT: two requests opening the same account at once both get the one account.
    Query(m_db,
          QStringLiteral("INSERT INTO ledger_accounts (code, name, kind, owner_type, owner_id, "
                         "currency, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                         "ON CONFLICT (code) DO NOTHING"),
          {code, opened.name, opened.kind, opened.ownerType,
           userOwned ? QVariant(ownerId) : QVariant(QMetaType::fromType<qint64>()), currency,
           m_now});
    const Account account = accountByCode(code);
    Query(m_db,
          QStringLiteral("INSERT INTO ledger_balances (account_id) VALUES (?) "
                         "ON CONFLICT (account_id) DO NOTHING"),
          {account.id});
    return account;
}

Account Ledger::accountById(qint64 id) const
{
    Query query(m_db,
                QStringLiteral("SELECT %1 FROM ledger_accounts WHERE id = ?").arg(kAccountColumns),
                {id});
    if (!query.next())
        throw Error::notFound(QStringLiteral("no ledger account %1").arg(id));
    return readAccount(query);
}

Account Ledger::accountByCode(const QString &code) const
{
    Query query(
        m_db, QStringLiteral("SELECT %1 FROM ledger_accounts WHERE code = ?").arg(kAccountColumns),
        {code});
    if (!query.next())
        throw Error::notFound(QStringLiteral("no ledger account \"%1\"").arg(code));
    return readAccount(query);
}

Balance Ledger::balance(qint64 accountId) const
{
    const Account account = accountById(accountId);
    Query query(m_db,
                QStringLiteral("SELECT debits_posted, credits_posted, debits_pending, "
                               "credits_pending FROM ledger_balances WHERE account_id = ?"),
                {accountId});
    Totals totals;
    if (query.next())
        totals = {query.value(0).toLongLong(), query.value(1).toLongLong(),
                  query.value(2).toLongLong(), query.value(3).toLongLong()};
    return balanceOf(account, totals);
}

void Ledger::validate(const PostRequest &request) const
{
    if (request.idempotencyKey.trimmed().isEmpty())
        throw Error::badInput(QStringLiteral("an idempotency key is required"));
    if (request.kind.trimmed().isEmpty())
        throw Error::badInput(QStringLiteral("a transaction kind is required"));
    if (request.description.trimmed().isEmpty())
        throw Error::badInput(QStringLiteral("a description is required"));
    if (request.postings.size() < 2)
        throw Error::badInput(QStringLiteral("a transaction needs at least one debit and one "
                                             "credit"));
    // Per currency: debits and credits, summed with overflow checks.
    QMap<QString, std::pair<qint64, qint64>> sums;
    for (const Posting &posting : request.postings) {
        const QString currency = posting.amount.currency();
        const qint64 amount = posting.amount.minorUnits();
        if (!isKnownCurrency(currency))
            throw Error::badInput(QStringLiteral("unknown currency \"%1\"").arg(currency));
        if (amount <= 0)
            throw Error::badInput(QStringLiteral("amounts must be positive, not %1").arg(amount));
        if (amount > kMaxAmount)
            throw Error::badInput(QStringLiteral("amount %1 is larger than the ledger's limit "
                                                 "of %2 minor units")
                                      .arg(amount)
                                      .arg(kMaxAmount));
        const Account account = accountById(posting.accountId);
        if (account.currency != currency)
            throw Error::badInput(QStringLiteral("account %1 is kept in %2, not %3")
                                      .arg(account.code, account.currency, currency));
        auto &[debits, credits] = sums[currency];
        qint64 &side = posting.direction == Direction::Debit ? debits : credits;
        side = checkedAdd(side, amount, QStringLiteral("the %1 total").arg(currency));
    }
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        if (it->first != it->second)
            throw Error::badInput(QStringLiteral("unbalanced: %1 debited but %2 credited")
                                      .arg(Money(it->first, it.key()).toString(),
                                           Money(it->second, it.key()).toString()));
    }
}

std::optional<qint64> Ledger::replayed(const QString &key, const QString &requestHash) const
{
    Query query(m_db,
                QStringLiteral("SELECT request_hash, response_json FROM idempotency_keys "
                               "WHERE scope = ? AND idempotency_key = ?"),
                {kScope, key});
    if (!query.next())
        return std::nullopt;
    if (query.value(0).toString() != requestHash)
        throw Error::conflict(QStringLiteral("idempotency key \"%1\" was already used for a "
                                             "different request")
                                  .arg(key));
    const QJsonObject response =
        QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
    return response.value(QStringLiteral("id")).toInteger();
}

void Ledger::claimKey(const QString &key, const QString &requestHash)
{
    Query insert(m_db,
                 QStringLiteral("INSERT INTO idempotency_keys (scope, idempotency_key, "
                                "request_hash, status, created_at, expires_at) "
                                "VALUES (?, ?, ?, 'in_progress', ?, ?) "
                                "ON CONFLICT (scope, idempotency_key) DO NOTHING"),
                 {kScope, key, requestHash, m_now, std::numeric_limits<qint64>::max()});
    if (insert.rowsAffected() == 0) {
        // Taken by a request that committed after this one looked: refused as a different
        // request, or as one still running.
        replayed(key, requestHash);
        throw Error::conflict(
            QStringLiteral("idempotency key \"%1\" is in use by another request; retry").arg(key));
    }
}

void Ledger::completeKey(const QString &key, qint64 resultId)
{
    const QJsonObject response{{QStringLiteral("id"), resultId}};
    Query(m_db,
          QStringLiteral("UPDATE idempotency_keys SET status = 'completed', response_json = ?, "
                         "completed_at = ? WHERE scope = ? AND idempotency_key = ?"),
          {QString::fromUtf8(QJsonDocument(response).toJson(QJsonDocument::Compact)), m_now, kScope,
           key});
}

QList<Posting> Ledger::postingsOf(const QString &table, const QString &column, qint64 id) const
{
    Query query(m_db,
                QStringLiteral("SELECT account_id, direction, amount_minor, currency FROM %1 "
                               "WHERE %2 = ? ORDER BY id")
                    .arg(table, column),
                {id});
    QList<Posting> postings;
    while (query.next()) {
        postings.append({query.value(0).toLongLong(),
                         directionFromName(query.value(1).toString()).value_or(Direction::Debit),
                         Money(query.value(2).toLongLong(), query.value(3).toString())});
    }
    return postings;
}

QVariant Ledger::operatorValue() const
{
    return nullable(m_operatorId);
}

qint64 Ledger::insertTransaction(const QString &kind, const QString &description,
                                 const QString &idempotencyKey, const QString &sourceType,
                                 qint64 sourceId, qint64 reversesId, const QList<Posting> &postings,
                                 qint64 effectiveAt, qint64 subscriberId)
{
    Query insert(m_db,
                 QStringLiteral("INSERT INTO ledger_transactions (kind, description, "
                                "idempotency_key, source_type, source_id, reverses_id, "
                                "operator_id, posted_at, effective_at, subscriber_id) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                 {kind, description, idempotencyKey, nullable(sourceType), nullable(sourceId),
                  nullable(reversesId), operatorValue(), m_now,
                  effectiveAt > 0 ? effectiveAt : m_now, nullable(subscriberId)});
    insert.next();
    const qint64 id = insert.value(0).toLongLong();
    Query entry(m_db);
    entry.prepare(QStringLiteral("INSERT INTO ledger_entries (ledger_transaction_id, account_id, "
                                 "direction, amount_minor, currency) VALUES (?, ?, ?, ?, ?)"));
    for (const Posting &posting : postings)
        entry.exec({id, posting.accountId, directionName(posting.direction),
                    posting.amount.minorUnits(), posting.amount.currency()});
    // The revenue rollups move with the ledger, in the same transaction.
    RevenueRollups::apply(m_db, id);
    return id;
}

Transaction Ledger::post(const PostRequest &request)
{
    validate(request);
    const QString hash = postHash(request);
    if (auto replay = asReplay<Transaction>(replayed(request.idempotencyKey, hash),
                                            [this](qint64 id) { return transaction(id); }))
        return *replay;
    BalanceChange change(m_db, *this, request.postings);
    // A request with the same key may have committed while this one waited for the locks.
    if (auto replay = asReplay<Transaction>(replayed(request.idempotencyKey, hash),
                                            [this](qint64 id) { return transaction(id); }))
        return *replay;
    change.add(request.postings, BalanceChange::Column::Posted, +1);
    change.checkAvailable(QStringLiteral("posting"));
    claimKey(request.idempotencyKey, hash);
    const qint64 id = insertTransaction(request.kind, request.description, request.idempotencyKey,
                                        request.sourceType, request.sourceId, 0, request.postings,
                                        request.effectiveAt, request.subscriberId);
    change.write();
    completeKey(request.idempotencyKey, id);
    return transaction(id);
}

Transaction Ledger::reverse(qint64 transactionId, const QString &reason,
                            const QString &idempotencyKey, qint64 effectiveAt)
{
    if (idempotencyKey.trimmed().isEmpty())
        throw Error::badInput(QStringLiteral("an idempotency key is required"));
    if (reason.trimmed().isEmpty())
        throw Error::badInput(QStringLiteral("a reason is required to reverse a transaction"));
    const QString hash = hashOf({{QStringLiteral("op"), QStringLiteral("reverse")},
                                 {QStringLiteral("transaction_id"), transactionId},
                                 {QStringLiteral("reason"), reason.trimmed()}});
    if (auto replay = asReplay<Transaction>(replayed(idempotencyKey, hash),
                                            [this](qint64 id) { return transaction(id); }))
        return *replay;
    const Transaction original = transaction(transactionId);
    if (original.reversesId != 0)
        throw Error::conflict(QStringLiteral("transaction %1 is itself the reversal of %2; post "
                                             "a new transaction instead")
                                  .arg(transactionId)
                                  .arg(original.reversesId));
    const QList<Posting> postings = mirrored(original.postings);
    // Locking the accounts first serializes two reversals of the same transaction.
    BalanceChange change(m_db, *this, postings);
    // A request with the same key may have committed while this one waited for the locks.
    if (auto replay = asReplay<Transaction>(replayed(idempotencyKey, hash),
                                            [this](qint64 id) { return transaction(id); }))
        return *replay;
    if (const QVariant by = Query::scalar(
            m_db, QStringLiteral("SELECT id FROM ledger_transactions WHERE reverses_id = ?"),
            {transactionId});
        by.isValid())
        throw Error::conflict(QStringLiteral("transaction %1 was already reversed by "
                                             "transaction %2")
                                  .arg(transactionId)
                                  .arg(by.toLongLong()));
    change.add(postings, BalanceChange::Column::Posted, +1);
    change.checkAvailable(QStringLiteral("reversing transaction %1").arg(transactionId));
    claimKey(idempotencyKey, hash);
    const qint64 id = insertTransaction(QStringLiteral("reversal"), reason.trimmed(),
                                        idempotencyKey, original.sourceType, original.sourceId,
                                        transactionId, postings, effectiveAt, 0);
    change.write();
    completeKey(idempotencyKey, id);
    return transaction(id);
}

Transaction Ledger::transaction(qint64 id) const
{
    Query query(m_db,
                QStringLiteral("SELECT t.kind, t.description, t.idempotency_key, t.source_type, "
                               "t.source_id, t.reverses_id, t.operator_id, t.posted_at, "
                               "(SELECT r.id FROM ledger_transactions r WHERE r.reverses_id = "
                               "t.id), t.effective_at, t.subscriber_id FROM ledger_transactions t "
                               "WHERE t.id = ?"),
                {id});
    if (!query.next())
        throw Error::notFound(QStringLiteral("no ledger transaction %1").arg(id));
    Transaction result;
    result.id = id;
    result.kind = query.value(0).toString();
    result.description = query.value(1).toString();
    result.idempotencyKey = query.value(2).toString();
    result.sourceType = query.value(3).toString();
    result.sourceId = query.value(4).toLongLong();
    result.reversesId = query.value(5).toLongLong();
    result.operatorId = query.value(6).toLongLong();
    result.postedAt = query.value(7).toLongLong();
    result.reversedById = query.value(8).toLongLong();
    result.effectiveAt = query.value(9).toLongLong();
    result.subscriberId = query.value(10).toLongLong();
    result.postings =
        postingsOf(QStringLiteral("ledger_entries"), QStringLiteral("ledger_transaction_id"), id);
    return result;
}

Hold Ledger::hold(const PostRequest &request)
{
    validate(request);
    const QString hash = holdHash(request);
    if (auto replay = asReplay<Hold>(replayed(request.idempotencyKey, hash),
                                     [this](qint64 id) { return holdById(id); }))
        return *replay;
    BalanceChange change(m_db, *this, request.postings);
    // A request with the same key may have committed while this one waited for the locks.
    if (auto replay = asReplay<Hold>(replayed(request.idempotencyKey, hash),
                                     [this](qint64 id) { return holdById(id); }))
        return *replay;
    change.add(request.postings, BalanceChange::Column::Pending, +1);
    change.checkAvailable(QStringLiteral("the hold"));
    claimKey(request.idempotencyKey, hash);
    Query insert(m_db,
                 QStringLiteral("INSERT INTO ledger_holds (kind, description, idempotency_key, "
                                "source_type, source_id, operator_id, created_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                 {request.kind, request.description, request.idempotencyKey,
                  nullable(request.sourceType), nullable(request.sourceId), operatorValue(),
                  m_now});
    insert.next();
    const qint64 id = insert.value(0).toLongLong();
    Query entry(m_db);
    entry.prepare(QStringLiteral("INSERT INTO ledger_hold_entries (hold_id, account_id, "
                                 "direction, amount_minor, currency) VALUES (?, ?, ?, ?, ?)"));
    for (const Posting &posting : request.postings)
        entry.exec({id, posting.accountId, directionName(posting.direction),
                    posting.amount.minorUnits(), posting.amount.currency()});
    change.write();
    completeKey(request.idempotencyKey, id);
    return holdById(id);
}

Hold Ledger::capture(qint64 holdId, const QString &idempotencyKey, qint64 effectiveAt)
{
    if (idempotencyKey.trimmed().isEmpty())
        throw Error::badInput(QStringLiteral("an idempotency key is required"));
    const QString hash = captureHash(holdId);
    if (auto replay = asReplay<Hold>(replayed(idempotencyKey, hash),
                                     [this](qint64 id) { return holdById(id); }))
        return *replay;
    const Hold pending = holdById(holdId);
    BalanceChange change(m_db, *this, pending.postings);
    // A request with the same key may have committed while this one waited for the locks.
    if (auto replay = asReplay<Hold>(replayed(idempotencyKey, hash),
                                     [this](qint64 id) { return holdById(id); }))
        return *replay;
    const Hold current = holdById(holdId);
    if (current.state != QLatin1String("pending"))
        throw Error::conflict(
            QStringLiteral("hold %1 was already %2").arg(holdId).arg(current.state));
    change.add(current.postings, BalanceChange::Column::Pending, -1);
    change.add(current.postings, BalanceChange::Column::Posted, +1);
    change.checkAvailable(QStringLiteral("capturing hold %1").arg(holdId));
    claimKey(idempotencyKey, hash);
    const qint64 transactionId =
        insertTransaction(current.kind, current.description, idempotencyKey, current.sourceType,
                          current.sourceId, 0, current.postings, effectiveAt, 0);
    Query update(m_db,
                 QStringLiteral("UPDATE ledger_holds SET state = 'posted', transaction_id = ?, "
                                "resolved_at = ? WHERE id = ? AND state = 'pending'"),
                 {transactionId, m_now, holdId});
    if (update.rowsAffected() != 1)
        throw Error::conflict(QStringLiteral("hold %1 is no longer pending").arg(holdId));
    change.write();
    completeKey(idempotencyKey, holdId);
    return holdById(holdId);
}

Hold Ledger::voidHold(qint64 holdId, const QString &reason, const QString &idempotencyKey)
{
    if (idempotencyKey.trimmed().isEmpty())
        throw Error::badInput(QStringLiteral("an idempotency key is required"));
    if (reason.trimmed().isEmpty())
        throw Error::badInput(QStringLiteral("a reason is required to void a hold"));
    const QString hash = voidHash(holdId, reason);
    if (auto replay = asReplay<Hold>(replayed(idempotencyKey, hash),
                                     [this](qint64 id) { return holdById(id); }))
        return *replay;
    const Hold pending = holdById(holdId);
    BalanceChange change(m_db, *this, pending.postings);
    // A request with the same key may have committed while this one waited for the locks.
    if (auto replay = asReplay<Hold>(replayed(idempotencyKey, hash),
                                     [this](qint64 id) { return holdById(id); }))
        return *replay;
    const Hold current = holdById(holdId);
    if (current.state != QLatin1String("pending"))
        throw Error::conflict(
            QStringLiteral("hold %1 was already %2").arg(holdId).arg(current.state));
    change.add(current.postings, BalanceChange::Column::Pending, -1);
    claimKey(idempotencyKey, hash);
    Query update(m_db,
                 QStringLiteral("UPDATE ledger_holds SET state = 'voided', resolved_at = ?, "
                                "resolution_reason = ? WHERE id = ? AND state = 'pending'"),
                 {m_now, reason.trimmed(), holdId});
    if (update.rowsAffected() != 1)
        throw Error::conflict(QStringLiteral("hold %1 is no longer pending").arg(holdId));
    change.write();
    completeKey(idempotencyKey, holdId);
    return holdById(holdId);
}

Hold Ledger::holdById(qint64 id) const
{
    Query query(m_db,
                QStringLiteral("SELECT kind, description, idempotency_key, state, source_type, "
                               "source_id, transaction_id, created_at, resolved_at, "
                               "resolution_reason FROM ledger_holds WHERE id = ?"),
                {id});
    if (!query.next())
        throw Error::notFound(QStringLiteral("no ledger hold %1").arg(id));
    Hold hold;
    hold.id = id;
    hold.kind = query.value(0).toString();
    hold.description = query.value(1).toString();
    hold.idempotencyKey = query.value(2).toString();
    hold.state = query.value(3).toString();
    hold.sourceType = query.value(4).toString();
    hold.sourceId = query.value(5).toLongLong();
    hold.transactionId = query.value(6).toLongLong();
    hold.createdAt = query.value(7).toLongLong();
    hold.resolvedAt = query.value(8).toLongLong();
    hold.resolutionReason = query.value(9).toString();
    hold.postings =
        postingsOf(QStringLiteral("ledger_hold_entries"), QStringLiteral("hold_id"), id);
    return hold;
}

} // namespace Steward::Finance
