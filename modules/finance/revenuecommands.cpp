#include "revenuecommands.h"

#include "financeservice.h"
#include "ledger.h"
#include "query.h"
#include "revenue.h"
#include "servicelayer.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace Steward::Finance {

namespace {

using namespace RevenueCalendar;

/** The most buckets one revenue query returns (three years of days). */
constexpr qint64 kMaxBuckets = 1100;

QString requireCurrency(CommandContext &ctx)
{
    const QString currency = ctx.requireString(QStringLiteral("currency")).trimmed().toUpper();
    if (!Ledger::isKnownCurrency(currency))
        throw Error::badInput(QStringLiteral("unknown currency \"%1\"").arg(currency));
    return currency;
}

/** A time parameter: milliseconds since 1970 UTC, or an ISO date (2024-06-01, 00:00 UTC). */
qint64 requireTime(CommandContext &ctx, const QString &key)
{
    const QJsonValue value = ctx.params().value(key);
    if (value.isDouble()) {
        const double ms = value.toDouble();
        if (ms != double(qint64(ms)) || ms < 0 || ms > 32503680000000.0)
            throw Error::badInput(
                QStringLiteral("%1 must be milliseconds since 1970 (UTC) or a date").arg(key));
        return qint64(ms);
    }
    if (value.isString()) {
        const QDate date = QDate::fromString(value.toString().trimmed(), Qt::ISODate);
        if (!date.isValid() || date.year() < 1970 || date.year() >= 3000)
            throw Error::badInput(QStringLiteral("%1 \"%2\" is not a date such as 2024-06-01")
                                      .arg(key, value.toString()));
        return dayOfDate(date) * kDayMs;
    }
    throw Error::badInput(
        QStringLiteral("%1 is required: a date such as 2024-06-01 or milliseconds since 1970")
            .arg(key));
}

/** from and to as whole UTC days, to after from. */
std::pair<qint64, qint64> requireDayRange(CommandContext &ctx)
{
    const qint64 from = requireTime(ctx, QStringLiteral("from"));
    const qint64 to = requireTime(ctx, QStringLiteral("to"));
    if (to <= from)
        throw Error::badInput(QStringLiteral("to must be after from"));
    if (from % kDayMs != 0 || to % kDayMs != 0)
        throw Error::badInput(QStringLiteral("from and to must be whole days (00:00 UTC): "
                                             "revenue is added up per day"));
    return {from / kDayMs, to / kDayMs};
}

QString optionalService(CommandContext &ctx)
{
    const QString service = ctx.optionalString(QStringLiteral("service")).trimmed();
    if (!service.isEmpty() && !RevenueServices::names().contains(service))
        throw Error::badInput(
            QStringLiteral("unknown service \"%1\" (one of %2)")
                .arg(service, RevenueServices::names().join(QStringLiteral(", "))));
    return service;
}

QJsonObject figuresJson(const RevenueFigures &f)
{
    const qint64 takeRate = f.takeRateBps();
    return {{QStringLiteral("gross_minor"), f.gross},
            {QStringLiteral("refunds_minor"), f.refunds},
            {QStringLiteral("net_minor"), f.net()},
            {QStringLiteral("gmv_minor"), f.gmv},
            {QStringLiteral("platform_minor"), f.platform},
            {QStringLiteral("dao_minor"), f.dao},
            {QStringLiteral("payees_minor"), f.payees},
            {QStringLiteral("sales"), f.sales},
            {QStringLiteral("refund_count"), f.refundCount},
            {QStringLiteral("take_rate_bps"), takeRate < 0 ? QJsonValue() : QJsonValue(takeRate)}};
}

struct Bucket
{
    qint64 firstDay = 0;
    qint64 endDay = 0;
    QString label;
    QMap<QString, RevenueFigures> services;
    RevenueFigures totals;
};

QList<Bucket> bucketsFor(qint64 fromDay, qint64 toDay, const QString &granularity)
{
    QList<Bucket> buckets;
    qint64 day = fromDay;
    while (day < toDay) {
        Bucket bucket;
        bucket.firstDay = day;
        if (granularity == QLatin1String("day")) {
            bucket.endDay = day + 1;
            bucket.label = dateOfDay(day).toString(Qt::ISODate);
        } else if (granularity == QLatin1String("week")) {
            bucket.endDay = weekStart(day) + 7;
            bucket.label = dateOfDay(weekStart(day)).toString(Qt::ISODate);
        } else {
            const int month = monthOfDay(day);
            bucket.endDay = firstDayOfMonth(month + 1);
            bucket.label = monthName(month);
        }
        bucket.endDay = std::min(bucket.endDay, toDay);
        buckets << bucket;
        day = bucket.endDay;
        if (buckets.size() > kMaxBuckets)
            throw Error::badInput(QStringLiteral("that range has more than %1 %2 buckets: choose "
                                                 "a coarser granularity or a shorter range")
                                      .arg(kMaxBuckets)
                                      .arg(granularity));
    }
    return buckets;
}

QJsonValue revenue(CommandContext &ctx)
{
    const QString currency = requireCurrency(ctx);
    const auto [fromDay, toDay] = requireDayRange(ctx);
    const QString granularity =
        ctx.optionalString(QStringLiteral("granularity"), QStringLiteral("day"));
    if (granularity != QLatin1String("day") && granularity != QLatin1String("week") &&
        granularity != QLatin1String("month"))
        throw Error::badInput(QStringLiteral("granularity must be day, week or month"));
    const QString service = optionalService(ctx);
    QList<Bucket> buckets = bucketsFor(fromDay, toDay, granularity);

    QString sql = QStringLiteral(
        "SELECT day, service, gross_minor, refunds_minor, gmv_minor, platform_minor, dao_minor, "
        "payees_minor, sales, refund_count FROM revenue_daily WHERE currency = ? AND day >= ? "
        "AND day < ?");
    QVariantList values{currency, fromDay, toDay};
    if (!service.isEmpty()) {
        sql += QStringLiteral(" AND service = ?");
        values << service;
    }
    sql += QStringLiteral(" ORDER BY day");
    Query query(ctx.db(), sql, values);
    QMap<QString, RevenueFigures> byService;
    RevenueFigures totals;
    int index = 0;
    while (query.next()) {
        const qint64 day = query.value(0).toLongLong();
        while (index < buckets.size() && buckets.at(index).endDay <= day)
            ++index;
        const QString name = query.value(1).toString();
        RevenueFigures f;
        f.gross = query.value(2).toLongLong();
        f.refunds = query.value(3).toLongLong();
        f.gmv = query.value(4).toLongLong();
        f.platform = query.value(5).toLongLong();
        f.dao = query.value(6).toLongLong();
        f.payees = query.value(7).toLongLong();
        f.sales = query.value(8).toLongLong();
        f.refundCount = query.value(9).toLongLong();
        f.gmvPlatform = RevenueServices::hasGmv(name) ? f.platform : 0;
        Bucket &bucket = buckets[index];
        bucket.services[name] += f;
        bucket.totals += f;
        byService[name] += f;
        totals += f;
    }

    QJsonArray bucketsJson;
    for (const Bucket &bucket : std::as_const(buckets)) {
        QJsonObject services;
        for (auto it = bucket.services.cbegin(); it != bucket.services.cend(); ++it)
            services.insert(it.key(), figuresJson(it.value()));
        bucketsJson.append(QJsonObject{{QStringLiteral("start"), bucket.firstDay * kDayMs},
                                       {QStringLiteral("end"), bucket.endDay * kDayMs},
                                       {QStringLiteral("label"), bucket.label},
                                       {QStringLiteral("services"), services},
                                       {QStringLiteral("totals"), figuresJson(bucket.totals)}});
    }
    QJsonArray serviceRows;
    for (const QString &name : RevenueServices::names()) {
        if (!byService.contains(name))
            continue;
        QJsonObject row = figuresJson(byService.value(name));
        row.insert(QStringLiteral("service"), name);
        serviceRows.append(row);
    }
    return QJsonObject{{QStringLiteral("currency"), currency},
                       {QStringLiteral("from"), fromDay * kDayMs},
                       {QStringLiteral("to"), toDay * kDayMs},
                       {QStringLiteral("granularity"), granularity},
                       {QStringLiteral("service"), service.isEmpty() ? QJsonValue() : service},
                       {QStringLiteral("buckets"), bucketsJson},
                       {QStringLiteral("by_service"), serviceRows},
                       {QStringLiteral("totals"), figuresJson(totals)}};
}

int requireMonth(CommandContext &ctx, const QString &key)
{
    const QString text = ctx.optionalString(key).trimmed();
    if (text.isEmpty())
        return monthOfDay(dayOf(ctx.now()));
    QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM"));
    if (!date.isValid())
        date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || date.year() < 1970 || date.year() >= 3000)
        throw Error::badInput(
            QStringLiteral("%1 \"%2\" is not a month such as 2024-06").arg(key, text));
    return date.year() * 12 + date.month() - 1;
}

