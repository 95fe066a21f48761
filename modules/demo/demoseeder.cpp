#include "demoseeder.h"

#include "democatalog.h"
#include "moderationpriority.h"
#include "demodocuments.h"
#include "demorandom.h"

#include "bulkinserter.h"
#include "database.h"
#include "daorules.h"
#include "errors.h"
#include "ledgerimport.h"
#include "revenue.h"
#include "memberservice.h"
#include "money.h"
#include "passwordhasher.h"
#include "personaldata.h"
#include "postingrules.h"
#include "query.h"
#include "sqldialect.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

#include <algorithm>
#include <bit>
#include <array>
#include <cmath>
#include <limits>
#include <numeric>
#include <vector>

namespace Steward::Demo {

namespace {

Q_LOGGING_CATEGORY(lcDemo, "steward.demo")

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kYear = 365 * kDay;
// Subscriptions and payouts run in 30-day periods.
constexpr qint64 kPeriod = 30 * kDay;

// 2026-11-01T00:00:00Z.
constexpr qint64 kDefaultNow = 1793491200000;

constexpr qint64 kRowsPerTransaction = 50'000;

// Users sign up faster as the year goes on: after a fraction f of the year, N * f^growth of
// them exist. Activity follows the users, so it accumulates as f^(growth + 1).
constexpr double kUserGrowth = 1.6;

constexpr double kPi = 3.141592653589793;
constexpr double kKmPerDegree = 111.32;

// DAO defaults frozen on every proposal (the schema's defaults).
constexpr qint64 kTimelock = 2 * kDay;
constexpr qint64 kGracePeriod = 14 * kDay;

/** Stream names: every kind of generated row draws from its own stream. A few are offset by
 *  a small number (a role, a case type) to give one stream per kind. */
namespace Stream {
constexpr quint64 User = DemoRandom::streamId("user");
constexpr quint64 UserRow = DemoRandom::streamId("user.row");
constexpr quint64 RoleSince = DemoRandom::streamId("user.role");
constexpr quint64 Age = DemoRandom::streamId("user.age");
constexpr quint64 Birthdate = DemoRandom::streamId("user.birthdate");
constexpr quint64 KycExtra = DemoRandom::streamId("trust.kyc.extra");
constexpr quint64 ReporterAccuracy = DemoRandom::streamId("trust.report.accuracy");
constexpr quint64 Tos = DemoRandom::streamId("user.tos");
constexpr quint64 Profile = DemoRandom::streamId("dating.profile");
constexpr quint64 Photo = DemoRandom::streamId("dating.photo");
constexpr quint64 Like = DemoRandom::streamId("dating.like");
constexpr quint64 Match = DemoRandom::streamId("dating.match");
constexpr quint64 Message = DemoRandom::streamId("dating.message");
constexpr quint64 Kyc = DemoRandom::streamId("trust.kyc");
constexpr quint64 KycDocument = DemoRandom::streamId("trust.kyc.document");
constexpr quint64 Report = DemoRandom::streamId("trust.report");
constexpr quint64 Sanction = DemoRandom::streamId("trust.sanction");
constexpr quint64 Appeal = DemoRandom::streamId("trust.appeal");
constexpr quint64 Agent = DemoRandom::streamId("marketplace.agent");
constexpr quint64 AgentSubscription = DemoRandom::streamId("marketplace.subscription");
constexpr quint64 Charge = DemoRandom::streamId("marketplace.charge");
constexpr quint64 Purchase = DemoRandom::streamId("marketplace.purchase");
constexpr quint64 Vendor = DemoRandom::streamId("commerce.vendor");
constexpr quint64 Product = DemoRandom::streamId("commerce.product");
constexpr quint64 Order = DemoRandom::streamId("commerce.order");
constexpr quint64 Driver = DemoRandom::streamId("mobility.driver");
constexpr quint64 Vehicle = DemoRandom::streamId("mobility.vehicle");
constexpr quint64 Ride = DemoRandom::streamId("mobility.ride");
constexpr quint64 Track = DemoRandom::streamId("mobility.track");
constexpr quint64 DriverLocation = DemoRandom::streamId("mobility.location");
constexpr quint64 Zone = DemoRandom::streamId("mobility.zone");
constexpr quint64 Host = DemoRandom::streamId("stays.host");
constexpr quint64 Property = DemoRandom::streamId("stays.property");
constexpr quint64 Booking = DemoRandom::streamId("stays.booking");
constexpr quint64 Campaign = DemoRandom::streamId("ads.campaign");
constexpr quint64 Trip = DemoRandom::streamId("shipping.trip");
constexpr quint64 Parcel = DemoRandom::streamId("shipping.parcel");
constexpr quint64 DatingSubscription = DemoRandom::streamId("payments.subscription");
constexpr quint64 Payment = DemoRandom::streamId("payments.transaction");
constexpr quint64 TopUp = DemoRandom::streamId("payments.topup");
constexpr quint64 Wallet = DemoRandom::streamId("payments.wallet");
constexpr quint64 Payout = DemoRandom::streamId("payments.payout");
constexpr quint64 Stake = DemoRandom::streamId("dao.stake");
constexpr quint64 Proposal = DemoRandom::streamId("dao.proposal");
constexpr quint64 Vote = DemoRandom::streamId("dao.vote");
constexpr quint64 AgentRow = DemoRandom::streamId("marketplace.agent.row");
constexpr quint64 AgentSubscriptionRow = DemoRandom::streamId("marketplace.subscription.row");
constexpr quint64 AppealRow = DemoRandom::streamId("trust.appeal.row");
constexpr quint64 Ballot = DemoRandom::streamId("dao.ballot");
constexpr quint64 CampaignRow = DemoRandom::streamId("ads.campaign.row");
constexpr quint64 CreatorAgents = DemoRandom::streamId("marketplace.creator");
constexpr quint64 DatingSubscriptionRow = DemoRandom::streamId("payments.subscription.row");
constexpr quint64 Geofence = DemoRandom::streamId("mobility.geofence");
constexpr quint64 KycAppeal = DemoRandom::streamId("trust.appeal.kyc");
constexpr quint64 KycCaseRow = DemoRandom::streamId("trust.kyc.row");
constexpr quint64 KycCheck = DemoRandom::streamId("trust.kyc.check");
constexpr quint64 KycQueue = DemoRandom::streamId("trust.kyc.queue");
constexpr quint64 MatchRow = DemoRandom::streamId("dating.match.row");
constexpr quint64 MemberStakes = DemoRandom::streamId("dao.member");
constexpr quint64 MessageCount = DemoRandom::streamId("dating.message.count");
constexpr quint64 ParcelRow = DemoRandom::streamId("shipping.parcel.row");
constexpr quint64 PayeeRow = DemoRandom::streamId("payments.payee");
constexpr quint64 Member = DemoRandom::streamId("members.member");
constexpr quint64 MemberPayment = DemoRandom::streamId("members.payment");
constexpr quint64 Preference = DemoRandom::streamId("dating.preference");
constexpr quint64 ProfileRow = DemoRandom::streamId("dating.profile.row");
constexpr quint64 PropertyRow = DemoRandom::streamId("stays.property.row");
constexpr quint64 ProposalRow = DemoRandom::streamId("dao.proposal.row");
constexpr quint64 ReportRow = DemoRandom::streamId("trust.report.row");
constexpr quint64 TosRow = DemoRandom::streamId("user.tos.row");
constexpr quint64 UserProfile = DemoRandom::streamId("user.profile");
constexpr quint64 VendorRow = DemoRandom::streamId("commerce.vendor.row");
constexpr quint64 WalletHolder = DemoRandom::streamId("payments.wallet.holder");
} // namespace Stream

// ---------------------------------------------------------------------------------------------
// Vocabulary of the schema's CHECK constraints

QStringList words(const char *spaceSeparated)
{
    return QString::fromLatin1(spaceSeparated).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

enum Role {
    Dater,
    Creator,
    Buyer,
    Vendor,
    Driver,
    Host,
    Advertiser,
    Traveler,
    Sender,
    DaoMember,
    RoleCount
};
const QStringList &roleNames()
{
    static const QStringList names =
        words("dater creator buyer vendor driver host advertiser traveler sender dao_member");
    return names;
}
// Share of users holding each role; many users hold none beyond their sign-up.
constexpr std::array<double, RoleCount> kRoleShare{0.35,  0.02,  0.40, 0.02, 0.03,
                                                   0.015, 0.008, 0.02, 0.05, 0.06};

enum class UserStatus : quint8 { Active, Suspended, Banned, Deleted };
enum class Gender : quint8 { Woman, Man, Nonbinary, Other };

enum KycType { KycAge, KycIdentity, KycBusiness, KycDriver, KycHost, KycTypeCount };
enum KycState { KycPending, KycInReview, KycApproved, KycRejected, KycResubmission, KycEscalated };
const QStringList &kycTypeNames()
{
    static const QStringList names = words("age identity business driver host");
    return names;
}
const QStringList &kycStateNames()
{
    static const QStringList names =
        words("pending in_review approved rejected resubmission_requested escalated");
    return names;
}
bool isOpen(quint8 state)
{
    return state != KycApproved && state != KycRejected;
}

enum Verification { Unverified, VerificationPending, Verified, VerificationRejected };
const QStringList &verificationNames()
{
    static const QStringList names = words("unverified pending verified rejected");
    return names;
}

enum Severity { Low, Medium, High, Critical };
const QStringList &severityNames()
{
    static const QStringList names = words("low medium high critical");
    return names;
}

/** The policy reasons sql/003_trust.sql installs, with their default severity and weight. */
struct PolicyReason
{
    const char *code;
    const char *title;
    Severity severity;
    int strikeWeight;
};
enum ReasonCode {
    AiGenerated,
    Impersonation,
    Harassment,
    HateSpeech,
    Nudity,
    Scam,
    Spam,
    Underage,
    Violence,
    ProhibitedItem,
    MisleadingListing,
    IpInfringement,
    OtherReason
};
constexpr std::array<PolicyReason, 13> kPolicyReasons{{
    {"ai_generated", "AI-generated content", Medium, 1},
    {"impersonation", "Impersonation", High, 2},
    {"harassment", "Harassment", High, 2},
    {"hate_speech", "Hate speech", Critical, 3},
    {"nudity", "Nudity or sexual content", High, 2},
    {"scam", "Scam or fraud", Critical, 3},
    {"spam", "Spam", Low, 1},
    {"underage", "Underage user", Critical, 3},
    {"violence", "Violence", Critical, 3},
    {"prohibited_item", "Prohibited item", High, 2},
    {"misleading_listing", "Misleading listing", Medium, 1},
    {"ip_infringement", "Intellectual property", Medium, 1},
    {"other", "Other", Low, 0},
}};
QString reasonCode(int reason)
{
    return QString::fromLatin1(kPolicyReasons[size_t(reason)].code);
}

enum ContentType {
    ContentProfile,
    ContentPhoto,
    ContentMessage,
    ContentReview,
    ContentAgent,
    ContentVendor,
    ContentProperty
};
const QStringList &contentTypeNames()
{
    static const QStringList names =
        words("profile photo message review agent_listing vendor_listing property_listing");
    return names;
}
enum ReportStatus { Unreviewed, ReportInReview, ReportEscalated, Resolved, Dismissed };
const QStringList &reportStatusNames()
{
    static const QStringList names = words("unreviewed in_review escalated resolved dismissed");
    return names;
}
enum Action { ActDismiss, ActRemoveContent, ActWarn, ActStrike, ActSuspend, ActBan, ActEscalate };
const QStringList &actionNames()
{
    static const QStringList names =
        words("dismiss remove_content warn strike suspend ban escalate");
    return names;
}

enum ChargeStatus { ChargePending, ChargeCompleted, ChargeFailed, ChargeRefunded };
const QStringList &chargeStatusNames()
{
    static const QStringList names = words("pending completed failed refunded");
    return names;
}

enum SubscriptionStatus { SubActive, SubPastDue, SubCanceled, SubExpired };
const QStringList &subscriptionStatusNames()
{
    static const QStringList names = words("active past_due canceled expired");
    return names;
}

enum OrderStatus {
    OrderPending,
    OrderPaid,
    OrderShipped,
    OrderDelivered,
    OrderCanceled,
    OrderRefunded,
    OrderDisputed
};
const QStringList &orderStatusNames()
{
    static const QStringList names =
        words("pending paid shipped delivered canceled refunded disputed");
    return names;
}

enum DriverStatus {
    DriverApplicant,
    DriverPending,
    DriverActive,
    DriverSuspended,
    DriverDeactivated
};
const QStringList &driverStatusNames()
{
    static const QStringList names =
        words("applicant pending_verification active suspended deactivated");
    return names;
}

enum RideStatus {
    RideRequested,
    RideAccepted,
    RideInProgress,
    RideCompleted,
    RideCanceledByRider,
    RideCanceledByDriver,
    RideNoDriver,
    RideDisputed
};
const QStringList &rideStatusNames()
{
    static const QStringList names =
        words("requested accepted in_progress completed canceled_by_rider canceled_by_driver "
              "no_driver disputed");
    return names;
}

enum ListingStatus {
    ListingDraft,
    ListingPendingReview,
    ListingListed,
    ListingSuspended,
    ListingDelisted
};
const QStringList &listingStatusNames()
{
    static const QStringList names = words("draft pending_review listed suspended delisted");
    return names;
}

enum BookingStatus {
    BookingRequested,
    BookingConfirmed,
    BookingCanceled,
    BookingCompleted,
    BookingDisputed,
    BookingRefunded
};
const QStringList &bookingStatusNames()
{
    static const QStringList names =
        words("requested confirmed canceled completed disputed refunded");
    return names;
}

enum TripStatus { TripOpen, TripFull, TripInTransit, TripCompleted, TripCanceled };
const QStringList &tripStatusNames()
{
    static const QStringList names = words("open full in_transit completed canceled");
    return names;
}

enum ParcelStatus {
    ParcelCreated,
    ParcelMatched,
    ParcelPickedUp,
    ParcelInTransit,
    ParcelDelivered,
    ParcelDisputed,
    ParcelCanceled,
    ParcelLost
};
const QStringList &parcelStatusNames()
{
    static const QStringList names =
        words("created matched picked_up in_transit delivered disputed canceled lost");
    return names;
}
enum Escrow { EscrowNone, EscrowHeld, EscrowReleased, EscrowRefunded };
const QStringList &escrowNames()
{
    static const QStringList names = words("none held released refunded");
    return names;
}

enum PayeeType { PayeeCreator, PayeeVendor, PayeeDriver, PayeeHost, PayeeTraveler, PayeeDaoGrant };
const QStringList &payeeTypeNames()
{
    static const QStringList names = words("creator vendor driver host traveler dao_grant");
    return names;
}
enum PayoutState {
    PayoutPending,
    PayoutApproved,
    PayoutRejected,
    PayoutPaid,
    PayoutFailed,
    PayoutReturned
};
const QStringList &payoutStateNames()
{
    static const QStringList names = words("pending approved rejected paid failed returned");
    return names;
}

enum ProposalState {
    ProposalPending,
    ProposalActive,
    ProposalDefeated,
    ProposalSucceeded,
    ProposalQueued,
    ProposalExpired,
    ProposalExecuted,
    ProposalCanceled,
    ProposalStateCount
};
enum ProposalType { Feature, Grant, Budget, Partnership, Parameter };
const QStringList &proposalTypeNames()
{
    static const QStringList names = words("feature grant budget partnership parameter");
    return names;
}
enum VoteSupport { VoteFor, VoteAgainst, VoteAbstain };
const QStringList &supportNames()
{
    static const QStringList names = words("for against abstain");
    return names;
}

// ---------------------------------------------------------------------------------------------
// Small helpers

/** A position in microdegrees. */
struct GeoPoint
{
    qint64 lat = 0;
    qint64 lon = 0;
};

GeoPoint toMicrodegrees(double lat, double lon)
{
    return {qint64(std::llround(lat * 1e6)), qint64(std::llround(lon * 1e6))};
}

/** The point @p km away from (@p lat, @p lon) in direction @p bearing (radians from north). */
GeoPoint offsetKm(double lat, double lon, double km, double bearing)
{
    const double dLat = km * std::cos(bearing) / kKmPerDegree;
    const double dLon = km * std::sin(bearing) / (kKmPerDegree * std::cos(lat * kPi / 180.0));
    return toMicrodegrees(lat + dLat, lon + dLon);
}

/** A point within @p maxKm of the given centre, denser towards the centre as cities are. */
GeoPoint scatter(DemoRandom &random, double lat, double lon, double maxKm)
{
    const double km = maxKm * std::pow(random.unit(), 0.8);
    return offsetKm(lat, lon, km, random.unit() * 2 * kPi);
}

double distanceKm(GeoPoint a, GeoPoint b)
{
    const double lat1 = double(a.lat) / 1e6 * kPi / 180.0;
    const double lat2 = double(b.lat) / 1e6 * kPi / 180.0;
    const double dLat = lat2 - lat1;
    const double dLon = double(b.lon - a.lon) / 1e6 * kPi / 180.0;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2) +
                     std::cos(lat1) * std::cos(lat2) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * 6371.0 * std::asin(std::min(1.0, std::sqrt(h)));
}

/** A New York price in cents converted to the local price level (same number, local
 *  currency: the demo does not convert currencies). */
qint64 localPrice(qint64 newYorkMinor, int pricePercent)
{
    return std::max<qint64>(1, newYorkMinor * pricePercent / 100);
}

/** A price that ends in 99, as shops set them. */
qint64 shopPrice(qint64 minor)
{
    return std::max<qint64>(99, (minor + 50) / 100 * 100 - 1);
}

QString hexString(DemoRandom &random, int digits)
{
    static const char kHex[] = "0123456789abcdef";
    QString text(digits, Qt::Uninitialized);
    QChar *out = text.data();
    quint64 bits = 0;
    for (int i = 0; i < digits; ++i) {
        if (i % 16 == 0)
            bits = random.next();
        out[i] = QLatin1Char(kHex[bits & 0xf]);
        bits >>= 4;
    }
    return text;
}

/** A name as it can appear in an email address: lower-case ASCII letters only. */
QString emailForm(const QString &name)
{
    const QString decomposed = name.toLower().normalized(QString::NormalizationForm_D);
    QString result;
    for (const QChar c : decomposed) {
        const char16_t u = c.unicode();
        if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9'))
            result += c;
        else if (u == u'ß')
            result += QLatin1String("ss");
        else if (u == u'ı')
            result += QLatin1Char('i');
        else if (u == u'ø')
            result += QLatin1Char('o');
        else if (u == u'æ')
            result += QLatin1String("ae");
        else if (u == u'ł')
            result += QLatin1Char('l');
    }
    return result.isEmpty() ? QStringLiteral("user") : result;
}

QString yearMonth(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(QStringLiteral("yyyy-MM"));
}

qint64 dayStart(qint64 msecs)
{
    return msecs - msecs % kDay;
}

/** Rows grouped by parent: parent p owns rows [first[p], first[p + 1]). */
struct Layout
{
    std::vector<qint64> first{0};

    void append(qint64 count) { first.push_back(first.back() + count); }
    qint64 total() const { return first.back(); }
    qint64 parents() const { return qint64(first.size()) - 1; }
    qint64 count(qint64 parent) const { return first[size_t(parent) + 1] - first[size_t(parent)]; }
    qint64 begin(qint64 parent) const { return first[size_t(parent)]; }
    qint64 parentOf(qint64 row) const
    {
        return qint64(std::upper_bound(first.begin(), first.end(), row) - first.begin()) - 1;
    }
};

// ---------------------------------------------------------------------------------------------
// The plan: the facts other tables depend on, computed once before anything is written and
// never changed afterwards, so a retried transaction regenerates exactly the same rows.

struct UserFacts
{
    qint64 createdAt = 0;
    quint16 roles = 0;
    quint8 city = 0;
    quint8 firstName = 0;
    quint8 lastName = 0;
    UserStatus status = UserStatus::Active;
    Gender gender = Gender::Woman;
    bool ageVerified = false;
    bool tosAccepted = true;
    bool marketplaceVerified = false;
    qint8 sanctionReason = -1;

    bool has(Role role) const { return roles & (1u << role); }
};

struct MatchFacts
{
    qint32 userA = 0; // the smaller user index
    qint32 userB = 0;
    qint64 matchedAt = 0;
    quint8 status = 0;
};

struct KycCaseFacts
{
    qint32 user = 0;
    quint8 type = 0;
    quint8 state = 0;
    quint8 attempts = 1;
    quint8 risk = 0;
    quint8 watchlistHits = 0;
    qint64 submittedAt = 0;
    qint64 decidedAt = 0; // 0 while the case is open
};

struct ReportFacts
{
    qint32 subject = 0;
    qint32 reporter = -1;
    quint8 contentType = 0;
    quint8 source = 0; // 0 user report, 1 automated
    quint8 reason = 0;
    quint8 severity = 0;
    quint8 status = 0;
    quint8 action = ActDismiss; // the decision's action when the report has one
    quint8 detail = 0;
    qint16 aiScore = -1;
    qint64 contentId = 0;
    qint64 createdAt = 0;
    qint64 decidedAt = 0; // 0 without decision
};

struct StrikeFacts
{
    qint32 report = 0;
    qint64 revokedAt = 0;
};

struct AppealFacts
{
    quint8 type = 0; // 0 moderation, 1 strike, 2 suspension, 3 kyc
    qint32 user = 0;
    qint64 decision = -1; // indices, -1 for none
    qint64 strike = -1;
    qint64 kycCase = -1;
    quint8 status = 0;
    qint64 createdAt = 0;
    qint64 decidedAt = 0;
};

struct AgentFacts
{
    qint32 creator = 0; // creator index
    quint8 category = 0;
    bool monthly = true;
    quint8 status = ListingListed;
    qint64 priceMinor = 0;
    qint64 createdAt = 0;
};

struct SubscriptionFacts
{
    qint32 user = 0;
    qint32 target = 0; // the agent, or the plan for dating subscriptions
    quint8 status = SubActive;
    bool autoRenew = true;
    qint32 periods = 1;
    qint64 priceMinor = 0;
    qint64 createdAt = 0;
    qint64 canceledAt = 0;
};

struct SaleFacts
{
    qint32 buyer = 0;
    qint32 agent = 0;
    qint64 subscription = -1;
    quint8 kind = 0; // 0 purchase, 1 subscription, 2 renewal
    quint8 status = ChargeCompleted;
    qint64 amountMinor = 0;
    qint64 createdAt = 0;
};

struct VendorFacts
{
    qint32 owner = 0;
    quint8 category = 0;
    quint8 kind = 0;
    quint8 tier = 0;
    quint8 verification = Unverified;
    quint8 status = 0; // active paused suspended closed
    qint64 createdAt = 0;
};

struct OrderItem
{
    qint32 product = 0; // index within the vendor
    qint32 quantity = 1;
    qint64 unitPriceMinor = 0;
};

struct OrderFacts
{
    qint32 buyer = 0;
    qint32 vendor = 0;
    quint8 status = OrderDelivered;
    quint8 itemCount = 0;
    std::array<OrderItem, 4> items;
    qint64 subtotalMinor = 0;
    qint64 shippingMinor = 0;
    qint64 totalMinor = 0;
    qint64 commissionMinor = 0;
    int commissionBps = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

struct DriverFacts
{
    qint32 user = 0;
    quint8 status = DriverApplicant;
    quint8 vehicleClass = 0;
    qint64 createdAt = 0;
    qint64 activeSince = 0; // 0: never approved to drive
};

struct RideFacts
{
    qint32 rider = 0;
    qint32 driver = -1;
    quint8 city = 0;
    quint8 status = RideCompleted;
    qint8 rating = 0;
    GeoPoint pickup;
    GeoPoint dropoff;
    qint32 distanceM = 0;
    qint32 durationS = 0;
    qint64 baseFareMinor = 0;
    qint32 surgePct = 100;
    qint64 fareMinor = 0;
    qint64 driverEarningsMinor = 0;
    qint64 tipMinor = 0;
    qint64 requestedAt = 0;
    qint64 acceptedAt = 0;
    qint64 startedAt = 0;
    qint64 completedAt = 0;
    qint64 canceledAt = 0;
};

struct HostFacts
{
    qint32 user = 0;
    quint8 verification = Unverified;
    quint8 status = 0; // active suspended closed
    bool superhost = false;
    qint64 createdAt = 0;
};

struct PropertyFacts
{
    qint32 host = 0;
    quint8 type = 0;
    quint8 city = 0;
    quint8 status = ListingListed;
    quint8 bedrooms = 1;
    quint8 maxGuests = 2;
    qint64 nightlyMinor = 0;
    qint64 createdAt = 0;
};

struct BookingFacts
{
    qint32 property = 0;
    qint32 guest = 0;
    qint64 checkIn = 0;
    qint32 nights = 1;
    qint32 guests = 1;
    qint64 totalMinor = 0;
    qint64 feeMinor = 0;
    quint8 status = BookingCompleted;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

struct CampaignFacts
{
    qint32 advertiser = 0;
    quint8 status = 0; // draft pending_review active paused completed rejected
    quint8 objective = 0;
    qint64 budgetMinor = 0;
    qint64 spentMinor = 0;
    qint64 createdAt = 0;
    qint64 startsAt = 0;
    qint64 endsAt = 0;
};

struct TripFacts
{
    qint32 traveler = 0;
    quint8 origin = 0;
    quint8 destination = 0;
    quint8 status = TripOpen;
    qint32 capacityGrams = 0;
    qint64 pricePerKgMinor = 0;
    qint64 createdAt = 0;
    qint64 departsAt = 0;
    qint64 arrivesAt = 0;
};

struct ParcelFacts
{
    qint32 sender = 0;
    qint64 trip = -1;
    quint8 origin = 0;
    quint8 destination = 0;
    quint8 status = ParcelCreated;
    quint8 escrow = EscrowNone;
    qint32 weightGrams = 0;
    qint64 declaredMinor = 0;
    qint64 feeMinor = 0;
    qint64 travelerPayoutMinor = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 deliveredAt = 0;
};

/** What one payee earned over the year, in the payee's currency. */
struct Earnings
{
    qint64 totalMinor = 0;
    qint64 firstAt = 0;

    void add(qint64 amount, qint64 at)
    {
        totalMinor += amount;
        if (firstAt == 0 || at < firstAt)
            firstAt = at;
    }
};

struct PayeeFacts
{
    quint8 type = 0;
    qint32 user = 0;
    qint64 earnedMinor = 0;
    qint64 firstAt = 0;
    qint64 proposal = -1; // DAO grants: the executed proposal
};

struct StakeFacts
{
    qint64 tokens = 0;
    qint64 stakedAt = 0;
    qint64 unlocksAt = 0;
    qint64 unstakedAt = 0;
    quint8 status = 0; // active locked withdrawn
};

struct ProposalFacts
{
    quint8 state = 0;
    quint8 type = 0;
    qint32 proposer = 0;
    qint32 recipient = -1;
    quint8 currency = 0;
    qint64 amountMinor = -1; // -1: none
    qint64 createdAt = 0;
    qint64 snapshotAt = 0;
    qint64 votingStartsAt = 0;
    qint64 votingEndsAt = 0;
    qint64 queuedAt = 0;
    qint64 executedAt = 0;
    qint64 canceledAt = 0;
    qint64 quorum = 0;
    int thresholdPct = 50;
    std::array<qint64, 3> tally{0, 0, 0};
};

struct VoteFacts
{
    qint32 member = 0;
    quint8 support = 0;
    qint64 power = 0;
    qint64 createdAt = 0;
};

/** The segments of the transactions table, in id order. */
enum PaymentSegment {
    PayDating,
    PayMarketplace,
    PayCommerce,
    PayRides,
    PayTips,
    PayStays,
    PayAds,
    PayShipping,
    PayTopUps,
    PaymentSegmentCount
};

/** The service and kind of a charge, in the order of the transactions table's CHECK lists. */
enum PaymentService : quint8 {
    ServiceDating,
    ServiceMarketplace,
    ServiceCommerce,
    ServiceRides,
    ServiceStays,
    ServiceAds,
    ServiceShipping
};
enum PaymentKind : quint8 {
    KindSubscription,
    KindPurchase,
    KindOrder,
    KindRide,
    KindBooking,
    KindAdSpend,
    KindParcel,
    KindTip,
    KindRefund,
    KindTopUp
};

/** One row being built: the inserter's values for the current row. */
class RowSink
{
public:
    RowSink(BulkInserter &inserter, qsizetype columns) : m_inserter(inserter)
    {
        m_row.reserve(columns);
    }
    /** Starts a new row. */
    QVariantList &row()
    {
        m_row.clear();
        return m_row;
    }
    void add()
    {
        m_inserter.add(m_row);
        ++m_count;
    }
    qint64 count() const { return m_count; }

private:
    BulkInserter &m_inserter;
    QVariantList m_row;
    qint64 m_count = 0;
};

const QString &pick(const QStringList &list, DemoRandom &random)
{
    return list[qsizetype(random.below(list.size()))];
}

// ---------------------------------------------------------------------------------------------

/** One run of the seeder: plans the whole platform in memory, then writes it table by table. */
class Seeding
{
public:
    Seeding(Database &database, const DemoSeeder::Options &options,
            const std::function<void(const DemoSeeder::Progress &)> &progress,
            const std::atomic_bool *cancel);

    DemoSeeder::Report run();

private:
    // Randomness, time and people
    DemoRandom random(quint64 stream, qint64 index) const
    {
        return DemoRandom::forRow(m_seed, stream, quint64(index));
    }
    qint64 userCreatedAt(qint64 index) const;
    qint64 activityTime(qint64 index, qint64 count, DemoRandom &random) const;
    qint64 past(qint64 time) const { return std::min(time, m_now - kMinute); }
    qint64 usersCreatedBy(qint64 time) const;
    qint64 createdBy(const std::vector<qint32> &users, qint64 time) const;
    qint32 pickUser(const std::vector<qint32> &users, qint64 time, DemoRandom &random, double skew,
                    qint32 except = -1) const;
    qint32 pickAnyUser(qint64 time, DemoRandom &random, double skew, qint32 except = -1) const;
    qint64 roleSince(qint32 user, Role role) const;
    /** The person's birthdate, consistent with their age checks (under 18 when one found them
     *  underage). */
    QDate birthdateOf(qint32 user) const;
    /** @p plaintext sealed for @p column, or NULL without a cipher. */
    QVariant sealed(const QByteArray &plaintext, QByteArrayView column) const
    {
        return m_cipher ? QVariant(m_cipher->seal(plaintext, column)) : QVariant();
    }
    const DemoCity &cityOf(qint32 user) const
    {
        return m_catalog.cities[m_users[size_t(user)].city];
    }
    const QString &currencyOf(qint32 user) const { return cityOf(user).currency; }
    int currencyIndex(const QString &currency) const;
    const QString &firstName(qint32 user) const;
    const QString &lastName(qint32 user) const;
    QString fullName(qint32 user) const;
    static qint64 id(qint64 index) { return index + 1; }

