#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Steward::Dao {

/** A proposal's state, derived from its facts and the clock, never stored. */
enum class State { Pending, Active, Canceled, Defeated, Succeeded, Queued, Expired, Executed };

/** "pending", "active", … */
QString stateName(State state);
std::optional<State> stateFromName(const QString &name);
QStringList stateNames();

/** The governance settings a proposal freezes when it is created. */
struct Settings
{
    qint64 votingDelayMs = 86'400'000;    ///< Creation to vote start (= snapshot).
    qint64 votingPeriodMs = 432'000'000;  ///< Vote start to vote end.
    qint64 quorumBps = 400;               ///< Of the tokens staked at the snapshot.
    qint64 supportPct = 50;               ///< for * 100 > (for + against) * supportPct.
    qint64 timelockMs = 172'800'000;      ///< Queue to eta.
    qint64 gracePeriodMs = 1'209'600'000; ///< eta to expiry.
    qint64 proposalThreshold = 1000;      ///< Proposer's power needed at creation.
    qint64 approvalsRequired = 2;         ///< Distinct admins approving execution.

    /** The first thing wrong with these settings, or an empty string. */
    QString problem() const;
    QJsonObject toJson() const;
};

/** What a proposal's state is derived from. */
struct ProposalFacts
{
    qint64 votingStartsAt = 0;
    qint64 votingEndsAt = 0;
    qint64 forVotes = 0;
    qint64 againstVotes = 0;
    qint64 abstainVotes = 0;
    qint64 quorumVotes = 0; ///< Votes (for + against + abstain) needed.
    qint64 supportPct = 50;
    qint64 queuedAt = 0; ///< 0 when not queued.
    qint64 eta = 0;
    qint64 gracePeriodMs = 0;
    qint64 executedAt = 0;
    qint64 canceledAt = 0;
};

/** for * 100 > (for + against) * supportPct, in integers (50: for > against). */
bool supportPasses(qint64 forVotes, qint64 againstVotes, qint64 supportPct);
/** for + against + abstain reaches @p quorumVotes. */
bool quorumReached(const ProposalFacts &facts);
/** ceil(totalStaked * bps / 10000), in integers without overflow. */
qint64 quorumVotes(qint64 totalStaked, qint64 bps);

/** Executed, Canceled, Pending (now <= start), Active (now <= end), Defeated (no quorum or
 *  support fails), Succeeded (not queued), Expired (now >= eta + grace), Queued — in this order.
 */
State deriveState(const ProposalFacts &facts, qint64 now);
/** When the state changes next by the clock alone (vote start, vote end, eta, expiry), or 0. */
qint64 nextTransitionAt(const ProposalFacts &facts, qint64 now);

/** One stake as voting power and rewards see it. */
struct Stake
{
    qint64 userId = 0;
    qint64 tokens = 0;
    qint64 stakedAt = 0;
    qint64 unstakedAt = 0; ///< 0 while staked.
};

/** Counts at instant @p at: staked before it and not unstaked before it. */
bool countsAt(const Stake &stake, qint64 at);
/** The sum of @p userId's stakes that count at @p at. */
qint64 votingPowerAt(const QList<Stake> &stakes, qint64 userId, qint64 at);

/** Staking rewards: 5 % a year, linear per whole second, integer with the remainder carried. */
struct Accrual
{
    qint64 rewards = 0;      ///< Whole reward units earned.
    qint64 remainder = 0;    ///< Numerator carried to the next accrual.
    qint64 checkpointAt = 0; ///< The new checkpoint (from + whole seconds).
};
constexpr qint64 kRewardPct = 5;
constexpr qint64 kSecondsPerYear = 31'536'000;
/** The rewards @p tokens earn from @p from to @p to, carrying @p remainder. */
Accrual accrue(qint64 tokens, qint64 from, qint64 to, qint64 remainder);

/** What a proposal's content hash covers. */
struct ProposalContent
{
    QString type;
    QString title;
    QString description;
    qint64 proposerId = 0;
    QString recipient;
    qint64 recipientUserId = 0;
    qint64 amountMinor = -1; ///< -1: moves no money.
    QString currency;

    /** Compact JSON with keys in a fixed order: what is hashed. */
    QByteArray canonical() const;
    /** SHA-256 of canonical(), hex. */
    QString hash() const;
};

/** "user:42" -> 42; nullopt for anything else (malformed recipient address). */
std::optional<qint64> parseRecipient(const QString &address);
QString recipientAddress(qint64 userId);

} // namespace Steward::Dao