QJsonObject movementJson(const MrrMovement &m)
{
    return {{QStringLiteral("new_minor"), m.newMrr},
            {QStringLiteral("expansion_minor"), m.expansion},
            {QStringLiteral("reactivation_minor"), m.reactivation},
            {QStringLiteral("contraction_minor"), m.contraction},
            {QStringLiteral("churn_minor"), m.churn},
            {QStringLiteral("net_new_minor"), m.netNew()}};
}

QJsonValue mrr(CommandContext &ctx)
{
    const QString currency = requireCurrency(ctx);
    const qint64 months = ctx.optionalInteger(QStringLiteral("months"), 12);
    if (months < 1 || months > 120)
        throw Error::badInput(QStringLiteral("months must be between 1 and 120"));
    const int until = requireMonth(ctx, QStringLiteral("until"));
    const int first = until - int(months) + 1;
    QMap<int, MrrMovement> byMonth;
    Query query(ctx.db(),
                QStringLiteral("SELECT month, new_minor, expansion_minor, reactivation_minor, "
                               "contraction_minor, churn_minor, mrr_minor, subscribers FROM "
                               "revenue_mrr_movements WHERE currency = ? AND month >= ? AND "
                               "month <= ?"),
                {currency, first, until});
    while (query.next()) {
        MrrMovement &m = byMonth[query.value(0).toInt()];
        m.newMrr = query.value(1).toLongLong();
        m.expansion = query.value(2).toLongLong();
        m.reactivation = query.value(3).toLongLong();
        m.contraction = query.value(4).toLongLong();
        m.churn = query.value(5).toLongLong();
        m.mrr = query.value(6).toLongLong();
        m.subscribers = query.value(7).toLongLong();
    }
    const qint64 opening =
        Query::scalar(ctx.db(),
                      QStringLiteral("SELECT mrr_minor FROM revenue_mrr_movements WHERE "
                                     "currency = ? AND month = ?"),
                      {currency, first - 1})
            .toLongLong();
    QJsonArray rows;
    MrrMovement totals;
    for (int month = first; month <= until; ++month) {
        const MrrMovement m = byMonth.value(month);
        QJsonObject row = movementJson(m);
        row.insert(QStringLiteral("month"), monthName(month));
        row.insert(QStringLiteral("start"), firstDayOfMonth(month) * kDayMs);
        row.insert(QStringLiteral("mrr_minor"), m.mrr);
        row.insert(QStringLiteral("subscribers"), m.subscribers);
        rows.append(row);
        totals += m;
    }
    QJsonObject totalsJson = movementJson(totals);
    totalsJson.insert(QStringLiteral("opening_mrr_minor"), opening);
    totalsJson.insert(QStringLiteral("closing_mrr_minor"), byMonth.value(until).mrr);
    return QJsonObject{{QStringLiteral("currency"), currency},
                       {QStringLiteral("months"), rows},
                       {QStringLiteral("totals"), totalsJson}};
}