    // Derived facts, regenerated wherever a table needs them
    struct TosHistory
    {
        int count = 1;
        qint64 at[2] = {0, 0};
        bool current[2] = {true, true};
    };
    TosHistory tosHistory(qint32 user) const;
    struct AgeHistory
    {
        int count = 0;
        int method[2] = {0, 0};
        int result[2] = {0, 0};
        qint64 at[2] = {0, 0};
    };
    AgeHistory ageHistory(qint32 user) const;
    quint8 preferredGenders(qint32 dater) const;
    void subscriptionLifecycle(SubscriptionFacts &subscription, DemoRandom &random) const;
    quint8 chargeStatus(const SubscriptionFacts &subscription, qint64 period, qint64 at,
                        DemoRandom &random) const;
    SaleFacts sale(qint64 index) const;
    static QList<qint64> splitSale(qint64 amount);
    struct ProductFacts
    {
        qint32 name = 0;
        qint32 variant = 0;
        qint64 priceMinor = 0;
        qint32 stock = 0;
        quint8 status = 0;
        qint64 createdAt = 0;
    };
    ProductFacts product(qint32 vendor, qint64 index) const;
    OrderFacts order(qint64 index) const;
    RideFacts ride(qint64 index) const;
    int trackPoints(const RideFacts &ride) const;
    CampaignFacts campaign(qint64 index) const;
    ParcelFacts parcel(qint64 index) const;
    qint64 votingPower(qint32 member, qint64 at) const;
    struct PayoutFacts
    {
        qint64 amountMinor = 0;
        quint8 state = PayoutPaid;
        qint64 periodStart = 0;
        qint64 periodEnd = 0;
        qint64 dueAt = 0;
        qint64 approvedAt = 0;
        qint64 paidAt = 0;
    };
    std::vector<PayoutFacts> payoutsOf(qint64 payee) const;
    /** One row of the transactions table: who paid what for which service, and its outcome. */
    struct PaymentFacts
    {
        int segment = 0; ///< PaymentSegment
        qint32 user = 0;
        quint8 service = ServiceDating;
        quint8 kind = KindSubscription;
        quint8 status = ChargeCompleted;
        qint32 failure = -1; ///< Index of the failure reason, -1 when it did not fail.
        qint64 amountMinor = 0;
        QString currency;
        QString sourceType;
        qint64 source = 0; ///< The id of the source row (its index + 1).
        qint64 createdAt = 0;
        qint64 updatedAt = 0;
    };
    PaymentFacts payment(qint64 index) const;

    // Planning, in dependency order
    void planUsers();
    void planIdentity();
    void planDating();
    void planKyc();
    void planMarketplace();
    void planCommerce();
    void planMobility();
    void planStays();
    void planShipping();
    void planAds();
    void planDao();
    void planModeration();
    void planPayments();

    // Writing
    void throwIfCancelled() const;
    template <typename Fill>
    void writeRows(const QString &table, const char *columns, qint64 total, Fill fill);
    template <typename Fill>
    void writeGroups(const QString &table, const char *columns, const Layout &layout, Fill fill);
    void finishStep(const QString &table, qint64 done, qint64 total);

    void writeIdentity();
    void writeDating();
    void writeTrust();
    void writeMarketplace();
    void writeCommerce();
    void writeMobility();
    void writeStays();
    void writeAds();
    void writeShipping();
    void writePayments();
    void writeDao();
    void writeLedger();
    void writeMembers();
    void resetIdentities();

    Database &m_database;
    const DemoCatalog &m_catalog;
    const std::function<void(const DemoSeeder::Progress &)> &m_progress;
    const std::atomic_bool *m_cancel;
    DemoSeeder::Report m_report;

    quint64 m_seed = 1;
    const FieldCipher *m_cipher = nullptr;
    qint64 m_reportTarget = 0;
    qint64 m_kycTarget = 0;
    qint64 m_userCount = 0;
    qint64 m_now = 0;
    qint64 m_yearStart = 0;
    qint64 m_tosRelease = 0;
    QString m_tosCurrent;
    QString m_tosPrevious;
    QStringList m_currencies;
    std::vector<int> m_cityWeights;

    // Lower-case and e-mail forms of every pool's names, by pool.
    struct NameForms
    {
        QStringList firstLower;
        QStringList lastLower;
        QStringList firstEmail;
        QStringList lastEmail;
    };
    std::vector<NameForms> m_nameForms;

    // Identity
    std::vector<UserFacts> m_users;
    std::vector<std::vector<qint32>> m_usersByCity;
    std::array<std::vector<qint32>, RoleCount> m_roleUsers;
    Layout m_userRoles;
    Layout m_tosAcceptances;
    Layout m_ageVerifications;

    // Dating (daters are indices into m_roleUsers[Dater])
    std::vector<std::vector<qint32>> m_datersByCity;
    std::vector<qint32> m_daterPosition; // a dater's index in its city's list
    Layout m_photos;
    Layout m_likes;
    std::vector<MatchFacts> m_matches;
    Layout m_messages;

    // Trust
    std::vector<KycCaseFacts> m_kycCases;
    Layout m_kycDocuments;
    Layout m_kycChecks;
    Layout m_kycEvents;
    Layout m_kycChecklist;
    // The review checklist per case type and the reason templates, as the schema defines them.
    std::array<QStringList, KycTypeCount> m_checklistItems;
    std::array<qint64, KycTypeCount> m_slaHours{24, 48, 72, 72, 72};
    QStringList m_rejectTemplates;
    QStringList m_resubmitTemplates;
    QHash<QString, QString> m_templateMessages;
    std::vector<qint32> m_driverCase;
    std::vector<qint32> m_hostCase;
    std::vector<qint32> m_vendorCase;
    std::vector<ReportFacts> m_reports;
    std::vector<qint32> m_decisions;      // report index of each decision
    std::vector<qint64> m_reportDecision; // decision index of each report, -1 for none
    std::vector<StrikeFacts> m_strikes;
    std::vector<AppealFacts> m_appeals;

    // Marketplace
    Layout m_creatorAgents;
    std::vector<AgentFacts> m_agents;
    std::vector<qint32> m_subscribableAgents;
    std::vector<qint32> m_purchasableAgents;
    std::vector<SubscriptionFacts> m_agentSubscriptions;
    Layout m_agentCharges;
    qint64 m_purchaseCount = 0;
    std::vector<Earnings> m_creatorEarnings;
    std::vector<qint64> m_daoCutMinor; // per currency

    // Commerce
    std::vector<VendorFacts> m_vendors;
    std::vector<qint32> m_sellingVendors;
    Layout m_products;
    qint64 m_orderCount = 0;
    Layout m_orderItems;
    std::vector<Earnings> m_vendorEarnings;

    // Mobility
    std::vector<DriverFacts> m_drivers;
    Layout m_vehicles;
    std::vector<std::vector<qint32>> m_driversByCity;
    std::vector<int> m_rideCityWeights;
    qint64 m_rideCount = 0;
    qint64 m_liveRides = 0;
    qint64 m_trackStride = 1;
    std::vector<qint32> m_chargedRides;
    std::vector<qint32> m_tippedRides;
    std::vector<qint32> m_trackedRides;
    Layout m_gpsPoints;
    struct DriverStats
    {
        qint32 completed = 0;
        qint32 ratingSum = 0;
        qint32 ratingCount = 0;
        qint64 lastSeenAt = 0;
    };
    std::vector<DriverStats> m_driverStats;
    std::vector<Earnings> m_driverEarnings;

    // Stays
    std::vector<HostFacts> m_hosts;
    Layout m_hostProperties;
    std::vector<PropertyFacts> m_properties;
    std::vector<BookingFacts> m_bookings;
    std::vector<Earnings> m_hostEarnings;

    // Ads
    qint64 m_campaignCount = 0;
    std::vector<qint32> m_chargedCampaigns;

    // Shipping
    std::vector<TripFacts> m_trips;
    Layout m_tripParcels;
    qint64 m_unmatchedParcels = 0;
    std::vector<qint32> m_escrowParcels;
    std::vector<Earnings> m_travelerEarnings;

    // Payments
    std::vector<SubscriptionFacts> m_datingSubscriptions;
    Layout m_datingCharges;
    std::vector<qint32> m_bookedStays; // bookings that were paid for
    qint64 m_topUpCount = 0;
    std::array<qint64, PaymentSegmentCount + 1> m_paymentOffsets{};
    std::vector<qint32> m_walletUsers;
    std::vector<qint64> m_walletOf; // wallet index of each user, -1 for none
    std::vector<PayeeFacts> m_payees;
    std::vector<qint64> m_creatorPayee; // payee index of each creator, -1 for none
    Layout m_payouts;

