#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Steward::Members {

/** Where a member stands with their subscription. The order is the queue's first key: good
 *  members queue before late ones, late before suspended; members who left are not queued. */
enum class Standing { Good = 0, Late = 1, Suspended = 2, Left = 3 };

QString standingName(Standing standing);
std::optional<Standing> standingFromName(const QString &name);
QStringList standingNames();

/** One month of a member's subscription: paid on time, paid after its due date, or never. */
enum class PaymentStatus { Paid, Late, Missed };

QString paymentStatusName(PaymentStatus status);
std::optional<PaymentStatus> paymentStatusFromName(const QString &name);

/** What a member's payment history adds up to. */
struct Tenure
{
    /** Continuous paid months: the run of paid (on time or late) months ending at the latest
     *  due month. A missed month resets it: the run starts again at the next paid month. */
    int tenureMonths = 0;
    int monthsPaid = 0;     ///< Every paid month, on time or late.
    int missedPayments = 0; ///< Every missed month.
};

/** The tenure of a payment history, oldest month first, up to the latest month that is due.
 *  Pure. Example: paid, paid, missed, paid, late, paid → tenure 3, 5 paid, 1 missed. */
Tenure computeTenure(const QList<PaymentStatus> &monthsOldestFirst);

/** A member as the queue orders them. */
struct QueueKey
{
    Standing standing = Standing::Good;
    int tenureMonths = 0;
    qint64 joinedAt = 0;
    qint64 userId = 0;
};

/** The queue order: standing (good, late, suspended), then the longest tenure, then who joined
 *  first, then the lower user id — a total order, so every member has one position. */
bool queueBefore(const QueueKey &a, const QueueKey &b);

/** The eligibility and weighting rules of a draw, read from app_settings and frozen into each
 *  draw when it is drafted. */
struct DrawRules
{
    int minTenureMonths = 6;      ///< Continuous paid months a member needs.
    bool requireKyc = true;       ///< Identity verified (Plaid KYC).
    int awardCooldownMonths = 12; ///< No second award within this many calendar months.
    int weightStepMonths = 6;     ///< One more ticket per this many months of tenure …
    int maxWeight = 5;            ///< … up to this many tickets.

    QJsonObject toJson() const;
    /** Reads frozen rules; throws Error (internal) when a field is missing or out of range. */
    static DrawRules fromJson(const QJsonObject &object);
    /** Throws Error (bad input) naming the first parameter out of range. */
    void validate() const;
};

/** What eligibility looks at. */
struct MemberFacts
{
    Standing standing = Standing::Good;
    int tenureMonths = 0;
    bool kycVerified = false;
    qint64 lastAwardAt = 0; ///< 0: never awarded.
};

/** Why a member is not eligible for a draw drafted at @p now (ms UTC), one plain phrase each;
 *  empty when eligible. Pure. The cooldown counts calendar months back from @p now: an award
 *  at or after now − awardCooldownMonths (same day of month, UTC) blocks. */
QStringList ineligibilityReasons(const MemberFacts &member, const DrawRules &rules, qint64 now);

/** Tickets a member of @p tenureMonths holds: 1 + tenure / weightStepMonths, at most maxWeight. */
int weightFor(int tenureMonths, const DrawRules &rules);

/** The score of one ticket: SHA-256 of the UTF-8 text "<seed>:<user id>:<ticket>" (tickets
 *  numbered from 1), as 64 lower-case hex digits. */
QString ticketScore(const QString &seed, qint64 userId, int ticket);

/** An eligible member as the draw sees them. */
struct DrawCandidate
{
    qint64 userId = 0;
    int queuePosition = 0;
    int tenureMonths = 0;
};

/** One entry of a computed draw. */
struct DrawEntry
{
    qint64 userId = 0;
    int queuePosition = 0;
    int tenureMonths = 0;
    int weight = 0;
    QString score; ///< The smallest ticket score of the member.
    int rank = 0;  ///< 1 = best score.
    bool won = false;
    qint64 awardMinor = 0;
};

/** The draw, deterministic in its inputs: every candidate's score is the smallest of their
 *  tickets' scores, candidates are ranked by score (lowest first; ties — which SHA-256 makes
 *  practically impossible — by user id), the first @p winners win and the pool is split equally
 *  among them by the largest-remainder method (a cent left over goes to the better rank). The
 *  same seed, candidates and rules always give the same entries. Returns them by rank. Throws
 *  Error (bad input) when there are fewer candidates than winners or less pool than winners. */
QList<DrawEntry> computeDraw(const QString &seed, const QList<DrawCandidate> &candidates,
                             const DrawRules &rules, int winners, qint64 poolMinor);

/** SHA-256 (hex) of the entries in user-id order, every field: what a draw's result is pinned
 *  to when it is drafted. */
QString entriesDigest(QList<DrawEntry> entries);

} // namespace Steward::Members