struct PayeeRow
{
    QString type;
    qint64 id = 0;
    qint64 earnings = 0;
    qint64 sales = 0;
};

QString payeeTypeOfCode(const QString &code)
{
    const QString purpose = code.section(QLatin1Char('/'), 0, 0);
    return purpose.endsWith(QLatin1String("_payable")) ? purpose.chopped(8) : QString();
}

QJsonValue topPayees(CommandContext &ctx)
{
    const QString currency = requireCurrency(ctx);
    const auto [fromDay, toDay] = requireDayRange(ctx);
    const QString type = ctx.optionalString(QStringLiteral("payee_type")).trimmed();
    if (!type.isEmpty() && !RevenueServices::payeeTypes().contains(type))
        throw Error::badInput(
            QStringLiteral("unknown payee type \"%1\" (one of %2)")
                .arg(type, RevenueServices::payeeTypes().join(QStringLiteral(", "))));
    const qint64 limit = ctx.optionalInteger(QStringLiteral("limit"), 10);
    if (limit < 1 || limit > 100)
        throw Error::badInput(QStringLiteral("limit must be between 1 and 100"));

    // Whole months come from the monthly payee rollup; the days before the first and after the
    // last whole month from the ledger itself.
    int firstMonth = monthOfDay(fromDay);
    if (firstDayOfMonth(firstMonth) != fromDay)
        ++firstMonth;
    const int endMonth = monthOfDay(toDay);
    QList<std::pair<qint64, qint64>> ledgerDays;
    if (firstMonth >= endMonth) {
        ledgerDays << std::pair{fromDay, toDay};
    } else {
        if (fromDay < firstDayOfMonth(firstMonth))
            ledgerDays << std::pair{fromDay, firstDayOfMonth(firstMonth)};
        if (firstDayOfMonth(endMonth) < toDay)
            ledgerDays << std::pair{firstDayOfMonth(endMonth), toDay};
    }

    QMap<std::pair<QString, qint64>, PayeeRow> rows;
    if (firstMonth < endMonth) {
        QString sql = QStringLiteral("SELECT payee_type, payee_id, SUM(earnings_minor), "
                                     "SUM(entries) FROM revenue_payee_months WHERE currency = ? "
                                     "AND month >= ? AND month < ?");
        QVariantList values{currency, firstMonth, endMonth};
        if (!type.isEmpty()) {
            sql += QStringLiteral(" AND payee_type = ?");
            values << type;
        }
        sql += QStringLiteral(" GROUP BY payee_type, payee_id");
        if (ledgerDays.isEmpty()) {
            sql += QStringLiteral(" ORDER BY 3 DESC, 1, 2 LIMIT ?");
            values << limit;
        }
        Query query(ctx.db(), sql, values);
        while (query.next()) {
            PayeeRow &row = rows[{query.value(0).toString(), query.value(1).toLongLong()}];
            row.type = query.value(0).toString();
            row.id = query.value(1).toLongLong();
            row.earnings += query.value(2).toLongLong();
            row.sales += query.value(3).toLongLong();
        }
    }
    for (const auto &[first, end] : std::as_const(ledgerDays)) {
        const QString like = type.isEmpty() ? QStringLiteral("%!_payable/%")
                                            : QStringLiteral("%1!_payable/%").arg(type);
        Query query(
            ctx.db(),
            QStringLiteral(
                "SELECT a.code, a.owner_id, SUM(CASE WHEN e.direction = 'credit' THEN "
                "e.amount_minor ELSE -e.amount_minor END), SUM(CASE WHEN COALESCE(o.kind, "
                "t.kind) = 'refund' THEN 0 WHEN e.direction = 'credit' THEN 1 ELSE -1 END) "
                "FROM ledger_transactions t LEFT JOIN ledger_transactions o ON o.id = "
                "t.reverses_id JOIN ledger_entries e ON e.ledger_transaction_id = t.id JOIN "
                "ledger_accounts a ON a.id = e.account_id WHERE t.effective_at >= ? AND "
                "t.effective_at < ? AND e.currency = ? AND a.code LIKE ? ESCAPE '!' AND %1 IS "
                "NOT NULL GROUP BY a.code, a.owner_id")
                .arg(RevenueRollups::serviceSql(QStringLiteral("t"), QStringLiteral("o"))),
            {first * kDayMs, end * kDayMs, currency, like});
        while (query.next()) {
            const QString payeeType = payeeTypeOfCode(query.value(0).toString());
            if (!RevenueServices::payeeTypes().contains(payeeType))
                continue;
            PayeeRow &row = rows[{payeeType, query.value(1).toLongLong()}];
            row.type = payeeType;
            row.id = query.value(1).toLongLong();
            row.earnings += query.value(2).toLongLong();
            row.sales += query.value(3).toLongLong();
        }
    }
    QList<PayeeRow> sorted = rows.values();
    std::sort(sorted.begin(), sorted.end(), [](const PayeeRow &a, const PayeeRow &b) {
        return std::tie(b.earnings, a.type, a.id) < std::tie(a.earnings, b.type, b.id);
    });
    if (sorted.size() > limit)
        sorted.resize(limit);
    QJsonArray result;
    int rank = 0;
    for (const PayeeRow &row : std::as_const(sorted)) {
        Query name(ctx.db(), QStringLiteral("SELECT first_name, last_name FROM users WHERE id = ?"),
                   {row.id});
        const QString display = name.next() ? QStringLiteral("%1 %2").arg(name.value(0).toString(),
                                                                          name.value(1).toString())
                                            : QString();
        result.append(QJsonObject{{QStringLiteral("rank"), ++rank},
                                  {QStringLiteral("payee_type"), row.type},
                                  {QStringLiteral("payee_id"), row.id},
                                  {QStringLiteral("name"), display},
                                  {QStringLiteral("earnings_minor"), row.earnings},
                                  {QStringLiteral("sales"), row.sales}});
    }
    QJsonArray ledgerRanges;
    for (const auto &[first, end] : std::as_const(ledgerDays))
        ledgerRanges.append(QJsonObject{{QStringLiteral("from"), first * kDayMs},
                                        {QStringLiteral("to"), end * kDayMs}});
    return QJsonObject{{QStringLiteral("currency"), currency},
                       {QStringLiteral("rows"), result},
                       {QStringLiteral("whole_months"), std::max(0, endMonth - firstMonth)},
                       {QStringLiteral("from_ledger"), ledgerRanges}};
}

