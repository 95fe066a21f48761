#pragma once

#include "money.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Steward::Finance {

/** What a ledger account holds money for. Payables, escrow and the DAO treasury are owed to
 *  someone (liabilities); processor clearing is money at the card processor (an asset);
 *  platform revenue is what the platform earned; refunds are what it paid back (an expense).
 *  Payout clearing is money approved for payees and on its way to their banks (a liability);
 *  member payables are member programme awards owed to a member, funded by the member rewards
 *  expense. DAO grant payables are what an executed DAO proposal granted a user, owed until paid
 *  out. */
enum class Purpose {
    CreatorPayable,
    VendorPayable,
    DriverPayable,
    HostPayable,
    TravelerPayable,
    Escrow,
    PlatformRevenue,
    DaoTreasury,
    ProcessorClearing,
    Refunds,
    PayoutClearing,
    MemberPayable,
    MemberRewards,
    DaoGrantPayable,
};

/** "creator_payable", "escrow", "platform_revenue", … */
QString purposeName(Purpose purpose);
std::optional<Purpose> purposeFromName(const QString &name);
QStringList purposeNames();
/** Payables and escrow belong to one user; the others to the platform or the DAO. */
bool isUserOwned(Purpose purpose);

enum class Direction { Debit, Credit };
QString directionName(Direction direction);
std::optional<Direction> directionFromName(const QString &name);

/** One ledger account: one purpose, one owner, one currency. */
struct Account
{
    qint64 id = 0;
    QString code; ///< "creator_payable/42/EUR", "platform_revenue/EUR".
    QString name;
    QString kind; ///< asset, liability, equity, revenue, expense.
    QString ownerType;
    qint64 ownerId = 0; ///< 0 for platform and DAO accounts.
    QString currency;

    /** Debits raise the balance of asset and expense accounts, credits raise the others. */
    bool isDebitNormal() const;
    /** Liabilities (money owed to someone) may never be promised beyond what they hold. */
    bool mayGoNegative() const;
    QJsonObject toJson() const;
};

/** One line of a transaction or hold: an amount debited or credited to one account. */
struct Posting
{
    qint64 accountId = 0;
    Direction direction = Direction::Debit;
    Money amount;
};

/** An account's balance on its normal side (a creator payable of 4500 means 45.00 is owed to
 *  the creator). Held is reserved by pending holds for money leaving the account, pending is
 *  money a pending hold will bring in; available = posted - held. */
struct Balance
{
    Account account;
    qint64 posted = 0;
    qint64 pending = 0;
    qint64 held = 0;
    qint64 available = 0;
    /** Debits minus credits of posted entries: the balances of all accounts of one currency
     *  sum to zero in this sign. */
    qint64 postedNet = 0;
    QJsonObject toJson() const;
};

/** What to post or hold. The idempotency key names the external effect: a replay with the same
 *  key and the same request returns the first result, with other parameters it is refused. */
struct PostRequest
{
    QString kind; ///< "sale", "parcel_payment", "refund", …
    QString description;
    QString idempotencyKey;
    QList<Posting> postings;
    QString sourceType;
    qint64 sourceId = 0;
    /** When the money moved on the platform (ms UTC); 0 = now. Revenue is reported by it. */
    qint64 effectiveAt = 0;
    /** The user whose recurring subscription this charge is (counted in MRR); 0 otherwise. */
    qint64 subscriberId = 0;
};

struct Transaction
{
    qint64 id = 0;
    QString kind;
    QString description;
    QString idempotencyKey;
    QString sourceType;
    qint64 sourceId = 0;
    qint64 reversesId = 0;
    qint64 reversedById = 0;
    qint64 operatorId = 0;
    qint64 postedAt = 0;
    qint64 effectiveAt = 0; ///< When the money moved; revenue is reported by it.
    qint64 subscriberId = 0;
    QList<Posting> postings;
    /** True when this call was a replay that returned the first result and changed nothing. */
    bool isReplay = false;
    QJsonObject toJson() const;
};

