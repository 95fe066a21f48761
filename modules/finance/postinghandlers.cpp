#include "postinghandlers.h"

#include "clock.h"
#include "errors.h"
#include "ledger.h"
#include "postingrules.h"
#include "query.h"
#include "servicelayer.h"

#include <QJsonValue>
#include <QMap>

namespace Steward::Finance {

namespace {

qint64 integer(const OutboxEvent &event, const char *field)
{
    const QJsonValue value = event.payload.value(QLatin1String(field));
    if (!value.isDouble() || value.toDouble() != double(value.toInteger()))
        throw Error::badInput(QStringLiteral("event %1 (%2) needs an integer %3")
                                  .arg(event.id)
                                  .arg(event.type, QLatin1String(field)));
    return value.toInteger();
}

/** An optional integer field; 0 when absent. */
qint64 optionalInteger(const OutboxEvent &event, const char *field)
{
    if (!event.payload.contains(QLatin1String(field)))
        return 0;
    return integer(event, field);
}

QString text(const OutboxEvent &event, const char *field)
{
    const QString value = event.payload.value(QLatin1String(field)).toString();
    if (value.isEmpty())
        throw Error::badInput(QStringLiteral("event %1 (%2) needs %3")
                                  .arg(event.id)
                                  .arg(event.type, QLatin1String(field)));
    return value;
}

QString currencyOf(const OutboxEvent &event)
{
    const QString currency = text(event, "currency");
    if (!Ledger::isKnownCurrency(currency))
        throw Error::badInput(
            QStringLiteral("event %1 names an unknown currency %2").arg(event.id).arg(currency));
    return currency;
}

/** Money in at the processor, out to the legs: debit clearing, credit each leg. */
PostRequest saleRequest(Ledger &ledger, const OutboxEvent &event, const QString &kind,
                        const QString &description, const QString &sourceType, qint64 sourceId,
                        const QString &currency, const QList<Leg> &legs)
{
    PostRequest request;
    request.kind = kind;
    request.description = description;
    request.idempotencyKey = QStringLiteral("%1:%2").arg(sourceType).arg(sourceId);
    request.sourceType = sourceType;
    request.sourceId = sourceId;
    request.effectiveAt = event.createdAt;
    const qint64 amount = PostingRules::total(legs);
    request.postings << Posting{ledger.account(Purpose::ProcessorClearing, 0, currency).id,
                                Direction::Debit, Money(amount, currency)};
    for (const Leg &leg : legs)
        request.postings << Posting{ledger.account(leg.purpose, leg.ownerId, currency).id,
                                    Direction::Credit, Money(leg.amount, currency)};
    return request;
}

using Rule = std::function<void(QSqlDatabase &, Ledger &, const OutboxEvent &)>;

EventHandler handler(const Clock &clock, const QString &name, const QString &eventType, Rule rule)
{
    return {name, {eventType}, [&clock, rule](QSqlDatabase &db, const OutboxEvent &event) {
                Ledger ledger(db, clock.now());
                rule(db, ledger, event);
            }};
}

/** The original (non-refund) transaction of a source; throws when it was never posted. */
Transaction originalOf(QSqlDatabase &db, Ledger &ledger, const QString &sourceType, qint64 sourceId)
{
    Query query(db,
                QStringLiteral("SELECT id FROM ledger_transactions WHERE source_type = ? AND "
                               "source_id = ? AND kind <> 'refund' AND reverses_id IS NULL "
                               "ORDER BY id LIMIT 1"),
                {sourceType, sourceId});
    if (!query.next())
        throw Error::notFound(
            QStringLiteral("nothing was posted for %1 %2 to refund").arg(sourceType).arg(sourceId));
    return ledger.transaction(query.value(0).toLongLong());
}

void postRefund(QSqlDatabase &db, Ledger &ledger, const OutboxEvent &event)
{
    const qint64 refundId = integer(event, "refund_id");
    const QString sourceType = text(event, "source_type");
    const qint64 sourceId = integer(event, "source_id");
    const qint64 amount = integer(event, "amount_minor");
    const QString currency = currencyOf(event);
    const QString key = QStringLiteral("refund:%1").arg(refundId);

    const Transaction original = originalOf(db, ledger, sourceType, sourceId);
    // What earlier refunds of this source already took back from each credited account.
    QMap<qint64, qint64> refunded;
    Query earlier(db,
                  QStringLiteral("SELECT e.account_id, SUM(e.amount_minor) FROM ledger_entries e "
                                 "JOIN ledger_transactions t ON t.id = e.ledger_transaction_id "
                                 "WHERE t.kind = 'refund' AND t.source_type = ? AND "
                                 "t.source_id = ? AND e.direction = 'debit' AND "
                                 "(t.idempotency_key IS NULL OR t.idempotency_key <> ?) "
                                 "GROUP BY e.account_id"),
                  {sourceType, sourceId, key});
    while (earlier.next())
        refunded[earlier.value(0).toLongLong()] = earlier.value(1).toLongLong();

    QList<Leg> remaining;
    qint64 clearing = 0;
    for (const Posting &posting : original.postings) {
        if (posting.amount.currency() != currency)
            throw Error::badInput(QStringLiteral("refund %1 is in %2 but %3 %4 was paid in %5")
                                      .arg(refundId)
                                      .arg(currency, sourceType)
                                      .arg(sourceId)
                                      .arg(posting.amount.currency()));
        if (posting.direction == Direction::Debit) {
            clearing = posting.accountId;
            continue;
        }
        const Account account = ledger.accountById(posting.accountId);
        const std::optional<Purpose> purpose =
            purposeFromName(account.code.section(QLatin1Char('/'), 0, 0));
        if (!purpose)
            throw Error::internal(
                QStringLiteral("account %1 has no known purpose").arg(account.code));
        remaining << Leg{*purpose, account.ownerId,
                         posting.amount.minorUnits() - refunded.value(posting.accountId)};
    }
    QList<Leg> legs;
    try {
        legs = PostingRules::refundSplit(amount, remaining);
    } catch (const Error &error) {
        throw Error::badInput(QStringLiteral("refund %1 of %2 %3: %4")
                                  .arg(refundId)
                                  .arg(sourceType)
                                  .arg(sourceId)
                                  .arg(error.message()));
    }

    PostRequest request;
    request.kind = QStringLiteral("refund");
    request.description =
        QStringLiteral("Refund %1 of %2 %3").arg(refundId).arg(sourceType).arg(sourceId);
    request.idempotencyKey = key;
    request.sourceType = sourceType;
    request.sourceId = sourceId;
    request.effectiveAt = event.createdAt;
    for (const Leg &leg : legs)
        request.postings << Posting{ledger.account(leg.purpose, leg.ownerId, currency).id,
                                    Direction::Debit, Money(leg.amount, currency)};
    request.postings << Posting{clearing, Direction::Credit, Money(amount, currency)};
    ledger.post(request);
}

std::optional<qint64> holdFor(QSqlDatabase &db, qint64 parcelId)
{
    Query query(db, QStringLiteral("SELECT id FROM ledger_holds WHERE idempotency_key = ?"),
                {QStringLiteral("parcel:%1").arg(parcelId)});
    if (!query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

} // namespace

QList<EventHandler> postingHandlers(const Clock &clock)
{
    QList<EventHandler> result;
    result << handler(
        clock, QStringLiteral("finance.post_payment"), QStringLiteral("payment:completed"),
        [](QSqlDatabase &db, Ledger &ledger, const OutboxEvent &event) {
            // Sales, orders, rides, bookings, ads and parcels post through their
            // own events; a payment without a payee is the platform's.
            if (event.payload.value(QLatin1String("kind")).toString() !=
                QLatin1String("subscription"))
                return;
            const qint64 id = integer(event, "transaction_id");
            PostRequest request = saleRequest(
                ledger, event, QStringLiteral("subscription"),
                QStringLiteral("Subscription payment %1").arg(id), QStringLiteral("payment"), id,
                currencyOf(event), PostingRules::platformPayment(integer(event, "amount_minor")));
            // The subscriber counts in MRR: the event's user_id, else the payment's user.
            request.subscriberId = optionalInteger(event, "user_id");
            if (request.subscriberId == 0)
                request.subscriberId =
                    Query::scalar(
                        db, QStringLiteral("SELECT user_id FROM transactions WHERE id = ?"), {id})
                        .toLongLong();
            ledger.post(request);
        });
    result << handler(
        clock, QStringLiteral("finance.post_agent_sale"), QStringLiteral("agent:sold"),
        [](QSqlDatabase &db, Ledger &ledger, const OutboxEvent &event) {
            const qint64 id = integer(event, "sale_id");
            PostRequest request =
                saleRequest(ledger, event, QStringLiteral("agent_sale"),
                            QStringLiteral("Agent sale %1").arg(id), QStringLiteral("agent_sale"),
                            id, currencyOf(event),
                            PostingRules::agentSale(integer(event, "amount_minor"),
                                                    integer(event, "creator_user_id")));
            // An agent subscription (or its renewal) counts in MRR for its buyer: the event's
            // kind and buyer_user_id, else the marketplace transaction's.
            QString kind = event.payload.value(QLatin1String("kind")).toString();
            qint64 buyer = optionalInteger(event, "buyer_user_id");
            if (kind.isEmpty()) {
                Query sale(db,
                           QStringLiteral("SELECT kind, buyer_id FROM marketplace_transactions "
                                          "WHERE id = ?"),
                           {id});
                if (sale.next()) {
                    kind = sale.value(0).toString();
                    buyer = buyer != 0 ? buyer : sale.value(1).toLongLong();
                }
            }
            if (kind == QLatin1String("subscription") || kind == QLatin1String("renewal"))
                request.subscriberId = buyer;
            ledger.post(request);
        });
    result << handler(
        clock, QStringLiteral("finance.post_order"), QStringLiteral("order:paid"),
        [](QSqlDatabase &, Ledger &ledger, const OutboxEvent &event) {
            const qint64 id = integer(event, "order_id");
            ledger.post(saleRequest(ledger, event, QStringLiteral("order"),
                                    QStringLiteral("Order %1").arg(id), QStringLiteral("order"), id,
                                    currencyOf(event),
                                    PostingRules::vendorOrder(integer(event, "total_minor"),
                                                              integer(event, "vendor_user_id"),
                                                              integer(event, "commission_bps"))));
        });
    result << handler(
        clock, QStringLiteral("finance.post_ride"), QStringLiteral("ride:completed"),
        [](QSqlDatabase &, Ledger &ledger, const OutboxEvent &event) {
            const qint64 id = integer(event, "ride_id");
            ledger.post(saleRequest(
                ledger, event, QStringLiteral("ride"), QStringLiteral("Ride %1").arg(id),
                QStringLiteral("ride"), id, currencyOf(event),
                PostingRules::ride(integer(event, "fare_minor"), integer(event, "driver_user_id"),
                                   integer(event, "driver_earnings_minor"))));
        });
    result << handler(
        clock, QStringLiteral("finance.post_booking"), QStringLiteral("booking:confirmed"),
        [](QSqlDatabase &, Ledger &ledger, const OutboxEvent &event) {
            const qint64 id = integer(event, "booking_id");
            ledger.post(saleRequest(
                ledger, event, QStringLiteral("booking"), QStringLiteral("Booking %1").arg(id),
                QStringLiteral("booking"), id, currencyOf(event),
                PostingRules::booking(integer(event, "total_minor"), integer(event, "host_user_id"),
                                      integer(event, "host_payout_minor"))));
        });
    result << handler(
        clock, QStringLiteral("finance.post_ad_charge"), QStringLiteral("ads:charged"),
        [](QSqlDatabase &, Ledger &ledger, const OutboxEvent &event) {
            const qint64 id = integer(event, "charge_id");
            ledger.post(saleRequest(ledger, event, QStringLiteral("ad_spend"),
                                    QStringLiteral("Ad charge %1").arg(id),
                                    QStringLiteral("ad_charge"), id, currencyOf(event),
                                    PostingRules::adSpend(integer(event, "amount_minor"),
                                                          integer(event, "publisher_user_id"))));
        });
    result << handler(
        clock, QStringLiteral("finance.hold_parcel"), QStringLiteral("parcel:paid"),
        [](QSqlDatabase &, Ledger &ledger, const OutboxEvent &event) {
            const qint64 id = integer(event, "parcel_id");
            ledger.hold(saleRequest(ledger, event, QStringLiteral("parcel"),
                                    QStringLiteral("Parcel %1 fee in escrow").arg(id),
                                    QStringLiteral("parcel"), id, currencyOf(event),
                                    PostingRules::parcel(integer(event, "fee_minor"),
                                                         integer(event, "traveler_user_id"),
                                                         integer(event, "traveler_payout_minor"))));
        });
    result << EventHandler{
        QStringLiteral("finance.resolve_parcel"),
        {QStringLiteral("parcel:delivered"), QStringLiteral("parcel:canceled")},
        [&clock](QSqlDatabase &db, const OutboxEvent &event) {
            Ledger ledger(db, clock.now());
            const qint64 id = integer(event, "parcel_id");
            const std::optional<qint64> hold = holdFor(db, id);
            if (!hold)
                throw Error::notFound(QStringLiteral("parcel %1 has no fee in escrow").arg(id));
            if (event.type == QLatin1String("parcel:delivered"))
                ledger.capture(*hold, QStringLiteral("parcel:%1:delivered").arg(id),
                               event.createdAt);
            else
                ledger.voidHold(*hold,
                                event.payload.value(QLatin1String("reason"))
                                    .toString(QStringLiteral("parcel canceled")),
                                QStringLiteral("parcel:%1:canceled").arg(id));
        }};
    result << EventHandler{QStringLiteral("finance.post_refund"),
                           {QStringLiteral("payment:refund")},
                           [&clock](QSqlDatabase &db, const OutboxEvent &event) {
                               Ledger ledger(db, clock.now());
                               postRefund(db, ledger, event);
                           }};
    return result;
}

void registerPostingHandlers(ServiceLayer &services)
{
    for (EventHandler &handler : postingHandlers(services.clock()))
        services.events().addHandler(std::move(handler));
}

} // namespace Steward::Finance