QJsonValue revenueTransactions(CommandContext &ctx)
{
    const QString currency = requireCurrency(ctx);
    const qint64 from = requireTime(ctx, QStringLiteral("from"));
    const qint64 to = requireTime(ctx, QStringLiteral("to"));
    if (to <= from)
        throw Error::badInput(QStringLiteral("to must be after from"));
    const QString service = optionalService(ctx);
    const qint64 limit = ctx.optionalInteger(QStringLiteral("limit"), 50);
    if (limit < 1 || limit > 200)
        throw Error::badInput(QStringLiteral("limit must be between 1 and 200"));
    const qint64 afterAt = ctx.optionalInteger(QStringLiteral("after_effective_at"), -1);
    const qint64 afterId = ctx.optionalInteger(QStringLiteral("after_id"), 0);
    const QString serviceSql = RevenueRollups::serviceSql(QStringLiteral("t"), QStringLiteral("o"));
    QString sql =
        QStringLiteral("SELECT t.id FROM ledger_transactions t LEFT JOIN ledger_transactions o "
                       "ON o.id = t.reverses_id WHERE t.effective_at >= ? AND t.effective_at < ? "
                       "AND (t.effective_at > ? OR (t.effective_at = ? AND t.id > ?)) AND "
                       "EXISTS (SELECT 1 FROM ledger_entries e WHERE e.ledger_transaction_id = "
                       "t.id AND e.currency = ?) AND %1 ")
            .arg(serviceSql);
    QVariantList values{from, to, afterAt, afterAt, afterId, currency};
    if (service.isEmpty()) {
        sql += QStringLiteral("IS NOT NULL");
    } else {
        sql += QStringLiteral("= ?");
        values << service;
    }
    sql += QStringLiteral(" ORDER BY t.effective_at, t.id LIMIT ?");
    values << limit;
    QList<qint64> ids;
    Query query(ctx.db(), sql, values);
    while (query.next())
        ids << query.value(0).toLongLong();

    const Ledger ledger(ctx.db(), ctx.now());
    QJsonArray rows;
    qint64 lastAt = 0;
    for (qint64 id : std::as_const(ids)) {
        const Transaction t = ledger.transaction(id);
        QString name;
        const RevenueFigures f = RevenueRollups::figuresOf(ctx.db(), id, &name).value(currency);
        QJsonObject row = figuresJson(f);
        row.insert(QStringLiteral("id"), id);
        row.insert(QStringLiteral("kind"), t.kind);
        row.insert(QStringLiteral("service"), name);
        row.insert(QStringLiteral("description"), t.description);
        row.insert(QStringLiteral("effective_at"), t.effectiveAt);
        row.insert(QStringLiteral("posted_at"), t.postedAt);
        row.insert(QStringLiteral("source_type"), t.sourceType);
        row.insert(QStringLiteral("source_id"),
                   t.sourceId == 0 ? QJsonValue() : QJsonValue(t.sourceId));
        row.insert(QStringLiteral("reverses_id"),
                   t.reversesId == 0 ? QJsonValue() : QJsonValue(t.reversesId));
        rows.append(row);
        lastAt = t.effectiveAt;
    }
    QJsonValue next;
    if (ids.size() == limit)
        next = QJsonObject{{QStringLiteral("after_effective_at"), lastAt},
                           {QStringLiteral("after_id"), ids.last()}};
    return QJsonObject{{QStringLiteral("currency"), currency},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("next"), next}};
}

} // namespace

