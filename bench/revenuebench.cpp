// The revenue benchmark: a ledger of N transactions loaded through LedgerImport, the rollups
// rebuilt once, then each query of the revenue page timed through the command bus next to the
// naive GROUP BY over ledger_transactions, ledger_entries and ledger_accounts that computes the
// same figures. The naive figures are checked against the command's.

#include "revenuebench.h"

#include "errors.h"
#include "ledgerimport.h"
#include "passwordhasher.h"
#include "postingrules.h"
#include "query.h"
#include "revenue.h"
#include "servicelayer.h"
#include "sqldialect.h"
#include "stewardservices.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <random>

namespace Steward::Bench {

namespace {

using namespace Finance;
using namespace Finance::RevenueCalendar;

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

void progress(const QString &line)
{
    std::fprintf(stderr, "%s\n", qPrintable(line));
    std::fflush(stderr);
}

struct Timing
{
    double median = 0;
    double p95 = 0;
    int runs = 0;
};

Timing timingOf(QList<double> values)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return {};
    return {values.at(values.size() / 2),
            values.at(std::min<qsizetype>(values.size() - 1, values.size() * 95 / 100)),
            int(values.size())};
}

double seconds(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e9;
}

// ---------------------------------------------------------------------------------------------
// The database: a temporary SQLite file, or a database of our own on a PostgreSQL server.

class BenchDatabase
{
public:
    /** @p existing: use @p url as it is. */
    BenchDatabase(const std::optional<DatabaseUrl> &url, bool existing)
    {
        if (existing && url) {
            m_url = *url;
            return;
        }
        if (!url) {
            m_dir = std::make_unique<QTemporaryDir>();
            if (!m_dir->isValid())
                throw Error::internal(QStringLiteral("cannot create a temporary folder"));
            m_url = DatabaseUrl::sqlite(m_dir->filePath(QStringLiteral("revenue.db")));
            return;
        }
        if (url->isSqlite()) {
            m_url = *url;
            return;
        }
        m_name = QStringLiteral("steward_revenue_bench_%1").arg(QCoreApplication::applicationPid());
        m_admin = QStringLiteral("revenue-bench-admin");
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_admin);
        db.setHostName(url->host());
        db.setPort(url->port());
        db.setUserName(url->userName());
        db.setPassword(url->password());
        db.setDatabaseName(url->databaseName());
        if (!db.open())
            throw Error::internal(QStringLiteral("cannot reach the PostgreSQL server: %1")
                                      .arg(db.lastError().text()));
        QSqlQuery query(db);
        // The name is built from the process id: no user input.
        if (!query.exec(QStringLiteral("CREATE DATABASE ") + m_name))
            throw Error::internal(query.lastError().text());
        const QString text = url->toString();
        QString error;
        const QString path = text.section(QLatin1Char('?'), 0, 0);
        const QString options = text.contains(QLatin1Char('?'))
                                    ? QLatin1Char('?') + text.section(QLatin1Char('?'), 1)
                                    : QString();
        const auto created = DatabaseUrl::parse(
            path.left(path.lastIndexOf(QLatin1Char('/')) + 1) + m_name + options, &error);
        if (!created)
            throw Error::internal(error);
        m_url = *created;
    }