    // DAO
    std::vector<qint32> m_members; // == m_roleUsers[DaoMember]
    Layout m_memberStakes;
    std::vector<StakeFacts> m_stakes;
    std::vector<ProposalFacts> m_proposals;
    Layout m_proposalVotes;
    std::vector<VoteFacts> m_votes;
    std::vector<qint64> m_treasuryEndowment; // per currency
    std::vector<QString> m_proposalTitles;   // written by writeDao, read by writeLedger
};

Seeding::Seeding(Database &database, const DemoSeeder::Options &options,
                 const std::function<void(const DemoSeeder::Progress &)> &progress,
                 const std::atomic_bool *cancel)
    : m_database(database), m_catalog(DemoCatalog::instance()), m_progress(progress),
      m_cancel(cancel), m_seed(options.seed), m_cipher(options.cipher),
      m_reportTarget(options.reports), m_kycTarget(options.kycCases),
      m_userCount(DemoSeeder::userCount(options.scale)),
      m_now(options.now != 0 ? options.now : DemoSeeder::defaultNow())
{
    m_yearStart = m_now - kYear;
    // The current terms came out eight months before "now"; everyone who joined earlier
    // accepted the previous version first.
    m_tosRelease = m_now - 245 * kDay;
    m_tosCurrent = yearMonth(m_tosRelease);
    m_tosPrevious = yearMonth(m_tosRelease - 270 * kDay);

    for (const DemoCity &city : m_catalog.cities) {
        m_cityWeights.push_back(city.weight);
        if (!m_currencies.contains(city.currency))
            m_currencies << city.currency;
    }
    m_currencies.sort();

    for (const DemoNamePool &pool : m_catalog.namePools) {
        NameForms forms;
        for (const QString &name : pool.firstNames) {
            forms.firstLower << name.toLower();
            forms.firstEmail << emailForm(name);
        }
        for (const QString &name : pool.lastNames) {
            forms.lastLower << name.toLower();
            forms.lastEmail << emailForm(name);
        }
        m_nameForms.push_back(std::move(forms));
    }
}

DemoSeeder::Report Seeding::run()
{
    QElapsedTimer timer;
    timer.start();

    const QSqlDatabase db = m_database.connection();
    if (!DemoSeeder::canSeed(m_database))
        throw Error::badInput(QStringLiteral("the database already has users: demo data can "
                                             "only be loaded into an empty platform"));
    throwIfCancelled();

    planUsers();
    planIdentity();
    planDating();
    planKyc();
    planMarketplace();
    planCommerce();
    planMobility();
    planStays();
    planShipping();
    planAds();
    planDao();
    planModeration();
    planPayments();

    // Keys arrive in random order for most secondary indexes, so keeping them up to date row
    // by row took half the run; they are built once from the loaded rows instead. They come
    // back whether the load finishes, fails or is cancelled.
    const SqlDialect &dialect = m_database.dialect();
    const QStringList tables = dialect.tables(db);
    const SqlDialect::BulkLoad load = m_database.write(
        [&](QSqlDatabase &connection) { return dialect.beginBulkLoad(connection, tables); });
    try {
        writeIdentity();
        writeDating();
        writeTrust();
        writeMarketplace();
        writeCommerce();
        writeMobility();
        writeStays();
        writeAds();
        writeShipping();
        writePayments();
        writeDao();
        writeLedger();
        writeMembers();
        resetIdentities();
    } catch (...) {
        try {
            dialect.endBulkLoad(db, load);
        } catch (const Error &error) {
            qCWarning(lcDemo) << "could not rebuild the indexes after a failed seed:"
                              << error.message();
        }
        throw;
    }
    dialect.endBulkLoad(db, load);

    m_report.msecs = timer.elapsed();
    return m_report;
}

// ---------------------------------------------------------------------------------------------
// Randomness, time and people

qint64 Seeding::userCreatedAt(qint64 index) const
{
    // Everyone has been around for at least a day, so "their first day" is always in the past.
    const qint64 span = m_now - kDay - m_yearStart;
    const double fraction =
        std::pow((double(index) + 0.5) / double(m_userCount), 1.0 / kUserGrowth);
    return m_yearStart + qint64(fraction * double(span));
}

qint64 Seeding::activityTime(qint64 index, qint64 count, DemoRandom &random) const
{
    const double position = (double(index) + random.unit()) / double(std::max<qint64>(1, count));
    const double fraction = std::pow(std::min(1.0, position), 1.0 / (kUserGrowth + 1.0));
    return past(m_yearStart + qint64(fraction * double(kYear)));
}

qint64 Seeding::usersCreatedBy(qint64 time) const
{
    // Users are numbered in sign-up order.
    return std::partition_point(m_users.begin(), m_users.end(),
                                [time](const UserFacts &user) { return user.createdAt <= time; }) -
           m_users.begin();
}

qint64 Seeding::createdBy(const std::vector<qint32> &users, qint64 time) const
{
    return std::partition_point(
               users.begin(), users.end(),
               [&](qint32 user) { return m_users[size_t(user)].createdAt <= time; }) -
           users.begin();
}

qint32 Seeding::pickUser(const std::vector<qint32> &users, qint64 time, DemoRandom &random,
                         double skew, qint32 except) const
{
    if (users.empty())
        return -1;
    // The earliest users are the most active: a skewed pick among those who had signed up.
    const qint64 eligible = std::max<qint64>(1, createdBy(users, time));
    qint32 user = users[size_t(random.skewed(eligible, skew))];
    if (user == except && users.size() > 1) {
        const qint64 other = random.below(std::max<qint64>(1, eligible - 1));
        user = users[size_t(users[size_t(other)] == except ? other + 1 : other)];
    }
    return user;
}

qint32 Seeding::pickAnyUser(qint64 time, DemoRandom &random, double skew, qint32 except) const
{
    const qint64 eligible = std::max<qint64>(2, usersCreatedBy(time));
    qint32 user = qint32(random.skewed(std::min(eligible, m_userCount), skew));
    if (user == except)
        user = user + 1 < m_userCount ? user + 1 : user - 1;
    return user;
}

qint64 Seeding::roleSince(qint32 user, Role role) const
{
    const UserFacts &facts = m_users[size_t(user)];
    DemoRandom random = this->random(Stream::RoleSince + quint64(role), user);
    // Half take up a role when they sign up, the rest within a month.
    if (random.chance(0.5))
        return facts.createdAt + random.between(kMinute, 30 * kMinute);
    const qint64 room =
        std::max<qint64>(kHour, std::min<qint64>(30 * kDay, m_now - 2 * kHour - facts.createdAt));
    return std::min(facts.createdAt + random.between(kHour, room), m_now - kHour);
}

int Seeding::currencyIndex(const QString &currency) const
{
    return int(m_currencies.indexOf(currency));
}

const QString &Seeding::firstName(qint32 user) const
{
    const UserFacts &facts = m_users[size_t(user)];
    return m_catalog.namePools[cityOf(user).namePool].firstNames[facts.firstName];
}

const QString &Seeding::lastName(qint32 user) const
{
    const UserFacts &facts = m_users[size_t(user)];
    return m_catalog.namePools[cityOf(user).namePool].lastNames[facts.lastName];
}

QString Seeding::fullName(qint32 user) const
{
    return firstName(user) + QLatin1Char(' ') + lastName(user);
}

// ---------------------------------------------------------------------------------------------
// Writing

void Seeding::throwIfCancelled() const
{
    if (m_cancel && m_cancel->load())
        throw Error(ErrorCode::Internal, QStringLiteral("cancelled"));
}

void Seeding::finishStep(const QString &table, qint64 done, qint64 total)
{
    const qint64 before = m_report.rowsPerTable.value(table);
    m_report.rows += done - before;
    m_report.rowsPerTable.insert(table, done);
    if (m_progress)
        m_progress({table, done, total});
}

template <typename Fill>
void Seeding::writeRows(const QString &table, const char *columns, qint64 total, Fill fill)
{
    const QStringList columnList = words(columns);
    qint64 done = 0;
    do {
        throwIfCancelled();
        const qint64 begin = done;
        const qint64 end = std::min(total, done + kRowsPerTransaction);
        // A retried transaction starts again from `begin`: every row is a function of its index.
        m_database.write([&](QSqlDatabase &db) {
            BulkInserter inserter(db, table, columnList);
            QVariantList row;
            row.reserve(columnList.size());
            for (qint64 index = begin; index < end; ++index) {
                row.clear();
                fill(index, row);
                inserter.add(row);
            }
            inserter.flush();
        });
        done = end;
        finishStep(table, done, total);
    } while (done < total);
}

template <typename Fill>
void Seeding::writeGroups(const QString &table, const char *columns, const Layout &layout,
                          Fill fill)
{
    const QStringList columnList = words(columns);
    const qint64 total = layout.total();
    qint64 parent = 0;
    do {
        throwIfCancelled();
        const qint64 firstParent = parent;
        qint64 lastParent = parent;
        while (lastParent < layout.parents() &&
               (lastParent == firstParent ||
                layout.begin(lastParent + 1) - layout.begin(firstParent) <= kRowsPerTransaction))
            ++lastParent;
        m_database.write([&](QSqlDatabase &db) {
            BulkInserter inserter(db, table, columnList);
            RowSink sink(inserter, columnList.size());
            for (qint64 p = firstParent; p < lastParent; ++p)
                fill(p, layout.begin(p), sink);
            inserter.flush();
            const qint64 expected = layout.begin(lastParent) - layout.begin(firstParent);
            if (sink.count() != expected)
                throw Error::internal(QStringLiteral("demo data for %1: %2 rows instead of %3")
                                          .arg(table)
                                          .arg(sink.count())
                                          .arg(expected));
        });
        parent = lastParent;
        finishStep(table, layout.begin(parent), total);
    } while (parent < layout.parents());
}

// ---------------------------------------------------------------------------------------------
// Planning: identity and dating

void Seeding::planUsers()
{
    const qsizetype cityCount = m_catalog.cities.size();
    m_users.resize(size_t(m_userCount));
    m_usersByCity.assign(size_t(cityCount), {});
    for (qint64 i = 0; i < m_userCount; ++i) {
        DemoRandom random = this->random(Stream::User, i);
        UserFacts &user = m_users[size_t(i)];
        user.city = quint8(random.weighted(m_cityWeights));
        const DemoNamePool &pool = m_catalog.namePools[m_catalog.cities[user.city].namePool];
        user.firstName = quint8(random.below(pool.firstNames.size()));
        user.lastName = quint8(random.below(pool.lastNames.size()));
        // The pools list male first names before female ones.
        const double gender = random.unit();
        user.gender = gender < 0.03                                 ? Gender::Nonbinary
                      : gender < 0.04                               ? Gender::Other
                      : user.firstName < pool.firstNames.size() / 2 ? Gender::Man
                                                                    : Gender::Woman;
        user.createdAt = userCreatedAt(i);
        for (int role = 0; role < RoleCount; ++role) {
            if (random.chance(kRoleShare[size_t(role)]))
                user.roles |= quint16(1u << role);
        }
        const double status = random.unit();
        user.status = status < 0.012   ? UserStatus::Suspended
                      : status < 0.017 ? UserStatus::Banned
                      : status < 0.025 ? UserStatus::Deleted
                                       : UserStatus::Active;
        m_usersByCity[user.city].push_back(qint32(i));
        for (int role = 0; role < RoleCount; ++role) {
            if (user.has(Role(role)))
                m_roleUsers[size_t(role)].push_back(qint32(i));
        }
    }
    m_members = m_roleUsers[DaoMember];
}

Seeding::TosHistory Seeding::tosHistory(qint32 user) const
{
    const UserFacts &facts = m_users[size_t(user)];
    DemoRandom random = this->random(Stream::Tos, user);
    TosHistory history;
    history.at[0] = facts.createdAt;
    if (facts.createdAt >= m_tosRelease)
        return history;
    history.current[0] = false;
    // Most earlier users accepted the new terms within weeks; a few never came back.
    if (random.chance(0.96)) {
        history.count = 2;
        history.at[1] = past(m_tosRelease + random.skewed(90 * kDay, 3.0) + random.below(kDay));
    }
    return history;
}

Seeding::AgeHistory Seeding::ageHistory(qint32 user) const
{
    const UserFacts &facts = m_users[size_t(user)];
    DemoRandom random = this->random(Stream::Age, user);
    AgeHistory history;
    if (!facts.has(Dater) && !facts.has(Driver) && !random.chance(0.04))
        return history;
    // method: birthdate phone id_document kyc; result: verified rejected underage
    const std::array<int, 4> methods{55, 15, 25, 5};
    history.count = random.chance(0.07) ? 2 : 1;
    history.at[0] = facts.createdAt + random.between(kMinute, 20 * kMinute);
    if (history.count == 2) {
        history.method[0] = 0;
        history.result[0] = 1;
        history.method[1] = 2;
        history.at[1] = past(history.at[0] + random.between(kHour, 5 * kDay));
    } else {
        history.method[0] = random.weighted(methods);
    }
    const double outcome = random.unit();
    history.result[history.count - 1] = outcome < 0.965 ? 0 : outcome < 0.99 ? 1 : 2;
    return history;
}

QDate Seeding::birthdateOf(qint32 user) const
{
    DemoRandom random = this->random(Stream::Birthdate, user);
    const AgeHistory history = ageHistory(user);
    const bool underage = history.count > 0 && history.result[history.count - 1] == 2;
    const qint64 ageDays = underage ? random.between(15 * 365, 17 * 365 + 300)
                                    : 18 * 365 + 10 + random.skewed(52 * 365, 1.7);
    return QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC).date().addDays(-ageDays);
}

void Seeding::planIdentity()
{
    for (qint32 i = 0; i < qint32(m_userCount); ++i) {
        UserFacts &user = m_users[size_t(i)];
        m_userRoles.append(std::popcount(unsigned(user.roles)));
        const TosHistory tos = tosHistory(i);
        m_tosAcceptances.append(tos.count);
        user.tosAccepted = tos.current[tos.count - 1];
        const AgeHistory age = ageHistory(i);
        m_ageVerifications.append(age.count);
        user.ageVerified = age.count > 0 && age.result[age.count - 1] == 0;
    }
}

quint8 Seeding::preferredGenders(qint32 dater) const
{
    // A bit per Gender value.
    const qint32 user = m_roleUsers[Dater][size_t(dater)];
    DemoRandom random = this->random(Stream::Preference, dater);
    const double choice = random.unit();
    switch (m_users[size_t(user)].gender) {
    case Gender::Woman:
        return choice < 0.8 ? 0b0010 : choice < 0.9 ? 0b0001 : 0b0011;
    case Gender::Man:
        return choice < 0.86 ? 0b0001 : choice < 0.93 ? 0b0010 : 0b0011;
    default:
        return 0b1111;
    }
}

void Seeding::planDating()
{
    const std::vector<qint32> &daters = m_roleUsers[Dater];
    m_datersByCity.assign(size_t(m_catalog.cities.size()), {});
    m_daterPosition.resize(daters.size());
    for (size_t d = 0; d < daters.size(); ++d) {
        auto &cityList = m_datersByCity[m_users[size_t(daters[d])].city];
        m_daterPosition[d] = qint32(cityList.size());
        cityList.push_back(qint32(d));
    }

    const std::array<int, 5> photoCounts{50, 33, 12, 4, 1};
    for (size_t d = 0; d < daters.size(); ++d) {
        DemoRandom random = this->random(Stream::Profile, qint64(d));
        m_photos.append(1 + random.weighted(photoCounts));
        const qint64 cityDaters = qint64(m_datersByCity[m_users[size_t(daters[d])].city].size());
        const qint64 likes = random.chance(0.25) ? 1 + random.skewed(13, 4.0) : 0;
        m_likes.append(std::min(likes, cityDaters - 1));
    }

    // Matches pair a dater with a later dater of the same city who fits both preferences.
    const std::array<int, 4> matchStatus{68, 12, 15, 5};
    for (size_t d = 0; d < daters.size(); ++d) {
        DemoRandom random = this->random(Stream::Match, qint64(d));
        if (!random.chance(0.2))
            continue;
        const qint32 user = daters[d];
        const auto &cityList = m_datersByCity[m_users[size_t(user)].city];
        const qint64 position = m_daterPosition[d];
        const qint64 later = qint64(cityList.size()) - position - 1;
        const qint64 wanted = std::min<qint64>(later, 1 + random.skewed(4, 2.0));
        const quint8 wants = preferredGenders(qint32(d));
        std::array<qint32, 5> chosen{};
        int found = 0;
        for (int attempt = 0; attempt < 12 && found < wanted; ++attempt) {
            const qint32 other = cityList[size_t(position + 1 + random.skewed(later, 1.5))];
            const qint32 otherUser = daters[size_t(other)];
            const bool fits = (wants >> int(m_users[size_t(otherUser)].gender)) & 1 &&
                              (preferredGenders(other) >> int(m_users[size_t(user)].gender)) & 1;
            if (!fits ||
                std::find(chosen.begin(), chosen.begin() + found, other) != chosen.begin() + found)
                continue;
            chosen[size_t(found++)] = other;
            MatchFacts match;
            match.userA = user;
            match.userB = otherUser;
            const qint64 both = std::max(roleSince(user, Dater), roleSince(otherUser, Dater));
            match.matchedAt = past(
                both + kHour + random.skewed(std::max<qint64>(kHour, m_now - both - kHour), 2.0));
            match.status = quint8(random.weighted(matchStatus));
            m_matches.push_back(match);
        }
    }
    for (size_t m = 0; m < m_matches.size(); ++m) {
        DemoRandom random = this->random(Stream::MessageCount, qint64(m));
        m_messages.append(random.chance(0.35) ? 0 : 1 + random.skewed(16, 4.0));
    }

    // Premium dating plans.
    for (size_t d = 0; d < daters.size(); ++d) {
        DemoRandom random = this->random(Stream::DatingSubscription, qint64(d));
        if (!random.chance(0.13))
            continue;
        const qint32 user = daters[d];
        SubscriptionFacts subscription;
        subscription.user = user;
        subscription.target = random.chance(0.7) ? 0 : 1;
        subscription.priceMinor = shopPrice(
            localPrice(subscription.target == 0 ? 1000 : 2000, cityOf(user).pricePercent));
        const qint64 since = roleSince(user, Dater) + kDay;
        subscription.createdAt = past(since + random.below(std::max<qint64>(kHour, m_now - since)));
        subscriptionLifecycle(subscription, random);
        m_datingSubscriptions.push_back(subscription);
        m_datingCharges.append(subscription.periods);
    }
}

void Seeding::subscriptionLifecycle(SubscriptionFacts &subscription, DemoRandom &random) const
{
    const qint64 elapsed = std::max<qint64>(0, m_now - subscription.createdAt);
    const qint64 periodsSoFar = elapsed / kPeriod + 1;
    const double choice = random.unit();
    subscription.autoRenew = true;
    if (choice < 0.14) {
        subscription.status = SubCanceled;
        subscription.autoRenew = false;
        subscription.canceledAt = subscription.createdAt +
                                  random.between(kHour, std::max<qint64>(kHour, elapsed - kMinute));
        subscription.canceledAt = past(subscription.canceledAt);
        subscription.periods =
            qint32((subscription.canceledAt - subscription.createdAt) / kPeriod + 1);
    } else if (choice < 0.24 && periodsSoFar >= 2) {
        subscription.status = SubExpired;
        subscription.autoRenew = false;
        subscription.periods = qint32(1 + random.below(periodsSoFar - 1));
    } else if (choice < 0.29 && periodsSoFar >= 2) {
        subscription.status = SubPastDue;
        subscription.periods = qint32(periodsSoFar);
    } else {
        subscription.status = SubActive;
        subscription.periods = qint32(periodsSoFar);
    }
}

quint8 Seeding::chargeStatus(const SubscriptionFacts &subscription, qint64 period, qint64 at,
                             DemoRandom &random) const
{
    if (subscription.status == SubPastDue && period == subscription.periods - 1)
        return ChargeFailed;
    if (at > m_now - 15 * kMinute)
        return ChargePending;
    return random.chance(0.012) ? ChargeRefunded : ChargeCompleted;
}

// ---------------------------------------------------------------------------------------------
// Planning: KYC

void Seeding::planKyc()
{
    Query items(m_database.connection(),
                QStringLiteral("SELECT case_type, item FROM kyc_checklist_items "
                               "ORDER BY case_type, position"));
    while (items.next()) {
        const qsizetype type = kycTypeNames().indexOf(items.value(0).toString());
        if (type >= 0)
            m_checklistItems[size_t(type)] << items.value(1).toString();
    }
    // Due times follow the platform's service levels per case type.
    for (int type = 0; type < KycTypeCount; ++type) {
        Query hours(m_database.connection(),
                    QStringLiteral("SELECT value FROM app_settings WHERE key = ?"),
                    {QStringLiteral("kyc.sla_hours.") + kycTypeNames()[type]});
        if (hours.next() && hours.value(0).toLongLong() > 0)
            m_slaHours[size_t(type)] = hours.value(0).toLongLong();
    }
    Query templates(m_database.connection(),
                    QStringLiteral("SELECT code, kind, message FROM kyc_reason_templates "
                                   "WHERE is_active ORDER BY position, code"));
    while (templates.next()) {
        const QString code = templates.value(0).toString();
        (templates.value(1).toString() == QLatin1String("reject") ? m_rejectTemplates
                                                                  : m_resubmitTemplates)
            << code;
        m_templateMessages.insert(code, templates.value(2).toString());
    }

    m_driverCase.assign(m_roleUsers[Driver].size(), -1);
    m_hostCase.assign(m_roleUsers[Host].size(), -1);
    m_vendorCase.assign(m_roleUsers[Vendor].size(), -1);
    std::array<qint32, RoleCount> roleIndex{};

    auto addCase = [this](qint32 user, KycType type, Role role) {
        DemoRandom random = this->random(Stream::Kyc + quint64(type), user);
        KycCaseFacts kyc;
        kyc.user = user;
        kyc.type = quint8(type);
        kyc.submittedAt = past(roleSince(user, role) + random.between(10 * kMinute, 2 * kDay));
        const double band = random.unit();
        kyc.risk = quint8(band < 0.84   ? random.between(2, 35)
                          : band < 0.95 ? random.between(36, 69)
                                        : random.between(71, 99));
        // High risk as the four-eyes rule counts it: above 70, or any watchlist hit.
        if (kyc.risk > 70)
            kyc.watchlistHits = quint8(random.chance(0.3) ? random.between(1, 3) : 0);
        else
            kyc.watchlistHits = quint8(random.chance(0.004) ? 1 : 0);
        const bool highRisk = kyc.risk > 70 || kyc.watchlistHits > 0;
        const qint64 decidedAt = kyc.submittedAt + 2 * kHour + random.skewed(94 * kHour, 2.0);
        const double outcome = random.unit();
        if (decidedAt < m_now) {
            if (highRisk)
                kyc.state = outcome < 0.45  ? KycRejected
                            : outcome < 0.9 ? KycApproved
                                            : KycEscalated;
            else
                kyc.state = outcome < 0.9    ? KycApproved
                            : outcome < 0.96 ? KycRejected
                                             : KycResubmission;
            if (!isOpen(kyc.state)) {
                kyc.decidedAt = decidedAt;
                kyc.attempts = random.chance(0.1) ? 2 : 1;
            }
        } else {
            kyc.state = outcome < 0.5   ? KycPending
                        : outcome < 0.8 ? KycInReview
                        : outcome < 0.9 ? (highRisk ? KycEscalated : KycInReview)
                                        : KycResubmission;
        }
        m_kycCases.push_back(kyc);
        return qint32(m_kycCases.size() - 1);
    };

    for (qint32 i = 0; i < qint32(m_userCount); ++i) {
        const UserFacts &user = m_users[size_t(i)];
        DemoRandom random = this->random(Stream::Kyc, i);
        bool any = false;
        if (user.has(Driver)) {
            if (random.chance(0.95))
                m_driverCase[size_t(roleIndex[Driver])] = addCase(i, KycDriver, Driver);
            ++roleIndex[Driver];
            any = true;
        }
        if (user.has(Host)) {
            if (random.chance(0.92))
                m_hostCase[size_t(roleIndex[Host])] = addCase(i, KycHost, Host);
            ++roleIndex[Host];
            any = true;
        }
        if (user.has(Vendor)) {
            if (random.chance(0.9))
                m_vendorCase[size_t(roleIndex[Vendor])] = addCase(i, KycBusiness, Vendor);
            ++roleIndex[Vendor];
            any = true;
        }
        if (user.has(Creator) && random.chance(0.8)) {
            addCase(i, KycIdentity, Creator);
            any = true;
        }
        if (user.has(Dater) && random.chance(0.05))
            addCase(i, KycAge, Dater);
        else if (!any && random.chance(0.004))
            addCase(i, KycIdentity, Buyer);
    }

    // A larger verification load: more daters verify their age, in user order.
    if (m_kycTarget > qint64(m_kycCases.size())) {
        std::vector<bool> hasAgeCase(size_t(m_userCount), false);
        for (const KycCaseFacts &kyc : m_kycCases)
            if (kyc.type == KycAge)
                hasAgeCase[size_t(kyc.user)] = true;
        const std::vector<qint32> &daters = m_roleUsers[Dater];
        const qint64 candidates = std::count_if(
            daters.begin(), daters.end(), [&](qint32 dater) { return !hasAgeCase[size_t(dater)]; });
        const qint64 missing = m_kycTarget - qint64(m_kycCases.size());
        // A little more than needed, so chance alone does not fall short; the loop stops at
        // the target.
        const double share =
            std::min(1.0, 1.02 * double(missing) / double(std::max<qint64>(1, candidates)));
        for (const qint32 dater : daters) {
            if (qint64(m_kycCases.size()) >= m_kycTarget)
                break;
            if (!hasAgeCase[size_t(dater)] && this->random(Stream::KycExtra, dater).chance(share))
                addCase(dater, KycAge, Dater);
        }
    }

    // Every case type has a live queue in every open state, whatever the scale: the latest
    // cases of each type are still being worked on (some after a resubmission).
    const std::array<quint8, 6> queue{KycPending,      KycInReview, KycEscalated,
                                      KycResubmission, KycPending,  KycInReview};
    for (int type = 0; type < KycTypeCount; ++type) {
        int assigned = 0;
        for (qint64 c = qint64(m_kycCases.size()) - 1; c >= 0 && assigned < int(queue.size());
             --c) {
            KycCaseFacts &kyc = m_kycCases[size_t(c)];
            if (kyc.type != type)
                continue;
            DemoRandom random = this->random(Stream::KycQueue, c);
            kyc.state = queue[size_t(assigned)];
            kyc.decidedAt = 0;
            if (kyc.submittedAt < m_now - 3 * kDay) {
                kyc.attempts = 2;
                kyc.submittedAt = m_now - random.between(kHour, 60 * kHour);
            }
            if (kyc.state == KycEscalated) {
                kyc.risk = quint8(std::max<int>(kyc.risk, 82));
                kyc.watchlistHits = quint8(std::max<int>(kyc.watchlistHits, 1));
            }
            ++assigned;
        }
    }

    for (const KycCaseFacts &kyc : m_kycCases) {
        const bool approved = kyc.state == KycApproved;
        if ((kyc.type == KycBusiness || kyc.type == KycIdentity) && approved)
            m_users[size_t(kyc.user)].marketplaceVerified = true;
        // Documents: the type's kinds at every attempt; a provider check for every attempt
        // that has been looked at.
        const int kinds = kyc.type == KycDriver ? 4 : kyc.type == KycAge ? 2 : 3;
        m_kycDocuments.append(kinds * kyc.attempts);
        const bool checked = kyc.state != KycPending;
        m_kycChecks.append(kyc.attempts - 1 + (checked ? 1 : 0));
        // History: submitted, each earlier attempt's resubmission, and where the case stands.
        const bool decided = kyc.state == KycApproved || kyc.state == KycRejected;
        m_kycEvents.append(
            1 + 2 * (kyc.attempts - 1) +
            (decided || kyc.state == KycResubmission || kyc.state == KycEscalated ? 1 : 0));
        // Approved cases had their whole checklist ticked; cases in review about half of it.
        const qsizetype items = m_checklistItems[kyc.type].size();
        m_kycChecklist.append(kyc.state == KycApproved   ? items
                              : kyc.state == KycInReview ? items / 2
                                                         : 0);
    }
}

// ---------------------------------------------------------------------------------------------
// Planning: marketplace

void Seeding::planMarketplace()
{
    const std::vector<qint32> &creators = m_roleUsers[Creator];
    const qint64 creatorCount = qint64(creators.size());
    for (qint64 c = 0; c < creatorCount; ++c) {
        DemoRandom random = this->random(Stream::CreatorAgents, c);
        // The first creators are the successful ones, with a shelf of agents.
        const qint64 count = c < std::max<qint64>(1, creatorCount / 20)
                                 ? random.between(2, 5)
                                 : (random.chance(0.25) ? 2 : 1);
        m_creatorAgents.append(count);
        const qint32 user = creators[size_t(c)];
        const qint64 since = roleSince(user, Creator);
        for (qint64 j = 0; j < count; ++j) {
            DemoRandom agentRandom = this->random(Stream::Agent, qint64(m_agents.size()));
            AgentFacts agent;
            agent.creator = qint32(c);
            agent.category = quint8(agentRandom.below(m_catalog.agentCategories.size()));
            agent.monthly = agentRandom.chance(0.7);
            agent.priceMinor = agent.monthly ? shopPrice(agentRandom.between(3, 30) * 100)
                                             : shopPrice(agentRandom.between(5, 80) * 100);
            agent.createdAt = past(since + j * 20 * kDay + agentRandom.between(kHour, 25 * kDay));
            const double status = agentRandom.unit();
            if (agent.createdAt > m_now - 3 * kDay)
                agent.status = status < 0.7 ? ListingPendingReview : ListingDraft;
            else
                agent.status = status < 0.84   ? ListingListed
                               : status < 0.87 ? ListingDraft
                               : status < 0.89 ? ListingPendingReview
                               : status < 0.94 ? ListingSuspended
                                               : ListingDelisted;
            const UserStatus owner = m_users[size_t(user)].status;
            if (owner == UserStatus::Suspended || owner == UserStatus::Banned)
                agent.status = ListingSuspended;
            if (agent.status == ListingListed)
                (agent.monthly ? m_subscribableAgents : m_purchasableAgents)
                    .push_back(qint32(m_agents.size()));
            m_agents.push_back(agent);
        }
    }

    const qint64 subscriptionCount = m_subscribableAgents.empty() ? 0 : m_userCount * 9 / 100;
    for (qint64 s = 0; s < subscriptionCount; ++s) {
        DemoRandom random = this->random(Stream::AgentSubscription, s);
        const qint32 agentIndex =
            m_subscribableAgents[size_t(random.skewed(qint64(m_subscribableAgents.size()), 2.5))];
        const AgentFacts &agent = m_agents[size_t(agentIndex)];
        SubscriptionFacts subscription;
        subscription.target = agentIndex;
        subscription.priceMinor = agent.priceMinor;
        subscription.createdAt = past(std::max(activityTime(s, subscriptionCount, random),
                                               agent.createdAt + random.between(kHour, 3 * kDay)));
        subscription.user = pickUser(m_roleUsers[Buyer], subscription.createdAt, random, 2.0,
                                     creators[size_t(agent.creator)]);
        subscription.createdAt = past(
            std::max(subscription.createdAt, m_users[size_t(subscription.user)].createdAt + kHour));
        subscriptionLifecycle(subscription, random);
        m_agentSubscriptions.push_back(subscription);
        m_agentCharges.append(subscription.periods);
    }
    m_purchaseCount = m_purchasableAgents.empty() ? 0 : m_userCount * 5 / 100;

    m_creatorEarnings.assign(size_t(creatorCount), {});
    m_daoCutMinor.assign(size_t(m_currencies.size()), 0);
    const qint64 sales = m_agentCharges.total() + m_purchaseCount;
    for (qint64 k = 0; k < sales; ++k) {
        const SaleFacts facts = sale(k);
        if (facts.status != ChargeCompleted)
            continue;
        const AgentFacts &agent = m_agents[size_t(facts.agent)];
        const QList<qint64> split = splitSale(facts.amountMinor);
        m_creatorEarnings[size_t(agent.creator)].add(split[0], facts.createdAt);
        m_daoCutMinor[size_t(
            currencyIndex(currencyOf(m_roleUsers[Creator][size_t(agent.creator)])))] += split[2];
    }
}

QList<qint64> Seeding::splitSale(qint64 amount)
{
    // 45 % to the creator, 50 % to the platform, 5 % to the DAO, to the cent.
    return allocateLargestRemainder(amount, {45, 50, 5});
}

SaleFacts Seeding::sale(qint64 index) const
{
    SaleFacts facts;
    if (index < m_agentCharges.total()) {
        const qint64 s = m_agentCharges.parentOf(index);
        const qint64 period = index - m_agentCharges.begin(s);
        const SubscriptionFacts &subscription = m_agentSubscriptions[size_t(s)];
        DemoRandom random = this->random(Stream::Charge, index);
        facts.buyer = subscription.user;
        facts.agent = subscription.target;
        facts.subscription = s;
        facts.kind = period == 0 ? 1 : 2;
        facts.amountMinor = subscription.priceMinor;
        facts.createdAt =
            past(subscription.createdAt + period * kPeriod + random.below(10 * kMinute));
        facts.status = chargeStatus(subscription, period, facts.createdAt, random);
        return facts;
    }
    const qint64 p = index - m_agentCharges.total();
    DemoRandom random = this->random(Stream::Purchase, p);
    facts.agent =
        m_purchasableAgents[size_t(random.skewed(qint64(m_purchasableAgents.size()), 2.5))];
    const AgentFacts &agent = m_agents[size_t(facts.agent)];
    facts.kind = 0;
    facts.amountMinor = agent.priceMinor;
    facts.createdAt = past(std::max(activityTime(p, m_purchaseCount, random),
                                    agent.createdAt + random.between(kHour, 2 * kDay)));
    facts.buyer = pickUser(m_roleUsers[Buyer], facts.createdAt, random, 2.0,
                           m_roleUsers[Creator][size_t(agent.creator)]);
    facts.createdAt =
        past(std::max(facts.createdAt, m_users[size_t(facts.buyer)].createdAt + kHour));
    const double status = random.unit();
    facts.status = facts.createdAt > m_now - 15 * kMinute ? ChargePending
                   : status < 0.96                        ? ChargeCompleted
                   : status < 0.98                        ? ChargeRefunded
                                                          : ChargeFailed;
    return facts;
}

// ---------------------------------------------------------------------------------------------
// Planning: commerce

void Seeding::planCommerce()
{
    const std::vector<qint32> &owners = m_roleUsers[Vendor];
    const qint64 vendorCount = qint64(owners.size());
    for (qint64 v = 0; v < vendorCount; ++v) {
        DemoRandom random = this->random(Stream::Vendor, v);
        VendorFacts vendor;
        vendor.owner = owners[size_t(v)];
        vendor.category = quint8(random.below(m_catalog.vendorCategories.size()));
        vendor.kind =
            quint8(random.below(m_catalog.vendorCategories[vendor.category].kinds.size()));
        // Tiers follow sales volume, and the earliest vendors sell the most.
        const double rank = double(v) / double(vendorCount);
        vendor.tier = quint8(rank < 0.01   ? 4
                             : rank < 0.04 ? 3
                             : rank < 0.12 ? 2
                             : rank < 0.35 ? 1
                                           : 0);
        vendor.createdAt = roleSince(vendor.owner, Vendor);
        const qint32 kyc = m_vendorCase[size_t(v)];
        if (kyc < 0)
            vendor.verification = Unverified;
        else if (m_kycCases[size_t(kyc)].state == KycApproved)
            vendor.verification = Verified;
        else if (m_kycCases[size_t(kyc)].state == KycRejected)
            vendor.verification = VerificationRejected;
        else
            vendor.verification = VerificationPending;
        const double status = random.unit();
        vendor.status = quint8(status < 0.9 ? 0 : status < 0.97 ? 1 : 3);
        switch (m_users[size_t(vendor.owner)].status) {
        case UserStatus::Suspended:
            vendor.status = 2;
            break;
        case UserStatus::Banned:
        case UserStatus::Deleted:
            vendor.status = 3;
            break;
        case UserStatus::Active:
            break;
        }
        if (vendor.verification == Verified || vendor.verification == Unverified)
            m_sellingVendors.push_back(qint32(v));
        m_vendors.push_back(vendor);
        const qint64 products = v < std::max<qint64>(1, vendorCount / 50) ? random.between(20, 40)
                                                                          : random.between(2, 10);
        m_products.append(products);
    }

    m_orderCount = m_sellingVendors.empty() ? 0 : m_userCount * 4 / 25;
    m_vendorEarnings.assign(size_t(vendorCount), {});
    for (qint64 k = 0; k < m_orderCount; ++k) {
        const OrderFacts facts = order(k);
        m_orderItems.append(facts.itemCount);
        if (facts.status == OrderDelivered)
            m_vendorEarnings[size_t(facts.vendor)].add(facts.totalMinor - facts.commissionMinor,
                                                       facts.updatedAt);
    }
}

Seeding::ProductFacts Seeding::product(qint32 vendor, qint64 index) const
{
    const VendorFacts &facts = m_vendors[size_t(vendor)];
    const DemoVendorCategory &category = m_catalog.vendorCategories[facts.category];
    DemoRandom random = this->random(Stream::Product, m_products.begin(vendor) + index);
    ProductFacts product;
    product.name = qint32(index % category.products.size());
    product.variant = qint32(index / category.products.size());
    const qint64 base = random.between(category.minPriceMinor, category.maxPriceMinor);
    product.priceMinor = shopPrice(localPrice(base, cityOf(facts.owner).pricePercent));
    const double status = random.unit();
    product.status = quint8(status < 0.85 ? 1 : status < 0.93 ? 2 : status < 0.97 ? 0 : 3);
    product.stock = product.status == 2 ? 0 : qint32(random.between(1, 250));
    product.createdAt = past(facts.createdAt + kHour + index * random.between(kHour, 6 * kDay));
    return product;
}

OrderFacts Seeding::order(qint64 index) const
{
    DemoRandom random = this->random(Stream::Order, index);
    OrderFacts facts;
    facts.vendor = m_sellingVendors[size_t(random.skewed(qint64(m_sellingVendors.size()), 2.6))];
    const VendorFacts &vendor = m_vendors[size_t(facts.vendor)];
    const qint64 productCount = m_products.count(facts.vendor);
    facts.createdAt = past(std::max(activityTime(index, m_orderCount, random),
                                    vendor.createdAt + random.between(kHour, 5 * kDay)));
    facts.buyer = pickUser(m_roleUsers[Buyer], facts.createdAt, random, 2.2, vendor.owner);
    facts.createdAt =
        past(std::max(facts.createdAt, m_users[size_t(facts.buyer)].createdAt + kHour));

    const std::array<int, 4> itemCounts{55, 28, 12, 5};
    const std::array<int, 3> quantities{80, 14, 6};
    const int wanted = std::min<int>(int(productCount), 1 + random.weighted(itemCounts));
    while (facts.itemCount < wanted) {
        const qint32 product = qint32(random.skewed(productCount, 1.5));
        const auto end = facts.items.begin() + facts.itemCount;
        if (std::find_if(facts.items.begin(), end, [product](const OrderItem &item) {
                return item.product == product;
            }) != end)
            continue;
        OrderItem &item = facts.items[facts.itemCount++];
        item.product = product;
        item.quantity = 1 + random.weighted(quantities);
        item.unitPriceMinor = this->product(facts.vendor, product).priceMinor;
        facts.subtotalMinor += item.unitPriceMinor * item.quantity;
    }
    const DemoCity &city = cityOf(vendor.owner);
    const bool ships = m_catalog.vendorCategories[vendor.category].kinds[vendor.kind] ==
                       QLatin1String("online_shop");
    facts.shippingMinor =
        ships && facts.subtotalMinor < 5000 ? localPrice(490, city.pricePercent) : 0;
    facts.totalMinor = facts.subtotalMinor + facts.shippingMinor;
    static constexpr std::array<int, 5> tierBps{1500, 1200, 1000, 800, 500};
    facts.commissionBps = tierBps[vendor.tier];
    // The commission the ledger posts: the vendor's share is the tier's complement by largest
    // remainder, so the order's stored commission and its ledger entries agree to the cent.
    facts.commissionMinor =
        facts.totalMinor -
        Finance::PostingRules::total(
            Finance::PostingRules::vendorOrder(facts.totalMinor, 1, facts.commissionBps).mid(0, 1));

    const qint64 age = m_now - facts.createdAt;
    if (age < kDay) {
        const std::array<int, 3> fresh{30, 40, 30};
        facts.status = quint8(random.weighted(fresh)); // pending paid shipped
    } else if (age < 7 * kDay) {
        const std::array<int, 5> recent{0, 8, 40, 47, 5};
        facts.status = quint8(random.weighted(recent));
    } else {
        const std::array<int, 7> settled{0, 0, 2, 82, 7, 6, 3};
        facts.status = quint8(random.weighted(settled));
    }
    switch (facts.status) {
    case OrderPending:
        facts.updatedAt = facts.createdAt;
        break;
    case OrderPaid:
    case OrderCanceled:
        facts.updatedAt = past(facts.createdAt + random.between(kMinute, 6 * kHour));
        break;
    case OrderShipped:
        facts.updatedAt = past(facts.createdAt + random.between(3 * kHour, 2 * kDay));
        break;
    default:
        facts.updatedAt = past(facts.createdAt + random.between(kDay, 6 * kDay));
        break;
    }
    return facts;
}

// ---------------------------------------------------------------------------------------------
// Planning: mobility

void Seeding::planMobility()
{
    const std::vector<qint32> &users = m_roleUsers[Driver];
    m_driversByCity.assign(size_t(m_catalog.cities.size()), {});
    const std::array<int, 5> classes{45, 25, 8, 7, 15};
    for (size_t d = 0; d < users.size(); ++d) {
        DemoRandom random = this->random(Stream::Driver, qint64(d));
        DriverFacts driver;
        driver.user = users[d];
        driver.createdAt = roleSince(driver.user, Driver);
        driver.vehicleClass = quint8(random.weighted(classes));
        const qint32 kyc = m_driverCase[d];
        if (kyc < 0) {
            driver.status = DriverApplicant;
        } else if (isOpen(m_kycCases[size_t(kyc)].state)) {
            driver.status = DriverPending;
        } else if (m_kycCases[size_t(kyc)].state == KycRejected) {
            driver.status = DriverDeactivated;
        } else {
            driver.activeSince = m_kycCases[size_t(kyc)].decidedAt;
            const double status = random.unit();
            driver.status = status < 0.94   ? DriverActive
                            : status < 0.97 ? DriverSuspended
                                            : DriverDeactivated;
            const UserStatus owner = m_users[size_t(driver.user)].status;
            if (owner == UserStatus::Suspended)
                driver.status = DriverSuspended;
            else if (owner != UserStatus::Active)
                driver.status = DriverDeactivated;
        }
        if (driver.activeSince > 0)
            m_driversByCity[m_users[size_t(driver.user)].city].push_back(qint32(d));
        m_vehicles.append(random.chance(0.07) ? 2 : 1);
        m_drivers.push_back(driver);
    }

    bool anyDriver = false;
    for (qsizetype c = 0; c < m_catalog.cities.size(); ++c) {
        const bool hasDrivers = !m_driversByCity[size_t(c)].empty();
        m_rideCityWeights.push_back(hasDrivers ? m_catalog.cities[c].weight : 0);
        anyDriver = anyDriver || hasDrivers;
    }
    m_rideCount = anyDriver ? m_userCount * 3 / 10 : 0;
    m_liveRides = std::min<qint64>(m_rideCount, std::max<qint64>(6, m_rideCount / 4000));
    // Tracks are kept for a sample of the completed rides (about 45 points each), bounded at
    // a quarter of the user count in points.
    const qint64 pointBudget = m_userCount / 4;
    m_trackStride =
        std::max<qint64>(1, m_rideCount * 86 / 100 * 45 / std::max<qint64>(1, pointBudget));

    m_driverStats.assign(users.size(), {});
    m_driverEarnings.assign(users.size(), {});
    for (qint64 k = 0; k < m_rideCount; ++k) {
        const RideFacts facts = ride(k);
        if (facts.driver >= 0) {
            DriverStats &stats = m_driverStats[size_t(facts.driver)];
            stats.lastSeenAt = std::max({stats.lastSeenAt, facts.completedAt, facts.acceptedAt});
            if (facts.status == RideCompleted) {
                ++stats.completed;
                if (facts.rating > 0) {
                    stats.ratingSum += facts.rating;
                    ++stats.ratingCount;
                }
            }
            // Payouts go out in the payee's home currency: earnings in another are owed in the
            // ledger but not yet paid out.
            if ((facts.status == RideCompleted || facts.status == RideDisputed ||
                 facts.status == RideCanceledByRider) &&
                m_catalog.cities[facts.city].currency ==
                    currencyOf(m_roleUsers[Driver][size_t(facts.driver)]))
                m_driverEarnings[size_t(facts.driver)].add(
                    facts.driverEarningsMinor + facts.tipMinor, facts.requestedAt);
        }
        if (facts.fareMinor > 0 &&
            (facts.status == RideCompleted || facts.status == RideDisputed ||
             facts.status == RideCanceledByRider || facts.status == RideInProgress))
            m_chargedRides.push_back(qint32(k));
        if (facts.tipMinor > 0)
            m_tippedRides.push_back(qint32(k));
        if (facts.status == RideCompleted && k % m_trackStride == 0) {
            m_trackedRides.push_back(qint32(k));
            m_gpsPoints.append(trackPoints(facts));
        }
    }
}

int Seeding::trackPoints(const RideFacts &ride) const
{
    // A point every 20 seconds, within sensible bounds.
    return std::clamp(ride.durationS / 20, 6, 90);
}

RideFacts Seeding::ride(qint64 index) const
{
    DemoRandom random = this->random(Stream::Ride, index);
    RideFacts facts;
    facts.city = quint8(random.weighted(m_rideCityWeights));
    const DemoCity &city = m_catalog.cities[facts.city];
    const std::vector<qint32> &drivers = m_driversByCity[facts.city];
    const qint32 driver = drivers[size_t(random.skewed(qint64(drivers.size()), 2.2))];
    const DriverFacts &driverFacts = m_drivers[size_t(driver)];

    bool live = index >= m_rideCount - m_liveRides;
    qint64 requestedAt = 0;
    if (!live) {
        requestedAt = std::min(activityTime(index, m_rideCount, random), m_now - 4 * kHour);
        requestedAt =
            std::max(requestedAt, driverFacts.activeSince + random.between(10 * kMinute, kDay));
        // A ride requested in the last hours would still be under way: it becomes a live one.
        live = requestedAt > m_now - 4 * kHour;
    }

    // Route: from somewhere in the city, to somewhere else in it or to the airport.
    const bool airport = random.chance(0.08);
    const bool toAirport = random.chance(0.5);
    const GeoPoint inTown = scatter(random, city.lat, city.lon, 10.0);
    double straightKm = 0;
    if (airport) {
        const GeoPoint terminal = scatter(random, city.airportLat, city.airportLon, 0.4);
        facts.pickup = toAirport ? inTown : terminal;
        facts.dropoff = toAirport ? terminal : inTown;
        straightKm = distanceKm(facts.pickup, facts.dropoff);
    } else {
        straightKm = std::clamp(random.logNormal(4.0, 0.7), 0.6, 35.0);
        facts.pickup = inTown;
        facts.dropoff = offsetKm(double(inTown.lat) / 1e6, double(inTown.lon) / 1e6, straightKm,
                                 random.unit() * 2 * kPi);
    }
    const double roadKm = std::max(0.5, straightKm * 1.3);
    const double speedKmh = double(airport ? random.between(30, 60) : random.between(16, 38));
    facts.distanceM = qint32(roadKm * 1000);
    facts.durationS = qint32(roadKm / speedKmh * 3600) + qint32(random.between(60, 300));
    const qint64 newYorkFare = 250 + qint64(110 * roadKm) + 25 * facts.durationS / 60;
    facts.baseFareMinor = localPrice(newYorkFare, city.pricePercent);
    facts.surgePct = random.chance(0.22) ? 110 + 5 * qint32(random.skewed(29, 2.0)) : 100;
    const qint64 quote = facts.baseFareMinor * facts.surgePct / 100;

    const qint64 duration = qint64(facts.durationS) * kSecond;
    if (live) {
        const std::array<int, 3> states{25, 30, 45};
        facts.status = quint8(RideRequested + random.weighted(states));
        switch (facts.status) {
        case RideRequested:
            facts.requestedAt = m_now - random.between(10 * kSecond, 3 * kMinute);
            break;
        case RideAccepted:
            facts.acceptedAt = m_now - random.between(30 * kSecond, 6 * kMinute);
            facts.requestedAt = facts.acceptedAt - random.between(15 * kSecond, 2 * kMinute);
            break;
        default:
            facts.startedAt =
                m_now -
                random.between(kMinute, std::max(2 * kMinute, std::min(duration, 30 * kMinute)));
            facts.acceptedAt = facts.startedAt - random.between(2 * kMinute, 8 * kMinute);
            facts.requestedAt = facts.acceptedAt - random.between(15 * kSecond, 3 * kMinute);
            break;
        }
    } else {
        const std::array<int, 5> outcomes{86, 6, 3, 3, 2};
        static constexpr std::array<quint8, 5> states{
            RideCompleted, RideCanceledByRider, RideCanceledByDriver, RideNoDriver, RideDisputed};
        facts.status = states[size_t(random.weighted(outcomes))];
        facts.requestedAt = requestedAt;
        const qint64 acceptedAt = requestedAt + random.between(15 * kSecond, 4 * kMinute);
        switch (facts.status) {
        case RideCompleted:
        case RideDisputed:
            facts.acceptedAt = acceptedAt;
            facts.startedAt = acceptedAt + random.between(2 * kMinute, 10 * kMinute);
            facts.completedAt = facts.startedAt + duration;
            break;
        case RideCanceledByRider:
            if (random.chance(0.6))
                facts.acceptedAt = acceptedAt;
            facts.canceledAt =
                std::max(facts.acceptedAt, requestedAt) + random.between(30 * kSecond, 6 * kMinute);
            break;
        case RideCanceledByDriver:
            facts.acceptedAt = acceptedAt;
            facts.canceledAt = acceptedAt + random.between(kMinute, 8 * kMinute);
            break;
        default: // no driver found
            facts.canceledAt = requestedAt + 5 * kMinute;
            break;
        }
    }
    if (facts.status != RideRequested && facts.status != RideNoDriver &&
        !(facts.status == RideCanceledByRider && facts.acceptedAt == 0))
        facts.driver = driver;

    switch (facts.status) {
    case RideCanceledByRider:
        // A late cancellation costs a fee.
        facts.fareMinor =
            facts.acceptedAt > 0 && random.chance(0.4) ? localPrice(500, city.pricePercent) : 0;
        break;
    case RideCanceledByDriver:
    case RideNoDriver:
        facts.fareMinor = 0;
        break;
    default:
        facts.fareMinor = quote;
        break;
    }
    facts.driverEarningsMinor = facts.fareMinor * 75 / 100;
    if (facts.status == RideCompleted) {
        if (random.chance(0.75)) {
            const std::array<int, 5> stars{2, 2, 6, 20, 70};
            facts.rating = qint8(1 + random.weighted(stars));
        }
        if (random.chance(0.12))
            facts.tipMinor = std::max<qint64>(50, facts.fareMinor * random.between(5, 20) / 100);
    }

    // Riders live in the city; the driver never rides with themselves.
    facts.rider =
        pickUser(m_usersByCity[facts.city], facts.requestedAt, random, 2.0, driverFacts.user);
    return facts;
}

// ---------------------------------------------------------------------------------------------
// Planning: stays

void Seeding::planStays()
{
    const std::vector<qint32> &users = m_roleUsers[Host];
    const qint64 hostCount = qint64(users.size());
    // property_type: apartment house room hotel_room villa hostel cabin
    const std::array<int, 7> types{45, 15, 18, 6, 4, 4, 8};
    static constexpr std::array<qint64, 7> nightlyNewYork{14000, 22000, 7000, 16000,
                                                          45000, 3500,  12000};
    static constexpr std::array<int, 7> maxBedrooms{3, 5, 1, 1, 6, 1, 3};
    for (qint64 h = 0; h < hostCount; ++h) {
        DemoRandom random = this->random(Stream::Host, h);
        HostFacts host;
        host.user = users[size_t(h)];
        host.createdAt = roleSince(host.user, Host);
        const qint32 kyc = m_hostCase[size_t(h)];
        host.verification = kyc < 0                                        ? Unverified
                            : m_kycCases[size_t(kyc)].state == KycApproved ? Verified
                            : m_kycCases[size_t(kyc)].state == KycRejected ? VerificationRejected
                                                                           : VerificationPending;
        host.status = quint8(random.chance(0.95) ? 0 : 2);
        if (m_users[size_t(host.user)].status == UserStatus::Suspended)
            host.status = 1;
        else if (m_users[size_t(host.user)].status != UserStatus::Active)
            host.status = 2;
        host.superhost =
            host.verification == Verified && h < std::max<qint64>(1, hostCount * 6 / 100);
        m_hosts.push_back(host);

        // A few professional hosts manage many places, most people let one.
        const bool professional = h < std::max<qint64>(1, hostCount * 3 / 100);
        const qint64 count =
            professional ? random.between(4, 20) : (random.chance(0.15) ? random.between(2, 3) : 1);
        m_hostProperties.append(count);
        for (qint64 j = 0; j < count; ++j) {
            DemoRandom propertyRandom = this->random(Stream::Property, qint64(m_properties.size()));
            PropertyFacts property;
            property.host = qint32(h);
            property.type = quint8(propertyRandom.weighted(types));
            property.city = professional && propertyRandom.chance(0.3)
                                ? quint8(propertyRandom.weighted(m_cityWeights))
                                : m_users[size_t(host.user)].city;
            property.createdAt =
                past(host.createdAt + j * propertyRandom.between(3 * kDay, 20 * kDay) +
                     propertyRandom.between(kHour, 5 * kDay));
            property.bedrooms = quint8(propertyRandom.between(1, maxBedrooms[property.type]));
            property.maxGuests =
                quint8(std::min<qint64>(16, property.bedrooms * 2 + propertyRandom.below(3)));
            const double level = propertyRandom.logNormal(1.0, 0.25);
            property.nightlyMinor = std::max<qint64>(
                1000, qint64(double(localPrice(nightlyNewYork[property.type],
                                               m_catalog.cities[property.city].pricePercent)) *
                             level) /
                          100 * 100);
            const double status = propertyRandom.unit();
            if (host.verification == VerificationRejected)
                property.status = ListingDraft;
            else if (host.verification != Verified || property.createdAt > m_now - 4 * kDay)
                property.status =
                    property.createdAt > m_now - 30 * kDay ? ListingPendingReview : ListingDraft;
            else
                property.status = status < 0.84   ? ListingListed
                                  : status < 0.87 ? ListingSuspended
                                  : status < 0.95 ? ListingDelisted
                                                  : ListingDraft;
            if (host.status == 1 && property.status == ListingListed)
                property.status = ListingSuspended;
            else if (host.status == 2 && property.status == ListingListed)
                property.status = ListingDelisted;
            m_properties.push_back(property);
        }
    }

    // Bookings walk each property's calendar, so stays never overlap.
    m_hostEarnings.assign(size_t(hostCount), {});
    for (size_t p = 0; p < m_properties.size(); ++p) {
        const PropertyFacts &property = m_properties[p];
        if (property.status == ListingDraft || property.status == ListingPendingReview)
            continue;
        DemoRandom random = this->random(Stream::Booking, qint64(p));
        const HostFacts &host = m_hosts[size_t(property.host)];
        const bool busy = property.host < std::max<qint64>(1, hostCount * 3 / 100);
        const double occupancy =
            0.02 + (busy ? 0.1 + 0.1 * random.unit() : 0.3 * std::pow(random.unit(), 3.0));
        const qint64 horizon = property.status == ListingListed ? m_now + 90 * kDay : m_now;
        qint64 cursor = dayStart(property.createdAt) + random.between(2, 20) * kDay;
        const std::array<int, 6> finished{0,  0, 6,
                                          88, 3, 3}; // canceled completed disputed refunded
        const std::array<int, 6> upcoming{14, 80, 6, 0, 0, 0};
        while (true) {
            const qint32 nights = qint32(std::clamp(random.logNormal(2.8, 0.6), 1.0, 21.0));
            const double meanGap = double(nights) * (1.0 / occupancy - 1.0);
            const qint64 gapDays = 1 + random.below(qint64(2 * meanGap) + 1);
            const qint64 checkIn = cursor + gapDays * kDay;
            if (checkIn >= horizon)
                break;
            BookingFacts booking;
            booking.property = qint32(p);
            booking.checkIn = checkIn;
            booking.nights = nights;
            const qint64 checkOut = checkIn + nights * kDay;
            booking.createdAt = checkIn - random.between(1, 60) * kDay + random.below(kDay);
            booking.createdAt =
                std::max(booking.createdAt, property.createdAt + random.between(kHour, kDay));
            if (booking.createdAt >= std::min(checkIn, m_now - kMinute))
                break;
            booking.guest = pickAnyUser(booking.createdAt, random, 1.8, host.user);
            booking.guests = qint32(random.between(1, property.maxGuests));
            const bool cleaning = property.type != 2 && property.type != 3 && property.type != 5;
            booking.totalMinor =
                property.nightlyMinor * nights + (cleaning ? property.nightlyMinor * 30 / 100 : 0);
            booking.feeMinor = booking.totalMinor * 12 / 100;
            if (checkOut <= m_now)
                booking.status = quint8(random.weighted(finished));
            else if (checkIn > m_now)
                booking.status = quint8(random.weighted(upcoming));
            else
                booking.status = BookingConfirmed;
            switch (booking.status) {
            case BookingCompleted:
                booking.updatedAt = past(checkOut + random.between(kHour, 2 * kDay));
                if (m_catalog.cities[property.city].currency ==
                    currencyOf(m_roleUsers[Host][size_t(property.host)]))
                    m_hostEarnings[size_t(property.host)].add(booking.totalMinor - booking.feeMinor,
                                                              checkOut);
                break;
            case BookingCanceled:
            case BookingRefunded:
            case BookingDisputed:
                booking.updatedAt =
                    past(std::max(booking.createdAt + kHour, checkIn - random.below(5 * kDay)));
                break;
            default:
                booking.updatedAt = booking.createdAt;
                break;
            }
            m_bookings.push_back(booking);
            cursor = checkOut;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Planning: crowdshipping and ads

void Seeding::planShipping()
{
    const std::vector<qint32> &travelers = m_roleUsers[Traveler];
    const qint64 tripCount = travelers.empty() ? 0 : m_userCount / 50;
    const std::array<int, 3> future{72, 16, 12}; // open full canceled
    for (qint64 k = 0; k < tripCount; ++k) {
        DemoRandom random = this->random(Stream::Trip, k);
        TripFacts trip;
        trip.traveler = qint32(random.skewed(qint64(travelers.size()), 1.8));
        const qint32 user = travelers[size_t(trip.traveler)];
        trip.createdAt =
            past(std::max(activityTime(k, tripCount, random),
                          roleSince(user, Traveler) + random.between(kHour, 3 * kDay)));
        trip.origin = m_users[size_t(user)].city;
        trip.destination = quint8(random.weighted(m_cityWeights));
        for (int attempt = 0; attempt < 5 && trip.destination == trip.origin; ++attempt)
            trip.destination = quint8(random.weighted(m_cityWeights));
        if (trip.destination == trip.origin)
            trip.destination = quint8((trip.origin + 1) % m_catalog.cities.size());
        const DemoCity &from = m_catalog.cities[trip.origin];
        const DemoCity &to = m_catalog.cities[trip.destination];
        const double km = distanceKm(toMicrodegrees(from.airportLat, from.airportLon),
                                     toMicrodegrees(to.airportLat, to.airportLon));
        trip.departsAt = trip.createdAt + random.between(kDay, 30 * kDay);
        trip.arrivesAt = trip.departsAt + qint64(km / 800.0 * double(kHour)) + 3 * kHour;
        trip.capacityGrams = qint32(random.between(2, 20) * 1000);
        trip.pricePerKgMinor = localPrice(random.between(6, 25) * 100, from.pricePercent);
        if (trip.departsAt > m_now)
            trip.status = std::array<quint8, 3>{TripOpen, TripFull,
                                                TripCanceled}[size_t(random.weighted(future))];
        else if (trip.arrivesAt > m_now)
            trip.status = TripInTransit;
        else
            trip.status = random.chance(0.93) ? TripCompleted : TripCanceled;
        m_trips.push_back(trip);

        qint64 parcels = 0;
        switch (trip.status) {
        case TripCanceled:
            parcels = random.chance(0.3) ? 1 : 0;
            break;
        case TripOpen:
            parcels = random.weighted(std::array<int, 3>{40, 35, 25});
            break;
        case TripFull:
            parcels = random.between(2, 4);
            break;
        default:
            parcels = random.weighted(std::array<int, 5>{20, 35, 25, 12, 8});
            break;
        }
        m_tripParcels.append(parcels);
    }
    m_unmatchedParcels =
        m_roleUsers[Sender].empty() ? 0 : std::max<qint64>(3, m_tripParcels.total() / 10);

    m_travelerEarnings.assign(travelers.size(), {});
    const qint64 parcelCount = m_tripParcels.total() + m_unmatchedParcels;
    for (qint64 k = 0; k < parcelCount; ++k) {
        const ParcelFacts facts = parcel(k);
        if (facts.escrow != EscrowNone)
            m_escrowParcels.push_back(qint32(k));
        if (facts.status == ParcelDelivered &&
            m_catalog.cities[facts.origin].currency ==
                currencyOf(travelers[size_t(m_trips[size_t(facts.trip)].traveler)]))
            m_travelerEarnings[size_t(m_trips[size_t(facts.trip)].traveler)].add(
                facts.travelerPayoutMinor, facts.deliveredAt);
    }
}

ParcelFacts Seeding::parcel(qint64 index) const
{
    DemoRandom random = this->random(Stream::Parcel, index);
    ParcelFacts facts;
    const bool matched = index < m_tripParcels.total();
    qint64 pricePerKg = 0;
    qint64 latest = m_now - kMinute;
    qint32 traveler = -1;
    if (matched) {
        facts.trip = m_tripParcels.parentOf(index);
        const TripFacts &trip = m_trips[size_t(facts.trip)];
        traveler = m_roleUsers[Traveler][size_t(trip.traveler)];
        facts.origin = trip.origin;
        facts.destination = trip.destination;
        pricePerKg = trip.pricePerKgMinor;
        facts.createdAt = past(
            trip.createdAt +
            random.between(kHour, std::max(2 * kHour, trip.departsAt - trip.createdAt - kHour)));
        facts.weightGrams =
            qint32(random.between(200, std::max<qint64>(250, trip.capacityGrams / 4)));
        latest = std::min(latest, trip.departsAt);
    } else {
        const qint64 u = index - m_tripParcels.total();
        facts.createdAt = activityTime(u, m_unmatchedParcels, random);
        facts.weightGrams = qint32(random.between(200, 5000));
    }
    facts.sender = pickUser(m_roleUsers[Sender], facts.createdAt, random, 1.5, traveler);
    facts.createdAt = std::min(
        latest, std::max(facts.createdAt, m_users[size_t(facts.sender)].createdAt + kHour));
    const DemoCity &home = cityOf(facts.sender);
    if (!matched) {
        facts.origin = m_users[size_t(facts.sender)].city;
        facts.destination = quint8(random.weighted(m_cityWeights));
        if (facts.destination == facts.origin)
            facts.destination = quint8((facts.origin + 1) % m_catalog.cities.size());
        pricePerKg = localPrice(1200, home.pricePercent);
    }
    const int pricePercent = m_catalog.cities[facts.origin].pricePercent;
    facts.declaredMinor = localPrice(random.between(10, 300) * 100, pricePercent);
    facts.feeMinor = std::max(localPrice(500, pricePercent), pricePerKg * facts.weightGrams / 1000);
    facts.travelerPayoutMinor = facts.feeMinor * 80 / 100;
    facts.updatedAt = facts.createdAt;

    if (!matched) {
        facts.status = facts.createdAt < m_now - 30 * kDay ? ParcelCanceled : ParcelCreated;
        if (facts.status == ParcelCanceled)
            facts.updatedAt = facts.createdAt + random.between(7 * kDay, 30 * kDay);
        return facts;
    }
    const TripFacts &trip = m_trips[size_t(facts.trip)];
    switch (trip.status) {
    case TripOpen:
    case TripFull:
        facts.status = ParcelMatched;
        facts.escrow = EscrowHeld;
        break;
    case TripInTransit:
        facts.status = random.chance(0.3) ? ParcelPickedUp : ParcelInTransit;
        facts.escrow = EscrowHeld;
        facts.updatedAt = trip.departsAt;
        break;
    case TripCanceled:
        facts.status = ParcelCanceled;
        facts.escrow = EscrowRefunded;
        facts.updatedAt =
            past(std::max(facts.createdAt + kHour, std::min(trip.departsAt, m_now - kHour)));
        break;
    default: {
        const std::array<int, 4> outcomes{94, 3, 1, 2};
        static constexpr std::array<quint8, 4> states{ParcelDelivered, ParcelDisputed, ParcelLost,
                                                      ParcelCanceled};
        facts.status = states[size_t(random.weighted(outcomes))];
        const qint64 deliveredAt = trip.arrivesAt + random.between(2 * kHour, 3 * kDay);
        if (facts.status == ParcelDelivered && deliveredAt >= m_now)
            facts.status = ParcelInTransit;
        facts.escrow = facts.status == ParcelDelivered   ? EscrowReleased
                       : facts.status == ParcelInTransit ? EscrowHeld
                       : facts.status == ParcelDisputed  ? EscrowHeld
                                                         : EscrowRefunded;
        if (facts.status == ParcelDelivered)
            facts.deliveredAt = deliveredAt;
        facts.updatedAt = past(std::max(
            facts.createdAt + kHour, facts.deliveredAt > 0 ? deliveredAt : trip.arrivesAt + kDay));
        break;
    }
    }
    return facts;
}

void Seeding::planAds()
{
    m_campaignCount =
        m_roleUsers[Advertiser].empty() ? 0 : std::max<qint64>(12, m_userCount * 8 / 1000);
    for (qint64 k = 0; k < m_campaignCount; ++k) {
        if (campaign(k).spentMinor > 0)
            m_chargedCampaigns.push_back(qint32(k));
    }
}

CampaignFacts Seeding::campaign(qint64 index) const
{
    DemoRandom random = this->random(Stream::Campaign, index);
    CampaignFacts facts;
    const std::vector<qint32> &advertisers = m_roleUsers[Advertiser];
    facts.advertiser = advertisers[size_t(random.skewed(qint64(advertisers.size()), 2.0))];
    facts.createdAt = past(std::max(activityTime(index, m_campaignCount, random),
                                    roleSince(facts.advertiser, Advertiser) + kHour));
    facts.objective = quint8(random.below(4));
    facts.startsAt = facts.createdAt + random.below(7 * kDay);
    facts.endsAt = facts.startsAt + random.between(7, 60) * kDay;
    facts.budgetMinor =
        localPrice(random.between(50, 5000) * 100, cityOf(facts.advertiser).pricePercent) / 100 *
        100;
    facts.budgetMinor = std::max<qint64>(1000, facts.budgetMinor);
    // status: draft pending_review active paused completed rejected
    if (facts.startsAt > m_now) {
        facts.status = quint8(random.weighted(std::array<int, 6>{35, 45, 0, 0, 0, 20}));
    } else if (facts.endsAt <= m_now) {
        facts.status = quint8(random.weighted(std::array<int, 6>{0, 0, 0, 6, 90, 4}));
        if (facts.status == 3 || facts.status == 4)
            facts.spentMinor = facts.budgetMinor * random.between(80, 100) / 100;
    } else {
        facts.status = quint8(random.weighted(std::array<int, 6>{0, 0, 80, 20, 0, 0}));
        const double elapsed =
            double(m_now - facts.startsAt) / double(facts.endsAt - facts.startsAt);
        facts.spentMinor =
            qint64(double(facts.budgetMinor) * elapsed * double(random.between(70, 100)) / 100.0);
    }
    facts.spentMinor = std::min(facts.spentMinor, facts.budgetMinor);
    return facts;
}

// ---------------------------------------------------------------------------------------------
// Planning: DAO

void Seeding::planDao()
{
    const qint64 memberCount = qint64(m_members.size());
    for (qint64 m = 0; m < memberCount; ++m) {
        DemoRandom random = this->random(Stream::MemberStakes, m);
        const qint64 count = 1 + random.weighted(std::array<int, 3>{70, 22, 8});
        m_memberStakes.append(count);
        const qint64 since = roleSince(m_members[size_t(m)], DaoMember);
        // A handful of whales hold much of the stake.
        const bool whale = m < std::max<qint64>(1, memberCount / 100);
        for (qint64 j = 0; j < count; ++j) {
            DemoRandom stakeRandom = this->random(Stream::Stake, qint64(m_stakes.size()));
            StakeFacts stake;
            stake.tokens = 10 + qint64(stakeRandom.logNormal(1200, 1.1)) * (whale ? 25 : 1);
            stake.stakedAt = j == 0
                                 ? since + stakeRandom.below(7 * kDay)
                                 : since + stakeRandom.below(std::max<qint64>(kDay, m_now - since));
            stake.stakedAt = std::min(stake.stakedAt, m_now - kHour);
            const int status = stakeRandom.weighted(std::array<int, 3>{50, 35, 15});
            if (status == 1) {
                static constexpr std::array<qint64, 3> lockDays{90, 180, 365};
                stake.unlocksAt = stake.stakedAt + lockDays[size_t(stakeRandom.below(3))] * kDay;
                stake.status = stake.unlocksAt > m_now ? 1 : 0;
            } else if (status == 2 && m_now - stake.stakedAt > 2 * kDay) {
                stake.unstakedAt =
                    stake.stakedAt + stakeRandom.between(kDay, m_now - stake.stakedAt - kHour);
                stake.status = 2;
            }
            m_stakes.push_back(stake);
        }
    }

    const qint64 proposalCount = std::clamp<qint64>(24 + m_userCount / 4000, 24, 400);
    const qint64 span = m_now - m_yearStart;
    // Older proposals stay in the second half of the year, when there were members to vote.
    const qint64 earliest = m_yearStart + span * 45 / 100;
    const std::array<int, ProposalStateCount> weights{8, 12, 25, 4, 6, 5, 30, 10};
    const std::array<int, 5> types{30, 25, 20, 15, 10};
    for (qint64 k = 0; k < proposalCount; ++k) {
        DemoRandom random = this->random(Stream::Proposal, k);
        ProposalFacts proposal;
        // The first sixteen cover every state twice, whatever the scale.
        proposal.state =
            quint8(k < 2 * ProposalStateCount ? k % ProposalStateCount : random.weighted(weights));
        proposal.type = quint8(random.weighted(types));
        const qint64 votingLength = random.between(3, 7) * kDay;
        qint64 endsAt = 0;
        switch (proposal.state) {
        case ProposalPending:
            endsAt = m_now + random.between(2 * kHour, 3 * kDay) + votingLength;
            break;
        case ProposalActive:
            endsAt = m_now + random.between(kHour, votingLength - kHour);
            break;
        case ProposalSucceeded:
            endsAt = m_now - random.between(kHour, 40 * kHour);
            break;
        case ProposalQueued:
            endsAt = m_now - random.between(kDay, 6 * kDay);
            break;
        case ProposalExpired:
            endsAt = m_now - random.between(20 * kDay, std::max(21 * kDay, m_now - earliest));
            break;
        case ProposalExecuted:
            endsAt = m_now - random.between(7 * kDay, std::max(8 * kDay, m_now - earliest));
            break;
        case ProposalDefeated:
            endsAt = m_now - random.between(kDay, std::max(2 * kDay, m_now - earliest));
            break;
        default: // canceled, before or during its vote
            endsAt = m_now + random.between(-60 * kDay, 5 * kDay);
            break;
        }
        proposal.votingEndsAt = endsAt;
        proposal.votingStartsAt = endsAt - votingLength;
        proposal.snapshotAt = proposal.votingStartsAt - random.between(0, 2 * kHour);
        // Proposals waiting for their vote were posted before now, however far off the vote.
        proposal.createdAt = std::min(proposal.snapshotAt - random.between(kHour, 2 * kDay),
                                      m_now - random.between(10 * kMinute, 6 * kHour));
        if (proposal.state == ProposalQueued || proposal.state == ProposalExpired ||
            proposal.state == ProposalExecuted) {
            proposal.queuedAt = std::min(endsAt + random.between(kHour, 20 * kHour), m_now - kHour);
            if (proposal.state == ProposalExecuted)
                proposal.executedAt =
                    proposal.queuedAt + kTimelock + random.between(10 * kMinute, 3 * kDay);
        }
        if (proposal.state == ProposalCanceled)
            proposal.canceledAt = std::min(
                m_now - kMinute,
                proposal.createdAt +
                    random.between(kHour, std::max(2 * kHour, std::min(endsAt, m_now) -
                                                                  proposal.createdAt - kHour)));
        proposal.proposer = pickUser(m_members, proposal.createdAt, random, 1.3);
        proposal.thresholdPct = proposal.type == Parameter ? 60 : 50;
        if (proposal.type == Grant || proposal.type == Budget ||
            (proposal.type == Partnership && random.chance(0.5))) {
            const qint64 units = proposal.type == Grant    ? random.between(5'000, 80'000)
                                 : proposal.type == Budget ? random.between(20'000, 250'000)
                                                           : random.between(10'000, 100'000);
            proposal.amountMinor = units * 100;
            const double currency = random.unit();
            proposal.currency =
                quint8(std::max(0, currencyIndex(currency < 0.7    ? QStringLiteral("USD")
                                                 : currency < 0.95 ? QStringLiteral("EUR")
                                                                   : QStringLiteral("GBP"))));
        }
        if (proposal.type == Grant)
            proposal.recipient = pickAnyUser(proposal.createdAt, random, 1.2);
        m_proposals.push_back(proposal);
    }
    std::stable_sort(
        m_proposals.begin(), m_proposals.end(),
        [](const ProposalFacts &a, const ProposalFacts &b) { return a.createdAt < b.createdAt; });

    // Votes: distinct members with stake at the snapshot, walked in a fixed scrambled order.
    const qint64 voteCap = std::clamp<qint64>(m_userCount / 1000, 20, 1000);
    for (size_t p = 0; p < m_proposals.size(); ++p) {
        ProposalFacts &proposal = m_proposals[p];
        DemoRandom random = this->random(Stream::Ballot, qint64(p));
        const size_t firstVote = m_votes.size();
        const qint64 closes = std::min(
            {proposal.votingEndsAt, m_now, proposal.canceledAt > 0 ? proposal.canceledAt : m_now});
        if (closes > proposal.votingStartsAt + kHour && memberCount > 0) {
            const qint64 wanted = random.between(voteCap / 3, voteCap);
            qint64 stride = 7919 % memberCount;
            while (std::gcd(stride, memberCount) != 1)
                ++stride;
            const qint64 start = random.below(memberCount);
            for (qint64 j = 0; j < memberCount && qint64(m_votes.size() - firstVote) < wanted;
                 ++j) {
                const qint32 member = qint32((start + j * stride) % memberCount);
                const qint64 power = votingPower(member, proposal.snapshotAt);
                if (power <= 0)
                    continue;
                VoteFacts vote;
                vote.member = member;
                vote.power = power;
                vote.createdAt = proposal.votingStartsAt +
                                 random.below(std::max<qint64>(
                                     kMinute, closes - proposal.votingStartsAt - kMinute));
                m_votes.push_back(vote);
            }
        }
        const auto votes = m_votes.begin() + qint64(firstVote);
        const bool passes = proposal.state == ProposalSucceeded ||
                            proposal.state == ProposalQueued || proposal.state == ProposalExpired ||
                            proposal.state == ProposalExecuted;
        const bool quorumFails = proposal.state == ProposalDefeated && random.chance(0.5);
        const std::array<int, 3> leaning = passes ? std::array<int, 3>{70, 22, 8}
                                           : proposal.state == ProposalDefeated
                                               ? std::array<int, 3>{30, 60, 10}
                                               : std::array<int, 3>{55, 35, 10};
        for (auto vote = votes; vote != m_votes.end(); ++vote)
            vote->support = quint8(random.weighted(leaning));

        auto meetsThreshold = [&proposal] {
            const qint64 cast = proposal.tally[VoteFor] + proposal.tally[VoteAgainst];
            return cast > 0 &&
                   proposal.tally[VoteFor] * 100 >= qint64(proposal.thresholdPct) * cast &&
                   proposal.tally[VoteFor] > proposal.tally[VoteAgainst];
        };
        proposal.tally = {0, 0, 0};
        for (auto vote = votes; vote != m_votes.end(); ++vote)
            proposal.tally[vote->support] += vote->power;
        // Nudge the votes until the outcome matches the state the proposal is meant to be in.
        auto change = [&proposal](VoteFacts &vote, VoteSupport support) {
            proposal.tally[vote.support] -= vote.power;
            vote.support = quint8(support);
            proposal.tally[support] += vote.power;
        };
        for (auto vote = votes; passes && !meetsThreshold() && vote != m_votes.end(); ++vote) {
            if (vote->support != VoteFor)
                change(*vote, VoteFor);
        }
        for (auto vote = votes; proposal.state == ProposalDefeated && !quorumFails &&
                                meetsThreshold() && vote != m_votes.end();
             ++vote) {
            if (vote->support == VoteFor)
                change(*vote, VoteAgainst);
        }
        const qint64 total = proposal.tally[0] + proposal.tally[1] + proposal.tally[2];
        if (passes)
            proposal.quorum = proposal.tally[VoteFor] * random.between(30, 90) / 100;
        else if (quorumFails)
            proposal.quorum = total * random.between(120, 300) / 100 + 1;
        else
            proposal.quorum = std::max<qint64>(1, total * random.between(20, 60) / 100);
        m_proposalVotes.append(qint64(m_votes.size() - firstVote));
    }

    // The treasury holds enough to have paid every executed proposal and to cover the queued.
    m_treasuryEndowment.assign(size_t(m_currencies.size()), 0);
    for (const ProposalFacts &proposal : m_proposals) {
        if (proposal.amountMinor > 0 &&
            (proposal.state == ProposalExecuted || proposal.state == ProposalQueued))
            m_treasuryEndowment[proposal.currency] += proposal.amountMinor;
    }
    for (qint64 &endowment : m_treasuryEndowment)
        endowment += 25'000'000 + m_userCount * 1000;
}

qint64 Seeding::votingPower(qint32 member, qint64 at) const
{
    qint64 power = 0;
    for (qint64 s = m_memberStakes.begin(member); s < m_memberStakes.begin(member + 1); ++s) {
        const StakeFacts &stake = m_stakes[size_t(s)];
        if (stake.stakedAt <= at && (stake.unstakedAt == 0 || stake.unstakedAt > at))
            power += stake.tokens;
    }
    return power;
}

// ---------------------------------------------------------------------------------------------
// Planning: moderation

void Seeding::planModeration()
{
    // Suspended and banned users got there through a decision on a report.
    const std::array<int, 6> sanctionWeights{30, 25, 10, 15, 10, 10};
    static constexpr std::array<quint8, 6> sanctionReasons{Scam,          Harassment, HateSpeech,
                                                           Impersonation, Spam,       Nudity};
    for (qint32 i = 0; i < qint32(m_userCount); ++i) {
        UserFacts &user = m_users[size_t(i)];
        if (user.status != UserStatus::Suspended && user.status != UserStatus::Banned)
            continue;
        DemoRandom random = this->random(Stream::Sanction, i);
        ReportFacts report;
        report.subject = i;
        report.reason = sanctionReasons[size_t(random.weighted(sanctionWeights))];
        report.severity = quint8(std::max<int>(kPolicyReasons[report.reason].severity, High));
        report.contentType = ContentProfile;
        report.createdAt = std::max(
            user.createdAt + kHour,
            m_now - random.between(3 * kDay, std::max<qint64>(4 * kDay, m_now - user.createdAt)));
        report.source = random.chance(0.7) ? 0 : 1;
        if (report.source == 0) {
            report.reporter = pickAnyUser(report.createdAt, random, 1.0, i);
            report.detail = quint8(random.below(m_catalog.userReportDetails.size()));
        } else {
            report.aiScore = qint16(random.between(850, 999));
            report.detail = quint8(random.below(m_catalog.aiFlagDetails.size()));
        }
        report.decidedAt = past(report.createdAt + random.between(2 * kHour, 48 * kHour));
        report.status = Resolved;
        report.action = user.status == UserStatus::Banned ? ActBan : ActSuspend;
        user.sanctionReason = qint8(report.reason);
        m_reports.push_back(report);
    }

    // Reports on content, from users and from the automated detectors. The newest are the
    // open queue.
    const qint64 reportCount =
        m_reportTarget > 0 ? m_reportTarget : std::max<qint64>(40, m_userCount / 40);
    const qint64 openTail = std::max<qint64>(16, reportCount / 25);
    const std::array<int, 7> contentWeights{30, 25, 20, 5, 7, 7, 6};
    static constexpr std::array<Role, 7> contentOwners{Dater,   Dater,  Dater, Vendor,
                                                       Creator, Vendor, Host};
    // The catalog's user-report details, in order, and the policy each one falls under.
    static constexpr std::array<quint8, 9> detailReasons{
        Scam, Impersonation, Harassment,        MisleadingListing, Underage,
        Scam, Scam,          MisleadingListing, Impersonation};
    const std::array<int, 4> aiReasons{70, 15, 10, 5};
    static constexpr std::array<quint8, 4> aiReasonCodes{AiGenerated, Spam, Nudity, Scam};
    for (qint64 k = 0; k < reportCount; ++k) {
        DemoRandom random = this->random(Stream::Report, k);
        ReportFacts report;
        report.contentType = quint8(random.weighted(contentWeights));
        const Role owner = contentOwners[report.contentType];
        const std::vector<qint32> &owners = m_roleUsers[owner];
        if (owners.empty())
            continue;
        const bool fresh = k >= reportCount - openTail;
        report.createdAt = fresh ? m_now - random.between(10 * kMinute, 48 * kHour)
                                 : activityTime(k, reportCount, random);
        const qint64 ownerIndex =
            random.skewed(std::max<qint64>(1, createdBy(owners, report.createdAt)), 1.2);
        report.subject = owners[size_t(ownerIndex)];
        report.createdAt =
            past(std::max(report.createdAt, roleSince(report.subject, owner) + kHour));
        switch (report.contentType) {
        case ContentProfile:
            report.contentId = id(ownerIndex);
            break;
        case ContentPhoto:
            report.contentId =
                id(m_photos.begin(ownerIndex) + random.below(m_photos.count(ownerIndex)));
            break;
        case ContentAgent:
            report.contentId = id(m_creatorAgents.begin(ownerIndex) +
                                  random.below(m_creatorAgents.count(ownerIndex)));
            break;
        case ContentVendor:
            report.contentId = id(ownerIndex);
            break;
        case ContentProperty:
            report.contentId = id(m_hostProperties.begin(ownerIndex) +
                                  random.below(m_hostProperties.count(ownerIndex)));
            break;
        default: // messages and reviews are quoted, not linked
            break;
        }
        report.source = random.chance(0.45) ? 1 : 0;
        if (report.source == 1) {
            report.reason = aiReasonCodes[size_t(random.weighted(aiReasons))];
            report.aiScore = qint16(550 + random.skewed(450, 0.6));
            report.detail = quint8(random.below(m_catalog.aiFlagDetails.size()));
        } else {
            report.detail = quint8(random.below(m_catalog.userReportDetails.size()));
            report.reason = report.detail < detailReasons.size() ? detailReasons[report.detail]
                                                                 : quint8(OtherReason);
            report.reporter =
                owner == Dater
                    ? pickUser(m_roleUsers[Dater], report.createdAt, random, 1.5, report.subject)
                    : pickAnyUser(report.createdAt, random, 1.5, report.subject);
        }
        int severity = kPolicyReasons[report.reason].severity;
        if (report.aiScore > 900)
            severity = std::min<int>(Critical, severity + 1);
        report.severity = quint8(severity);

        // Fresh reports wait in the queue; older ones were mostly handled within days.
        const qint64 age = m_now - report.createdAt;
        const double openChance = fresh             ? 1.0
                                  : age < 2 * kDay  ? 0.9
                                  : age < 7 * kDay  ? 0.5
                                  : age < 14 * kDay ? 0.2
                                                    : 0.02;
        if (random.chance(openChance)) {
            const std::array<int, 3> open{60, 22, 18};
            report.status = quint8(random.weighted(open));
            if (report.status == ReportEscalated) {
                report.action = ActEscalate;
                report.decidedAt = past(report.createdAt + random.between(10 * kMinute, 6 * kHour));
            }
        } else {
            report.decidedAt = past(report.createdAt + random.between(30 * kMinute, 5 * kDay));
            if (random.chance(0.45)) {
                report.status = Dismissed;
                report.action = ActDismiss;
            } else {
                report.status = Resolved;
                const std::array<int, 3> actions{45, 30, 25};
                report.action = quint8(ActRemoveContent + random.weighted(actions));
            }
        }
        m_reports.push_back(report);
    }
    std::stable_sort(
        m_reports.begin(), m_reports.end(),
        [](const ReportFacts &a, const ReportFacts &b) { return a.createdAt < b.createdAt; });

    m_reportDecision.assign(m_reports.size(), -1);
    std::vector<qint64> decisionStrike;
    for (size_t r = 0; r < m_reports.size(); ++r) {
        const ReportFacts &report = m_reports[r];
        if (report.decidedAt == 0)
            continue;
        m_reportDecision[r] = qint64(m_decisions.size());
        m_decisions.push_back(qint32(r));
        decisionStrike.push_back(-1);
        if (report.action == ActStrike || report.action == ActSuspend || report.action == ActBan) {
            decisionStrike.back() = qint64(m_strikes.size());
            m_strikes.push_back({qint32(r), 0});
        }
    }

    // Appeals against decisions, strikes and KYC rejections.
    auto appeal = [this](quint8 type, qint32 user, qint64 decidedAt,
                         DemoRandom &random) -> AppealFacts * {
        AppealFacts facts;
        facts.type = type;
        facts.user = user;
        facts.createdAt = decidedAt + random.between(kHour, 5 * kDay);
        if (facts.createdAt >= m_now - kMinute)
            return nullptr;
        if (facts.createdAt > m_now - 5 * kDay) {
            facts.status = random.chance(0.7) ? 0 : 1;
        } else {
            facts.status = quint8(2 + random.weighted(std::array<int, 3>{60, 30, 10}));
            facts.decidedAt = past(facts.createdAt + random.between(kDay, 4 * kDay));
        }
        m_appeals.push_back(facts);
        return &m_appeals.back();
    };
    for (size_t d = 0; d < m_decisions.size(); ++d) {
        const ReportFacts &report = m_reports[size_t(m_decisions[d])];
        DemoRandom random = this->random(Stream::Appeal, qint64(d));
        const qint64 strike = decisionStrike[d];
        AppealFacts *facts = nullptr;
        if (report.action == ActSuspend || report.action == ActBan) {
            if (random.chance(0.6))
                facts = appeal(2, report.subject, report.decidedAt, random);
        } else if (report.action == ActStrike) {
            if (random.chance(0.2))
                facts = appeal(1, report.subject, report.decidedAt, random);
        } else if (report.action == ActRemoveContent && random.chance(0.05)) {
            facts = appeal(0, report.subject, report.decidedAt, random);
        }
        if (!facts)
            continue;
        facts->decision = qint64(d);
        facts->strike = strike;
        // An overturned strike is revoked; suspensions and bans stay as the user's status says.
        if (facts->type == 1 && facts->status == 3)
            m_strikes[size_t(strike)].revokedAt = facts->decidedAt;
    }
    for (size_t c = 0; c < m_kycCases.size(); ++c) {
        const KycCaseFacts &kyc = m_kycCases[c];
        DemoRandom random = this->random(Stream::KycAppeal, qint64(c));
        if (kyc.state != KycRejected || !random.chance(0.15))
            continue;
        if (AppealFacts *facts = appeal(3, kyc.user, kyc.decidedAt, random))
            facts->kycCase = qint64(c);
    }
    std::stable_sort(
        m_appeals.begin(), m_appeals.end(),
        [](const AppealFacts &a, const AppealFacts &b) { return a.createdAt < b.createdAt; });
}

// ---------------------------------------------------------------------------------------------
// Planning: payments

void Seeding::planPayments()
{
    for (size_t b = 0; b < m_bookings.size(); ++b) {
        if (m_bookings[b].status != BookingRequested)
            m_bookedStays.push_back(qint32(b));
    }

    // Wallets: everyone who gets paid or sends parcels, and some who top up to pay faster.
    const quint16 walletRoles = quint16((1u << Creator) | (1u << Vendor) | (1u << Driver) |
                                        (1u << Host) | (1u << Traveler) | (1u << Sender));
    m_walletOf.assign(size_t(m_userCount), -1);
    for (qint32 i = 0; i < qint32(m_userCount); ++i) {
        DemoRandom random = this->random(Stream::WalletHolder, i);
        if ((m_users[size_t(i)].roles & walletRoles) || random.chance(0.04)) {
            m_walletOf[size_t(i)] = qint64(m_walletUsers.size());
            m_walletUsers.push_back(i);
        }
    }
    m_topUpCount = m_walletUsers.empty() ? 0 : m_userCount * 15 / 1000;

    const std::array<qint64, PaymentSegmentCount> counts{
        m_datingCharges.total(),
        m_agentCharges.total() + m_purchaseCount,
        m_orderCount,
        qint64(m_chargedRides.size()),
        qint64(m_tippedRides.size()),
        qint64(m_bookedStays.size()),
        qint64(m_chargedCampaigns.size()),
        qint64(m_escrowParcels.size()),
        m_topUpCount,
    };
    m_paymentOffsets[0] = 0;
    for (size_t s = 0; s < counts.size(); ++s)
        m_paymentOffsets[s + 1] = m_paymentOffsets[s] + counts[s];

    // Payees in a fixed order: creators, vendors, drivers, hosts, travelers, DAO grants.
    auto addPayees = [this](PayeeType type, const std::vector<Earnings> &earnings,
                            const std::vector<qint32> &users, std::vector<qint64> *index) {
        for (size_t k = 0; k < earnings.size(); ++k) {
            if (earnings[k].totalMinor <= 0)
                continue;
            if (index)
                (*index)[k] = qint64(m_payees.size());
            m_payees.push_back(
                {quint8(type), users[k], earnings[k].totalMinor, earnings[k].firstAt, -1});
            m_payouts.append(qint64(payoutsOf(qint64(m_payees.size()) - 1).size()));
        }
    };
    m_creatorPayee.assign(m_roleUsers[Creator].size(), -1);
    addPayees(PayeeCreator, m_creatorEarnings, m_roleUsers[Creator], &m_creatorPayee);
    addPayees(PayeeVendor, m_vendorEarnings, m_roleUsers[Vendor], nullptr);
    addPayees(PayeeDriver, m_driverEarnings, m_roleUsers[Driver], nullptr);
    addPayees(PayeeHost, m_hostEarnings, m_roleUsers[Host], nullptr);
    addPayees(PayeeTraveler, m_travelerEarnings, m_roleUsers[Traveler], nullptr);
    for (size_t p = 0; p < m_proposals.size(); ++p) {
        const ProposalFacts &proposal = m_proposals[p];
        if (proposal.state != ProposalExecuted || proposal.type != Grant || proposal.recipient < 0)
            continue;
        m_payees.push_back({quint8(PayeeDaoGrant), proposal.recipient, proposal.amountMinor,
                            proposal.executedAt, qint64(p)});
        m_payouts.append(1);
    }
}

Seeding::PaymentFacts Seeding::payment(qint64 k) const
{
    int segment = 0;
    while (k >= m_paymentOffsets[size_t(segment) + 1])
        ++segment;
    const qint64 n = k - m_paymentOffsets[size_t(segment)];
    DemoRandom random = this->random(Stream::Payment, k);
    PaymentFacts facts_;
    qint32 &user = facts_.user;
    quint8 &service = facts_.service;
    quint8 &kind = facts_.kind;
    qint64 &amount = facts_.amountMinor;
    QString &currency = facts_.currency;
    quint8 &status = facts_.status;
    QString &sourceType = facts_.sourceType;
    qint64 &source = facts_.source;
    qint64 &createdAt = facts_.createdAt;
    qint64 &updatedAt = facts_.updatedAt;
    switch (segment) {
    case PayDating: {
        const qint64 s = m_datingCharges.parentOf(n);
        const qint64 period = n - m_datingCharges.begin(s);
        const SubscriptionFacts &subscription = m_datingSubscriptions[size_t(s)];
        user = subscription.user;
        amount = subscription.priceMinor;
        currency = currencyOf(user);
        createdAt = past(subscription.createdAt + period * kPeriod + random.below(10 * kMinute));
        status = chargeStatus(subscription, period, createdAt, random);
        sourceType = QStringLiteral("subscription");
        source = id(s);
        break;
    }
    case PayMarketplace: {
        const SaleFacts facts = sale(n);
        service = ServiceMarketplace;
        kind = facts.kind == 0 ? KindPurchase : KindSubscription;
        user = facts.buyer;
        amount = facts.amountMinor;
        currency = currencyOf(m_roleUsers[Creator][size_t(m_agents[size_t(facts.agent)].creator)]);
        status = facts.status;
        createdAt = facts.createdAt;
        sourceType = QStringLiteral("marketplace_transaction");
        source = id(n);
        break;
    }
    case PayCommerce: {
        const OrderFacts facts = order(n);
        service = ServiceCommerce;
        kind = KindOrder;
        user = facts.buyer;
        amount = facts.totalMinor;
        currency = currencyOf(m_vendors[size_t(facts.vendor)].owner);
        status = facts.status == OrderPending    ? ChargePending
                 : facts.status == OrderCanceled ? ChargeFailed
                 : facts.status == OrderRefunded ? ChargeRefunded
                                                 : ChargeCompleted;
        createdAt = facts.createdAt;
        updatedAt = facts.updatedAt;
        sourceType = QStringLiteral("order");
        source = id(n);
        break;
    }
    case PayRides:
    case PayTips: {
        const qint64 r = segment == PayRides ? m_chargedRides[size_t(n)] : m_tippedRides[size_t(n)];
        const RideFacts ride = this->ride(r);
        service = ServiceRides;
        user = ride.rider;
        currency = m_catalog.cities[ride.city].currency;
        if (segment == PayRides) {
            kind = KindRide;
            amount = ride.fareMinor;
            status = ride.status == RideInProgress ? ChargePending : ChargeCompleted;
            createdAt = std::max({ride.completedAt, ride.canceledAt, ride.startedAt});
        } else {
            kind = KindTip;
            amount = ride.tipMinor;
            createdAt = past(ride.completedAt + random.between(kMinute, 2 * kHour));
        }
        sourceType = QStringLiteral("ride");
        source = id(r);
        break;
    }
    case PayStays: {
        const qint64 b = m_bookedStays[size_t(n)];
        const BookingFacts &booking = m_bookings[size_t(b)];
        service = ServiceStays;
        kind = KindBooking;
        user = booking.guest;
        amount = booking.totalMinor;
        currency = m_catalog.cities[m_properties[size_t(booking.property)].city].currency;
        status = booking.status == BookingCanceled || booking.status == BookingRefunded
                     ? ChargeRefunded
                     : ChargeCompleted;
        createdAt = booking.createdAt;
        updatedAt = booking.updatedAt;
        sourceType = QStringLiteral("booking");
        source = id(b);
        break;
    }
    case PayAds: {
        const qint64 c = m_chargedCampaigns[size_t(n)];
        const CampaignFacts facts = campaign(c);
        service = ServiceAds;
        kind = KindAdSpend;
        user = facts.advertiser;
        amount = facts.spentMinor;
        currency = currencyOf(user);
        // A finished campaign is charged when it ends; a running one was last billed at some
        // point since it started.
        createdAt = facts.endsAt <= m_now - kHour
                        ? past(facts.endsAt)
                        : past(facts.startsAt +
                               random.below(std::max<qint64>(1, m_now - kHour - facts.startsAt)));
        sourceType = QStringLiteral("ad_campaign");
        source = id(c);
        break;
    }
    case PayShipping: {
        const qint64 p = m_escrowParcels[size_t(n)];
        const ParcelFacts facts = parcel(p);
        service = ServiceShipping;
        kind = KindParcel;
        user = facts.sender;
        amount = facts.feeMinor;
        currency = m_catalog.cities[facts.origin].currency;
        status = facts.escrow == EscrowRefunded ? ChargeRefunded : ChargeCompleted;
        createdAt = facts.createdAt;
        updatedAt = facts.updatedAt;
        sourceType = QStringLiteral("parcel");
        source = id(p);
        break;
    }
    default: {
        const qint64 w = random.skewed(qint64(m_walletUsers.size()), 1.5);
        service = ServiceMarketplace;
        kind = KindTopUp;
        user = m_walletUsers[size_t(w)];
        amount = localPrice(random.between(10, 100) * 100, cityOf(user).pricePercent);
        currency = currencyOf(user);
        createdAt = past(std::max(activityTime(n, m_topUpCount, random),
                                  m_users[size_t(user)].createdAt + kHour));
        status = random.chance(0.95) ? ChargeCompleted : ChargeFailed;
        sourceType = QStringLiteral("wallet");
        source = id(w);
        break;
    }
    }
    facts_.segment = segment;
    facts_.failure = status == ChargeFailed ? qint32(random.below(4)) : -1;
    return facts_;
}

std::vector<Seeding::PayoutFacts> Seeding::payoutsOf(qint64 payeeIndex) const
{
    const PayeeFacts &payee = m_payees[size_t(payeeIndex)];
    DemoRandom random = this->random(Stream::Payout, payeeIndex);
    std::vector<PayoutFacts> payouts;
    if (payee.type == PayeeDaoGrant) {
        PayoutFacts payout;
        payout.amountMinor = payee.earnedMinor;
        payout.dueAt = payee.firstAt + random.between(kHour, 3 * kDay);
        if (payout.dueAt < m_now - kDay) {
            payout.state = PayoutPaid;
            payout.approvedAt = payout.dueAt - random.between(kHour, 12 * kHour);
            payout.paidAt = payout.dueAt + random.between(kHour, kDay);
        } else {
            payout.state = PayoutPending;
        }
        payouts.push_back(payout);
        return payouts;
    }
    // Monthly payouts since the first earning (at most six, the oldest covering everything
    // before); the current one is still waiting for approval, due about now.
    qint64 months = std::min<qint64>(6, (m_now - payee.firstAt) / kPeriod + 1);
    months = std::max<qint64>(1, std::min(months, payee.earnedMinor));
    const QList<qint64> amounts =
        allocateLargestRemainder(payee.earnedMinor, QList<qint64>(months, 1));
    const std::array<int, 4> settled{950, 25, 10, 15}; // paid failed returned rejected
    for (qint64 j = 0; j < months; ++j) {
        PayoutFacts payout;
        payout.amountMinor = amounts[j];
        payout.periodStart = j == 0 ? payee.firstAt : m_now - (months - j) * kPeriod;
        const bool last = j == months - 1;
        payout.periodEnd = last ? m_now : m_now - (months - j - 1) * kPeriod;
        if (last) {
            payout.dueAt = m_now + random.between(-2 * kDay, 3 * kDay);
            if (random.chance(0.8)) {
                payout.state = PayoutPending;
            } else {
                payout.state = PayoutApproved;
                payout.approvedAt = m_now - random.between(kHour, 20 * kHour);
            }
        } else {
            payout.dueAt = payout.periodEnd + 3 * kDay;
            static constexpr std::array<quint8, 4> states{PayoutPaid, PayoutFailed, PayoutReturned,
                                                          PayoutRejected};
            payout.state = states[size_t(random.weighted(settled))];
            if (payout.state != PayoutRejected)
                payout.approvedAt = payout.dueAt - random.between(kHour, 2 * kDay);
            if (payout.state == PayoutPaid || payout.state == PayoutReturned)
                payout.paidAt = past(payout.dueAt + random.between(kHour, 2 * kDay));
        }
        payouts.push_back(payout);
    }
    return payouts;
}

// ---------------------------------------------------------------------------------------------
// Writing: identity

void Seeding::writeIdentity()
{
    const QStringList statuses = words("active suspended banned deleted");
    const std::array<int, 4> emailStyles{50, 25, 15, 10};
    writeRows(QStringLiteral("users"),
              "id email first_name last_name name_key last_name_key phone_hash phone_encrypted "
              "country city "
              "email_verified age_verified tos_accepted marketplace_verified status status_reason "
              "suspended_until created_at updated_at version",
              m_userCount, [&](qint64 i, QVariantList &row) {
                  const UserFacts &user = m_users[size_t(i)];
                  const DemoCity &city = m_catalog.cities[user.city];
                  const DemoNamePool &pool = m_catalog.namePools[city.namePool];
                  const NameForms &forms = m_nameForms[size_t(city.namePool)];
                  DemoRandom random = this->random(Stream::UserRow, i);

                  // The id at the end keeps addresses unique: names never contain digits.
                  const QString &first = forms.firstEmail[user.firstName];
                  const QString &last = forms.lastEmail[user.lastName];
                  QString email;
                  email.reserve(first.size() + last.size() + 32);
                  switch (random.weighted(emailStyles)) {
                  case 0:
                      email += first + QLatin1Char('.') + last;
                      break;
                  case 1:
                      email += first + last;
                      break;
                  case 2:
                      email += first;
                      break;
                  default:
                      email += first.left(1) + QLatin1Char('.') + last;
                      break;
                  }
                  email += QString::number(id(i));
                  email += QLatin1Char('@');
                  email += pick(m_catalog.emailDomains, random);

                  const QString &lastLower = forms.lastLower[user.lastName];
                  QString nameKey = forms.firstLower[user.firstName];
                  nameKey += QLatin1Char(' ');
                  nameKey += lastLower;

                  QVariant reason;
                  QVariant suspendedUntil;
                  qint64 updatedAt =
                      user.createdAt + random.below(std::max<qint64>(1, m_now - user.createdAt));
                  if (user.sanctionReason >= 0)
                      reason =
                          QString::fromLatin1(kPolicyReasons[size_t(user.sanctionReason)].title);
                  if (user.status == UserStatus::Deleted)
                      reason = QStringLiteral("Deleted at the user's request");
                  if (user.status == UserStatus::Suspended)
                      suspendedUntil = m_now + random.between(kDay, 30 * kDay);
                  if (user.status != UserStatus::Active)
                      updatedAt =
                          std::max(user.createdAt + kHour, m_now - random.between(kHour, 3 * kDay));

                  // A phone number in E.164; the database keeps it sealed, plus a hash the
                  // platform uses to find duplicate accounts.
                  QVariant phoneHash;
                  QVariant phoneSealed;
                  if (random.chance(0.75)) {
                      QByteArray phone = '+' + callingCode(city.country).toLatin1();
                      for (int digit = 0; digit < 10; ++digit)
                          phone += char('0' + random.below(10));
                      phoneHash = QString::fromLatin1(Crypto::sha256(phone).toHex());
                      phoneSealed = sealed(phone, SealedColumn::UserPhone);
                  }
                  row << id(i) << email << pool.firstNames[user.firstName]
                      << pool.lastNames[user.lastName] << nameKey << lastLower << phoneHash
                      << phoneSealed << city.country << city.name << random.chance(0.92)
                      << user.ageVerified << user.tosAccepted << user.marketplaceVerified
                      << statuses[int(user.status)] << reason << suspendedUntil << user.createdAt
                      << updatedAt << (user.status == UserStatus::Active ? 1 : 2);
              });

    writeGroups(
        QStringLiteral("user_roles"), "user_id role status since_at", m_userRoles,
        [&](qint64 i, qint64, RowSink &sink) {
            const UserFacts &user = m_users[size_t(i)];
            auto indexIn = [i](const std::vector<qint32> &list) {
                return size_t(std::lower_bound(list.begin(), list.end(), qint32(i)) - list.begin());
            };
            for (int role = 0; role < RoleCount; ++role) {
                if (!user.has(Role(role)))
                    continue;
                QString status = QStringLiteral("active");
                if (role == Driver) {
                    const quint8 driver = m_drivers[indexIn(m_roleUsers[Driver])].status;
                    if (driver == DriverApplicant || driver == DriverPending)
                        status = QStringLiteral("pending");
                } else if (role == Host) {
                    if (m_hosts[indexIn(m_roleUsers[Host])].verification == VerificationPending)
                        status = QStringLiteral("pending");
                } else if (role == Vendor) {
                    if (m_vendors[indexIn(m_roleUsers[Vendor])].verification == VerificationPending)
                        status = QStringLiteral("pending");
                }
                if (user.status == UserStatus::Suspended)
                    status = QStringLiteral("locked");
                else if (user.status != UserStatus::Active)
                    status = QStringLiteral("revoked");
                QVariantList &row = sink.row();
                row << id(i) << roleNames()[role] << status << roleSince(qint32(i), Role(role));
                sink.add();
            }
        });

    const QString avatarBase = QStringLiteral("https://cdn.example.com/avatars/");
    writeRows(QStringLiteral("user_profiles"),
              "id user_id display_name avatar_url bio marketplace_description locale time_zone "
              "created_at updated_at",
              m_userCount, [&](qint64 i, QVariantList &row) {
                  const UserFacts &user = m_users[size_t(i)];
                  const DemoCity &city = m_catalog.cities[user.city];
                  DemoRandom random = this->random(Stream::UserProfile, i);
                  const QString displayName = firstName(qint32(i)) + QLatin1Char(' ') +
                                              lastName(qint32(i)).left(1) + QLatin1Char('.');
                  QVariant description;
                  if (user.has(Creator))
                      description = pick(m_catalog.agentDescriptions, random);
                  else if (user.has(Vendor))
                      description = QStringLiteral("Independent seller based in ") + city.name +
                                    QStringLiteral(". Orders ship within two working days.");
                  row << id(i) << id(i) << displayName
                      << (random.chance(0.7) ? QVariant(avatarBase + QString::number(id(i)) +
                                                        QStringLiteral(".jpg"))
                                             : QVariant())
                      << (random.chance(0.35) ? QVariant(pick(m_catalog.bios, random)) : QVariant())
                      << description << city.locale << city.timeZone << user.createdAt
                      << user.createdAt + random.below(std::max<qint64>(1, m_now - user.createdAt));
              });

    const QStringList methods = words("birthdate phone id_document kyc");
    const QStringList results = words("verified rejected underage");
    writeGroups(
        QStringLiteral("age_verifications"),
        "id user_id method birthdate_encrypted result verified_at created_at", m_ageVerifications,
        [&](qint64 i, qint64 first, RowSink &sink) {
            const AgeHistory history = ageHistory(qint32(i));
            const QByteArray birthdate = birthdateOf(qint32(i)).toString(Qt::ISODate).toLatin1();
            for (int a = 0; a < history.count; ++a) {
                QVariantList &row = sink.row();
                // A birthdate was entered or read off a document, except for phone
                // checks.
                row << id(first + a) << id(i) << methods[history.method[a]]
                    << (history.method[a] == 1 ? QVariant()
                                               : sealed(birthdate, SealedColumn::AgeBirthdate))
                    << results[history.result[a]]
                    << (history.result[a] == 0 ? QVariant(history.at[a] + 5 * kSecond) : QVariant())
                    << history.at[a];
                sink.add();
            }
        });

    const std::array<QString, 3> networks{QStringLiteral("192.0.2."), QStringLiteral("198.51.100."),
                                          QStringLiteral("203.0.113.")};
    writeGroups(QStringLiteral("tos_acceptances"),
                "id user_id tos_version accepted_at ip_address user_agent", m_tosAcceptances,
                [&](qint64 i, qint64 first, RowSink &sink) {
                    const TosHistory history = tosHistory(qint32(i));
                    DemoRandom random = this->random(Stream::TosRow, i);
                    for (int a = 0; a < history.count; ++a) {
                        QVariantList &row = sink.row();
                        row << id(first + a) << id(i)
                            << (history.current[a] ? m_tosCurrent : m_tosPrevious) << history.at[a]
                            << networks[size_t(random.below(3))] +
                                   QString::number(random.between(1, 254))
                            << pick(m_catalog.userAgents, random);
                        sink.add();
                    }
                });
}

// ---------------------------------------------------------------------------------------------
// Writing: dating

void Seeding::writeDating()
{
    const std::vector<qint32> &daters = m_roleUsers[Dater];
    const QStringList genders = words("woman man nonbinary other");
    QStringList preferences;
    for (int mask = 0; mask < 16; ++mask) {
        QStringList names;
        for (int g = 0; g < 4; ++g) {
            if (mask & (1 << g))
                names << genders[g];
        }
        preferences << names.join(QLatin1Char(','));
    }

    writeRows(QStringLiteral("profiles"),
              "id user_id gender preferred_genders bio interests_json city country lat_e6 lon_e6 "
              "is_visible created_at updated_at version",
              qint64(daters.size()), [&](qint64 d, QVariantList &row) {
                  const qint32 user = daters[size_t(d)];
                  const UserFacts &facts = m_users[size_t(user)];
                  const DemoCity &city = m_catalog.cities[facts.city];
                  DemoRandom random = this->random(Stream::ProfileRow, d);
                  QString interests = QStringLiteral("[");
                  const int count = int(random.between(2, 5));
                  const qint64 offset = random.below(m_catalog.interests.size());
                  const qint64 step = 1 + random.below(5);
                  for (int k = 0; k < count; ++k) {
                      if (k > 0)
                          interests += QLatin1Char(',');
                      interests +=
                          QLatin1Char('"') +
                          m_catalog.interests[(offset + k * step) % m_catalog.interests.size()] +
                          QLatin1Char('"');
                  }
                  interests += QLatin1Char(']');
                  const GeoPoint home = scatter(random, city.lat, city.lon, 10.0);
                  const qint64 createdAt = roleSince(user, Dater);
                  row << id(d) << id(user) << genders[int(facts.gender)]
                      << preferences[preferredGenders(qint32(d))]
                      << (random.chance(0.8) ? QVariant(pick(m_catalog.bios, random)) : QVariant())
                      << interests << city.name << city.country << home.lat << home.lon
                      << (facts.status == UserStatus::Active && random.chance(0.95)) << createdAt
                      << createdAt + random.below(std::max<qint64>(1, m_now - createdAt))
                      << qint64(1 + random.below(4));
              });

    const QStringList photoStatuses = words("pending approved rejected removed");
    writeGroups(QStringLiteral("photos"),
                "id user_id storage_key is_primary sort_order status uploaded_at version", m_photos,
                [&](qint64 d, qint64 first, RowSink &sink) {
                    const qint32 user = daters[size_t(d)];
                    const qint64 since = roleSince(user, Dater);
                    for (qint64 j = 0; j < m_photos.count(d); ++j) {
                        DemoRandom random = this->random(Stream::Photo, first + j);
                        const qint64 uploadedAt =
                            past(since + j * random.below(3 * kDay) + random.below(kHour));
                        int status = 1;
                        if (uploadedAt > m_now - 2 * kDay && random.chance(0.5))
                            status = 0;
                        else if (random.chance(0.04))
                            status = random.chance(0.6) ? 2 : 3;
                        QVariantList &row = sink.row();
                        row << id(first + j) << id(user)
                            << QStringLiteral("photos/") + QString::number(id(user)) +
                                   QLatin1Char('/') + hexString(random, 16) + QStringLiteral(".jpg")
                            << (j == 0) << j << photoStatuses[status] << uploadedAt << 1;
                        sink.add();
                    }
                });

    const QStringList likeKinds = words("like super_like pass");
    const std::array<int, 3> likeWeights{62, 5, 33};
    writeGroups(
        QStringLiteral("likes"), "id from_user_id to_user_id kind created_at", m_likes,
        [&](qint64 d, qint64 first, RowSink &sink) {
            const qint32 user = daters[size_t(d)];
            const std::vector<qint32> &cityList = m_datersByCity[m_users[size_t(user)].city];
            const qint64 n = qint64(cityList.size());
            DemoRandom random = this->random(Stream::Like, d);
            std::array<qint32, 16> chosen{};
            const qint64 count = m_likes.count(d);
            const qint64 since = roleSince(user, Dater);
            for (qint64 j = 0; j < count; ++j) {
                auto taken = [&](qint32 candidate) {
                    return candidate == qint32(d) || std::find(chosen.begin(), chosen.begin() + j,
                                                               candidate) != chosen.begin() + j;
                };
                // Popular profiles draw most likes; a short scan guarantees a free one.
                qint32 target = -1;
                for (int attempt = 0; attempt < 8 && target < 0; ++attempt) {
                    const qint32 candidate = cityList[size_t(random.skewed(n, 1.6))];
                    if (!taken(candidate))
                        target = candidate;
                }
                for (qint64 step = 0, start = random.below(n); target < 0 && step < n; ++step) {
                    const qint32 candidate = cityList[size_t((start + step) % n)];
                    if (!taken(candidate))
                        target = candidate;
                }
                chosen[size_t(j)] = target;
                const qint32 other = daters[size_t(target)];
                const qint64 both = std::max(since, roleSince(other, Dater));
                QVariantList &row = sink.row();
                row << id(first + j) << id(user) << id(other)
                    << likeKinds[random.weighted(likeWeights)]
                    << past(both +
                            random.between(kMinute, std::max<qint64>(kMinute, (m_now - both) / 2)));
                sink.add();
            }
        });

    const QStringList matchStatuses = words("active archived unmatched blocked");
    writeRows(
        QStringLiteral("matches"), "id user_a_id user_b_id status matched_at updated_at",
        qint64(m_matches.size()), [&](qint64 m, QVariantList &row) {
            const MatchFacts &match = m_matches[size_t(m)];
            DemoRandom random = this->random(Stream::MatchRow, m);
            const qint64 updatedAt =
                match.status == 0
                    ? match.matchedAt
                    : past(match.matchedAt +
                           random.between(kHour, std::max<qint64>(kHour, m_now - match.matchedAt)));
            row << id(m) << id(match.userA) << id(match.userB) << matchStatuses[match.status]
                << match.matchedAt << updatedAt;
        });

    const QStringList messageStatuses = words("sent read removed");
    writeGroups(QStringLiteral("messages"),
                "id match_id sender_id body status read_at removed_at created_at", m_messages,
                [&](qint64 m, qint64 first, RowSink &sink) {
                    const MatchFacts &match = m_matches[size_t(m)];
                    DemoRandom random = this->random(Stream::Message, m);
                    const qint64 count = m_messages.count(m);
                    qint64 at = match.matchedAt;
                    for (qint64 j = 0; j < count; ++j) {
                        // Conversations of matches made minutes ago are squeezed in before now.
                        at = std::max(std::min(at + kMinute + random.skewed(2 * kDay, 3.0),
                                               m_now - (count - j) * kMinute),
                                      match.matchedAt + (j + 1) * kSecond);
                        const qint32 sender = random.chance(0.5) ? match.userA : match.userB;
                        const double fate = random.unit();
                        const int status = fate < 0.03 ? 2 : fate < 0.78 ? 1 : 0;
                        QVariantList &row = sink.row();
                        row << id(first + j) << id(m) << id(sender)
                            << pick(m_catalog.messages, random) << messageStatuses[status]
                            << (status == 1
                                    ? QVariant(past(at + random.between(kMinute, 6 * kHour)))
                                    : QVariant())
                            << (status == 2 ? QVariant(past(at + random.between(kMinute, kDay)))
                                            : QVariant())
                            << at;
                        sink.add();
                    }
                });
}

// ---------------------------------------------------------------------------------------------
// Writing: trust and safety

/** The documents a KYC case of @p type asks for, in upload order. */
QStringList kycDocumentKinds(int type, bool passport)
{
    const QString identity = passport ? QStringLiteral("passport") : QStringLiteral("national_id");
    switch (type) {
    case KycAge:
        return {identity, QStringLiteral("selfie")};
    case KycIdentity:
        return {identity, QStringLiteral("selfie"), QStringLiteral("proof_of_address")};
    case KycBusiness:
        return {QStringLiteral("business_registration"), identity,
                QStringLiteral("proof_of_address")};
    case KycDriver:
        return {QStringLiteral("driving_license"), QStringLiteral("selfie"),
                QStringLiteral("vehicle_registration"), QStringLiteral("insurance")};
    default:
        return {identity, QStringLiteral("proof_of_address"), QStringLiteral("property_deed")};
    }
}

void Seeding::writeTrust()
{
    // When the case was first opened: a second attempt came some days after the first.
    auto openedAt = [this](const KycCaseFacts &kyc) {
        return kyc.attempts > 1 ? std::max(m_users[size_t(kyc.user)].createdAt + kMinute,
                                           kyc.submittedAt - 3 * kDay)
                                : kyc.submittedAt;
    };
    auto attemptAt = [&](const KycCaseFacts &kyc, int attempt) {
        return attempt == kyc.attempts ? kyc.submittedAt : openedAt(kyc);
    };
    const QStringList approvedReasons{
        QStringLiteral("All checks passed"),
        QStringLiteral("Documents verified against the provider report")};
    const QStringList rejectedReasons{QStringLiteral("Document appears to have been altered"),
                                      QStringLiteral("Face does not match the document photo"),
                                      QStringLiteral("Watchlist match confirmed"),
                                      QStringLiteral("Document expired")};
    writeRows(
        QStringLiteral("kyc_cases"),
        "id user_id case_type state provider risk_score watchlist_hits country attempts "
        "submitted_at due_at assigned_operator_id assigned_at first_decision first_decided_by "
        "first_decided_at decided_by decided_at decision_reason created_at updated_at version "
        "birthdate_encrypted",
        qint64(m_kycCases.size()), [&](qint64 c, QVariantList &row) {
            const KycCaseFacts &kyc = m_kycCases[size_t(c)];
            DemoRandom random = this->random(Stream::KycCaseRow, c);
            const bool decided = kyc.decidedAt > 0;
            QVariant reason;
            if (kyc.state == KycApproved)
                reason = pick(approvedReasons, random);
            else if (kyc.state == KycRejected)
                reason = kyc.watchlistHits > 0 ? rejectedReasons[2] : pick(rejectedReasons, random);
            else if (kyc.state == KycResubmission)
                reason = QStringLiteral("Document photo unreadable: a new upload was requested");
            const qint64 due = kyc.submittedAt + m_slaHours[kyc.type] * kHour;
            row << id(c) << id(kyc.user) << kycTypeNames()[kyc.type] << kycStateNames()[kyc.state]
                << pick(m_catalog.kycProviders, random) << int(kyc.risk) << int(kyc.watchlistHits)
                << cityOf(kyc.user).country << int(kyc.attempts) << kyc.submittedAt << due
                << QVariant() << QVariant() << QVariant() << QVariant() << QVariant() << QVariant()
                << (decided ? QVariant(kyc.decidedAt) : QVariant()) << reason << openedAt(kyc)
                << (decided ? kyc.decidedAt : kyc.submittedAt) << kyc.attempts + (decided ? 1 : 0)
                << sealed(birthdateOf(kyc.user).toString(Qt::ISODate).toLatin1(),
                          SealedColumn::KycBirthdate);
        });

    writeGroups(
        QStringLiteral("kyc_documents"),
        "id case_id kind attempt mime_type issuing_country expires_at content_encrypted "
        "document_number_encrypted sha256 uploaded_at purged_at",
        m_kycDocuments, [&](qint64 c, qint64 first, RowSink &sink) {
            const KycCaseFacts &kyc = m_kycCases[size_t(c)];
            DemoRandom random = this->random(Stream::KycDocument, c);
            const QStringList kinds = kycDocumentKinds(kyc.type, random.chance(0.5));
            // Documents of cases decided more than 90 days ago (the default retention)
            // are purged; the decision stays.
            const bool purged = kyc.decidedAt > 0 && kyc.decidedAt < m_now - 90 * kDay;
            const UserFacts &person = m_users[size_t(kyc.user)];
            const DemoCity &home = cityOf(kyc.user);
            const DemoNamePool &names = m_catalog.namePools[home.namePool];
            DocumentFields fields;
            fields.givenNames = names.firstNames[person.firstName];
            fields.surname = names.lastNames[person.lastName];
            fields.country = home.country;
            fields.city = home.name;
            fields.birthdate = birthdateOf(kyc.user);
            fields.faceSeed = quint64(kyc.user) * 7919 + m_seed;
            qint64 row = first;
            for (int attempt = 1; attempt <= kyc.attempts; ++attempt) {
                const qint64 uploadedAt = attemptAt(kyc, attempt);
                for (qsizetype k = 0; k < kinds.size(); ++k) {
                    const QString &kind = kinds[k];
                    const bool image = kind == QLatin1String("selfie") ||
                                       kind == QLatin1String("passport") ||
                                       kind == QLatin1String("national_id") ||
                                       kind == QLatin1String("driving_license");
                    const bool expires = image && kind != QLatin1String("selfie");
                    const qint64 expiresAt = expires || kind == QLatin1String("insurance")
                                                 ? m_now + random.between(30 * kDay, 9 * kYear)
                                                 : 0;
                    const qint64 at = uploadedAt + k * random.between(10 * kSecond, 2 * kMinute);
                    fields.kind = kind;
                    // The same document keeps its number across attempts.
                    fields.documentNumber =
                        kind == QLatin1String("selfie")
                            ? QString()
                            : documentNumber(kind, home.country,
                                             quint64(c) * 16 + quint64(k) + m_seed);
                    fields.issuedOn = QDateTime::fromMSecsSinceEpoch(
                                          expiresAt > 0 ? expiresAt - 10 * kYear : at, Qt::UTC)
                                          .date();
                    fields.expiresOn =
                        expiresAt > 0 ? QDateTime::fromMSecsSinceEpoch(expiresAt, Qt::UTC).date()
                                      : QDate();
                    QVariant content;
                    QVariant number;
                    QVariant digest;
                    if (!purged && m_cipher) {
                        const QByteArray svg = documentSvg(fields);
                        content = sealed(svg, SealedColumn::DocumentContent);
                        digest = QString::fromLatin1(Crypto::sha256(svg).toHex());
                        if (!fields.documentNumber.isEmpty())
                            number = sealed(fields.documentNumber.toLatin1(),
                                            SealedColumn::DocumentNumber);
                    }
                    QVariantList &values = sink.row();
                    values << id(row++) << id(c) << kind << attempt
                           << QStringLiteral("image/svg+xml") << home.country
                           << (expiresAt > 0 ? QVariant(expiresAt) : QVariant()) << content
                           << number << digest << at
                           << (purged ? QVariant(kyc.decidedAt + 90 * kDay) : QVariant());
                    sink.add();
                }
            }
        });

    const QStringList authenticity = words("pass fail inconclusive");
    const QStringList checkResults = words("clear consider fail error");
    writeGroups(
        QStringLiteral("kyc_checks"),
        "id case_id document_id provider document_authenticity face_match_score "
        "liveness_score watchlist_hits result raw_json checked_at",
        m_kycChecks, [&](qint64 c, qint64 first, RowSink &sink) {
            const KycCaseFacts &kyc = m_kycCases[size_t(c)];
            DemoRandom random = this->random(Stream::KycCheck, c);
            const qint64 documentsPerAttempt = m_kycDocuments.count(c) / kyc.attempts;
            const QString provider = pick(m_catalog.kycProviders, random);
            for (qint64 j = 0; j < m_kycChecks.count(c); ++j) {
                const int attempt = int(j) + 1;
                const bool last = attempt == kyc.attempts;
                // Earlier attempts were the ones that needed a resubmission.
                int result = 1;
                if (last && kyc.state == KycApproved)
                    result = 0;
                else if (last && kyc.state == KycRejected)
                    result = random.chance(0.7) ? 2 : 1;
                else if (!last)
                    result = random.chance(0.8) ? 1 : 3;
                const bool clear = result == 0;
                const qint64 checkedAt =
                    past(attemptAt(kyc, attempt) + random.between(kMinute, 30 * kMinute));
                QVariantList &row = sink.row();
                row << id(first + j) << id(c)
                    << id(m_kycDocuments.begin(c) + j * documentsPerAttempt) << provider
                    << (result == 3 ? QVariant()
                                    : QVariant(authenticity[clear ? 0 : (result == 2 ? 1 : 2)]))
                    << (result == 3
                            ? QVariant()
                            : QVariant(clear ? random.between(850, 999) : random.between(250, 820)))
                    << (result == 3
                            ? QVariant()
                            : QVariant(clear ? random.between(880, 999) : random.between(300, 900)))
                    << (last ? int(kyc.watchlistHits) : 0) << checkResults[result]
                    << QStringLiteral("{\"provider\":\"") + provider +
                           QStringLiteral("\",\"reference\":\"chk_") + hexString(random, 20) +
                           QStringLiteral("\"}")
                    << checkedAt;
                sink.add();
            }
        });

    writeGroups(
        QStringLiteral("kyc_case_events"),
        "id case_id attempt operator_id actor action item template applicant_message note at",
        m_kycEvents, [&](qint64 c, qint64 first, RowSink &sink) {
            const KycCaseFacts &kyc = m_kycCases[size_t(c)];
            DemoRandom random = this->random(Stream::KycCaseRow, c);
            qint64 row = first;
            auto add = [&](int attempt, const QString &action, qint64 at,
                           const QString &templateCode = {}) {
                QVariantList &values = sink.row();
                values << id(row++) << id(c) << attempt << QVariant()
                       << (action == QLatin1String("submitted") ||
                                   action == QLatin1String("resubmitted")
                               ? QStringLiteral("applicant")
                               : QStringLiteral("system:demo"))
                       << action << QVariant()
                       << (templateCode.isEmpty() ? QVariant() : QVariant(templateCode))
                       << (templateCode.isEmpty()
                               ? QVariant()
                               : QVariant(m_templateMessages.value(templateCode)))
                       << QVariant() << at;
                sink.add();
            };
            add(1, QStringLiteral("submitted"), openedAt(kyc));
            for (int attempt = 2; attempt <= kyc.attempts; ++attempt) {
                const qint64 at = attemptAt(kyc, attempt);
                add(attempt - 1, QStringLiteral("resubmission_requested"), at - 2 * kDay,
                    m_resubmitTemplates.isEmpty() ? QString() : pick(m_resubmitTemplates, random));
                add(attempt, QStringLiteral("resubmitted"), at);
            }
            const qint64 at = kyc.decidedAt > 0 ? kyc.decidedAt : past(kyc.submittedAt + kHour);
            if (kyc.state == KycApproved)
                add(kyc.attempts, QStringLiteral("approved"), at);
            else if (kyc.state == KycRejected)
                add(kyc.attempts, QStringLiteral("rejected"), at,
                    m_rejectTemplates.isEmpty() ? QString() : pick(m_rejectTemplates, random));
            else if (kyc.state == KycResubmission)
                add(kyc.attempts, QStringLiteral("resubmission_requested"), at,
                    m_resubmitTemplates.isEmpty() ? QString() : pick(m_resubmitTemplates, random));
            else if (kyc.state == KycEscalated)
                add(kyc.attempts, QStringLiteral("escalated"), at);
        });

    writeGroups(QStringLiteral("kyc_case_checklist"), "case_id attempt item checked_by checked_at",
                m_kycChecklist, [&](qint64 c, qint64, RowSink &sink) {
                    const KycCaseFacts &kyc = m_kycCases[size_t(c)];
                    const QStringList &items = m_checklistItems[kyc.type];
                    const qint64 end =
                        kyc.decidedAt > 0 ? kyc.decidedAt : past(kyc.submittedAt + kHour);
                    for (qint64 i = 0; i < m_kycChecklist.count(c); ++i) {
                        QVariantList &values = sink.row();
                        values << id(c) << kyc.attempts << items[i] << QVariant()
                               << std::max(kyc.submittedAt, end - (items.size() - i) * kMinute);
                        sink.add();
                    }
                });

    const QStringList reportSources = words("user_report automated");
    writeRows(
        QStringLiteral("moderation_reports"),
        "id subject_user_id content_type content_id content_excerpt source ai_score ai_source "
        "reason details severity status reporter_user_id claimed_by lease_until resolved_at "
        "created_at updated_at version queue report_count reporter_accuracy priority queue_rank",
        qint64(m_reports.size()), [&](qint64 r, QVariantList &row) {
            const ReportFacts &report = m_reports[size_t(r)];
            DemoRandom random = this->random(Stream::ReportRow, r);
            QVariant excerpt;
            if (report.contentType == ContentMessage)
                excerpt = pick(m_catalog.messages, random);
            else if (report.contentType == ContentProfile)
                excerpt = pick(m_catalog.bios, random);
            else if (report.contentType == ContentReview)
                excerpt = QStringLiteral("Never received my order, seller ignores messages.");
            QVariant aiSource;
            if (report.source == 1) {
                static constexpr std::array<int, 7> sourceOf{1, 0, 2, 1, 3, 3, 3};
                aiSource = m_catalog.aiSources.value(sourceOf[report.contentType],
                                                     m_catalog.aiSources.value(0));
            }
            const QStringList &details =
                report.source == 1 ? m_catalog.aiFlagDetails : m_catalog.userReportDetails;
            const bool closed = report.status == Resolved || report.status == Dismissed;
            // How often the reporter's past reports held up: automated flags count their
            // score; people differ, steadily.
            const int accuracy =
                report.source == 1 ? (report.aiScore >= 0 ? int(report.aiScore) : 500)
                : report.reporter >= 0
                    ? int(this->random(Stream::ReporterAccuracy, report.reporter).between(200, 950))
                    : 500;
            const QString queue = closed                             ? QStringLiteral("resolved")
                                  : report.status == ReportEscalated ? QStringLiteral("escalated")
                                                                     : QStringLiteral("unreviewed");
            const int priority = Moderation::reportPriorityForLevel(report.severity, 1, accuracy);
            row << id(r) << id(report.subject) << contentTypeNames()[report.contentType]
                << (report.contentId > 0 ? QVariant(report.contentId) : QVariant()) << excerpt
                << reportSources[report.source]
                << (report.aiScore >= 0 ? QVariant(int(report.aiScore)) : QVariant()) << aiSource
                << reasonCode(report.reason) << details.value(report.detail)
                << severityNames()[report.severity] << reportStatusNames()[report.status]
                << (report.reporter >= 0 ? QVariant(id(report.reporter)) : QVariant()) << QVariant()
                << QVariant() << (closed ? QVariant(report.decidedAt) : QVariant())
                << report.createdAt << (report.decidedAt > 0 ? report.decidedAt : report.createdAt)
                << (report.decidedAt > 0 ? 2 : 1) << queue << 1 << accuracy
                << priority
                // Open queues rank by priority, the resolved one by resolution time.
                << (closed ? report.decidedAt : qint64(priority));
        });

    const std::array<QString, 7> notes{
        QStringLiteral("No violation found"),
        QStringLiteral("Content removed"),
        QStringLiteral("Warning sent to the user"),
        QStringLiteral("Strike issued"),
        QStringLiteral("Account suspended pending review of further reports"),
        QStringLiteral("Account banned for a severe violation"),
        QStringLiteral("Escalated to a senior moderator")};
    writeRows(QStringLiteral("moderation_decisions"),
              "id report_id operator_id action reason note decided_at", qint64(m_decisions.size()),
              [&](qint64 d, QVariantList &row) {
                  const qint32 r = m_decisions[size_t(d)];
                  const ReportFacts &report = m_reports[size_t(r)];
                  // No operators exist yet: decisions name none.
                  row << id(d) << id(r) << QVariant() << actionNames()[report.action]
                      << reasonCode(report.reason) << notes[report.action] << report.decidedAt;
              });

    writeRows(
        QStringLiteral("strikes"),
        "id user_id report_id decision_id reason weight issued_by issued_at expires_at "
        "revoked_at revoked_by",
        qint64(m_strikes.size()), [&](qint64 s, QVariantList &row) {
            const StrikeFacts &strike = m_strikes[size_t(s)];
            const ReportFacts &report = m_reports[size_t(strike.report)];
            row << id(s) << id(report.subject) << id(strike.report)
                << id(m_reportDecision[size_t(strike.report)]) << reasonCode(report.reason)
                << std::max(1, kPolicyReasons[report.reason].strikeWeight) << QVariant()
                << report.decidedAt
                << (report.action == ActBan ? QVariant() : QVariant(report.decidedAt + 180 * kDay))
                << (strike.revokedAt > 0 ? QVariant(strike.revokedAt) : QVariant()) << QVariant();
        });

    const QStringList appealTypes = words("moderation strike suspension kyc");
    const QStringList appealStatuses = words("open in_review upheld overturned withdrawn");
    writeRows(QStringLiteral("appeals"),
              "id user_id appeal_type decision_id strike_id kyc_case_id message status decided_by "
              "decided_at decision_note created_at updated_at version",
              qint64(m_appeals.size()), [&](qint64 a, QVariantList &row) {
                  const AppealFacts &appeal = m_appeals[size_t(a)];
                  DemoRandom random = this->random(Stream::AppealRow, a);
                  QVariant note;
                  if (appeal.status == 2)
                      note = QStringLiteral("Decision upheld after a second review");
                  else if (appeal.status == 3)
                      note = QStringLiteral("The evidence supports the user: decision reversed");
                  const bool decided = appeal.decidedAt > 0;
                  row << id(a) << id(appeal.user) << appealTypes[appeal.type]
                      << (appeal.decision >= 0 ? QVariant(id(appeal.decision)) : QVariant())
                      << (appeal.strike >= 0 ? QVariant(id(appeal.strike)) : QVariant())
                      << (appeal.kycCase >= 0 ? QVariant(id(appeal.kycCase)) : QVariant())
                      << pick(m_catalog.appealMessages, random) << appealStatuses[appeal.status]
                      << QVariant() << (decided ? QVariant(appeal.decidedAt) : QVariant()) << note
                      << appeal.createdAt << (decided ? appeal.decidedAt : appeal.createdAt)
                      << (decided ? 2 : 1);
              });
}

// ---------------------------------------------------------------------------------------------
// Writing: marketplace

void Seeding::writeMarketplace()
{
    const std::vector<qint32> &creators = m_roleUsers[Creator];
    const QStringList pricing = words("one_time monthly");
    writeRows(QStringLiteral("agents"),
              "id creator_id name description category pricing price_minor currency status "
              "monthly_active_users rating_sum rating_count created_at updated_at version",
              qint64(m_agents.size()), [&](qint64 a, QVariantList &row) {
                  const AgentFacts &agent = m_agents[size_t(a)];
                  const qint32 user = creators[size_t(agent.creator)];
                  DemoRandom random = this->random(Stream::AgentRow, a);
                  const QString name = pick(m_catalog.agentAdjectives, random) + QLatin1Char(' ') +
                                       pick(m_catalog.agentNouns[agent.category], random);
                  // Usage follows the creator's rank, Zipf-like.
                  qint64 users = 0;
                  if (agent.status == ListingListed || agent.status == ListingSuspended)
                      users = qint64(20000.0 / std::pow(1.0 + agent.creator, 0.9) *
                                     (0.5 + random.unit()));
                  const qint64 ratings = users / 40 + (users > 0 ? random.below(5) : 0);
                  const qint64 ratingSum = ratings * random.between(36, 49) / 10;
                  row << id(a) << id(user) << name << pick(m_catalog.agentDescriptions, random)
                      << m_catalog.agentCategories[agent.category] << pricing[agent.monthly ? 1 : 0]
                      << agent.priceMinor << currencyOf(user) << listingStatusNames()[agent.status]
                      << users << std::clamp(ratingSum, ratings, 5 * ratings) << ratings
                      << agent.createdAt
                      << past(agent.createdAt +
                              random.below(std::max<qint64>(1, m_now - agent.createdAt)))
                      << qint64(1 + random.below(5));
              });

    writeRows(QStringLiteral("agent_subscriptions"),
              "id user_id agent_id status price_minor currency auto_renew current_period_start_at "
              "current_period_end_at canceled_at external_ref created_at updated_at",
              qint64(m_agentSubscriptions.size()), [&](qint64 s, QVariantList &row) {
                  const SubscriptionFacts &subscription = m_agentSubscriptions[size_t(s)];
                  const AgentFacts &agent = m_agents[size_t(subscription.target)];
                  DemoRandom random = this->random(Stream::AgentSubscriptionRow, s);
                  const qint64 periodStart =
                      subscription.createdAt + (subscription.periods - 1) * kPeriod;
                  row << id(s) << id(subscription.user) << id(subscription.target)
                      << subscriptionStatusNames()[subscription.status] << subscription.priceMinor
                      << currencyOf(creators[size_t(agent.creator)]) << subscription.autoRenew
                      << periodStart << periodStart + kPeriod
                      << (subscription.canceledAt > 0 ? QVariant(subscription.canceledAt)
                                                      : QVariant())
                      << QStringLiteral("sub_") + hexString(random, 14) << subscription.createdAt
                      << past(std::max(periodStart, subscription.canceledAt));
              });

    const QStringList saleKinds = words("purchase subscription renewal");
    const qint64 paymentBase = m_paymentOffsets[PayMarketplace];
    writeRows(QStringLiteral("marketplace_transactions"),
              "id seller_id buyer_id agent_id subscription_id kind amount_minor seller_cut_minor "
              "platform_cut_minor dao_cut_minor currency status payment_transaction_id created_at",
              m_agentCharges.total() + m_purchaseCount, [&](qint64 k, QVariantList &row) {
                  const SaleFacts facts = sale(k);
                  const qint32 seller = creators[size_t(m_agents[size_t(facts.agent)].creator)];
                  const QList<qint64> split = splitSale(facts.amountMinor);
                  row << id(k) << id(seller) << id(facts.buyer) << id(facts.agent)
                      << (facts.subscription >= 0 ? QVariant(id(facts.subscription)) : QVariant())
                      << saleKinds[facts.kind] << facts.amountMinor << split[0] << split[1]
                      << split[2] << currencyOf(seller) << chargeStatusNames()[facts.status]
                      << id(paymentBase + k) << facts.createdAt;
              });

    writeRows(QStringLiteral("creator_payouts"),
              "id creator_id currency total_earned_minor total_paid_minor pending_minor "
              "last_payout_at next_payout_at updated_at version",
              qint64(creators.size()), [&](qint64 c, QVariantList &row) {
                  const qint32 user = creators[size_t(c)];
                  const qint64 payee = m_creatorPayee[size_t(c)];
                  qint64 paid = 0;
                  qint64 lastPaidAt = 0;
                  qint64 nextAt = 0;
                  qint64 payouts = 0;
                  if (payee >= 0) {
                      for (const PayoutFacts &payout : payoutsOf(payee)) {
                          if (payout.state == PayoutPaid) {
                              paid += payout.amountMinor;
                              lastPaidAt = std::max(lastPaidAt, payout.paidAt);
                          }
                          if (payout.state == PayoutPending || payout.state == PayoutApproved)
                              nextAt = payout.dueAt;
                          ++payouts;
                      }
                  }
                  const qint64 earned = m_creatorEarnings[size_t(c)].totalMinor;
                  row << id(c) << id(user) << currencyOf(user) << earned << paid << earned - paid
                      << (lastPaidAt > 0 ? QVariant(lastPaidAt) : QVariant())
                      << (nextAt > 0 ? QVariant(nextAt) : QVariant())
                      << std::max({roleSince(user, Creator), lastPaidAt,
                                   m_creatorEarnings[size_t(c)].firstAt})
                      << 1 + payouts;
              });
}

// ---------------------------------------------------------------------------------------------
// Writing: commerce

void Seeding::writeCommerce()
{
    const QStringList tiers = words("starter growth pro scale enterprise");
    const QStringList vendorStatuses = words("active paused suspended closed");
    writeRows(
        QStringLiteral("vendors"),
        "id owner_user_id name kind category description city country lat_e6 lon_e6 tier "
        "verification_status status currency rating_sum rating_count created_at updated_at "
        "version",
        qint64(m_vendors.size()), [&](qint64 v, QVariantList &row) {
            const VendorFacts &vendor = m_vendors[size_t(v)];
            const DemoVendorCategory &category = m_catalog.vendorCategories[vendor.category];
            const DemoCity &city = cityOf(vendor.owner);
            DemoRandom random = this->random(Stream::VendorRow, v);
            const QString &noun = pick(category.vendorNouns, random);
            const int style = int(random.below(3));
            const QString name = style == 0 ? lastName(vendor.owner) + QLatin1Char(' ') + noun
                                 : style == 1
                                     ? city.name + QLatin1Char(' ') + noun
                                     : firstName(vendor.owner) + QStringLiteral("'s ") + noun;
            const QString description =
                category.products.value(0) + QStringLiteral(", ") + category.products.value(1) +
                QStringLiteral(" and more, from ") + city.name + QLatin1Char('.');
            const GeoPoint position = scatter(random, city.lat, city.lon, 10.0);
            const qint64 ratings = qint64(400.0 / std::pow(1.0 + double(v), 0.7) * random.unit());
            row << id(v) << id(vendor.owner) << name << category.kinds[vendor.kind] << category.name
                << description << city.name << city.country << position.lat << position.lon
                << tiers[vendor.tier] << verificationNames()[vendor.verification]
                << vendorStatuses[vendor.status] << city.currency
                << ratings * random.between(38, 49) / 10 << ratings << vendor.createdAt
                << past(vendor.createdAt +
                        random.below(std::max<qint64>(1, m_now - vendor.createdAt)))
                << qint64(1 + random.below(6));
        });

    const QStringList productStatuses = words("draft active out_of_stock removed");
    writeGroups(
        QStringLiteral("products"),
        "id vendor_id sku name category price_minor currency stock status created_at "
        "updated_at version",
        m_products, [&](qint64 v, qint64 first, RowSink &sink) {
            const VendorFacts &vendor = m_vendors[size_t(v)];
            const DemoVendorCategory &category = m_catalog.vendorCategories[vendor.category];
            const QString &currency = currencyOf(vendor.owner);
            const QString skuPrefix =
                QStringLiteral("V") + QString::number(id(v)) + QLatin1Char('-');
            for (qint64 j = 0; j < m_products.count(v); ++j) {
                const ProductFacts product = this->product(qint32(v), j);
                QString name = category.products[product.name];
                if (product.variant > 0)
                    name += QStringLiteral(" (No. ") + QString::number(product.variant + 1) +
                            QLatin1Char(')');
                QVariantList &row = sink.row();
                row << id(first + j) << id(v)
                    << skuPrefix + QString::number(j + 1).rightJustified(3, QLatin1Char('0'))
                    << name << category.name << product.priceMinor << currency << product.stock
                    << productStatuses[product.status] << product.createdAt
                    << product.createdAt + (m_now - product.createdAt) / 3 << 1;
                sink.add();
            }
        });

    writeRows(QStringLiteral("orders"),
              "id buyer_id vendor_id status subtotal_minor shipping_minor total_minor "
              "commission_bps commission_minor vendor_net_minor currency created_at updated_at "
              "version",
              m_orderCount, [&](qint64 k, QVariantList &row) {
                  const OrderFacts facts = order(k);
                  row << id(k) << id(facts.buyer) << id(facts.vendor)
                      << orderStatusNames()[facts.status] << facts.subtotalMinor
                      << facts.shippingMinor << facts.totalMinor << facts.commissionBps
                      << facts.commissionMinor << facts.totalMinor - facts.commissionMinor
                      << currencyOf(m_vendors[size_t(facts.vendor)].owner) << facts.createdAt
                      << facts.updatedAt << (facts.updatedAt > facts.createdAt ? 2 : 1);
              });

    writeGroups(QStringLiteral("order_items"),
                "id order_id product_id quantity unit_price_minor line_total_minor currency",
                m_orderItems, [&](qint64 k, qint64 first, RowSink &sink) {
                    const OrderFacts facts = order(k);
                    const QString &currency = currencyOf(m_vendors[size_t(facts.vendor)].owner);
                    for (int j = 0; j < facts.itemCount; ++j) {
                        const OrderItem &item = facts.items[size_t(j)];
                        QVariantList &row = sink.row();
                        row << id(first + j) << id(k)
                            << id(m_products.begin(facts.vendor) + item.product) << item.quantity
                            << item.unitPriceMinor << item.unitPriceMinor * item.quantity
                            << currency;
                        sink.add();
                    }
                });
}

// ---------------------------------------------------------------------------------------------
// Writing: mobility

void Seeding::writeMobility()
{
    writeRows(QStringLiteral("drivers"),
              "id user_id license_number_encrypted license_country city country status rating_sum "
              "rating_count completed_rides currency created_at updated_at version",
              qint64(m_drivers.size()), [&](qint64 d, QVariantList &row) {
                  const DriverFacts &driver = m_drivers[size_t(d)];
                  const DriverStats &stats = m_driverStats[size_t(d)];
                  const DemoCity &city = cityOf(driver.user);
                  row << id(d) << id(driver.user)
                      << sealed(documentNumber(QStringLiteral("driving_license"), city.country,
                                               quint64(d) * 31 + m_seed)
                                    .toLatin1(),
                                SealedColumn::DriverLicence)
                      << city.country << city.name << city.country
                      << driverStatusNames()[driver.status] << stats.ratingSum << stats.ratingCount
                      << stats.completed << city.currency << driver.createdAt
                      << std::max({driver.createdAt, driver.activeSince, stats.lastSeenAt})
                      << 1 + (driver.activeSince > 0 ? 1 : 0) +
                             (driver.status >= DriverSuspended ? 1 : 0);
              });

    const QStringList vehicleStatuses = words("pending approved rejected retired");
    writeGroups(
        QStringLiteral("vehicles"),
        "id driver_id make model model_year color plate_number vehicle_class status "
        "created_at updated_at version",
        m_vehicles, [&](qint64 d, qint64 first, RowSink &sink) {
            const DriverFacts &driver = m_drivers[size_t(d)];
            const qint64 count = m_vehicles.count(d);
            for (qint64 j = 0; j < count; ++j) {
                DemoRandom random = this->random(Stream::Vehicle, first + j);
                const bool current = j == count - 1;
                // An older car was retired when the current one came.
                const int vehicleClass = current ? driver.vehicleClass : int(random.below(4));
                const QStringList makeModel =
                    pick(m_catalog.vehicleModels[vehicleClass], random).split(QLatin1Char('|'));
                int status = 0;
                if (!current)
                    status = 3;
                else if (driver.status == DriverActive || driver.status == DriverSuspended)
                    status = 1;
                else if (driver.status == DriverDeactivated)
                    status = driver.activeSince > 0 ? 3 : 2;
                QString plate = cityOf(driver.user).country + QLatin1Char('-');
                plate += QLatin1Char(char('A' + random.below(26)));
                plate += QLatin1Char(char('A' + random.below(26)));
                plate += QLatin1Char(' ') + QString::number(random.between(1000, 9999));
                const qint64 createdAt =
                    current ? driver.createdAt : driver.createdAt - random.between(kDay, 10 * kDay);
                QVariantList &row = sink.row();
                row << id(first + j) << id(d) << makeModel.value(0) << makeModel.value(1)
                    << qint64(vehicleClass == 4 ? random.between(2018, 2026)
                                                : random.between(2012, 2026))
                    << pick(m_catalog.vehicleColors, random) << plate
                    << m_catalog.vehicleClasses[vehicleClass] << vehicleStatuses[status]
                    << createdAt
                    << (current ? std::max(createdAt, driver.activeSince) : driver.createdAt)
                    << (status == 0 ? 1 : 2);
                sink.add();
            }
        });

    writeRows(
        QStringLiteral("rides"),
        "id rider_id driver_id vehicle_id city country status pickup_lat_e6 pickup_lon_e6 "
        "dropoff_lat_e6 dropoff_lon_e6 distance_m duration_s base_fare_minor "
        "surge_multiplier_pct fare_minor driver_earnings_minor platform_fee_minor currency "
        "rating requested_at accepted_at started_at completed_at canceled_at version",
        m_rideCount, [&](qint64 k, QVariantList &row) {
            const RideFacts ride = this->ride(k);
            const DemoCity &city = m_catalog.cities[ride.city];
            auto optional = [](qint64 value) { return value > 0 ? QVariant(value) : QVariant(); };
            const bool hasDriver = ride.driver >= 0;
            row << id(k) << id(ride.rider) << (hasDriver ? QVariant(id(ride.driver)) : QVariant())
                << (hasDriver ? QVariant(id(m_vehicles.begin(ride.driver + 1) - 1)) : QVariant())
                << city.name << city.country << rideStatusNames()[ride.status] << ride.pickup.lat
                << ride.pickup.lon << ride.dropoff.lat << ride.dropoff.lon << ride.distanceM
                << ride.durationS << ride.baseFareMinor << ride.surgePct << ride.fareMinor
                << ride.driverEarningsMinor << ride.fareMinor - ride.driverEarningsMinor
                << city.currency << (ride.rating > 0 ? QVariant(int(ride.rating)) : QVariant())
                << ride.requestedAt << optional(ride.acceptedAt) << optional(ride.startedAt)
                << optional(ride.completedAt) << optional(ride.canceledAt)
                << (ride.status == RideRequested ? 1 : 2);
        });

    writeGroups(QStringLiteral("gps_points"), "ride_id seq lat_e6 lon_e6 speed_kmh recorded_at",
                m_gpsPoints, [&](qint64 t, qint64, RowSink &sink) {
                    const qint64 rideIndex = m_trackedRides[size_t(t)];
                    const RideFacts ride = this->ride(rideIndex);
                    DemoRandom random = this->random(Stream::Track, rideIndex);
                    const qint64 points = trackPoints(ride);
                    const double fromLat = double(ride.pickup.lat) / 1e6;
                    const double fromLon = double(ride.pickup.lon) / 1e6;
                    const double dLat = double(ride.dropoff.lat - ride.pickup.lat) / 1e6;
                    const double dLon = double(ride.dropoff.lon - ride.pickup.lon) / 1e6;
                    // Roads are not straight: the track bows to one side of the direct line.
                    const double bow = (random.unit() - 0.5) * 0.3;
                    const double averageKmh =
                        double(ride.distanceM) / 1000.0 / (double(ride.durationS) / 3600.0);
                    for (qint64 j = 0; j < points; ++j) {
                        const double f = double(j) / double(points - 1);
                        const double side = std::sin(kPi * f) * bow;
                        const double lat =
                            fromLat + f * dLat - side * dLon + (random.unit() - 0.5) * 0.0003;
                        const double lon =
                            fromLon + f * dLon + side * dLat + (random.unit() - 0.5) * 0.0003;
                        const GeoPoint point = toMicrodegrees(lat, lon);
                        const bool still = j == 0 || j == points - 1;
                        QVariantList &row = sink.row();
                        row << id(rideIndex) << j << point.lat << point.lon
                            << (still ? 0 : qint64(averageKmh * (0.4 + 1.2 * random.unit())))
                            << ride.startedAt +
                                   qint64(f * double(ride.completedAt - ride.startedAt));
                        sink.add();
                    }
                });

    writeRows(
        QStringLiteral("driver_locations"),
        "driver_id lat_e6 lon_e6 heading_deg is_online recorded_at", qint64(m_drivers.size()),
        [&](qint64 d, QVariantList &row) {
            const DriverFacts &driver = m_drivers[size_t(d)];
            const DemoCity &city = cityOf(driver.user);
            DemoRandom random = this->random(Stream::DriverLocation, d);
            const bool online = driver.status == DriverActive && random.chance(0.25);
            const GeoPoint position = scatter(random, city.lat, city.lon, online ? 8.0 : 12.0);
            const qint64 lastSeen = std::max(m_driverStats[size_t(d)].lastSeenAt, driver.createdAt);
            row << id(d) << position.lat << position.lon << qint64(random.below(360)) << online
                << (online ? m_now - random.between(5 * kSecond, 2 * kMinute) : lastSeen);
        });

    const qint64 cityCount = m_catalog.cities.size();
    writeRows(
        QStringLiteral("surge_zones"),
        "id city country name center_lat_e6 center_lon_e6 radius_m multiplier_pct is_active "
        "starts_at ends_at created_at updated_at version",
        cityCount * 3, [&](qint64 z, QVariantList &row) {
            const DemoCity &city = m_catalog.cities[z / 3];
            DemoRandom random = this->random(Stream::Zone, z);
            const QString &name =
                m_catalog.surgeZoneNames[(z / 3 + z % 3 * 2) % m_catalog.surgeZoneNames.size()];
            const GeoPoint centre =
                offsetKm(city.lat, city.lon, double(random.between(500, 4000)) / 1000.0,
                         random.unit() * 2 * kPi);
            const bool active = random.chance(0.35);
            const qint64 createdAt = m_yearStart + random.below(90 * kDay);
            row << id(z) << city.name << city.country << name << centre.lat << centre.lon
                << qint64(random.between(800, 2500)) << qint64(110 + 10 * random.below(15))
                << active
                << (active ? QVariant(m_now - random.between(10 * kMinute, 2 * kHour)) : QVariant())
                << (active ? QVariant(m_now + random.between(30 * kMinute, 3 * kHour)) : QVariant())
                << createdAt << (active ? m_now - 2 * kHour : createdAt) << (active ? 3 : 1);
        });

    // Geofences: the service area, the airport, a pickup zone at the centre, a restricted area
    // and the low-emission zone where the city has one.
    Layout fences;
    for (const DemoCity &city : m_catalog.cities)
        fences.append(city.hasLowEmissionZone ? 5 : 4);
    const QStringList fenceKinds =
        words("service_area airport pickup_zone restricted low_emission");
    writeGroups(QStringLiteral("geofences"),
                "id name city country kind polygon min_lat_e6 min_lon_e6 max_lat_e6 max_lon_e6 "
                "is_active created_at updated_at version",
                fences, [&](qint64 c, qint64 first, RowSink &sink) {
                    const DemoCity &city = m_catalog.cities[c];
                    for (qint64 f = 0; f < fences.count(c); ++f) {
                        DemoRandom random = this->random(Stream::Geofence, first + f);
                        double lat = city.lat;
                        double lon = city.lon;
                        double radiusKm = 25.0;
                        QString name = city.name + QStringLiteral(" service area");
                        switch (f) {
                        case 1:
                            lat = city.airportLat;
                            lon = city.airportLon;
                            radiusKm = 2.5;
                            name = city.name + QStringLiteral(" airport");
                            break;
                        case 2:
                            radiusKm = 0.4;
                            name = city.name + QStringLiteral(" central pickup");
                            break;
                        case 3: {
                            const GeoPoint venue =
                                offsetKm(city.lat, city.lon, 3.0, random.unit() * 2 * kPi);
                            lat = double(venue.lat) / 1e6;
                            lon = double(venue.lon) / 1e6;
                            radiusKm = 0.6;
                            name = city.name + QStringLiteral(" stadium closure");
                            break;
                        }
                        case 4:
                            radiusKm = 4.0;
                            name = city.name + QStringLiteral(" low-emission zone");
                            break;
                        default:
                            break;
                        }
                        QStringList corners;
                        qint64 minLat = std::numeric_limits<qint64>::max();
                        qint64 minLon = minLat;
                        qint64 maxLat = std::numeric_limits<qint64>::min();
                        qint64 maxLon = maxLat;
                        for (int corner = 0; corner < 8; ++corner) {
                            const GeoPoint point = offsetKm(lat, lon, radiusKm, corner * kPi / 4);
                            minLat = std::min(minLat, point.lat);
                            maxLat = std::max(maxLat, point.lat);
                            minLon = std::min(minLon, point.lon);
                            maxLon = std::max(maxLon, point.lon);
                            corners << QString::number(double(point.lat) / 1e6, 'f', 6) +
                                           QLatin1Char(',') +
                                           QString::number(double(point.lon) / 1e6, 'f', 6);
                        }
                        const qint64 createdAt = m_yearStart + random.below(60 * kDay);
                        QVariantList &row = sink.row();
                        row << id(first + f) << name << city.name << city.country << fenceKinds[f]
                            << corners.join(QLatin1Char(';')) << minLat << minLon << maxLat
                            << maxLon << (f != 3 || random.chance(0.5)) << createdAt << createdAt
                            << 1;
                        sink.add();
                    }
                });
}

// ---------------------------------------------------------------------------------------------
// Writing: stays

void Seeding::writeStays()
{
    const std::vector<qint32> &users = m_roleUsers[Host];
    const QStringList hostStatuses = words("active suspended closed");
    writeRows(QStringLiteral("hosts"),
              "id user_id display_name verification_status status is_superhost currency created_at "
              "updated_at version",
              qint64(m_hosts.size()), [&](qint64 h, QVariantList &row) {
                  const HostFacts &host = m_hosts[size_t(h)];
                  const bool professional = m_hostProperties.count(h) >= 4;
                  const QString name = professional ? lastName(host.user) + QStringLiteral(" Stays")
                                                    : firstName(host.user);
                  row << id(h) << id(users[size_t(h)]) << name
                      << verificationNames()[host.verification] << hostStatuses[host.status]
                      << host.superhost << currencyOf(host.user) << host.createdAt
                      << past(host.createdAt + (m_now - host.createdAt) / 2)
                      << (host.status == 0 ? 1 : 2);
              });

    writeRows(QStringLiteral("properties"),
              "id host_id title property_type city country lat_e6 lon_e6 bedrooms max_guests "
              "nightly_price_minor currency amenities_json status rating_sum rating_count "
              "created_at updated_at version",
              qint64(m_properties.size()), [&](qint64 p, QVariantList &row) {
                  const PropertyFacts &property = m_properties[size_t(p)];
                  const DemoCity &city = m_catalog.cities[property.city];
                  DemoRandom random = this->random(Stream::PropertyRow, p);
                  const QString title = pick(m_catalog.propertyAdjectives, random) +
                                        QLatin1Char(' ') +
                                        m_catalog.propertyTypeNames[property.type] +
                                        QStringLiteral(" in ") + city.name;
                  QString amenities = QStringLiteral("[");
                  const qint64 count = random.between(3, 7);
                  const qint64 offset = random.below(m_catalog.amenities.size());
                  for (qint64 a = 0; a < count; ++a) {
                      if (a > 0)
                          amenities += QLatin1Char(',');
                      amenities += QLatin1Char('"') +
                                   m_catalog.amenities[(offset + a) % m_catalog.amenities.size()] +
                                   QLatin1Char('"');
                  }
                  amenities += QLatin1Char(']');
                  const GeoPoint position = scatter(random, city.lat, city.lon, 10.0);
                  const qint64 ratings = property.status == ListingListed ? random.below(120) : 0;
                  row << id(p) << id(property.host) << title
                      << m_catalog.propertyTypes[property.type] << city.name << city.country
                      << position.lat << position.lon << int(property.bedrooms)
                      << int(property.maxGuests) << property.nightlyMinor << city.currency
                      << amenities << listingStatusNames()[property.status]
                      << ratings * random.between(40, 50) / 10 << ratings << property.createdAt
                      << past(property.createdAt +
                              random.below(std::max<qint64>(1, m_now - property.createdAt)))
                      << qint64(1 + random.below(4));
              });

    writeRows(QStringLiteral("bookings"),
              "id property_id guest_id check_in_at check_out_at nights guests total_minor "
              "host_payout_minor platform_fee_minor currency status created_at updated_at version",
              qint64(m_bookings.size()), [&](qint64 b, QVariantList &row) {
                  const BookingFacts &booking = m_bookings[size_t(b)];
                  const PropertyFacts &property = m_properties[size_t(booking.property)];
                  row << id(b) << id(booking.property) << id(booking.guest) << booking.checkIn
                      << booking.checkIn + booking.nights * kDay << booking.nights << booking.guests
                      << booking.totalMinor << booking.totalMinor - booking.feeMinor
                      << booking.feeMinor << m_catalog.cities[property.city].currency
                      << bookingStatusNames()[booking.status] << booking.createdAt
                      << booking.updatedAt << (booking.updatedAt > booking.createdAt ? 2 : 1);
              });
}

// ---------------------------------------------------------------------------------------------
// Writing: ads

void Seeding::writeAds()
{
    const QStringList objectives = words("awareness traffic conversions installs");
    const QStringList statuses = words("draft pending_review active paused completed rejected");
    const QStringList services = words("dating marketplace commerce rides stays shipping");
    writeRows(QStringLiteral("ad_campaigns"),
              "id advertiser_id name objective target_services targeting_json budget_minor "
              "spent_minor platform_fee_minor currency impressions clicks conversions status "
              "starts_at ends_at created_at updated_at version",
              m_campaignCount, [&](qint64 k, QVariantList &row) {
                  const CampaignFacts facts = campaign(k);
                  const DemoCity &city = cityOf(facts.advertiser);
                  DemoRandom random = this->random(Stream::CampaignRow, k);
                  QStringList targets;
                  const qint64 first = random.below(services.size());
                  const qint64 count = random.between(1, 3);
                  for (qint64 s = 0; s < count; ++s)
                      targets << services[(first + s * 2) % services.size()];
                  const qint64 ageMin = random.between(18, 30);
                  const QString targeting =
                      QStringLiteral("{\"cities\":[\"") + city.name +
                      QStringLiteral("\"],\"age_min\":") + QString::number(ageMin) +
                      QStringLiteral(",\"age_max\":") +
                      QString::number(ageMin + random.between(10, 35)) + QLatin1Char('}');
                  // Spend buys impressions at a CPM, a share of them click and some convert.
                  const qint64 impressions = facts.spentMinor * 1000 / random.between(200, 1200);
                  const qint64 clicks = impressions * random.between(5, 30) / 1000;
                  row << id(k) << id(facts.advertiser)
                      << pick(m_catalog.campaignNames, random) + QStringLiteral(" – ") + city.name
                      << objectives[facts.objective] << targets.join(QLatin1Char(',')) << targeting
                      << facts.budgetMinor << facts.spentMinor << facts.spentMinor * 30 / 100
                      << city.currency << impressions << clicks
                      << clicks * random.between(2, 10) / 100 << statuses[facts.status]
                      << facts.startsAt << facts.endsAt << facts.createdAt
                      << past(std::max(facts.createdAt, std::min(facts.endsAt, m_now - kHour)))
                      << (facts.status <= 1 ? 1 : 2);
              });
}

// ---------------------------------------------------------------------------------------------
// Writing: crowdshipping

void Seeding::writeShipping()
{
    writeRows(QStringLiteral("shipping_trips"),
              "id traveler_id origin_city origin_country origin_lat_e6 origin_lon_e6 "
              "destination_city destination_country destination_lat_e6 destination_lon_e6 "
              "departs_at arrives_at capacity_grams price_per_kg_minor currency status created_at "
              "updated_at version",
              qint64(m_trips.size()), [&](qint64 t, QVariantList &row) {
                  const TripFacts &trip = m_trips[size_t(t)];
                  const DemoCity &from = m_catalog.cities[trip.origin];
                  const DemoCity &to = m_catalog.cities[trip.destination];
                  const GeoPoint origin = toMicrodegrees(from.airportLat, from.airportLon);
                  const GeoPoint destination = toMicrodegrees(to.airportLat, to.airportLon);
                  const qint64 updatedAt = trip.status == TripCompleted
                                               ? past(trip.arrivesAt + kHour)
                                           : trip.status == TripInTransit ? trip.departsAt
                                                                          : trip.createdAt;
                  row << id(t) << id(m_roleUsers[Traveler][size_t(trip.traveler)]) << from.name
                      << from.country << origin.lat << origin.lon << to.name << to.country
                      << destination.lat << destination.lon << trip.departsAt << trip.arrivesAt
                      << trip.capacityGrams << trip.pricePerKgMinor << from.currency
                      << tripStatusNames()[trip.status] << trip.createdAt << updatedAt
                      << (updatedAt > trip.createdAt ? 2 : 1);
              });

    writeRows(
        QStringLiteral("parcels"),
        "id sender_id trip_id description weight_grams declared_value_minor fee_minor "
        "traveler_payout_minor platform_fee_minor escrow_minor currency escrow_status status "
        "origin_city destination_city recipient_name delivered_at created_at updated_at version",
        m_tripParcels.total() + m_unmatchedParcels, [&](qint64 k, QVariantList &row) {
            const ParcelFacts facts = parcel(k);
            const DemoCity &from = m_catalog.cities[facts.origin];
            const DemoCity &to = m_catalog.cities[facts.destination];
            const DemoNamePool &recipients = m_catalog.namePools[to.namePool];
            DemoRandom random = this->random(Stream::ParcelRow, k);
            row << id(k) << id(facts.sender)
                << (facts.trip >= 0 ? QVariant(id(facts.trip)) : QVariant())
                << pick(m_catalog.parcelContents, random) << facts.weightGrams
                << facts.declaredMinor << facts.feeMinor << facts.travelerPayoutMinor
                << facts.feeMinor - facts.travelerPayoutMinor
                << (facts.escrow == EscrowHeld ? facts.feeMinor : 0) << from.currency
                << escrowNames()[facts.escrow] << parcelStatusNames()[facts.status] << from.name
                << to.name
                << pick(recipients.firstNames, random) + QLatin1Char(' ') +
                       pick(recipients.lastNames, random)
                << (facts.deliveredAt > 0 ? QVariant(facts.deliveredAt) : QVariant())
                << facts.createdAt << facts.updatedAt
                << (facts.updatedAt > facts.createdAt ? 2 : 1);
        });
}

// ---------------------------------------------------------------------------------------------
// Writing: payments

void Seeding::writePayments()
{
    const QStringList plans = words("premium premium_plus");
    writeRows(QStringLiteral("subscriptions"),
              "id user_id plan price_minor currency status auto_renew current_period_start_at "
              "current_period_end_at canceled_at external_ref created_at updated_at",
              qint64(m_datingSubscriptions.size()), [&](qint64 s, QVariantList &row) {
                  const SubscriptionFacts &subscription = m_datingSubscriptions[size_t(s)];
                  DemoRandom random = this->random(Stream::DatingSubscriptionRow, s);
                  const qint64 periodStart =
                      subscription.createdAt + (subscription.periods - 1) * kPeriod;
                  row << id(s) << id(subscription.user) << plans[subscription.target]
                      << subscription.priceMinor << currencyOf(subscription.user)
                      << subscriptionStatusNames()[subscription.status] << subscription.autoRenew
                      << periodStart << periodStart + kPeriod
                      << (subscription.canceledAt > 0 ? QVariant(subscription.canceledAt)
                                                      : QVariant())
                      << QStringLiteral("sub_") + hexString(random, 14) << subscription.createdAt
                      << past(std::max(periodStart, subscription.canceledAt));
              });

    // Every charge of every service, segment by segment (see PaymentSegment).
    const QStringList services = words("dating marketplace commerce rides stays ads shipping");
    const QStringList kinds =
        words("subscription purchase order ride booking ad_spend parcel tip refund wallet_topup");
    const QStringList failures =
        words("card_declined insufficient_funds expired_card authentication_required");
    // The payment provider's reference grows with time, like a PSP reference: the time of
    // the charge and three digits of sequence.
    auto providerReference = [](qint64 at, qint64 index) {
        return QStringLiteral("psp_") + QString::number(at * 1000 + index % 1000);
    };
    writeRows(QStringLiteral("transactions"),
              "id user_id service kind amount_minor currency status source_type source_id "
              "external_ref failure_reason created_at updated_at",
              m_paymentOffsets[PaymentSegmentCount], [&](qint64 k, QVariantList &row) {
                  const PaymentFacts facts = payment(k);
                  const qint64 createdAt = facts.createdAt;
                  const quint8 status = facts.status;
                  const bool settled = status == ChargeCompleted || status == ChargeRefunded;
                  row << id(k) << id(facts.user) << services[facts.service] << kinds[facts.kind]
                      << facts.amountMinor << facts.currency << chargeStatusNames()[status]
                      << facts.sourceType << facts.source
                      << (settled ? QVariant(providerReference(createdAt, k)) : QVariant())
                      << (facts.failure >= 0 ? QVariant(failures[facts.failure]) : QVariant())
                      << createdAt << std::max(createdAt, facts.updatedAt);
              });

    const QStringList walletStatuses = words("active frozen closed");
    writeRows(QStringLiteral("wallets"),
              "id user_id currency balance_minor held_minor status created_at updated_at version",
              qint64(m_walletUsers.size()), [&](qint64 w, QVariantList &row) {
                  const qint32 user = m_walletUsers[size_t(w)];
                  const UserFacts &facts = m_users[size_t(user)];
                  DemoRandom random = this->random(Stream::Wallet, w);
                  int status = random.chance(0.97) ? 0 : 1;
                  if (facts.status == UserStatus::Banned || facts.status == UserStatus::Suspended)
                      status = 1;
                  else if (facts.status == UserStatus::Deleted)
                      status = 2;
                  const qint64 balance = status == 2
                                             ? 0
                                             : localPrice(qint64(random.logNormal(3000, 1.2)),
                                                          cityOf(user).pricePercent);
                  const qint64 held = status == 0 && facts.has(Sender) && random.chance(0.2)
                                          ? random.between(100, 5000)
                                          : 0;
                  row << id(w) << id(user) << currencyOf(user) << balance << held
                      << walletStatuses[status] << facts.createdAt
                      << past(facts.createdAt +
                              random.below(std::max<qint64>(1, m_now - facts.createdAt)))
                      << qint64(1 + random.below(40));
              });

    const QStringList methods = words("bank_transfer card wallet");
    writeGroups(
        QStringLiteral("payouts"),
        "id payee_user_id payee_type amount_minor currency state method destination_masked "
        "period_start_at period_end_at due_at approved_by approved_at paid_at "
        "failure_reason external_ref created_at updated_at version",
        m_payouts, [&](qint64 p, qint64 first, RowSink &sink) {
            const PayeeFacts &payee = m_payees[size_t(p)];
            DemoRandom random = this->random(Stream::PayeeRow, p);
            const QString currency =
                payee.type == PayeeDaoGrant
                    ? m_currencies[m_proposals[size_t(payee.proposal)].currency]
                    : currencyOf(payee.user);
            int method = 0;
            if (payee.type == PayeeDriver)
                method = random.chance(0.5) ? 2 : 0;
            else if (payee.type == PayeeTraveler)
                method = random.chance(0.6) ? 2 : 1;
            const QString lastDigits = QString::number(random.between(1000, 9999));
            const QString destination =
                method == 0 ? cityOf(payee.user).country + QStringLiteral("•• •••• ") + lastDigits
                : method == 1 ? QStringLiteral("•••• ") + lastDigits
                              : QStringLiteral("Steward wallet");
            const std::vector<PayoutFacts> payouts = payoutsOf(p);
            for (size_t j = 0; j < payouts.size(); ++j) {
                const PayoutFacts &payout = payouts[j];
                const bool grant = payee.type == PayeeDaoGrant;
                const qint64 createdAt =
                    grant ? payee.firstAt
                          : past(std::min(payout.periodEnd,
                                          m_now - random.between(10 * kMinute, 12 * kHour)));
                QVariant failure;
                if (payout.state == PayoutFailed)
                    failure = QStringLiteral("The bank rejected the account details");
                else if (payout.state == PayoutReturned)
                    failure = QStringLiteral("Returned by the receiving bank");
                else if (payout.state == PayoutRejected)
                    failure = QStringLiteral("Held for review of the payee's activity");
                const bool sent = payout.state == PayoutPaid || payout.state == PayoutReturned;
                QVariantList &row = sink.row();
                row << id(first + qint64(j)) << id(payee.user) << payeeTypeNames()[payee.type]
                    << payout.amountMinor << currency << payoutStateNames()[payout.state]
                    << methods[method] << destination
                    << (grant ? QVariant() : QVariant(payout.periodStart))
                    << (grant ? QVariant() : QVariant(payout.periodEnd)) << payout.dueAt
                    << QVariant()
                    << (payout.approvedAt > 0 ? QVariant(payout.approvedAt) : QVariant())
                    << (payout.paidAt > 0 ? QVariant(payout.paidAt) : QVariant()) << failure
                    << (sent ? QVariant(QStringLiteral("po_") + hexString(random, 16)) : QVariant())
                    << createdAt << std::max({createdAt, payout.approvedAt, payout.paidAt})
                    << 1 + (payout.approvedAt > 0 ? 1 : 0) + (payout.paidAt > 0 ? 1 : 0);
                sink.add();
            }
        });

    // The ledger is loaded after everything else (writeLedger); the DAO treasury's accounts,
    // which dao_treasury refers to, exist from the start, as the ledger opens them.
    writeRows(QStringLiteral("ledger_accounts"),
              "id code name kind owner_type owner_id currency created_at", m_currencies.size(),
              [&](qint64 c, QVariantList &row) {
                  const Finance::Account account = Finance::Ledger::accountTemplate(
                      Finance::Purpose::DaoTreasury, 0, m_currencies[c]);
                  row << id(c) << account.code << account.name << account.kind << account.ownerType
                      << QVariant() << account.currency << m_yearStart;
              });
}

// ---------------------------------------------------------------------------------------------
// Writing: DAO

void Seeding::writeDao()
{
    m_proposalTitles.assign(m_proposals.size(), QString());
    const QStringList stakeStatuses = words("active locked withdrawn");
    writeRows(QStringLiteral("staking_records"),
              "id user_id tokens staked_at unlocks_at unstaked_at rewards_earned status version",
              qint64(m_stakes.size()), [&](qint64 s, QVariantList &row) {
                  const StakeFacts &stake = m_stakes[size_t(s)];
                  const qint32 member = qint32(m_memberStakes.parentOf(s));
                  // Staking earns 6 % a year while the tokens stay in.
                  const qint64 until = stake.unstakedAt > 0 ? stake.unstakedAt : m_now;
                  const qint64 rewards = qint64(double(stake.tokens) * 0.06 *
                                                double(until - stake.stakedAt) / double(kYear));
                  row << id(s) << id(m_members[size_t(member)]) << stake.tokens << stake.stakedAt
                      << (stake.unlocksAt > 0 ? QVariant(stake.unlocksAt) : QVariant())
                      << (stake.unstakedAt > 0 ? QVariant(stake.unstakedAt) : QVariant()) << rewards
                      << stakeStatuses[stake.status]
                      << (stake.status == 0 && stake.unlocksAt == 0 ? 1 : 2);
              });

    const std::array<const QStringList *, 5> titles{
        &m_catalog.featureProposals, &m_catalog.grantProposals, &m_catalog.budgetProposals,
        &m_catalog.partnershipProposals, &m_catalog.parameterProposals};
    const std::array<QString, 5> descriptions{
        QStringLiteral("Members asked for this in the community forum. The product team estimates "
                       "six weeks of work and will report progress in the monthly update."),
        QStringLiteral("A one-off grant from the DAO treasury, paid in one instalment after "
                       "execution. The recipient reports on the results within three months."),
        QStringLiteral("A budget for the next two quarters, drawn from the treasury as it is "
                       "spent. Unspent funds return to the treasury."),
        QStringLiteral("A partnership agreement for one year, renewable by a new vote. Terms are "
                       "published in full on the governance forum."),
        QStringLiteral("Changes a platform parameter. The new value applies from the first day "
                       "of the month after execution.")};
    const std::array<QString, 3> budgetRecipients{QStringLiteral("Trust & Safety team"),
                                                  QStringLiteral("Platform operations"),
                                                  QStringLiteral("Growth team")};
    writeRows(
        QStringLiteral("dao_proposals"),
        "id proposer_id proposal_type title description amount_minor currency recipient "
        "recipient_user_id snapshot_at voting_starts_at voting_ends_at quorum threshold_pct "
        "timelock_ms grace_period_ms votes_for votes_against votes_abstain queued_at eta "
        "executed_at executed_by execution_approved_by canceled_at canceled_by cancel_reason "
        "created_at updated_at version content_hash",
        qint64(m_proposals.size()), [&](qint64 p, QVariantList &row) {
            const ProposalFacts &proposal = m_proposals[size_t(p)];
            DemoRandom random = this->random(Stream::ProposalRow, p);
            QString title = pick(*titles[proposal.type], random);
            if (title.contains(QLatin1String("%1")))
                title = title.arg(m_catalog.cities[random.weighted(m_cityWeights)].name);
            m_proposalTitles[size_t(p)] = title;
            const bool hasAmount = proposal.amountMinor >= 0;
            QVariant recipient;
            if (proposal.type == Grant && proposal.recipient >= 0)
                recipient = fullName(proposal.recipient);
            else if (proposal.type == Budget)
                recipient = budgetRecipients[size_t(random.below(3))];
            else if (proposal.type == Partnership)
                recipient = QStringLiteral("Partner organisation");
            const qint64 updatedAt =
                std::max({proposal.createdAt, proposal.queuedAt, proposal.executedAt,
                          proposal.canceledAt, std::min(proposal.votingEndsAt, m_now)});
            auto optional = [](qint64 value) { return value > 0 ? QVariant(value) : QVariant(); };
            row << id(p) << id(m_members.empty() ? 0 : proposal.proposer)
                << proposalTypeNames()[proposal.type] << title << descriptions[proposal.type]
                << (hasAmount ? QVariant(proposal.amountMinor) : QVariant())
                << (hasAmount ? QVariant(m_currencies[proposal.currency]) : QVariant()) << recipient
                << (proposal.recipient >= 0 ? QVariant(id(proposal.recipient)) : QVariant())
                << proposal.snapshotAt << proposal.votingStartsAt << proposal.votingEndsAt
                << proposal.quorum << proposal.thresholdPct << kTimelock << kGracePeriod
                << proposal.tally[VoteFor] << proposal.tally[VoteAgainst]
                << proposal.tally[VoteAbstain] << optional(proposal.queuedAt)
                << (proposal.queuedAt > 0 ? QVariant(proposal.queuedAt + kTimelock) : QVariant())
                << optional(proposal.executedAt) << QVariant() << QVariant()
                << optional(proposal.canceledAt) << QVariant()
                << (proposal.canceledAt > 0
                        ? QVariant(pick(m_catalog.proposalCancelReasons, random))
                        : QVariant())
                << proposal.createdAt << std::min(updatedAt, m_now)
                << 1 + (proposal.queuedAt > 0 ? 1 : 0) + (proposal.executedAt > 0 ? 1 : 0) +
                       (proposal.canceledAt > 0 ? 1 : 0);
            // Proposals still to be decided are sealed as filed: execution checks the hash.
            if (proposal.executedAt > 0 || proposal.canceledAt > 0) {
                row << QVariant(QMetaType::fromType<QString>());
            } else {
                const Dao::ProposalContent content{
                    proposalTypeNames()[proposal.type],
                    title,
                    descriptions[proposal.type],
                    id(m_members.empty() ? 0 : proposal.proposer),
                    recipient.toString(),
                    proposal.recipient >= 0 ? id(proposal.recipient) : 0,
                    hasAmount ? proposal.amountMinor : -1,
                    hasAmount ? m_currencies[proposal.currency] : QString()};
                row << content.hash();
            }
        });

    writeGroups(QStringLiteral("dao_votes"),
                "id proposal_id voter_id support voting_power reason created_at", m_proposalVotes,
                [&](qint64 p, qint64 first, RowSink &sink) {
                    for (qint64 v = first; v < first + m_proposalVotes.count(p); ++v) {
                        const VoteFacts &vote = m_votes[size_t(v)];
                        DemoRandom random = this->random(Stream::Vote, v);
                        QVariantList &row = sink.row();
                        row << id(v) << id(p) << id(m_members[size_t(vote.member)])
                            << supportNames()[vote.support] << vote.power
                            << (random.chance(0.2) ? QVariant(pick(m_catalog.voteReasons, random))
                                                   : QVariant())
                            << vote.createdAt;
                        sink.add();
                    }
                });

    writeRows(QStringLiteral("dao_treasury"),
              "id currency ledger_account_id balance_minor reserved_minor updated_at version",
              m_currencies.size(), [&](qint64 c, QVariantList &row) {
                  qint64 spent = 0;
                  qint64 reserved = 0;
                  for (const ProposalFacts &proposal : m_proposals) {
                      if (proposal.amountMinor <= 0 || proposal.currency != c)
                          continue;
                      if (proposal.state == ProposalExecuted)
                          spent += proposal.amountMinor;
                      else if (proposal.state == ProposalQueued)
                          reserved += proposal.amountMinor;
                  }
                  const qint64 balance =
                      m_treasuryEndowment[size_t(c)] + m_daoCutMinor[size_t(c)] - spent;
                  row << id(c) << m_currencies[c] << id(c) << balance << std::min(reserved, balance)
                      << m_now - kHour << 1;
              });
}

// ---------------------------------------------------------------------------------------------
// Writing: the ledger

void Seeding::writeLedger()
{
    // The platform's money history as the finance module posts it from the platform's events
    // (payment:completed, agent:sold, order:paid, ride:completed, booking:confirmed,
    // ads:charged, parcel:paid/delivered/canceled, refunds) and as payouts post when they are
    // approved, paid, failed or returned: the same posting rules, accounts and idempotency
    // keys, loaded in bulk.
    using namespace Finance;
    const QSqlDatabase db = m_database.connection();
    LedgerImport ledger(db);
    auto user = [](qint32 index) { return id(index); };
    auto legsRequest = [&](const QString &kind, const QString &description,
                           const QString &sourceType, qint64 sourceId, const QString &currency,
                           const QList<Leg> &legs, qint64 at) {
        PostRequest request;
        request.kind = kind;
        request.description = description;
        request.idempotencyKey = QStringLiteral("%1:%2").arg(sourceType).arg(sourceId);
        request.sourceType = sourceType;
        request.sourceId = sourceId;
        request.postings << Posting{ledger.account(Purpose::ProcessorClearing, 0, currency, at),
                                    Direction::Debit, Money(PostingRules::total(legs), currency)};
        for (const Leg &leg : legs)
            request.postings << Posting{ledger.account(leg.purpose, leg.ownerId, currency, at),
                                        Direction::Credit, Money(leg.amount, currency)};
        return request;
    };
    // Everything is in: a full refund takes every leg back to the clearing account.
    auto refundOf = [](const PostRequest &original, qint64 refundId) {
        PostRequest refund;
        refund.kind = QStringLiteral("refund");
        refund.description = QStringLiteral("Refund %1 of %2 %3")
                                 .arg(refundId)
                                 .arg(original.sourceType)
                                 .arg(original.sourceId);
        refund.idempotencyKey = QStringLiteral("refund:%1").arg(refundId);
        refund.sourceType = original.sourceType;
        refund.sourceId = original.sourceId;
        for (qsizetype i = 1; i < original.postings.size(); ++i)
            refund.postings << Posting{original.postings[i].accountId, Direction::Debit,
                                       original.postings[i].amount};
        refund.postings << Posting{original.postings[0].accountId, Direction::Credit,
                                   original.postings[0].amount};
        return refund;
    };
    const std::vector<qint32> &creators = m_roleUsers[Creator];

    auto plan = [&](qint64 k) {
        const PaymentFacts pay = payment(k);
        if (pay.status != ChargeCompleted && pay.status != ChargeRefunded)
            return;
        const QString &currency = pay.currency;
        const qint64 at = pay.createdAt;
        PostRequest request;
        switch (pay.segment) {
        case PayDating:
            request = legsRequest(QStringLiteral("subscription"),
                                  QStringLiteral("Subscription payment %1").arg(id(k)),
                                  QStringLiteral("payment"), id(k), currency,
                                  PostingRules::platformPayment(pay.amountMinor), at);
            request.subscriberId = user(pay.user);
            break;
        case PayMarketplace: {
            const SaleFacts facts = sale(pay.source - 1);
            const qint32 creator = creators[size_t(m_agents[size_t(facts.agent)].creator)];
            request = legsRequest(QStringLiteral("agent_sale"),
                                  QStringLiteral("Agent sale %1").arg(pay.source),
                                  QStringLiteral("agent_sale"), pay.source, currency,
                                  PostingRules::agentSale(pay.amountMinor, user(creator)), at);
            if (facts.kind != 0) // an agent subscription's first charge or a renewal
                request.subscriberId = user(pay.user);
            break;
        }
        case PayCommerce: {
            const OrderFacts facts = order(pay.source - 1);
            const qint32 vendor = m_roleUsers[Vendor][size_t(facts.vendor)];
            request = legsRequest(
                QStringLiteral("order"), QStringLiteral("Order %1").arg(pay.source),
                QStringLiteral("order"), pay.source, currency,
                PostingRules::vendorOrder(pay.amountMinor, user(vendor), facts.commissionBps), at);
            break;
        }
        case PayRides:
        case PayTips: {
            const RideFacts facts = ride(pay.source - 1);
            const qint32 driver = m_roleUsers[Driver][size_t(facts.driver)];
            if (pay.segment == PayRides)
                request = legsRequest(
                    QStringLiteral("ride"), QStringLiteral("Ride %1").arg(pay.source),
                    QStringLiteral("ride"), pay.source, currency,
                    PostingRules::ride(pay.amountMinor, user(driver), facts.driverEarningsMinor),
                    at);
            else // A tip is the driver's, all of it.
                request = legsRequest(
                    QStringLiteral("tip"), QStringLiteral("Tip for ride %1").arg(pay.source),
                    QStringLiteral("ride_tip"), pay.source, currency,
                    PostingRules::ride(pay.amountMinor, user(driver), pay.amountMinor), at);
            break;
        }
        case PayStays: {
            const BookingFacts &booking = m_bookings[size_t(pay.source - 1)];
            const qint32 host =
                m_roleUsers[Host][size_t(m_properties[size_t(booking.property)].host)];
            request =
                legsRequest(QStringLiteral("booking"), QStringLiteral("Booking %1").arg(pay.source),
                            QStringLiteral("booking"), pay.source, currency,
                            PostingRules::booking(pay.amountMinor, user(host),
                                                  booking.totalMinor - booking.feeMinor),
                            at);
            break;
        }
        case PayAds: {
            if (creators.empty())
                return;
            // The creator whose agents' pages showed the campaign's ads.
            const qint32 publisher =
                creators[size_t(quint64(pay.source) * 2654435761u % quint64(creators.size()))];
            request =
                legsRequest(QStringLiteral("ad_spend"), QStringLiteral("Ad charge %1").arg(id(k)),
                            QStringLiteral("ad_charge"), id(k), currency,
                            PostingRules::adSpend(pay.amountMinor, user(publisher)), at);
            break;
        }
        case PayShipping: {
            const ParcelFacts facts = parcel(pay.source - 1);
            const qint32 traveler =
                m_roleUsers[Traveler][size_t(m_trips[size_t(facts.trip)].traveler)];
            const qint64 hold =
                ledger.hold(legsRequest(QStringLiteral("parcel"),
                                        QStringLiteral("Parcel %1 fee in escrow").arg(pay.source),
                                        QStringLiteral("parcel"), pay.source, currency,
                                        PostingRules::parcel(facts.feeMinor, user(traveler),
                                                             facts.travelerPayoutMinor),
                                        at),
                            at);
            if (facts.escrow == EscrowReleased)
                ledger.capture(hold, QStringLiteral("parcel:%1:delivered").arg(pay.source),
                               facts.deliveredAt);
            else if (facts.escrow == EscrowRefunded)
                ledger.voidHold(hold, QStringLiteral("parcel canceled"),
                                QStringLiteral("parcel:%1:canceled").arg(pay.source),
                                std::max(at, facts.updatedAt));
            return;
        }
        default: // Wallet top-ups stay in the wallet: no revenue, no payee.
            return;
        }
        ledger.post(request, at);
        if (pay.status == ChargeRefunded) {
            const qint64 refundedAt = pay.updatedAt > at ? pay.updatedAt : past(at + kDay);
            ledger.post(refundOf(request, id(k)), refundedAt);
        }
    };

    const qint64 payments = m_paymentOffsets[PaymentSegmentCount];
    const qint64 payees = qint64(m_payees.size());
    const qint64 total = payments + payees;
    static const std::array<Purpose, 6> payables{
        Purpose::CreatorPayable, Purpose::VendorPayable,   Purpose::DriverPayable,
        Purpose::HostPayable,    Purpose::TravelerPayable, Purpose::DaoGrantPayable};
    auto planPayouts = [&](qint64 p) {
        const PayeeFacts &payee = m_payees[size_t(p)];
        // A grant is paid in the proposal's currency from what its execution granted.
        const QString &currency = payee.type == PayeeDaoGrant
                                      ? m_currencies[m_proposals[size_t(payee.proposal)].currency]
                                      : currencyOf(payee.user);
        const std::vector<PayoutFacts> payouts = payoutsOf(p);
        for (size_t j = 0; j < payouts.size(); ++j) {
            const PayoutFacts &payout = payouts[j];
            if (payout.approvedAt <= 0)
                continue; // pending and rejected: nothing posted
            const qint64 payoutId = id(m_payouts.begin(p) + qint64(j));
            const Money amount(payout.amountMinor, currency);
            const qint64 payable =
                ledger.account(payables[payee.type], user(payee.user), currency, payout.approvedAt);
            const qint64 clearing =
                ledger.account(Purpose::PayoutClearing, 0, currency, payout.approvedAt);
            const qint64 processor =
                ledger.account(Purpose::ProcessorClearing, 0, currency, payout.approvedAt);
            auto step = [&](const char *kind, const QString &description, const QString &key,
                            qint64 debit, qint64 credit, qint64 at) {
                PostRequest request;
                request.kind = QLatin1String(kind);
                request.description = description;
                request.idempotencyKey = key;
                request.sourceType = QStringLiteral("payout");
                request.sourceId = payoutId;
                request.postings << Posting{debit, Direction::Debit, amount}
                                 << Posting{credit, Direction::Credit, amount};
                ledger.post(request, at);
            };
            const QString key = QStringLiteral("payout:%1").arg(payoutId);
            step("payout", QStringLiteral("Payout %1").arg(payoutId), key, payable, clearing,
                 payout.approvedAt);
            if (payout.state == PayoutFailed)
                step("payout_failed", QStringLiteral("Payout %1 failed").arg(payoutId),
                     key + QStringLiteral(":failed"), clearing, payable,
                     past(std::max(payout.approvedAt, payout.dueAt)));
            if (payout.paidAt > 0)
                step("payout_paid", QStringLiteral("Payout %1 paid").arg(payoutId),
                     key + QStringLiteral(":paid"), clearing, processor, payout.paidAt);
            if (payout.state == PayoutReturned)
                step("payout_returned", QStringLiteral("Payout %1 returned").arg(payoutId),
                     key + QStringLiteral(":returned"), processor, payable,
                     past(payout.paidAt + 3 * kDay));
        }
    };

    // The DAO's treasury: its endowment when the DAO started, then every executed proposal
    // paid out of it in one transaction, a grant into its recipient's grant payable.
    for (qsizetype c = 0; c < m_currencies.size(); ++c) {
        if (m_treasuryEndowment[size_t(c)] <= 0)
            continue;
        const QString &currency = m_currencies[c];
        PostRequest endowment;
        endowment.kind = QStringLiteral("dao_endowment");
        endowment.description = QStringLiteral("DAO treasury endowment (%1)").arg(currency);
        endowment.idempotencyKey = QStringLiteral("dao_endowment:%1").arg(currency);
        endowment.sourceType = QStringLiteral("dao_treasury");
        endowment.sourceId = id(c);
        const Money amount(m_treasuryEndowment[size_t(c)], currency);
        endowment.postings
            << Posting{ledger.account(Purpose::ProcessorClearing, 0, currency, m_yearStart),
                       Direction::Debit, amount}
            << Posting{ledger.account(Purpose::DaoTreasury, 0, currency, m_yearStart),
                       Direction::Credit, amount};
        ledger.post(endowment, m_yearStart);
    }
    for (size_t p = 0; p < m_proposals.size(); ++p) {
        const ProposalFacts &proposal = m_proposals[p];
        if (proposal.state != ProposalExecuted || proposal.amountMinor <= 0)
            continue;
        const QString &currency = m_currencies[proposal.currency];
        const qint64 at = proposal.executedAt;
        const Money amount(proposal.amountMinor, currency);
        PostRequest execution;
        execution.kind =
            proposal.recipient >= 0 ? QStringLiteral("dao_grant") : QStringLiteral("dao_transfer");
        execution.description = QStringLiteral("DAO proposal %1 executed: %2")
                                    .arg(id(qint64(p)))
                                    .arg(m_proposalTitles[p]);
        execution.idempotencyKey = QStringLiteral("dao_execute:%1").arg(id(qint64(p)));
        execution.sourceType = QStringLiteral("dao_proposal");
        execution.sourceId = id(qint64(p));
        // A recipient outside the platform (a team, a partner) was paid by bank transfer.
        const qint64 credited =
            proposal.recipient >= 0
                ? ledger.account(Purpose::DaoGrantPayable, user(proposal.recipient), currency, at)
                : ledger.account(Purpose::ProcessorClearing, 0, currency, at);
        execution.postings << Posting{ledger.account(Purpose::DaoTreasury, 0, currency, at),
                                      Direction::Debit, amount}
                           << Posting{credited, Direction::Credit, amount};
        ledger.post(execution, at);
    }

    qint64 done = 0;
    while (done < total) {
        throwIfCancelled();
        const qint64 end = std::min(total, done + kRowsPerTransaction / 4);
        for (qint64 k = done; k < end; ++k) {
            if (k < payments)
                plan(k);
            else
                planPayouts(k - payments);
        }
        m_database.write([&](QSqlDatabase &connection) { ledger.write(connection); });
        ledger.written();
        done = end;
        // Sources post one to three transactions each: the total is known at the end.
        const qint64 posted = ledger.transactionCount();
        finishStep(QStringLiteral("ledger_transactions"), posted,
                   done < total ? std::max(posted + 1, posted * total / std::max<qint64>(1, done))
                                : posted);
    }
    // The revenue rollups are what incremental posting would have left, recomputed at once.
    m_database.write([&](QSqlDatabase &connection) {
        ledger.finish(connection);
        RevenueRollups::rebuild(connection);
        // The DAO's own view of its treasury and its executions agree with the ledger.
        Query(connection,
              QStringLiteral("UPDATE dao_treasury SET balance_minor = (SELECT b.credits_posted - "
                             "b.debits_posted FROM ledger_balances b WHERE b.account_id = "
                             "dao_treasury.ledger_account_id)"));
        Query(connection,
              QStringLiteral("UPDATE dao_proposals SET execution_transaction_id = (SELECT t.id "
                             "FROM ledger_transactions t WHERE t.source_type = 'dao_proposal' "
                             "AND t.source_id = dao_proposals.id) WHERE executed_at IS NOT NULL"));
    });
    for (const char *table : {"ledger_accounts", "ledger_entries", "ledger_holds"}) {
        const qint64 rows =
            Query::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
                .toLongLong();
        finishStep(QString::fromLatin1(table), rows, rows);
    }
}

// ---------------------------------------------------------------------------------------------
// Writing: the home-solutions member programme

void Seeding::writeMembers()
{
    // A few percent of the platform's users also belong to the home-solutions programme: they
    // joined within the last three years (never before their account), pay a monthly fee on the
    // first of each month, mostly on time, and stand good, late, suspended or left.
    const qint64 wanted =
        std::min<qint64>(m_userCount * 40 / 100, std::max<qint64>(300, m_userCount / 50));
    const qint64 stride = std::max<qint64>(1, m_userCount / std::max<qint64>(1, wanted));
    struct MemberFacts
    {
        qint32 user = 0;
        quint8 standing = 0; // good late suspended left
        qint64 joinedAt = 0;
        qint64 firstMonth = 0; // months since 1970-01
        qint64 months = 0;     // payment rows
        qint64 feeMinor = 0;
        bool kyc = true;
    };
    auto monthOf = [](qint64 ms) {
        const QDate date = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
        return qint64(date.year()) * 12 + date.month() - 1;
    };
    auto monthStart = [](qint64 month) {
        return QDateTime(QDate(int(month / 12), int(month % 12) + 1, 1), QTime(0, 0), Qt::UTC)
            .toMSecsSinceEpoch();
    };
    const qint64 currentMonth = monthOf(m_now);
    std::vector<MemberFacts> members;
    Layout payments;
    for (qint64 i = 0; i < m_userCount && qint64(members.size()) < wanted; i += stride) {
        DemoRandom random = this->random(Stream::Member, i);
        const qint32 user = qint32(i + random.below(stride));
        if (user >= m_userCount || m_users[size_t(user)].status == UserStatus::Deleted)
            continue;
        MemberFacts member;
        member.user = user;
        member.joinedAt = std::max(m_users[size_t(user)].createdAt + kHour,
                                   m_now - random.between(kDay, 36 * 30 * kDay));
        member.firstMonth = monthOf(member.joinedAt) + 1; // the first fee is due next month
        member.standing = quint8(random.weighted(std::array<int, 4>{82, 8, 4, 6}));
        if (m_users[size_t(user)].status != UserStatus::Active)
            member.standing = 2;
        qint64 months = std::max<qint64>(0, currentMonth - member.firstMonth + 1);
        if (member.standing == 3 && months > 1)
            months -= random.between(1, months - 1); // left: payments stop
        member.months = months;
        member.feeMinor = localPrice(random.between(25, 100) * 100, cityOf(user).pricePercent);
        member.kyc = random.chance(0.9);
        members.push_back(member);
        payments.append(months);
    }

    const QStringList standings = words("good late suspended left");
    writeRows(QStringLiteral("members"),
              "user_id joined_at standing standing_rank monthly_fee_minor currency months_paid "
              "missed_payments tenure_months last_payment_at kyc_verified awards_count "
              "last_award_at updated_at version",
              qint64(members.size()), [&](qint64 m, QVariantList &row) {
                  const MemberFacts &member = members[size_t(m)];
                  // Tenure and counts are derived from the payments below by the programme's
                  // own rules once everything is written.
                  row << id(member.user) << member.joinedAt << standings[member.standing]
                      << int(member.standing) << member.feeMinor << currencyOf(member.user) << 0
                      << 0 << 0 << QVariant(QMetaType::fromType<qint64>()) << member.kyc << 0
                      << QVariant(QMetaType::fromType<qint64>()) << member.joinedAt << 1;
              });
    const QStringList statuses = words("paid late missed");
    writeGroups(QStringLiteral("member_payments"),
                "user_id period due_at paid_at status amount_minor currency", payments,
                [&](qint64 m, qint64, RowSink &sink) {
                    const MemberFacts &member = members[size_t(m)];
                    DemoRandom random = this->random(Stream::MemberPayment, m);
                    for (qint64 j = 0; j < member.months; ++j) {
                        const qint64 month = member.firstMonth + j;
                        const qint64 due = monthStart(month);
                        const bool last = j == member.months - 1;
                        int status = int(random.weighted(std::array<int, 3>{93, 4, 3}));
                        if (last && member.standing == 1)
                            status = random.chance(0.5) ? 1 : 2;
                        if (member.standing == 2 && j >= member.months - 2)
                            status = 2;
                        const qint64 paidAt = status == 0 ? due + random.below(2 * kDay)
                                              : status == 1
                                                  ? due + random.between(3 * kDay, 10 * kDay)
                                                  : 0;
                        QVariantList &row = sink.row();
                        row << id(member.user)
                            << QStringLiteral("%1-%2")
                                   .arg(month / 12)
                                   .arg(month % 12 + 1, 2, 10, QLatin1Char('0'))
                            << due
                            << (paidAt > 0 && paidAt < m_now
                                    ? QVariant(paidAt)
                                    : QVariant(QMetaType::fromType<qint64>()))
                            << statuses[paidAt > 0 && paidAt >= m_now ? 2 : status]
                            << member.feeMinor << currencyOf(member.user);
                        sink.add();
                    }
                });
    m_database.write([this](QSqlDatabase &db) { Members::recomputeMembers(db, m_now); });
}

void Seeding::resetIdentities()
{
    // PostgreSQL's sequences must continue after the explicit ids; SQLite needs nothing.
    static const char *const tables[] = {"users",
                                         "user_profiles",
                                         "age_verifications",
                                         "tos_acceptances",
                                         "profiles",
                                         "photos",
                                         "matches",
                                         "messages",
                                         "likes",
                                         "kyc_cases",
                                         "kyc_documents",
                                         "kyc_checks",
                                         "kyc_case_events",
                                         "moderation_reports",
                                         "moderation_decisions",
                                         "strikes",
                                         "appeals",
                                         "agents",
                                         "agent_subscriptions",
                                         "marketplace_transactions",
                                         "creator_payouts",
                                         "vendors",
                                         "products",
                                         "orders",
                                         "order_items",
                                         "drivers",
                                         "vehicles",
                                         "rides",
                                         "surge_zones",
                                         "geofences",
                                         "hosts",
                                         "properties",
                                         "bookings",
                                         "ad_campaigns",
                                         "shipping_trips",
                                         "parcels",
                                         "transactions",
                                         "subscriptions",
                                         "wallets",
                                         "payouts",
                                         "ledger_accounts",
                                         "ledger_transactions",
                                         "ledger_entries",
                                         "ledger_holds",
                                         "ledger_hold_entries",
                                         "dao_proposals",
                                         "dao_votes",
                                         "staking_records",
                                         "dao_treasury"};
    throwIfCancelled();
    m_database.write([this](QSqlDatabase &db) {
        for (const char *table : tables)
            m_database.dialect().resetIdentity(db, QString::fromLatin1(table));
    });
}

} // namespace

// ---------------------------------------------------------------------------------------------

qint64 DemoSeeder::userCount(Scale scale)
{
    switch (scale) {
    case Scale::Small:
        return 2'000;
    case Scale::Medium:
        return 50'000;
    case Scale::Large:
        return 1'000'000;
    }
    return 2'000;
}

std::optional<DemoSeeder::Scale> DemoSeeder::scaleFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("small"))
        return Scale::Small;
    if (key == QLatin1String("medium"))
        return Scale::Medium;
    if (key == QLatin1String("large"))
        return Scale::Large;
    return std::nullopt;
}

bool DemoSeeder::canSeed(Database &database)
{
    return !Query::scalar(database.connection(), QStringLiteral("SELECT 1 FROM users LIMIT 1"))
                .isValid();
}

qint64 DemoSeeder::defaultNow()
{
    return kDefaultNow;
}

DemoSeeder::Report DemoSeeder::run(Database &database, const Options &options,
                                   const std::function<void(const Progress &)> &progress,
                                   const std::atomic_bool *cancel)
{
    return Seeding(database, options, progress, cancel).run();
}

} // namespace Steward::Demo
