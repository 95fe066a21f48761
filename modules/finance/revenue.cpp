#include "revenue.h"

#include "errors.h"
#include "query.h"

#include <QSet>

#include <optional>
#include <tuple>

namespace Steward::Finance {

namespace {

struct ServiceRule
{
    const char *service;
    const char *saleKind;     ///< The kind of its sales' ledger transactions.
    const char *refundSource; ///< The source_type of its refunds.
};

const QList<ServiceRule> &serviceRules()
{
    static const QList<ServiceRule> rules{
        {"dating", "subscription", "payment"}, {"marketplace", "agent_sale", "agent_sale"},
        {"commerce", "order", "order"},        {"rides", "ride", "ride"},
        {"stays", "booking", "booking"},       {"ads", "ad_spend", "ad_charge"},
        {"shipping", "parcel", "parcel"},      {"rides", "tip", "ride_tip"},
    };
    return rules;
}

const QString kRefund = QStringLiteral("refund");

QString payeeTypeOfPurpose(const QString &purpose)
{
    static const QMap<QString, QString> types{
        {QStringLiteral("creator_payable"), QStringLiteral("creator")},
        {QStringLiteral("vendor_payable"), QStringLiteral("vendor")},
        {QStringLiteral("driver_payable"), QStringLiteral("driver")},
        {QStringLiteral("host_payable"), QStringLiteral("host")},
        {QStringLiteral("traveler_payable"), QStringLiteral("traveler")},
    };
    return types.value(purpose);
}

/** The one transaction read for apply(): its service, flow and the entries. */
struct TransactionFacts
{
    QString service;
    bool isRefund = false;
    qint64 effectiveAt = 0;
    qint64 subscriberId = 0;
    qint64 mrrEffectiveAt = 0; ///< The charge's time (the original's for a reversal).
};

struct PayeeKey
{
    QString currency;
    QString type;
    qint64 id = 0;
    bool operator<(const PayeeKey &other) const
    {
        return std::tie(currency, type, id) < std::tie(other.currency, other.type, other.id);
    }
};

struct PayeeFigures
{
    qint64 earnings = 0;
    qint64 sales = 0;
};

/** Everything apply() adds for one transaction. */
struct Contribution
{
    TransactionFacts facts;
    QMap<QString, RevenueFigures> byCurrency;
    QMap<PayeeKey, PayeeFigures> payees;
    QMap<QString, qint64> mrrByCurrency; ///< Clearing debits - credits of a subscription charge.
    QSet<QString> mrrCurrencies;
};

std::optional<Contribution> contributionOf(QSqlDatabase &db, qint64 id)
{
    Query head(db,
               QStringLiteral("SELECT t.kind, t.source_type, t.effective_at, t.subscriber_id, "
                              "t.reverses_id, o.kind, o.source_type, o.effective_at, "
                              "o.subscriber_id FROM ledger_transactions t LEFT JOIN "
                              "ledger_transactions o ON o.id = t.reverses_id WHERE t.id = ?"),
               {id});
    if (!head.next())
        throw Error::notFound(QStringLiteral("no ledger transaction %1").arg(id));
    const bool isReversal = !head.value(4).isNull();
    const QString kind = head.value(isReversal ? 5 : 0).toString();
    const QString sourceType = head.value(isReversal ? 6 : 1).toString();
    Contribution result;
    result.facts.service = RevenueServices::serviceOf(kind, sourceType);
    if (result.facts.service.isEmpty())
        return std::nullopt;
    result.facts.isRefund = kind == kRefund;
    result.facts.effectiveAt = head.value(2).toLongLong();
    result.facts.subscriberId = head.value(isReversal ? 8 : 3).toLongLong();
    result.facts.mrrEffectiveAt = head.value(isReversal ? 7 : 2).toLongLong();
    const bool gmv = RevenueServices::hasGmv(result.facts.service);

    Query entries(db,
                  QStringLiteral("SELECT e.direction, e.amount_minor, e.currency, a.code, "
                                 "a.owner_id FROM ledger_entries e JOIN ledger_accounts a ON "
                                 "a.id = e.account_id WHERE e.ledger_transaction_id = ? "
                                 "ORDER BY e.id"),
                  {id});
    while (entries.next()) {
        const bool debit = entries.value(0).toString() == QLatin1String("debit");
        const qint64 amount = entries.value(1).toLongLong();
        const qint64 signedDebit = debit ? amount : -amount;
        const QString currency = entries.value(2).toString();
        const QString purpose = entries.value(3).toString().section(QLatin1Char('/'), 0, 0);
        RevenueFigures &figures = result.byCurrency[currency];
        if (purpose == QLatin1String("processor_clearing")) {
            if (result.facts.isRefund) {
                figures.refunds -= signedDebit;
                figures.refundCount += debit ? -1 : 1;
            } else {
                figures.gross += signedDebit;
                figures.sales += debit ? 1 : -1;
                if (gmv)
                    figures.gmv += signedDebit;
                if (result.facts.subscriberId != 0) {
                    result.mrrByCurrency[currency] += signedDebit;
                    result.mrrCurrencies.insert(currency);
                }
            }
        } else if (purpose == QLatin1String("platform_revenue")) {
            figures.platform -= signedDebit;
        } else if (purpose == QLatin1String("dao_treasury")) {
            figures.dao -= signedDebit;
        } else if (const QString type = payeeTypeOfPurpose(purpose); !type.isEmpty()) {
            figures.payees -= signedDebit;
            PayeeFigures &payee = result.payees[{currency, type, entries.value(4).toLongLong()}];
            payee.earnings -= signedDebit;
            if (!result.facts.isRefund)
                payee.sales += debit ? -1 : 1;
        }
    }
    return result;
}

void addMovements(QSqlDatabase &db, const QString &currency, const QMap<int, MrrMovement> &delta)
{
    for (auto it = delta.cbegin(); it != delta.cend(); ++it) {
        const MrrMovement &m = it.value();
        if (m.isZero())
            continue;
        Query(db,
              QStringLiteral(
                  "INSERT INTO revenue_mrr_movements (currency, month, new_minor, "
                  "expansion_minor, reactivation_minor, contraction_minor, churn_minor, "
                  "mrr_minor, subscribers) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                  "ON CONFLICT (currency, month) DO UPDATE SET "
                  "new_minor = revenue_mrr_movements.new_minor + excluded.new_minor, "
                  "expansion_minor = revenue_mrr_movements.expansion_minor + "
                  "excluded.expansion_minor, "
                  "reactivation_minor = revenue_mrr_movements.reactivation_minor + "
                  "excluded.reactivation_minor, "
                  "contraction_minor = revenue_mrr_movements.contraction_minor + "
                  "excluded.contraction_minor, "
                  "churn_minor = revenue_mrr_movements.churn_minor + excluded.churn_minor, "
                  "mrr_minor = revenue_mrr_movements.mrr_minor + excluded.mrr_minor, "
                  "subscribers = revenue_mrr_movements.subscribers + excluded.subscribers"),
              {currency, it.key(), m.newMrr, m.expansion, m.reactivation, m.contraction, m.churn,
               m.mrr, m.subscribers});
        Query(db,
              QStringLiteral("DELETE FROM revenue_mrr_movements WHERE currency = ? AND month = ? "
                             "AND new_minor = 0 AND expansion_minor = 0 AND "
                             "reactivation_minor = 0 AND contraction_minor = 0 AND "
                             "churn_minor = 0 AND mrr_minor = 0 AND subscribers = 0"),
              {currency, it.key()});
    }
}

/** Moves one subscriber's MRR of @p month by @p delta and the month movements with it. */
void moveMrr(QSqlDatabase &db, qint64 subscriber, const QString &currency, int month, qint64 delta)
{
    // Takes the subscriber's row lock: two transactions of one subscriber reclassify in turn.
    Query(
        db,
        QStringLiteral("INSERT INTO revenue_mrr_customers (subscriber_id, currency) VALUES (?, ?) "
                       "ON CONFLICT (subscriber_id, currency) DO UPDATE SET "
                       "currency = excluded.currency"),
        {subscriber, currency});
    QMap<int, qint64> before;
    Query months(db,
                 QStringLiteral("SELECT month, mrr_minor FROM revenue_mrr_subscribers WHERE "
                                "subscriber_id = ? AND currency = ?"),
                 {subscriber, currency});
    while (months.next())
        before.insert(months.value(0).toInt(), months.value(1).toLongLong());
    Query(db,
          QStringLiteral("INSERT INTO revenue_mrr_subscribers (subscriber_id, currency, month, "
                         "mrr_minor) VALUES (?, ?, ?, ?) ON CONFLICT (subscriber_id, currency, "
                         "month) DO UPDATE SET mrr_minor = revenue_mrr_subscribers.mrr_minor + "
                         "excluded.mrr_minor"),
          {subscriber, currency, month, delta});
    QMap<int, qint64> after = before;
    after[month] += delta;
    QMap<int, MrrMovement> change = RevenueRollups::classify(after);
    const QMap<int, MrrMovement> old = RevenueRollups::classify(before);
    for (auto it = old.cbegin(); it != old.cend(); ++it)
        change[it.key()] -= it.value();
    addMovements(db, currency, change);
}

} // namespace

qint64 RevenueFigures::takeRateBps() const
{
    if (gmv <= 0)
        return -1;
    return qint64((__int128(gmvPlatform) * 10000 + gmv / 2) / gmv);
}

RevenueFigures &RevenueFigures::operator+=(const RevenueFigures &other)
{
    gross += other.gross;
    refunds += other.refunds;
    gmv += other.gmv;
    platform += other.platform;
    dao += other.dao;
    payees += other.payees;
    sales += other.sales;
    refundCount += other.refundCount;
    gmvPlatform += other.gmvPlatform;
    return *this;
}

bool RevenueFigures::isZero() const
{
    return gross == 0 && refunds == 0 && gmv == 0 && platform == 0 && dao == 0 && payees == 0 &&
           sales == 0 && refundCount == 0;
}

bool MrrMovement::isZero() const
{
    return newMrr == 0 && expansion == 0 && reactivation == 0 && contraction == 0 && churn == 0 &&
           mrr == 0 && subscribers == 0;
}

MrrMovement &MrrMovement::operator+=(const MrrMovement &o)
{
    newMrr += o.newMrr;
    expansion += o.expansion;
    reactivation += o.reactivation;
    contraction += o.contraction;
    churn += o.churn;
    mrr += o.mrr;
    subscribers += o.subscribers;
    return *this;
}

MrrMovement &MrrMovement::operator-=(const MrrMovement &o)
{
    newMrr -= o.newMrr;
    expansion -= o.expansion;
    reactivation -= o.reactivation;
    contraction -= o.contraction;
    churn -= o.churn;
    mrr -= o.mrr;
    subscribers -= o.subscribers;
    return *this;
}

namespace RevenueCalendar {

qint64 dayOf(qint64 ms)
{
    return ms >= 0 ? ms / kDayMs : -((-ms + kDayMs - 1) / kDayMs);
}

QDate dateOfDay(qint64 day)
{
    return QDate(1970, 1, 1).addDays(day);
}

qint64 dayOfDate(QDate date)
{
    return QDate(1970, 1, 1).daysTo(date);
}

int monthOfDay(qint64 day)
{
    const QDate date = dateOfDay(day);
    return date.year() * 12 + date.month() - 1;
}

qint64 firstDayOfMonth(int month)
{
    return dayOfDate(QDate(month / 12, month % 12 + 1, 1));
}

qint64 weekStart(qint64 day)
{
    // 1970-01-01 was a Thursday: Monday-based weekday 3.
    const qint64 weekday = ((day + 3) % 7 + 7) % 7;
    return day - weekday;
}

QString monthName(int month)
{
    return QStringLiteral("%1-%2")
        .arg(month / 12, 4, 10, QLatin1Char('0'))
        .arg(month % 12 + 1, 2, 10, QLatin1Char('0'));
}

} // namespace RevenueCalendar

namespace RevenueServices {

QStringList names()
{
    QStringList result;
    for (const ServiceRule &rule : serviceRules()) {
        // Rides has two rules: fares and tips.
        if (!result.contains(QLatin1String(rule.service)))
            result << QString::fromLatin1(rule.service);
    }
    return result;
}

QString serviceOf(const QString &kind, const QString &sourceType)
{
    for (const ServiceRule &rule : serviceRules()) {
        if (kind == kRefund ? sourceType == QLatin1String(rule.refundSource)
                            : kind == QLatin1String(rule.saleKind))
            return QString::fromLatin1(rule.service);
    }
    return {};
}

bool hasGmv(const QString &service)
{
    return service != QLatin1String("dating");
}

QStringList payeeTypes()
{
    return {QStringLiteral("creator"), QStringLiteral("vendor"), QStringLiteral("driver"),
            QStringLiteral("host"), QStringLiteral("traveler")};
}

} // namespace RevenueServices

QString RevenueRollups::serviceSql(const QString &t, const QString &o)
{
    const QString kind = QStringLiteral("COALESCE(%1.kind, %2.kind)").arg(o, t);
    const QString source = QStringLiteral("COALESCE(%1.source_type, %2.source_type)").arg(o, t);
    QString refund = QStringLiteral("CASE %1").arg(source);
    QString sale = QStringLiteral("CASE %1").arg(kind);
    for (const ServiceRule &rule : serviceRules()) {
        refund += QStringLiteral(" WHEN '%1' THEN '%2'")
                      .arg(QLatin1String(rule.refundSource), QLatin1String(rule.service));
        sale += QStringLiteral(" WHEN '%1' THEN '%2'")
                    .arg(QLatin1String(rule.saleKind), QLatin1String(rule.service));
    }
    return QStringLiteral("(CASE WHEN %1 = 'refund' THEN %2 END ELSE %3 END END)")
        .arg(kind, refund, sale);
}

QMap<QString, RevenueFigures> RevenueRollups::figuresOf(QSqlDatabase &db, qint64 transactionId,
                                                        QString *service)
{
    const std::optional<Contribution> contribution = contributionOf(db, transactionId);
    if (!contribution)
        return {};
    if (service)
        *service = contribution->facts.service;
    QMap<QString, RevenueFigures> result = contribution->byCurrency;
    if (RevenueServices::hasGmv(contribution->facts.service)) {
        for (RevenueFigures &figures : result)
            figures.gmvPlatform = figures.platform;
    }
    return result;
}

QMap<int, MrrMovement> RevenueRollups::classify(const QMap<int, qint64> &mrrByMonth)
{
    QMap<int, MrrMovement> result;
    bool seen = false;
    for (auto it = mrrByMonth.cbegin(); it != mrrByMonth.cend(); ++it) {
        const qint64 mrr = it.value();
        if (mrr <= 0)
            continue;
        const int month = it.key();
        const qint64 previous = std::max<qint64>(0, mrrByMonth.value(month - 1));
        MrrMovement &m = result[month];
        m.mrr += mrr;
        m.subscribers += 1;
        if (previous == 0) {
            (seen ? m.reactivation : m.newMrr) += mrr;
        } else if (mrr > previous) {
            m.expansion += mrr - previous;
        } else if (mrr < previous) {
            m.contraction += mrr - previous;
        }
        if (mrrByMonth.value(month + 1) <= 0)
            result[month + 1].churn -= mrr;
        seen = true;
    }
    return result;
}

void RevenueRollups::apply(QSqlDatabase &db, qint64 transactionId)
{
    const std::optional<Contribution> contribution = contributionOf(db, transactionId);
    if (!contribution)
        return;
    const qint64 day = RevenueCalendar::dayOf(contribution->facts.effectiveAt);
    const int month = RevenueCalendar::monthOfDay(day);
    for (auto it = contribution->byCurrency.cbegin(); it != contribution->byCurrency.cend(); ++it) {
        const RevenueFigures &f = it.value();
        Query(db,
              QStringLiteral(
                  "INSERT INTO revenue_daily (currency, day, service, gross_minor, "
                  "refunds_minor, gmv_minor, platform_minor, dao_minor, payees_minor, sales, "
                  "refund_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                  "ON CONFLICT (currency, day, service) DO UPDATE SET "
                  "gross_minor = revenue_daily.gross_minor + excluded.gross_minor, "
                  "refunds_minor = revenue_daily.refunds_minor + excluded.refunds_minor, "
                  "gmv_minor = revenue_daily.gmv_minor + excluded.gmv_minor, "
                  "platform_minor = revenue_daily.platform_minor + excluded.platform_minor, "
                  "dao_minor = revenue_daily.dao_minor + excluded.dao_minor, "
                  "payees_minor = revenue_daily.payees_minor + excluded.payees_minor, "
                  "sales = revenue_daily.sales + excluded.sales, "
                  "refund_count = revenue_daily.refund_count + excluded.refund_count"),
              {it.key(), day, contribution->facts.service, f.gross, f.refunds, f.gmv, f.platform,
               f.dao, f.payees, f.sales, f.refundCount});
    }
    for (auto it = contribution->payees.cbegin(); it != contribution->payees.cend(); ++it) {
        Query(db,
              QStringLiteral("INSERT INTO revenue_payee_months (currency, month, payee_type, "
                             "payee_id, earnings_minor, entries) VALUES (?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (currency, month, payee_type, payee_id) DO UPDATE SET "
                             "earnings_minor = revenue_payee_months.earnings_minor + "
                             "excluded.earnings_minor, entries = revenue_payee_months.entries + "
                             "excluded.entries"),
              {it.key().currency, month, it.key().type, it.key().id, it->earnings, it->sales});
    }
    if (contribution->facts.subscriberId != 0) {
        const int chargeMonth =
            RevenueCalendar::monthOfDay(RevenueCalendar::dayOf(contribution->facts.mrrEffectiveAt));
        for (const QString &currency : contribution->mrrCurrencies)
            moveMrr(db, contribution->facts.subscriberId, currency, chargeMonth,
                    contribution->mrrByCurrency.value(currency));
    }
}

void RevenueRollups::rebuild(QSqlDatabase &db)
{
    for (const char *table : {"revenue_daily", "revenue_payee_months", "revenue_mrr_subscribers",
                              "revenue_mrr_customers", "revenue_mrr_movements"})
        Query(db, QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)));

    // The calendar covers every day the ledger spans.
    Query span(db, QStringLiteral("SELECT MIN(effective_at), MAX(effective_at) FROM "
                                  "ledger_transactions"));
    if (span.next() && !span.value(0).isNull()) {
        const qint64 first = RevenueCalendar::dayOf(span.value(0).toLongLong());
        const qint64 last = RevenueCalendar::dayOf(span.value(1).toLongLong());
        QSet<qint64> known;
        Query have(db,
                   QStringLiteral("SELECT day FROM revenue_calendar WHERE day >= ? AND "
                                  "day <= ?"),
                   {first, last});
        while (have.next())
            known.insert(have.value(0).toLongLong());
        Query insert(db);
        insert.prepare(QStringLiteral("INSERT INTO revenue_calendar (day, month) VALUES (?, ?)"));
        for (qint64 day = first; day <= last; ++day) {
            if (!known.contains(day))
                insert.exec({day, RevenueCalendar::monthOfDay(day)});
        }
    }

    const QString service = serviceSql(QStringLiteral("t"), QStringLiteral("o"));
    const QString isRefund = QStringLiteral("(COALESCE(o.kind, t.kind) = 'refund')");
    // Every revenue entry with its transaction's service, flow and day.
    const QString facts =
        QStringLiteral("SELECT %1 AS service, %2 AS refund, t.effective_at / %3 AS day, "
                       "COALESCE(o.subscriber_id, t.subscriber_id) AS subscriber, "
                       "COALESCE(o.effective_at, t.effective_at) / %3 AS charge_day, "
                       "e.direction, e.amount_minor, e.currency, a.code, a.owner_id "
                       "FROM ledger_transactions t LEFT JOIN ledger_transactions o ON "
                       "o.id = t.reverses_id JOIN ledger_entries e ON "
                       "e.ledger_transaction_id = t.id JOIN ledger_accounts a ON "
                       "a.id = e.account_id")
            .arg(service, isRefund)
            .arg(RevenueCalendar::kDayMs);
    const QString sd = QStringLiteral("(CASE WHEN f.direction = 'debit' THEN f.amount_minor ELSE "
                                      "-f.amount_minor END)");
    const QString u = QStringLiteral("(CASE WHEN f.direction = 'debit' THEN 1 ELSE -1 END)");
    const QString isClearing = QStringLiteral("f.code LIKE 'processor!_clearing/%' ESCAPE '!'");
    const QString isPayee = QStringLiteral(
        "(f.code LIKE 'creator!_payable/%' ESCAPE '!' OR f.code LIKE 'vendor!_payable/%' "
        "ESCAPE '!' OR f.code LIKE 'driver!_payable/%' ESCAPE '!' OR f.code LIKE "
        "'host!_payable/%' ESCAPE '!' OR f.code LIKE 'traveler!_payable/%' ESCAPE '!')");
    const QString gmvServices = QStringLiteral("f.service <> 'dating'");

    Query(db,
          QStringLiteral(
              "INSERT INTO revenue_daily (currency, day, service, gross_minor, refunds_minor, "
              "gmv_minor, platform_minor, dao_minor, payees_minor, sales, refund_count) "
              "SELECT f.currency, f.day, f.service, "
              "SUM(CASE WHEN %1 AND NOT f.refund THEN %2 ELSE 0 END), "
              "SUM(CASE WHEN %1 AND f.refund THEN -%2 ELSE 0 END), "
              "SUM(CASE WHEN %1 AND NOT f.refund AND %5 THEN %2 ELSE 0 END), "
              "SUM(CASE WHEN f.code LIKE 'platform!_revenue/%' ESCAPE '!' THEN -%2 ELSE 0 END), "
              "SUM(CASE WHEN f.code LIKE 'dao!_treasury/%' ESCAPE '!' THEN -%2 ELSE 0 END), "
              "SUM(CASE WHEN %4 THEN -%2 ELSE 0 END), "
              "SUM(CASE WHEN %1 AND NOT f.refund THEN %3 ELSE 0 END), "
              "SUM(CASE WHEN %1 AND f.refund THEN -%3 ELSE 0 END) "
              "FROM (%6) f WHERE f.service IS NOT NULL GROUP BY f.currency, f.day, f.service")
              .arg(isClearing, sd, u, isPayee, gmvServices, facts));

    Query(db,
          QStringLiteral(
              "INSERT INTO revenue_payee_months (currency, month, payee_type, payee_id, "
              "earnings_minor, entries) "
              "SELECT f.currency, c.month, CASE WHEN f.code LIKE 'creator!_%' ESCAPE '!' THEN "
              "'creator' WHEN f.code LIKE 'vendor!_%' ESCAPE '!' THEN 'vendor' WHEN f.code LIKE "
              "'driver!_%' ESCAPE '!' THEN 'driver' WHEN f.code LIKE 'host!_%' ESCAPE '!' THEN "
              "'host' ELSE 'traveler' END AS payee_type, f.owner_id, SUM(-%1), "
              "SUM(CASE WHEN f.refund THEN 0 ELSE -%2 END) "
              "FROM (%4) f JOIN revenue_calendar c ON c.day = f.day "
              "WHERE f.service IS NOT NULL AND %3 "
              "GROUP BY f.currency, c.month, 3, f.owner_id")
              .arg(sd, u, isPayee, facts));

    Query(db, QStringLiteral("INSERT INTO revenue_mrr_subscribers (subscriber_id, currency, month, "
                             "mrr_minor) SELECT f.subscriber, f.currency, c.month, SUM(%1) "
                             "FROM (%3) f JOIN revenue_calendar c ON c.day = f.charge_day "
                             "WHERE f.service IS NOT NULL AND NOT f.refund AND f.subscriber IS NOT "
                             "NULL AND %2 GROUP BY f.subscriber, f.currency, c.month")
                  .arg(sd, isClearing, facts));
    Query(db, QStringLiteral("INSERT INTO revenue_mrr_customers (subscriber_id, currency) "
                             "SELECT DISTINCT subscriber_id, currency FROM "
                             "revenue_mrr_subscribers"));

    // Movements: each subscriber month with MRR against the month before (new, reactivation,
    // expansion, contraction), and each month with MRR followed by one without (churn).
    const QString s = QStringLiteral(
        "(SELECT subscriber_id, currency, month, mrr_minor FROM revenue_mrr_subscribers "
        "WHERE mrr_minor > 0)");
    const QString rows =
        QStringLiteral(
            "SELECT s.currency, s.month, "
            "CASE WHEN p.mrr_minor IS NULL AND NOT EXISTS (SELECT 1 FROM revenue_mrr_subscribers x "
            "WHERE x.subscriber_id = s.subscriber_id AND x.currency = s.currency AND x.month < "
            "s.month AND x.mrr_minor > 0) THEN s.mrr_minor ELSE 0 END AS new_minor, "
            "CASE WHEN p.mrr_minor IS NOT NULL AND s.mrr_minor > p.mrr_minor THEN s.mrr_minor - "
            "p.mrr_minor ELSE 0 END AS expansion_minor, "
            "CASE WHEN p.mrr_minor IS NULL AND EXISTS (SELECT 1 FROM revenue_mrr_subscribers x "
            "WHERE x.subscriber_id = s.subscriber_id AND x.currency = s.currency AND x.month < "
            "s.month AND x.mrr_minor > 0) THEN s.mrr_minor ELSE 0 END AS reactivation_minor, "
            "CASE WHEN p.mrr_minor IS NOT NULL AND s.mrr_minor < p.mrr_minor THEN s.mrr_minor - "
            "p.mrr_minor ELSE 0 END AS contraction_minor, 0 AS churn_minor, s.mrr_minor, "
            "1 AS subscribers FROM %1 s LEFT JOIN %1 p ON p.subscriber_id = s.subscriber_id AND "
            "p.currency = s.currency AND p.month = s.month - 1 "
            "UNION ALL "
            "SELECT s.currency, s.month + 1, 0, 0, 0, 0, -s.mrr_minor, 0, 0 FROM %1 s LEFT JOIN %1 "
            "n "
            "ON n.subscriber_id = s.subscriber_id AND n.currency = s.currency AND n.month = "
            "s.month + 1 WHERE n.subscriber_id IS NULL")
            .arg(s);
    Query(db, QStringLiteral("INSERT INTO revenue_mrr_movements (currency, month, new_minor, "
                             "expansion_minor, reactivation_minor, contraction_minor, "
                             "churn_minor, mrr_minor, subscribers) SELECT m.currency, m.month, "
                             "SUM(m.new_minor), SUM(m.expansion_minor), "
                             "SUM(m.reactivation_minor), SUM(m.contraction_minor), "
                             "SUM(m.churn_minor), SUM(m.mrr_minor), SUM(m.subscribers) "
                             "FROM (%1) m GROUP BY m.currency, m.month")
                  .arg(rows));
    // Figures that cancelled out are not kept (as apply() drops them).
    Query(db, QStringLiteral("DELETE FROM revenue_mrr_movements WHERE new_minor = 0 AND "
                             "expansion_minor = 0 AND reactivation_minor = 0 AND "
                             "contraction_minor = 0 AND churn_minor = 0 AND mrr_minor = 0 AND "
                             "subscribers = 0"));
}

} // namespace Steward::Finance
