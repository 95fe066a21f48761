#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Steward::Finance {

/** The figures of one bucket (a day, a service, a currency, or a sum of them), in minor units.
 *  gross is customer money in, refunds what was paid back, net = gross - refunds; gmv is the
 *  gross of the services that sell someone else's goods (all but dating); platform, dao and
 *  payees are what each side kept once refunds were taken back, so net = platform + dao + payees
 *  for everything the posting rules post. */
struct RevenueFigures
{
    qint64 gross = 0;
    qint64 refunds = 0;
    qint64 gmv = 0;
    qint64 platform = 0;
    qint64 dao = 0;
    qint64 payees = 0;
    qint64 sales = 0;       ///< Sales counted (a reversal counts -1).
    qint64 refundCount = 0; ///< Refunds counted (a reversal of one counts -1).
    /** Platform revenue of the GMV services: the numerator of the take rate. */
    qint64 gmvPlatform = 0;

    qint64 net() const { return gross - refunds; }
    /** platform revenue of the GMV services / GMV, in basis points; -1 without GMV. */
    qint64 takeRateBps() const;
    RevenueFigures &operator+=(const RevenueFigures &other);
    bool isZero() const;
};

/** One subscriber's or one month's MRR movements, in minor units; contraction and churn are
 *  negative. */
struct MrrMovement
{
    qint64 newMrr = 0;
    qint64 expansion = 0;
    qint64 reactivation = 0;
    qint64 contraction = 0;
    qint64 churn = 0;
    qint64 mrr = 0;
    qint64 subscribers = 0;

    qint64 netNew() const { return newMrr + expansion + reactivation + contraction + churn; }
    bool isZero() const;
    MrrMovement &operator+=(const MrrMovement &other);
    MrrMovement &operator-=(const MrrMovement &other);
};

/** Calendar arithmetic of the rollups: days since 1970-01-01 UTC and months as
 *  year * 12 + month - 1. */
namespace RevenueCalendar {
constexpr qint64 kDayMs = 86'400'000;
qint64 dayOf(qint64 ms);
int monthOfDay(qint64 day);
qint64 firstDayOfMonth(int month);
/** The Monday (ISO week start) of @p day's week. */
qint64 weekStart(qint64 day);
QDate dateOfDay(qint64 day);
qint64 dayOfDate(QDate date);
QString monthName(int month); ///< "2024-06"
} // namespace RevenueCalendar

/** The platform's services as revenue reports them, and which ledger transactions belong to
 *  which: a sale by its kind (subscription -> dating, agent_sale -> marketplace, order ->
 *  commerce, ride -> rides, booking -> stays, ad_spend -> ads, parcel -> shipping), a refund by
 *  what it refunds (its source_type), a reversal as the transaction it reverses. Anything else
 *  (payouts, member awards, hand postings of other kinds) is not revenue. */
namespace RevenueServices {
QStringList names();
/** "" when the transaction is not revenue. */
QString serviceOf(const QString &kind, const QString &sourceType);
/** Services whose gross is GMV (someone else's goods): all but dating. */
bool hasGmv(const QString &service);
/** Payee types with a payable: creator, vendor, driver, host, traveler. */
QStringList payeeTypes();
} // namespace RevenueServices

/** The revenue rollups (sql/014_revenue.sql): per day x service x currency, per payee x month x
 *  currency, MRR per subscriber x month and MRR movements per month. The ledger calls apply()
 *  for every transaction it writes, in the same database transaction; rebuild() recomputes them
 *  all from the ledger and yields exactly the same rows. */
class RevenueRollups
{
public:
    /** Adds ledger transaction @p transactionId (just inserted with its entries) to the rollups. */
    static void apply(QSqlDatabase &db, qint64 transactionId);
    /** Empties the rollups and recomputes them from the ledger, set-based (for bulk imports).
     *  Runs inside the caller's write transaction. */
    static void rebuild(QSqlDatabase &db);

    /** The figures of one ledger transaction per currency (what apply() adds). */
    static QMap<QString, RevenueFigures> figuresOf(QSqlDatabase &db, qint64 transactionId,
                                                   QString *service = nullptr);

    /** Classifies one subscriber's MRR by month (month -> MRR, zeros allowed) into movements
     *  per month: a month with MRR after one without is new (no MRR ever before) or a
     *  reactivation, more or less than the month before is expansion or contraction, and a month
     *  without MRR after one with is churn of last month's MRR. */
    static QMap<int, MrrMovement> classify(const QMap<int, qint64> &mrrByMonth);

    /** The SQL expression naming the service of a ledger transaction @p t whose reversed
     *  original (if any) is @p o (LEFT JOINed); NULL when it is not revenue. */
    static QString serviceSql(const QString &t, const QString &o);
};

} // namespace Steward::Finance
