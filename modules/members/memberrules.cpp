#include "memberrules.h"

#include "errors.h"
#include "money.h"

#include <QCryptographicHash>
#include <QDateTime>

#include <algorithm>

namespace Steward::Members {

namespace {

const QStringList kStandings = {QStringLiteral("good"), QStringLiteral("late"),
                                QStringLiteral("suspended"), QStringLiteral("left")};
const QStringList kPaymentStatuses = {QStringLiteral("paid"), QStringLiteral("late"),
                                      QStringLiteral("missed")};

int intField(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        throw Error::internal(QStringLiteral("the draw's frozen rules lack '%1'").arg(key));
    return value.toInt();
}

} // namespace

QString standingName(Standing standing)
{
    return kStandings.at(int(standing));
}

std::optional<Standing> standingFromName(const QString &name)
{
    const qsizetype index = kStandings.indexOf(name);
    if (index < 0)
        return std::nullopt;
    return Standing(index);
}

QStringList standingNames()
{
    return kStandings;
}

QString paymentStatusName(PaymentStatus status)
{
    return kPaymentStatuses.at(int(status));
}

std::optional<PaymentStatus> paymentStatusFromName(const QString &name)
{
    const qsizetype index = kPaymentStatuses.indexOf(name);
    if (index < 0)
        return std::nullopt;
    return PaymentStatus(index);
}

Tenure computeTenure(const QList<PaymentStatus> &monthsOldestFirst)
{
    Tenure tenure;
    for (PaymentStatus month : monthsOldestFirst) {
        if (month == PaymentStatus::Missed) {
            ++tenure.missedPayments;
            tenure.tenureMonths = 0;
        } else {
            ++tenure.monthsPaid;
            ++tenure.tenureMonths;
        }
    }
    return tenure;
}

bool queueBefore(const QueueKey &a, const QueueKey &b)
{
    if (a.standing != b.standing)
        return int(a.standing) < int(b.standing);
    if (a.tenureMonths != b.tenureMonths)
        return a.tenureMonths > b.tenureMonths;
    if (a.joinedAt != b.joinedAt)
        return a.joinedAt < b.joinedAt;
    return a.userId < b.userId;
}

QJsonObject DrawRules::toJson() const
{
    return QJsonObject{{QStringLiteral("min_tenure_months"), minTenureMonths},
                       {QStringLiteral("require_kyc"), requireKyc},
                       {QStringLiteral("award_cooldown_months"), awardCooldownMonths},
                       {QStringLiteral("weight_step_months"), weightStepMonths},
                       {QStringLiteral("max_weight"), maxWeight}};
}

DrawRules DrawRules::fromJson(const QJsonObject &object)
{
    DrawRules rules;
    rules.minTenureMonths = intField(object, QStringLiteral("min_tenure_months"));
    if (!object.value(QStringLiteral("require_kyc")).isBool())
        throw Error::internal(QStringLiteral("the draw's frozen rules lack 'require_kyc'"));
    rules.requireKyc = object.value(QStringLiteral("require_kyc")).toBool();
    rules.awardCooldownMonths = intField(object, QStringLiteral("award_cooldown_months"));
    rules.weightStepMonths = intField(object, QStringLiteral("weight_step_months"));
    rules.maxWeight = intField(object, QStringLiteral("max_weight"));
    return rules;
}

void DrawRules::validate() const
{
    if (minTenureMonths < 0 || minTenureMonths > 600)
        throw Error::badInput(QStringLiteral("members.min_tenure_months must be 0 to 600, not %1")
                                  .arg(minTenureMonths));
    if (awardCooldownMonths < 0 || awardCooldownMonths > 600)
        throw Error::badInput(QStringLiteral("members.award_cooldown_months must be 0 to 600, "
                                             "not %1")
                                  .arg(awardCooldownMonths));
    if (weightStepMonths < 1 || weightStepMonths > 600)
        throw Error::badInput(QStringLiteral("members.weight_step_months must be 1 to 600, not %1")
                                  .arg(weightStepMonths));
    if (maxWeight < 1 || maxWeight > 100)
        throw Error::badInput(
            QStringLiteral("members.max_weight must be 1 to 100, not %1").arg(maxWeight));
}

QStringList ineligibilityReasons(const MemberFacts &member, const DrawRules &rules, qint64 now)
{
    QStringList reasons;
    if (member.standing != Standing::Good)
        reasons << QStringLiteral("standing is %1").arg(standingName(member.standing));
    if (member.tenureMonths < rules.minTenureMonths)
        reasons << QStringLiteral("tenure %1 of %2 months")
                       .arg(member.tenureMonths)
                       .arg(rules.minTenureMonths);
    if (rules.requireKyc && !member.kycVerified)
        reasons << QStringLiteral("identity not verified");
    if (member.lastAwardAt > 0 && rules.awardCooldownMonths > 0) {
        const qint64 cutoff = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC)
                                  .addMonths(-rules.awardCooldownMonths)
                                  .toMSecsSinceEpoch();
        if (member.lastAwardAt >= cutoff)
            reasons << QStringLiteral("awarded on %1, within %2 months")
                           .arg(QDateTime::fromMSecsSinceEpoch(member.lastAwardAt, Qt::UTC)
                                    .date()
                                    .toString(Qt::ISODate))
                           .arg(rules.awardCooldownMonths);
    }
    return reasons;
}

