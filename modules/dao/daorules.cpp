#include "daorules.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Steward::Dao {

namespace {

__extension__ typedef __int128 Wide;

const QStringList &names()
{
    static const QStringList list{QStringLiteral("pending"),   QStringLiteral("active"),
                                  QStringLiteral("canceled"),  QStringLiteral("defeated"),
                                  QStringLiteral("succeeded"), QStringLiteral("queued"),
                                  QStringLiteral("expired"),   QStringLiteral("executed")};
    return list;
}

} // namespace

QString stateName(State state)
{
    return names().at(int(state));
}

std::optional<State> stateFromName(const QString &name)
{
    const int index = int(names().indexOf(name));
    if (index < 0)
        return std::nullopt;
    return State(index);
}

QStringList stateNames()
{
    return names();
}

QString Settings::problem() const
{
    constexpr qint64 kYear = kSecondsPerYear * 1000;
    if (votingDelayMs < 0 || votingDelayMs > kYear)
        return QStringLiteral("voting_delay_ms must be between 0 and one year");
    if (votingPeriodMs < 60'000 || votingPeriodMs > kYear)
        return QStringLiteral("voting_period_ms must be between one minute and one year");
    if (quorumBps < 1 || quorumBps > 10000)
        return QStringLiteral("quorum_bps must be between 1 and 10000");
    if (supportPct < 1 || supportPct > 99)
        return QStringLiteral("support_pct must be between 1 and 99");
    if (timelockMs < 0 || timelockMs > kYear)
        return QStringLiteral("timelock_ms must be between 0 and one year");
    if (gracePeriodMs < 60'000 || gracePeriodMs > kYear)
        return QStringLiteral("grace_period_ms must be between one minute and one year");
    if (proposalThreshold < 0)
        return QStringLiteral("proposal_threshold must not be negative");
    if (approvalsRequired < 1 || approvalsRequired > 10)
        return QStringLiteral("approvals_required must be between 1 and 10");
    return {};
}

QJsonObject Settings::toJson() const
{
    return {{QStringLiteral("voting_delay_ms"), votingDelayMs},
            {QStringLiteral("voting_period_ms"), votingPeriodMs},
            {QStringLiteral("quorum_bps"), quorumBps},
            {QStringLiteral("support_pct"), supportPct},
            {QStringLiteral("timelock_ms"), timelockMs},
            {QStringLiteral("grace_period_ms"), gracePeriodMs},
            {QStringLiteral("proposal_threshold"), proposalThreshold},
            {QStringLiteral("approvals_required"), approvalsRequired}};
}

bool supportPasses(qint64 forVotes, qint64 againstVotes, qint64 supportPct)
{
    return Wide(forVotes) * 100 > (Wide(forVotes) + againstVotes) * supportPct;
}

bool quorumReached(const ProposalFacts &facts)
{
    return Wide(facts.forVotes) + facts.againstVotes + facts.abstainVotes >= facts.quorumVotes;
}

qint64 quorumVotes(qint64 totalStaked, qint64 bps)
{
    return qint64((Wide(totalStaked) * bps + 9999) / 10000);
}

State deriveState(const ProposalFacts &facts, qint64 now)
{
    if (facts.executedAt > 0)
        return State::Executed;
    if (facts.canceledAt > 0)
        return State::Canceled;
    if (now <= facts.votingStartsAt)
        return State::Pending;
    if (now <= facts.votingEndsAt)
        return State::Active;
    if (!quorumReached(facts) ||
        !supportPasses(facts.forVotes, facts.againstVotes, facts.supportPct))
        return State::Defeated;
    if (facts.queuedAt <= 0)
        return State::Succeeded;
    if (now >= facts.eta + facts.gracePeriodMs)
        return State::Expired;
    return State::Queued;
}

qint64 nextTransitionAt(const ProposalFacts &facts, qint64 now)
{
    switch (deriveState(facts, now)) {
    case State::Pending:
        return facts.votingStartsAt + 1;
    case State::Active:
        return facts.votingEndsAt + 1;
    case State::Queued:
        return now < facts.eta ? facts.eta : facts.eta + facts.gracePeriodMs;
    default:
        return 0;
    }
}

bool countsAt(const Stake &stake, qint64 at)
{
    return stake.stakedAt < at && (stake.unstakedAt <= 0 || stake.unstakedAt >= at);
}

qint64 votingPowerAt(const QList<Stake> &stakes, qint64 userId, qint64 at)
{
    qint64 power = 0;
    for (const Stake &stake : stakes)
        if (stake.userId == userId && countsAt(stake, at))
            power += stake.tokens;
    return power;
}

Accrual accrue(qint64 tokens, qint64 from, qint64 to, qint64 remainder)
{
    Accrual result;
    result.checkpointAt = from;
    result.remainder = remainder;
    if (to <= from || tokens <= 0)
        return result;
    const qint64 seconds = (to - from) / 1000;
    constexpr Wide kDivisor = Wide(100) * kSecondsPerYear;
    const Wide numerator = Wide(tokens) * kRewardPct * seconds + remainder;
    result.rewards = qint64(numerator / kDivisor);
    result.remainder = qint64(numerator % kDivisor);
    result.checkpointAt = from + seconds * 1000;
    return result;
}

QByteArray ProposalContent::canonical() const
{
    // QJsonObject sorts its keys, so the document is the same for the same content.
    const QJsonObject object{
        {QStringLiteral("amount_minor"), amountMinor},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("description"), description},
        {QStringLiteral("proposal_type"), type},
        {QStringLiteral("proposer_id"), proposerId},
        {QStringLiteral("recipient"), recipient},
        {QStringLiteral("recipient_user_id"), recipientUserId},
        {QStringLiteral("title"), title},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString ProposalContent::hash() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical(), QCryptographicHash::Sha256).toHex());
}

std::optional<qint64> parseRecipient(const QString &address)
{
    static const QRegularExpression pattern(QStringLiteral("^user:([1-9][0-9]{0,17})$"));
    const QRegularExpressionMatch match = pattern.match(address);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toLongLong();
}

QString recipientAddress(qint64 userId)
{
    return QStringLiteral("user:%1").arg(userId);
}

} // namespace Steward::Dao