struct Hold
{
    qint64 id = 0;
    QString kind;
    QString description;
    QString idempotencyKey;
    QString state; ///< pending, posted, voided.
    QString sourceType;
    qint64 sourceId = 0;
    qint64 transactionId = 0; ///< The posted transaction once captured.
    qint64 createdAt = 0;
    qint64 resolvedAt = 0;
    QString resolutionReason;
    QList<Posting> postings;
    bool isReplay = false;
    QJsonObject toJson() const;
};

/** The double-entry ledger. Every transaction balances per currency; posted entries never
 *  change (a correction is one reversing transaction linked to the original); holds go from
 *  pending to posted or voided exactly once; liabilities never go below zero available. A
 *  refused request throws Error and writes nothing. All calls run inside the caller's open
 *  write transaction (Database::write or a bus command), so the ledger's effect commits or rolls
 *  back with the caller's. */
class Ledger
{
public:
    /** Largest amount of one posting, in minor units (10^15: ten trillion euros). */
    static constexpr qint64 kMaxAmount = 1'000'000'000'000'000;

    /** @p operatorId is recorded on what this ledger writes; 0 for the system. */
    Ledger(QSqlDatabase db, qint64 now, qint64 operatorId = 0);

    static bool isKnownCurrency(const QString &currency);

    /** The account account() opens for @p purpose, @p ownerId and @p currency (code, name,
     *  kind, owner; no id), without reading or writing: bulk loads open accounts themselves.
     *  Throws Error for an unknown currency or an owner the purpose does not allow. */
    static Account accountTemplate(Purpose purpose, qint64 ownerId, const QString &currency);
    /** The request hashes stored with the idempotency keys of post(), hold(), capture() and
     *  voidHold(): a bulk load stores the same, so replaying a loaded request returns it. */
    static QString postHash(const PostRequest &request);
    static QString holdHash(const PostRequest &request);
    static QString captureHash(qint64 holdId);
    static QString voidHash(qint64 holdId, const QString &reason);

    /** The account for @p purpose, @p ownerId (a user for payables and escrow, 0 otherwise) and
     *  @p currency, opened on first use. */
    Account account(Purpose purpose, qint64 ownerId, const QString &currency);
    Account accountById(qint64 id) const;
    Account accountByCode(const QString &code) const;
    Balance balance(qint64 accountId) const;

    Transaction post(const PostRequest &request);
    /** Posts the mirror image of transaction @p transactionId, linked to it; a transaction is
     *  reversed at most once and a reversal is not reversed again. */
    Transaction reverse(qint64 transactionId, const QString &reason, const QString &idempotencyKey,
                        qint64 effectiveAt = 0);
    Transaction transaction(qint64 id) const;

    /** Reserves the postings of @p request without posting them. */
    Hold hold(const PostRequest &request);
    /** Posts a pending hold as one transaction. */
    Hold capture(qint64 holdId, const QString &idempotencyKey, qint64 effectiveAt = 0);
    /** Releases a pending hold. */
    Hold voidHold(qint64 holdId, const QString &reason, const QString &idempotencyKey);
    Hold holdById(qint64 id) const;

private:
    void validate(const PostRequest &request) const;
    /** The id stored for @p key, or nullopt; throws when the key was used for another request. */
    std::optional<qint64> replayed(const QString &key, const QString &requestHash) const;
    /** Claims @p key for this request before anything else is written. */
    void claimKey(const QString &key, const QString &requestHash);
    void completeKey(const QString &key, qint64 resultId);
    QList<Posting> postingsOf(const QString &table, const QString &column, qint64 id) const;
    qint64 insertTransaction(const QString &kind, const QString &description,
                             const QString &idempotencyKey, const QString &sourceType,
                             qint64 sourceId, qint64 reversesId, const QList<Posting> &postings,
                             qint64 effectiveAt, qint64 subscriberId);
    QVariant operatorValue() const;

    QSqlDatabase m_db;
    qint64 m_now = 0;
    qint64 m_operatorId = 0;
};

} // namespace Steward::Finance
