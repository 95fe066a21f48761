#include "postingrules.h"

#include "errors.h"

namespace Steward::Finance::PostingRules {

namespace {

void requireAmount(qint64 amount)
{
    if (amount <= 0 || amount > Ledger::kMaxAmount)
        throw Error::badInput(
            QStringLiteral("amount_minor must be between 1 and %1").arg(Ledger::kMaxAmount));
}

QList<Leg> nonZero(const QList<Leg> &legs)
{
    QList<Leg> result;
    for (const Leg &leg : legs)
        if (leg.amount != 0)
            result << leg;
    return result;
}

void requireUser(qint64 userId, const char *what)
{
    if (userId <= 0)
        throw Error::badInput(QStringLiteral("%1 must be a user id").arg(QLatin1String(what)));
}

} // namespace

QList<Leg> commissionSplit(qint64 amount, Purpose payee, qint64 payeeUserId, qint64 commissionBps)
{
    requireAmount(amount);
    if (commissionBps < 0 || commissionBps > kWhole)
        throw Error::badInput(QStringLiteral("a commission must be between 0 and 10000 bps"));
    const qint64 dao = std::min(commissionBps, kDaoBps);
    const QList<qint64> shares =
        allocateLargestRemainder(amount, {kWhole - commissionBps, commissionBps - dao, dao});
    return nonZero({{payee, payeeUserId, shares[0]},
                    {Purpose::PlatformRevenue, 0, shares[1]},
                    {Purpose::DaoTreasury, 0, shares[2]}});
}

QList<Leg> platformPayment(qint64 amount)
{
    return commissionSplit(amount, Purpose::PlatformRevenue, 0, kWhole);
}

QList<Leg> agentSale(qint64 amount, qint64 creatorUserId)
{
    requireUser(creatorUserId, "creator_user_id");
    return commissionSplit(amount, Purpose::CreatorPayable, creatorUserId,
                           kWhole - kAgentCreatorBps);
}

QList<Leg> vendorOrder(qint64 amount, qint64 vendorUserId, qint64 commissionBps)
{
    requireUser(vendorUserId, "vendor_user_id");
    if (commissionBps < kVendorMinBps || commissionBps > kVendorMaxBps)
        throw Error::badInput(
            QStringLiteral("commission_bps must be between %1 and %2 (the commission tiers)")
                .arg(kVendorMinBps)
                .arg(kVendorMaxBps));
    return commissionSplit(amount, Purpose::VendorPayable, vendorUserId, commissionBps);
}

QList<Leg> adSpend(qint64 amount, qint64 publisherUserId)
{
    requireUser(publisherUserId, "publisher_user_id");
    return commissionSplit(amount, Purpose::CreatorPayable, publisherUserId, kAdsPlatformBps);
}

QList<Leg> agreedSplit(qint64 amount, Purpose payee, qint64 payeeUserId, qint64 payeeAmount)
{
    requireAmount(amount);
    requireUser(payeeUserId, "the payee");
    if (payeeAmount < 0 || payeeAmount > amount)
        throw Error::badInput(
            QStringLiteral("the payee's share %1 must be between 0 and the amount %2")
                .arg(payeeAmount)
                .arg(amount));
    const qint64 fee = amount - payeeAmount;
    const qint64 dao =
        std::min(fee, allocateLargestRemainder(amount, {kWhole - kDaoBps, kDaoBps})[1]);
    return nonZero({{payee, payeeUserId, payeeAmount},
                    {Purpose::PlatformRevenue, 0, fee - dao},
                    {Purpose::DaoTreasury, 0, dao}});
}

QList<Leg> ride(qint64 fare, qint64 driverUserId, qint64 driverEarnings)
{
    return agreedSplit(fare, Purpose::DriverPayable, driverUserId, driverEarnings);
}

QList<Leg> booking(qint64 total, qint64 hostUserId, qint64 hostPayout)
{
    return agreedSplit(total, Purpose::HostPayable, hostUserId, hostPayout);
}

QList<Leg> parcel(qint64 fee, qint64 travelerUserId, qint64 travelerPayout)
{
    return agreedSplit(fee, Purpose::TravelerPayable, travelerUserId, travelerPayout);
}

QList<Leg> refundSplit(qint64 amount, const QList<Leg> &remaining)
{
    const qint64 left = total(remaining);
    if (amount <= 0)
        throw Error::badInput(QStringLiteral("a refund must be a positive amount"));
    if (amount > left)
        throw Error::badInput(
            QStringLiteral("a refund of %1 exceeds the %2 left to refund").arg(amount).arg(left));
    QList<qint64> weights;
    for (const Leg &leg : remaining)
        weights << leg.amount;
    const QList<qint64> shares = allocateLargestRemainder(amount, weights);
    QList<Leg> result;
    for (int i = 0; i < remaining.size(); ++i)
        result << Leg{remaining[i].purpose, remaining[i].ownerId, shares[i]};
    return nonZero(result);
}

qint64 total(const QList<Leg> &legs)
{
    qint64 sum = 0;
    for (const Leg &leg : legs)
        sum += leg.amount;
    return sum;
}

} // namespace Steward::Finance::PostingRules