    ~BenchDatabase()
    {
        if (m_name.isEmpty())
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_admin);
            QSqlQuery query(db);
            query.exec(QStringLiteral("DROP DATABASE IF EXISTS ") + m_name +
                       QStringLiteral(" WITH (FORCE)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(m_admin);
    }

    BenchDatabase(const BenchDatabase &) = delete;
    BenchDatabase &operator=(const BenchDatabase &) = delete;

    const DatabaseUrl &url() const { return m_url; }
    QString description() const
    {
        if (m_dir)
            return QStringLiteral("SQLite %1 (temporary)").arg(m_url.path());
        if (!m_name.isEmpty())
            return QStringLiteral("PostgreSQL database %1 on %2:%3 (dropped afterwards)")
                .arg(m_name, m_url.host())
                .arg(m_url.port());
        return m_url.displayString();
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    DatabaseUrl m_url;
    QString m_admin;
    QString m_name;
};

// ---------------------------------------------------------------------------------------------
// The generated history: six years of the platform's charges, growing four-fold, in three
// currencies, paid to thousands of payees, about 3 % refunded, as the finance module posts them.

constexpr qint64 kHourMs = 3'600'000;

const QDate kHistoryStart(2020, 11, 1);
const QDate kHistoryEnd(2026, 11, 1);

struct PayeePool
{
    Purpose purpose;
    qint64 firstUserId;
    qint64 count;
};

const PayeePool kCreators{Purpose::CreatorPayable, 10'001, 2'000};
const PayeePool kVendors{Purpose::VendorPayable, 20'001, 3'000};
const PayeePool kDrivers{Purpose::DriverPayable, 30'001, 6'000};
const PayeePool kHosts{Purpose::HostPayable, 40'001, 2'500};
constexpr qint64 kDatingSubscribers = 100'001;
constexpr qint64 kAgentSubscribers = 600'001;
constexpr qint64 kAgentSubscriberCount = 40'000;

quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

/** A user's home currency: the one they pay and are paid in. */
QString currencyOf(qint64 userId)
{
    static const QString eur = QStringLiteral("EUR");
    static const QString usd = QStringLiteral("USD");
    static const QString gbp = QStringLiteral("GBP");
    const quint64 bucket = mix(quint64(userId)) % 20;
    return bucket < 12 ? eur : bucket < 17 ? usd : gbp;
}

class HistoryGenerator
{
public:
    HistoryGenerator(LedgerImport &ledger, qint64 target, quint64 seed)
        : m_ledger(ledger), m_target(target), m_rng(seed),
          m_start(dayOfDate(kHistoryStart) * kDayMs), m_end(dayOfDate(kHistoryEnd) * kDayMs)
    {}

    bool done() const { return m_ledger.transactionCount() >= m_target; }

    /** Plans one sale (and its refund, now and then). */
    void planOne()
    {
        const qint64 at = timeAt(double(m_ledger.transactionCount()) / double(m_target));
        const double segment = uniform();
        const qint64 k = ++m_sales;
        PostRequest request;
        if (segment < 0.18) {
            const qint64 subscriber = datingSubscriber(at);
            const int month = monthOfDay(dayOf(at));
            const quint64 tier =
                mix(quint64(subscriber) * 131 + quint64((month + subscriber % 7) / 6)) % 10;
            const qint64 price = tier < 6 ? 999 : tier < 9 ? 1'999 : 2'999;
            request = legsRequest(QStringLiteral("subscription"),
                                  QStringLiteral("Subscription payment %1").arg(k),
                                  QStringLiteral("payment"), k, currencyOf(subscriber),
                                  PostingRules::platformPayment(price), at);
            request.subscriberId = subscriber;
        } else if (segment < 0.30) {
            const qint64 creator = pick(kCreators);
            const bool subscription = uniform() < 0.35;
            const qint64 amount = subscription ? 490 + 500 * qint64(mix(quint64(creator)) % 4)
                                               : 300 + qint64(m_rng() % 4'700);
            request =
                legsRequest(QStringLiteral("agent_sale"), QStringLiteral("Agent sale %1").arg(k),
                            QStringLiteral("agent_sale"), k, currencyOf(creator),
                            PostingRules::agentSale(amount, creator), at);
            if (subscription)
                request.subscriberId = kAgentSubscribers + qint64(std::pow(uniform(), 1.5) *
                                                                  double(kAgentSubscriberCount));
        } else if (segment < 0.55) {
            const qint64 vendor = pick(kVendors);
            const double u = uniform();
            const qint64 amount = 1'000 + qint64(u * u * 30'000);
            const qint64 commission = 500 + qint64(mix(quint64(vendor)) % 1'001);
            request = legsRequest(QStringLiteral("order"), QStringLiteral("Order %1").arg(k),
                                  QStringLiteral("order"), k, currencyOf(vendor),
                                  PostingRules::vendorOrder(amount, vendor, commission), at);
        } else if (segment < 0.80) {
            const qint64 driver = pick(kDrivers);
            const qint64 fare = 700 + qint64(uniform() * 5'300);
            const qint64 earnings = fare * (7'500 + qint64(m_rng() % 500)) / 10'000;
            request = legsRequest(QStringLiteral("ride"), QStringLiteral("Ride %1").arg(k),
                                  QStringLiteral("ride"), k, currencyOf(driver),
                                  PostingRules::ride(fare, driver, earnings), at);
        } else if (segment < 0.90) {
            const qint64 host = pick(kHosts);
            const double u = uniform();
            const qint64 total = 6'000 + qint64(u * u * 120'000);
            const qint64 fee = total * (1'000 + qint64(m_rng() % 500)) / 10'000;
            request = legsRequest(QStringLiteral("booking"), QStringLiteral("Booking %1").arg(k),
                                  QStringLiteral("booking"), k, currencyOf(host),
                                  PostingRules::booking(total, host, total - fee), at);
        } else {
            const qint64 publisher = pick(kCreators);
            const qint64 amount = 1'000 + qint64(uniform() * 49'000);
            request = legsRequest(QStringLiteral("ad_spend"), QStringLiteral("Ad charge %1").arg(k),
                                  QStringLiteral("ad_charge"), k, currencyOf(publisher),
                                  PostingRules::adSpend(amount, publisher), at);
        }
        m_ledger.post(request, at);
        if (uniform() < 0.03 && m_ledger.transactionCount() < m_target) {
            const qint64 refundedAt =
                std::min(m_end - 1, at + kDayMs + qint64(uniform() * 19.0 * double(kDayMs)));
            m_ledger.post(refundOf(request, k), refundedAt);
        }
    }

private:
    double uniform() { return std::uniform_real_distribution<double>(0.0, 1.0)(m_rng); }

    /** Volume grows four-fold over the history: the time at which fraction @p f of the
     *  transactions is reached, with an hour of jitter. */
    qint64 timeAt(double f)
    {
        const double tau = (-1.0 + std::sqrt(1.0 + 15.0 * f)) / 3.0;
        const qint64 at = m_start + qint64(tau * double(m_end - m_start)) +
                          qint64((uniform() - 0.5) * double(kHourMs));
        return std::clamp(at, m_start, m_end - 1);
    }

    /** A payee, the busiest far more often than the rest. */
    qint64 pick(const PayeePool &pool)
    {
        const double u = uniform();
        return pool.firstUserId + std::min(pool.count - 1, qint64(u * u * double(pool.count)));
    }

    /** Dating subscribers pay once a month: the month's j-th charge is subscriber offset + j,
     *  the offset moving up by 3 % of last month's charges (the oldest churn, new ones join at
     *  the top); 2 % of charges are a churned subscriber coming back. */
    qint64 datingSubscriber(qint64 at)
    {
        const int month = monthOfDay(dayOf(at));
        if (month > m_month) {
            if (m_month >= 0)
                m_offset += m_monthCharges.value(m_month) * 3 / 100;
            m_month = month;
        }
        if (!m_offsets.contains(month))
            m_offsets.insert(month, m_offset);
        if (m_offsets.value(month) > 0 && uniform() < 0.02)
            return kDatingSubscribers + qint64(uniform() * double(m_offsets.value(month)));
        return kDatingSubscribers + m_offsets.value(month) + m_monthCharges[month]++;
    }

    PostRequest legsRequest(const QString &kind, const QString &description,
                            const QString &sourceType, qint64 sourceId, const QString &currency,
                            const QList<Leg> &legs, qint64 at)
    {
        PostRequest request;
        request.kind = kind;
        request.description = description;
        request.idempotencyKey = QStringLiteral("%1:%2").arg(sourceType).arg(sourceId);
        request.sourceType = sourceType;
        request.sourceId = sourceId;
        request.postings << Posting{m_ledger.account(Purpose::ProcessorClearing, 0, currency, at),
                                    Direction::Debit, Money(PostingRules::total(legs), currency)};
        for (const Leg &leg : legs)
            request.postings << Posting{m_ledger.account(leg.purpose, leg.ownerId, currency, at),
                                        Direction::Credit, Money(leg.amount, currency)};
        return request;
    }

    /** A full refund: every leg back to the clearing account, same source. */
    static PostRequest refundOf(const PostRequest &original, qint64 refundId)
    {
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
    }

    LedgerImport &m_ledger;
    qint64 m_target;
    std::mt19937_64 m_rng;
    qint64 m_start;
    qint64 m_end;
    qint64 m_sales = 0;
    int m_month = -1;
    qint64 m_offset = 0;
    QHash<int, qint64> m_offsets;
    QHash<int, qint64> m_monthCharges;
};

void load(ServiceLayer &services, qint64 target, quint64 seed)
{
    Database &database = services.database();
    QSqlDatabase db = database.connection();
    const SqlDialect &dialect = database.dialect();
    const QStringList tables = {QStringLiteral("idempotency_keys"),
                                QStringLiteral("ledger_accounts"), QStringLiteral("ledger_entries"),
                                QStringLiteral("ledger_transactions")};
    QElapsedTimer timer;
    timer.start();
    const SqlDialect::BulkLoad bulk = database.write(
        [&](QSqlDatabase &connection) { return dialect.beginBulkLoad(connection, tables); });
    try {
        LedgerImport ledger(db);
        HistoryGenerator generator(ledger, target, seed);
        constexpr qint64 kChunk = 20'000;
        qint64 reported = 0;
        while (!generator.done()) {
            const qint64 chunkEnd = std::min(target, ledger.transactionCount() + kChunk);
            while (!generator.done() && ledger.transactionCount() < chunkEnd)
                generator.planOne();
            database.write([&](QSqlDatabase &connection) { ledger.write(connection); });
            ledger.written();
            if (ledger.transactionCount() - reported >= 500'000 || generator.done()) {
                reported = ledger.transactionCount();
                progress(QStringLiteral("  %1 transactions written, %2 s")
                             .arg(reported)
                             .arg(seconds(timer), 0, 'f', 1));
            }
        }
        database.write([&](QSqlDatabase &connection) { ledger.finish(connection); });
    } catch (...) {
        dialect.endBulkLoad(db, bulk);
        throw;
    }
    const double written = seconds(timer);
    dialect.endBulkLoad(db, bulk);
    const double indexed = seconds(timer);
    double analyzed = indexed;
    if (!database.isSqlite()) {
        // What autovacuum would do shortly after a load this size: the planner needs the counts.
        Query(db, QStringLiteral("ANALYZE"));
        analyzed = seconds(timer);
    }
    const qint64 transactions =
        Query::scalar(db, QStringLiteral("SELECT count(*) FROM ledger_transactions")).toLongLong();
    const qint64 entries =
        Query::scalar(db, QStringLiteral("SELECT count(*) FROM ledger_entries")).toLongLong();
    const qint64 accounts =
        Query::scalar(db, QStringLiteral("SELECT count(*) FROM ledger_accounts")).toLongLong();
    print(QStringLiteral("load: %1 transactions, %2 entries, %3 accounts in %4 s (rows written "
                         "%5 s, secondary indexes rebuilt %6 s%7)")
              .arg(transactions)
              .arg(entries)
              .arg(accounts)
              .arg(analyzed, 0, 'f', 1)
              .arg(written, 0, 'f', 1)
              .arg(indexed - written, 0, 'f', 1)
              .arg(database.isSqlite()
                       ? QString()
                       : QStringLiteral(", ANALYZE %1 s").arg(analyzed - indexed, 0, 'f', 1)));
}

// ---------------------------------------------------------------------------------------------
// The naive queries: one GROUP BY over the ledger per page query, no rollups.

/** The service of ledger transaction t (o = the original it reverses, LEFT JOINed). */
QString naiveService()
{
    return QStringLiteral(
        "CASE WHEN COALESCE(o.kind, t.kind) = 'refund' THEN "
        "CASE COALESCE(o.source_type, t.source_type) WHEN 'payment' THEN 'dating' "
        "WHEN 'agent_sale' THEN 'marketplace' WHEN 'order' THEN 'commerce' WHEN 'ride' THEN "
        "'rides' WHEN 'ride_tip' THEN 'rides' WHEN 'booking' THEN 'stays' WHEN 'ad_charge' THEN "
        "'ads' WHEN 'parcel' THEN 'shipping' END ELSE CASE COALESCE(o.kind, t.kind) WHEN "
        "'subscription' THEN 'dating' WHEN 'agent_sale' THEN 'marketplace' WHEN 'order' THEN "
        "'commerce' WHEN 'ride' THEN 'rides' WHEN 'tip' THEN 'rides' WHEN 'booking' THEN "
        "'stays' WHEN 'ad_spend' THEN 'ads' WHEN 'parcel' THEN 'shipping' END END");
}

const QString kLedgerJoin = QStringLiteral(
    "FROM ledger_transactions t LEFT JOIN ledger_transactions o ON o.id = t.reverses_id "
    "JOIN ledger_entries e ON e.ledger_transaction_id = t.id "
    "JOIN ledger_accounts a ON a.id = e.account_id ");
const QString kSignedDebit = QStringLiteral(
    "(CASE WHEN f.direction = 'debit' THEN f.amount_minor ELSE -f.amount_minor END)");
const QString kUnit = QStringLiteral("(CASE WHEN f.direction = 'debit' THEN 1 ELSE -1 END)");
const QString kClearing = QStringLiteral("f.code LIKE 'processor!_clearing/%' ESCAPE '!'");
QString payableCondition(const QString &code)
{
    QStringList parts;
    for (const char *type : {"creator", "vendor", "driver", "host", "traveler"})
        parts
            << QStringLiteral("%1 LIKE '%2!_payable/%' ESCAPE '!'").arg(code, QLatin1String(type));
    return QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

/** finance.revenue's totals for [fromDay, toDay), grouped by day and service in SQL. */
RevenueFigures naiveRevenue(QSqlDatabase &db, const QString &currency, qint64 fromDay, qint64 toDay)
{
    static const QString sql =
        QStringLiteral(
            "SELECT f.day, f.service, "
            "SUM(CASE WHEN %1 AND NOT f.refund THEN %2 ELSE 0 END), "
            "SUM(CASE WHEN %1 AND f.refund THEN -%2 ELSE 0 END), "
            "SUM(CASE WHEN %1 AND NOT f.refund AND f.service <> 'dating' THEN %2 ELSE 0 END), "
            "SUM(CASE WHEN f.code LIKE 'platform!_revenue/%' ESCAPE '!' THEN -%2 ELSE 0 END), "
            "SUM(CASE WHEN f.code LIKE 'dao!_treasury/%' ESCAPE '!' THEN -%2 ELSE 0 END), "
            "SUM(CASE WHEN %4 THEN -%2 ELSE 0 END), "
            "SUM(CASE WHEN %1 AND NOT f.refund THEN %3 ELSE 0 END), "
            "SUM(CASE WHEN %1 AND f.refund THEN -%3 ELSE 0 END) "
            "FROM (SELECT t.effective_at / %5 AS day, %6 AS service, "
            "(COALESCE(o.kind, t.kind) = 'refund') AS refund, e.direction, e.amount_minor, a.code "
            "%7 WHERE t.effective_at >= ? AND t.effective_at < ? AND e.currency = ?) f "
            "WHERE f.service IS NOT NULL GROUP BY f.day, f.service")
            .arg(kClearing, kSignedDebit, kUnit, payableCondition(QStringLiteral("f.code")))
            .arg(kDayMs)
            .arg(naiveService(), kLedgerJoin);
    Query query(db, sql, {fromDay * kDayMs, toDay * kDayMs, currency});
    RevenueFigures totals;
    while (query.next()) {
        RevenueFigures f;
        f.gross = query.value(2).toLongLong();
        f.refunds = query.value(3).toLongLong();
        f.gmv = query.value(4).toLongLong();
        f.platform = query.value(5).toLongLong();
        f.dao = query.value(6).toLongLong();
        f.payees = query.value(7).toLongLong();
        f.sales = query.value(8).toLongLong();
        f.refundCount = query.value(9).toLongLong();
        totals += f;
    }
    return totals;
}

struct PayeeEarnings
{
    QString type;
    qint64 id = 0;
    qint64 earnings = 0;
    bool operator==(const PayeeEarnings &) const = default;
};

/** finance.top_payees for [fromDay, toDay): earnings per payable account, the top @p limit. */
QList<PayeeEarnings> naiveTopPayees(QSqlDatabase &db, const QString &currency, qint64 fromDay,
                                    qint64 toDay, int limit)
{
    static const QString sql =
        QStringLiteral("SELECT f.code, f.owner_id, SUM(-%1) AS earnings, "
                       "SUM(CASE WHEN f.refund THEN 0 ELSE -%2 END) FROM (SELECT %3 AS service, "
                       "(COALESCE(o.kind, t.kind) = 'refund') AS refund, e.direction, "
                       "e.amount_minor, a.code, a.owner_id %4 WHERE t.effective_at >= ? AND "
                       "t.effective_at < ? AND e.currency = ? AND %5) f WHERE f.service IS NOT "
                       "NULL GROUP BY f.code, f.owner_id ORDER BY 3 DESC, 2 LIMIT ?")
            .arg(kSignedDebit, kUnit, naiveService(), kLedgerJoin,
                 payableCondition(QStringLiteral("a.code")));
    Query query(db, sql, {fromDay * kDayMs, toDay * kDayMs, currency, limit});
    QList<PayeeEarnings> rows;
    while (query.next())
        rows << PayeeEarnings{query.value(0).toString().section(QLatin1Char('/'), 0, 0).chopped(8),
                              query.value(1).toLongLong(), query.value(2).toLongLong()};
    return rows;
}

/** finance.mrr for the months [first, until]: every subscriber's charges by month up to the end
 *  of @p until (new and reactivation depend on all history), classified per subscriber. */
QMap<int, MrrMovement> naiveMrr(QSqlDatabase &db, bool sqlite, const QString &currency, int first,
                                int until, MrrMovement *opening)
{
    const QString at = QStringLiteral("COALESCE(o.effective_at, t.effective_at)");
    const QString month =
        sqlite ? QStringLiteral("(CAST(strftime('%Y', %1 / 1000, 'unixepoch') AS INTEGER) * 12 + "
                                "CAST(strftime('%m', %1 / 1000, 'unixepoch') AS INTEGER) - 1)")
                     .arg(at)
               : QStringLiteral("(CAST(EXTRACT(YEAR FROM to_timestamp(%1 / 1000) AT TIME ZONE "
                                "'UTC') AS INTEGER) * 12 + CAST(EXTRACT(MONTH FROM "
                                "to_timestamp(%1 / 1000) AT TIME ZONE 'UTC') AS INTEGER) - 1)")
                     .arg(at);
    const QString sql =
        QStringLiteral("SELECT f.subscriber, f.month, SUM(%1) FROM (SELECT "
                       "COALESCE(o.subscriber_id, t.subscriber_id) AS subscriber, %2 AS month, "
                       "COALESCE(o.kind, t.kind) AS kind, e.direction, e.amount_minor %3 "
                       "WHERE %4 < ? AND e.currency = ? AND a.code LIKE "
                       "'processor!_clearing/%' ESCAPE '!' AND (t.subscriber_id IS NOT NULL OR "
                       "o.subscriber_id IS NOT NULL)) f WHERE f.kind <> 'refund' "
                       "GROUP BY f.subscriber, f.month")
            .arg(kSignedDebit, month, kLedgerJoin, at);
    Query query(db, sql, {firstDayOfMonth(until + 1) * kDayMs, currency});
    QHash<qint64, QMap<int, qint64>> bySubscriber;
    while (query.next())
        bySubscriber[query.value(0).toLongLong()][query.value(1).toInt()] +=
            query.value(2).toLongLong();
    QMap<int, MrrMovement> result;
    *opening = {};
    for (const QMap<int, qint64> &months : std::as_const(bySubscriber)) {
        const QMap<int, MrrMovement> movements = RevenueRollups::classify(months);
        for (auto it = movements.cbegin(); it != movements.cend(); ++it) {
            if (it.key() >= first && it.key() <= until)
                result[it.key()] += it.value();
            else if (it.key() == first - 1)
                *opening += it.value();
        }
    }
    return result;
}

// ---------------------------------------------------------------------------------------------
// Timing and checking.

struct Row
{
    QString label;
    Timing rollups;
    Timing naive;
    bool matches = true;
};

/** Runs @p work up to @p runs times, fewer when @p budget seconds are spent (at least once). */
Timing timeRuns(int runs, double budget, const std::function<void()> &work)
{
    QList<double> timings;
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        timings << timer.nsecsElapsed() / 1e6;
        if (seconds(total) > budget)
            break;
    }
    return timingOf(timings);
}

QJsonValue call(ServiceLayer &services, const Principal &principal, const QString &command,
                const QJsonObject &params)
{
    const CommandResult result = services.bus().execute(principal, command, params);
    if (!result.ok())
        throw Error(result.code, QStringLiteral("%1: %2").arg(command, result.message));
    return result.data;
}

bool same(const QString &what, const QString &field, qint64 command, qint64 naive)
{
    if (command == naive)
        return true;
    print(QStringLiteral("MISMATCH %1 %2: command %3, naive GROUP BY %4")
              .arg(what, field)
              .arg(command)
              .arg(naive));
    return false;
}

QString dateText(qint64 day)
{
    return dateOfDay(day).toString(Qt::ISODate);
}

QString ms(double value)
{
    return value >= 100 ? QString::number(value, 'f', 0) : QString::number(value, 'f', 2);
}

} // namespace

int revenueBenchmark(const RevenueBenchOptions &options)
{
    if (options.existing && !options.url) {
        print(QStringLiteral("--existing needs --database"));
        return 2;
    }
    BenchDatabase bench(options.url, options.existing);
    ServiceLayer services(bench.url());
    services.open();
    services.migrate();
    setupServices(services);
    QSqlDatabase db = services.database().connection();
    const bool sqlite = services.database().isSqlite();
    print(QStringLiteral("database: %1").arg(bench.description()));

    Principal principal;
    if (options.existing) {
        const QString username = qEnvironmentVariable("STEWARD_BENCH_USERNAME");
        if (username.isEmpty()) {
            print(QStringLiteral("--existing logs in as STEWARD_BENCH_USERNAME with "
                                 "STEWARD_PASSWORD (an operator with finance.view)"));
            return 2;
        }
        principal = services.auth().login(username, qEnvironmentVariable("STEWARD_PASSWORD"));
    } else {
        if (Query::scalar(db, QStringLiteral("SELECT count(*) FROM ledger_transactions"))
                .toLongLong() != 0) {
            print(QStringLiteral("the database already has a ledger: give an empty one, or "
                                 "--existing to time the commands on it"));
            return 2;
        }
        const QString username = QStringLiteral("revenue-bench");
        const QString password = QStringLiteral("revenue bench password");
        const QString hash = PasswordHasher::hash(password);
        const qint64 now = services.clock().now();
        services.database().write([&](QSqlDatabase &connection) {
            Query(connection,
                  QStringLiteral("INSERT INTO operators (username, display_name, role, "
                                 "password_hash, created_at, updated_at) VALUES (?, ?, "
                                 "'finance', ?, ?, ?)"),
                  {username, username, hash, now, now});
        });
        principal = services.auth().login(username, password);

        print(QStringLiteral("generating %1 ledger transactions (seed %2)")
                  .arg(options.transactions)
                  .arg(options.seed));
        load(services, options.transactions, options.seed);
        QElapsedTimer timer;
        timer.start();
        services.database().write(
            [](QSqlDatabase &connection) { RevenueRollups::rebuild(connection); });
        const double rebuilt = seconds(timer);
        if (!sqlite)
            Query(db, QStringLiteral("ANALYZE"));
        print(
            QStringLiteral("RevenueRollups::rebuild: %1 s (%2 daily rows, %3 payee-month rows, "
                           "%4 subscriber-month rows)")
                .arg(rebuilt, 0, 'f', 1)
                .arg(Query::scalar(db, QStringLiteral("SELECT count(*) FROM revenue_daily"))
                         .toLongLong())
                .arg(Query::scalar(db, QStringLiteral("SELECT count(*) FROM revenue_payee_months"))
                         .toLongLong())
                .arg(Query::scalar(db,
                                   QStringLiteral("SELECT count(*) FROM revenue_mrr_subscribers"))
                         .toLongLong()));
    }

    // The page's reference point: the end of the month of the latest transaction.
    const qint64 latest =
        Query::scalar(db, QStringLiteral("SELECT MAX(effective_at) FROM ledger_transactions"))
            .toLongLong();
    const int lastMonth = monthOfDay(dayOf(latest));
    const qint64 end = firstDayOfMonth(lastMonth + 1);
    QString currency = options.currency;
    if (currency.isEmpty())
        currency = Query::scalar(db, QStringLiteral("SELECT currency FROM revenue_daily GROUP BY "
                                                    "currency ORDER BY SUM(gross_minor) DESC"))
                       .toString();
    const qint64 transactions =
        Query::scalar(db, QStringLiteral("SELECT count(*) FROM ledger_transactions")).toLongLong();
    print(QStringLiteral("%1 ledger transactions, %2 to %3; queries in %4 up to %5, %6 runs "
                         "each (naive: fewer once %7 s are spent)")
              .arg(transactions)
              .arg(dateText(dayOf(Query::scalar(db, QStringLiteral("SELECT MIN(effective_at) "
                                                                   "FROM ledger_transactions"))
                                      .toLongLong())),
                   dateText(dayOf(latest)), currency, dateText(end))
              .arg(options.runs)
              .arg(options.naiveBudget, 0, 'f', 0));

    QList<Row> rows;
    auto revenueRow = [&](const QString &label, qint64 fromDay, const QString &granularity) {
        const QJsonObject params{{QStringLiteral("currency"), currency},
                                 {QStringLiteral("from"), dateText(fromDay)},
                                 {QStringLiteral("to"), dateText(end)},
                                 {QStringLiteral("granularity"), granularity}};
        QJsonObject totals;
        Row row{label, {}, {}, true};
        row.rollups = timeRuns(options.runs, 1e9, [&] {
            totals = call(services, principal, QStringLiteral("finance.revenue"), params)
                         .toObject()
                         .value(QStringLiteral("totals"))
                         .toObject();
        });
        RevenueFigures naive;
        row.naive = timeRuns(options.runs, options.naiveBudget,
                             [&] { naive = naiveRevenue(db, currency, fromDay, end); });
        auto field = [&](const char *name) {
            return totals.value(QLatin1String(name)).toInteger();
        };
        const std::pair<const char *, qint64> checks[] = {
            {"gross_minor", naive.gross},     {"platform_minor", naive.platform},
            {"refunds_minor", naive.refunds}, {"gmv_minor", naive.gmv},
            {"dao_minor", naive.dao},         {"payees_minor", naive.payees},
            {"sales", naive.sales},           {"refund_count", naive.refundCount}};
        for (const auto &[name, value] : checks)
            row.matches = same(label, QLatin1String(name), field(name), value) && row.matches;
        print(QStringLiteral("  %1: gross %2, platform %3, refunds %4 (%5 sales) — %6")
                  .arg(label)
                  .arg(field("gross_minor"))
                  .arg(field("platform_minor"))
                  .arg(field("refunds_minor"))
                  .arg(field("sales"))
                  .arg(row.matches ? QStringLiteral("naive GROUP BY agrees")
                                   : QStringLiteral("MISMATCH")));
        rows << row;
    };
    const int endMonth = lastMonth + 1;
    revenueRow(QStringLiteral("finance.revenue month by day"), firstDayOfMonth(endMonth - 1),
               QStringLiteral("day"));
    revenueRow(QStringLiteral("finance.revenue year by month"), firstDayOfMonth(endMonth - 12),
               QStringLiteral("month"));
    revenueRow(QStringLiteral("finance.revenue 5 years by week"), firstDayOfMonth(endMonth - 60),
               QStringLiteral("week"));

    {
        const qint64 fromDay = firstDayOfMonth(endMonth - 12);
        const QJsonObject params{{QStringLiteral("currency"), currency},
                                 {QStringLiteral("from"), dateText(fromDay)},
                                 {QStringLiteral("to"), dateText(end)},
                                 {QStringLiteral("limit"), 10}};
        const QString label = QStringLiteral("finance.top_payees year (top 10)");
        QJsonArray top;
        Row row{label, {}, {}, true};
        row.rollups = timeRuns(options.runs, 1e9, [&] {
            top = call(services, principal, QStringLiteral("finance.top_payees"), params)
                      .toObject()
                      .value(QStringLiteral("rows"))
                      .toArray();
        });
        QList<PayeeEarnings> naive;
        row.naive = timeRuns(options.runs, options.naiveBudget,
                             [&] { naive = naiveTopPayees(db, currency, fromDay, end, 10); });
        QList<PayeeEarnings> command;
        for (const QJsonValue &entry : std::as_const(top))
            command << PayeeEarnings{entry[QStringLiteral("payee_type")].toString(),
                                     entry[QStringLiteral("payee_id")].toInteger(),
                                     entry[QStringLiteral("earnings_minor")].toInteger()};
        row.matches = command == naive;
        if (!row.matches) {
            print(QStringLiteral("MISMATCH %1: command and naive GROUP BY rank differently")
                      .arg(label));
            for (qsizetype i = 0; i < std::max(command.size(), naive.size()); ++i) {
                const PayeeEarnings a = command.value(i);
                const PayeeEarnings b = naive.value(i);
                print(QStringLiteral("    %1. command %2 %3 %4 | naive %5 %6 %7")
                          .arg(i + 1)
                          .arg(a.type)
                          .arg(a.id)
                          .arg(a.earnings)
                          .arg(b.type)
                          .arg(b.id)
                          .arg(b.earnings));
            }
        }
        print(QStringLiteral("  %1: first %2 %3 earned %4 — %5")
                  .arg(label, command.value(0).type)
                  .arg(command.value(0).id)
                  .arg(command.value(0).earnings)
                  .arg(row.matches ? QStringLiteral("naive GROUP BY agrees")
                                   : QStringLiteral("MISMATCH")));
        rows << row;
    }

    {
        const QString label = QStringLiteral("finance.mrr 12 months");
        const QJsonObject params{{QStringLiteral("currency"), currency},
                                 {QStringLiteral("months"), 12},
                                 {QStringLiteral("until"), monthName(lastMonth)}};
        QJsonObject result;
        Row row{label, {}, {}, true};
        row.rollups = timeRuns(options.runs, 1e9, [&] {
            result = call(services, principal, QStringLiteral("finance.mrr"), params).toObject();
        });
        QMap<int, MrrMovement> naive;
        MrrMovement opening;
        row.naive = timeRuns(options.runs, options.naiveBudget, [&] {
            naive = naiveMrr(db, sqlite, currency, lastMonth - 11, lastMonth, &opening);
        });
        const QJsonArray months = result.value(QStringLiteral("months")).toArray();
        for (int i = 0; i < months.size(); ++i) {
            const QJsonObject m = months.at(i).toObject();
            const MrrMovement n = naive.value(lastMonth - 11 + i);
            const QString what = QStringLiteral("%1 %2").arg(label, monthName(lastMonth - 11 + i));
            auto field = [&](const char *name) { return m.value(QLatin1String(name)).toInteger(); };
            const std::pair<const char *, qint64> checks[] = {
                {"mrr_minor", n.mrr},
                {"new_minor", n.newMrr},
                {"expansion_minor", n.expansion},
                {"reactivation_minor", n.reactivation},
                {"contraction_minor", n.contraction},
                {"churn_minor", n.churn},
                {"subscribers", n.subscribers}};
            for (const auto &[name, value] : checks)
                row.matches = same(what, QLatin1String(name), field(name), value) && row.matches;
        }
        const QJsonObject totals = result.value(QStringLiteral("totals")).toObject();
        row.matches =
            same(label, QStringLiteral("opening_mrr_minor"),
                 totals.value(QStringLiteral("opening_mrr_minor")).toInteger(), opening.mrr) &&
            row.matches;
        print(QStringLiteral("  %1: closing MRR %2 from %3 subscribers, net new %4 — %5")
                  .arg(label)
                  .arg(totals.value(QStringLiteral("closing_mrr_minor")).toInteger())
                  .arg(months.isEmpty() ? 0
                                        : months.last()[QStringLiteral("subscribers")].toInteger())
                  .arg(totals.value(QStringLiteral("net_new_minor")).toInteger())
                  .arg(row.matches ? QStringLiteral("naive GROUP BY agrees")
                                   : QStringLiteral("MISMATCH")));
        rows << row;
    }

    print(QString());
    print(QStringLiteral("%1 %2 %3 %4")
              .arg(QStringLiteral("query"), -36)
              .arg(QStringLiteral("rollups median / p95 ms"), 24)
              .arg(QStringLiteral("naive median / p95 ms (runs)"), 30)
              .arg(QStringLiteral("ratio"), 8));
    bool allMatch = true;
    for (const Row &row : std::as_const(rows)) {
        allMatch = allMatch && row.matches;
        const double ratio = row.naive.median / std::max(row.rollups.median, 1e-3);
        print(
            QStringLiteral("%1 %2 %3 %4%5")
                .arg(row.label, -36)
                .arg(QStringLiteral("%1 / %2").arg(ms(row.rollups.median), ms(row.rollups.p95)), 24)
                .arg(QStringLiteral("%1 / %2 (%3)")
                         .arg(ms(row.naive.median), ms(row.naive.p95))
                         .arg(row.naive.runs),
                     30)
                .arg(QStringLiteral("%1x").arg(ratio, 0, 'f', ratio < 10 ? 1 : 0), 8)
                .arg(row.matches ? QString() : QStringLiteral("  MISMATCH")));
    }
    if (!allMatch) {
        print(QStringLiteral("MISMATCH: the rollups and the naive GROUP BY disagree (see above)"));
        return 1;
    }
    return 0;
}

} // namespace Steward::Bench