void registerRevenueCommands(ServiceLayer &services)
{
    CommandBus &bus = services.bus();
    bus.add({QStringLiteral("finance.revenue"),
             Permission::View,
             QStringLiteral("Revenue per bucket and service from the daily rollups: currency, "
                            "from, to (dates or ms at 00:00 UTC, to exclusive), granularity "
                            "day|week|month, service"),
             false,
             {},
             revenue});
    bus.add({QStringLiteral("finance.mrr"),
             Permission::View,
             QStringLiteral("MRR movements per month (new, expansion, reactivation, contraction, "
                            "churn): currency, months (1..120, 12), until (YYYY-MM, this month)"),
             false,
             {},
             mrr});
    bus.add({QStringLiteral("finance.top_payees"),
             Permission::View,
             QStringLiteral("Payees by earnings in a range: currency, from, to (dates), "
                            "payee_type creator|vendor|driver|host|traveler, limit (1..100, 10)"),
             false,
             {},
             topPayees});
    bus.add({QStringLiteral("finance.revenue_transactions"),
             Permission::View,
             QStringLiteral("The ledger transactions behind a revenue bucket, paged by (effective "
                            "time, id): currency, from, to, service, after_effective_at, "
                            "after_id, limit (1..200, 50)"),
             false,
             {},
             revenueTransactions});
}

} // namespace Steward::Finance