int weightFor(int tenureMonths, const DrawRules &rules)
{
    const int step = std::max(1, rules.weightStepMonths);
    return std::clamp(1 + std::max(0, tenureMonths) / step, 1, std::max(1, rules.maxWeight));
}

QString ticketScore(const QString &seed, qint64 userId, int ticket)
{
    const QByteArray text =
        seed.toUtf8() + ':' + QByteArray::number(userId) + ':' + QByteArray::number(ticket);
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

QList<DrawEntry> computeDraw(const QString &seed, const QList<DrawCandidate> &candidates,
                             const DrawRules &rules, int winners, qint64 poolMinor)
{
    if (winners < 1)
        throw Error::badInput(QStringLiteral("a draw needs at least one winner"));
    if (candidates.size() < winners)
        throw Error::badInput(QStringLiteral("only %1 members are eligible; a draw of %2 winners "
                                             "needs at least %2")
                                  .arg(candidates.size())
                                  .arg(winners));
    if (poolMinor < winners)
        throw Error::badInput(QStringLiteral("a pool of %1 minor units cannot pay %2 winners")
                                  .arg(poolMinor)
                                  .arg(winners));
    QList<DrawEntry> entries;
    entries.reserve(candidates.size());
    for (const DrawCandidate &candidate : candidates) {
        DrawEntry entry;
        entry.userId = candidate.userId;
        entry.queuePosition = candidate.queuePosition;
        entry.tenureMonths = candidate.tenureMonths;
        entry.weight = weightFor(candidate.tenureMonths, rules);
        for (int ticket = 1; ticket <= entry.weight; ++ticket) {
            const QString score = ticketScore(seed, candidate.userId, ticket);
            if (entry.score.isEmpty() || score < entry.score)
                entry.score = score;
        }
        entries << entry;
    }
    std::sort(entries.begin(), entries.end(), [](const DrawEntry &a, const DrawEntry &b) {
        return a.score != b.score ? a.score < b.score : a.userId < b.userId;
    });
    const QList<qint64> awards = allocateLargestRemainder(poolMinor, QList<qint64>(winners, 1));
    for (int i = 0; i < entries.size(); ++i) {
        entries[i].rank = i + 1;
        entries[i].won = i < winners;
        entries[i].awardMinor = i < winners ? awards.at(i) : 0;
    }
    return entries;
}

QString entriesDigest(QList<DrawEntry> entries)
{
    std::sort(entries.begin(), entries.end(),
              [](const DrawEntry &a, const DrawEntry &b) { return a.userId < b.userId; });
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const DrawEntry &entry : std::as_const(entries))
        hash.addData(QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8\n")
                         .arg(entry.userId)
                         .arg(entry.queuePosition)
                         .arg(entry.tenureMonths)
                         .arg(entry.weight)
                         .arg(entry.score)
                         .arg(entry.rank)
                         .arg(entry.won ? 1 : 0)
                         .arg(entry.awardMinor)
                         .toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace Steward::Members
