-- Revenue analytics: when money moved on the platform (effective time), who pays a recurring
-- subscription, and the rollups the revenue page reads. Rollups are maintained in the same
-- transaction as every ledger write (RevenueRollups::apply) and can be recomputed from the
-- ledger at any time (RevenueRollups::rebuild); both give the same rows.

-- When the money moved (the outbox event's time), not when Steward posted it. A refund or a
-- reversal has its own time.
ALTER TABLE ledger_transactions ADD COLUMN effective_at BIGINT NOT NULL DEFAULT 0;
UPDATE ledger_transactions SET effective_at = posted_at;
CREATE INDEX ledger_transactions_effective ON ledger_transactions (effective_at, id);

-- The user whose recurring subscription a charge is (dating premium or an agent
-- subscription); NULL for every other transaction, refunds and reversals included.
ALTER TABLE ledger_transactions ADD COLUMN subscriber_id BIGINT;

-- Per UTC day (days since 1970-01-01) x service x currency. Amounts in minor units:
-- gross = customer money in, refunds = customer money paid back, gmv = gross of the services
-- that sell a third party's goods (all but dating), platform / dao / payees = what each side
-- kept (refunds already taken back). sales and refund_count count transactions (a reversal
-- counts -1).
CREATE TABLE revenue_daily (
    currency TEXT NOT NULL,
    day BIGINT NOT NULL,
    service TEXT NOT NULL,
    gross_minor BIGINT NOT NULL DEFAULT 0,
    refunds_minor BIGINT NOT NULL DEFAULT 0,
    gmv_minor BIGINT NOT NULL DEFAULT 0,
    platform_minor BIGINT NOT NULL DEFAULT 0,
    dao_minor BIGINT NOT NULL DEFAULT 0,
    payees_minor BIGINT NOT NULL DEFAULT 0,
    sales BIGINT NOT NULL DEFAULT 0,
    refund_count BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (currency, day, service)
);

-- Each payee's earnings (payable credits minus debits of sales and refunds; payouts are not
-- earnings) per calendar month (year * 12 + month - 1).
CREATE TABLE revenue_payee_months (
    currency TEXT NOT NULL,
    month INTEGER NOT NULL,
    payee_type TEXT NOT NULL,
    payee_id BIGINT NOT NULL,
    earnings_minor BIGINT NOT NULL DEFAULT 0,
    entries BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (currency, month, payee_type, payee_id)
);

-- Monthly recurring revenue of each subscriber: the subscription charges of the month, less
-- reversals of them (in the month of the charge).
CREATE TABLE revenue_mrr_subscribers (
    subscriber_id BIGINT NOT NULL,
    currency TEXT NOT NULL,
    month INTEGER NOT NULL,
    mrr_minor BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (subscriber_id, currency, month)
);

-- One row per subscriber and currency: locked while that subscriber's months are reclassified.
CREATE TABLE revenue_mrr_customers (
    subscriber_id BIGINT NOT NULL,
    currency TEXT NOT NULL,
    PRIMARY KEY (subscriber_id, currency)
);

-- MRR movements per month: each subscriber's MRR compared with the month before. Contraction
-- and churn are negative; mrr = last month's mrr + new + expansion + reactivation + contraction
-- + churn. Rows whose figures are all zero are not kept.
CREATE TABLE revenue_mrr_movements (
    currency TEXT NOT NULL,
    month INTEGER NOT NULL,
    new_minor BIGINT NOT NULL DEFAULT 0,
    expansion_minor BIGINT NOT NULL DEFAULT 0,
    reactivation_minor BIGINT NOT NULL DEFAULT 0,
    contraction_minor BIGINT NOT NULL DEFAULT 0,
    churn_minor BIGINT NOT NULL DEFAULT 0,
    mrr_minor BIGINT NOT NULL DEFAULT 0,
    subscribers BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (currency, month)
);

-- Day -> calendar month, for the set-based rebuild (filled by RevenueRollups::rebuild for the
-- days the ledger spans).
CREATE TABLE revenue_calendar (
    day BIGINT PRIMARY KEY,
    month INTEGER NOT NULL
);
