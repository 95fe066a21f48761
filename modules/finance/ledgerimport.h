#pragma once

#include "ledger.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QVariantList>

#include <vector>

namespace Steward::Finance {

/** Loads a platform's money history into the ledger in bulk: the accounts, transactions,
 *  entries, holds, idempotency keys and running balances Ledger writes one request at a time,
 *  written instead as a few multi-row inserts. Demo data and benchmarks use it for millions of
 *  transactions; everything live goes through Ledger.
 *
 *  Requests are planned in memory first (post(), hold(), capture(), voidHold() check that each
 *  balances and assign its id), then write() sends what was planned since the last written()
 *  inside the caller's transaction. A transaction that is retried calls write() again with the
 *  same rows; only written() (after the commit) forgets them. finish() writes the running
 *  balances once everything is in. Rules the live ledger checks against stored balances (a
 *  liability never below zero) are the caller's to keep: a load posts history as it happened. */
class LedgerImport
{
public:
    /** Reads the accounts that exist and the ids in use. */
    explicit LedgerImport(const QSqlDatabase &db);

    /** The id of the account for @p purpose, @p ownerId and @p currency, planned when new. */
    qint64 account(Purpose purpose, qint64 ownerId, const QString &currency, qint64 openedAt);

    /** Plans a posted transaction that took effect at @p effectiveAt; returns its id. */
    qint64 post(const PostRequest &request, qint64 effectiveAt);
    /** Plans a pending hold made at @p at; returns its id. */
    qint64 hold(const PostRequest &request, qint64 at);
    /** Plans posting the pending hold @p holdId at @p at; returns the transaction's id. */
    qint64 capture(qint64 holdId, const QString &idempotencyKey, qint64 at);
    /** Plans releasing the pending hold @p holdId at @p at. */
    void voidHold(qint64 holdId, const QString &reason, const QString &idempotencyKey, qint64 at);

    /** Rows planned and not yet written. */
    qint64 plannedRows() const;
    /** Writes what was planned since the last written(), in the caller's transaction. */
    void write(const QSqlDatabase &db) const;
    /** Forgets what write() wrote, once its transaction committed. */
    void written();
    /** Writes the running balances of every account the load touched; call once, last, after
     *  the final written(). Throws, writing nothing, when the load leaves a liability (money
     *  owed to a payee, escrow, the DAO treasury) below zero available. */
    void finish(const QSqlDatabase &db);

    qint64 transactionCount() const { return m_transactionCount; }

private:
    struct Totals
    {
        qint64 debitsPosted = 0;
        qint64 creditsPosted = 0;
        qint64 debitsPending = 0;
        qint64 creditsPending = 0;
    };
    struct PendingHold
    {
        PostRequest request;
        qint64 createdAt = 0;
    };

    void check(const PostRequest &request) const;
    void addTotals(const QList<Posting> &postings, bool pending, int sign);
    void planTransaction(qint64 id, const PostRequest &request, qint64 postedAt);
    void planHold(qint64 id, const PendingHold &hold, const QString &state, qint64 transactionId,
                  qint64 resolvedAt, const QString &reason);
    void planKey(const QString &key, const QString &hash, qint64 resultId, qint64 at);

    QHash<QString, qint64> m_accountIds;
    QHash<qint64, Totals> m_totals;       ///< What the load adds.
    QHash<qint64, Totals> m_before;       ///< What the accounts held before it.
    QSet<qint64> m_loadedAccounts;        ///< Existed before the load: their balances are added to.
    QHash<qint64, QString> m_liabilities; ///< Id to code of every liability account.
    QHash<qint64, PendingHold> m_pendingHolds;
    qint64 m_lastAccountId = 0;
    qint64 m_lastTransactionId = 0;
    qint64 m_lastHoldId = 0;
    qint64 m_transactionCount = 0;

    // Rows planned since the last written(), per table.
    std::vector<QVariantList> m_accounts;
    std::vector<QVariantList> m_transactions;
    std::vector<QVariantList> m_entries;
    std::vector<QVariantList> m_holds;
    std::vector<QVariantList> m_holdEntries;
    std::vector<QVariantList> m_keys;
};

} // namespace Steward::Finance
