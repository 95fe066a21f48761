#pragma once

#include "ledger.h"

#include <QList>

namespace Steward::Finance {

/** One share of a payment: the account purpose and owner it is credited to, in minor units. */
struct Leg
{
    Purpose purpose = Purpose::PlatformRevenue;
    qint64 ownerId = 0; ///< A user for payables, 0 for the platform and the DAO.
    qint64 amount = 0;

    bool operator==(const Leg &other) const = default;
};

/** The platform's split rules as pure arithmetic: no database, no rounding drift. Every split
 *  uses the largest-remainder method, so its legs sum exactly to the amount and each leg is
 *  within one cent of its exact share. Legs of zero are left out. Bad input (a negative amount,
 *  a payee share larger than the amount, a rate out of range) throws Error::badInput. */
namespace PostingRules {

/** Basis points (1/100 of a percent). */
constexpr qint64 kWhole = 10'000;
/** The DAO treasury's share of every completed payment: 5 %. */
constexpr qint64 kDaoBps = 500;
/** Agent sales: 45 % to the creator; the platform keeps 50 % and the DAO 5 %. */
constexpr qint64 kAgentCreatorBps = 4'500;
/** Advertising: the platform keeps 30 % of ad spend (the DAO's 5 % included); 70 % goes to the
 *  publisher whose placement showed the ad. */
constexpr qint64 kAdsPlatformBps = 3'000;
/** Vendor commission bounds of the commission tiers (sql/005_commerce.sql). */
constexpr qint64 kVendorMinBps = 500;
constexpr qint64 kVendorMaxBps = 1'500;

/** @p amount split into the payee's share (kWhole - commissionBps) and the commission, of which
 *  the DAO gets kDaoBps of the amount (all of the commission when it is smaller) and the
 *  platform the rest. */
QList<Leg> commissionSplit(qint64 amount, Purpose payee, qint64 payeeUserId, qint64 commissionBps);

/** A payment with no payee (a dating subscription): 95 % platform, 5 % DAO. */
QList<Leg> platformPayment(qint64 amount);
/** An agent sale: 45 % creator, 50 % platform, 5 % DAO. */
QList<Leg> agentSale(qint64 amount, qint64 creatorUserId);
/** A vendor order: the vendor keeps all but the tier's commission (5–15 %). */
QList<Leg> vendorOrder(qint64 amount, qint64 vendorUserId, qint64 commissionBps);
/** Ad spend: 70 % publisher, 25 % platform, 5 % DAO. */
QList<Leg> adSpend(qint64 amount, qint64 publisherUserId);

/** A fare or price whose payee share was agreed when it was quoted (a ride's driver earnings,
 *  surge included; a booking's host payout; a parcel's traveler payout): the payee gets exactly
 *  @p payeeAmount, the DAO 5 % of the whole (capped at the platform fee), the platform the rest. */
QList<Leg> agreedSplit(qint64 amount, Purpose payee, qint64 payeeUserId, qint64 payeeAmount);
QList<Leg> ride(qint64 fare, qint64 driverUserId, qint64 driverEarnings);
QList<Leg> booking(qint64 total, qint64 hostUserId, qint64 hostPayout);
QList<Leg> parcel(qint64 fee, qint64 travelerUserId, qint64 travelerPayout);

/** What a refund of @p amount takes back from each leg of @p remaining (what is left of the
 *  original split after earlier refunds): shares proportional to what remains, by largest
 *  remainder, never more than a leg holds. Refunding everything that remains returns every leg
 *  to zero. Throws when @p amount is not positive or exceeds what remains. */
QList<Leg> refundSplit(qint64 amount, const QList<Leg> &remaining);

/** The sum of the legs. */
qint64 total(const QList<Leg> &legs);

} // namespace PostingRules
} // namespace Steward::Finance
