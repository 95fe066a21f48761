-- Payments: every charge or refund of every service, dating subscriptions, user wallets,
-- payouts to creators, vendors, drivers, hosts and travelers, the double-entry ledger and
-- idempotency keys for external effects.

CREATE TABLE transactions (
    id {{pk}},
    user_id BIGINT NOT NULL REFERENCES users (id),
    service TEXT NOT NULL CHECK (service IN ('dating', 'marketplace', 'commerce', 'rides', 'stays',
                                             'ads', 'shipping')),
    kind TEXT NOT NULL CHECK (kind IN ('subscription', 'purchase', 'order', 'ride', 'booking',
                                       'ad_spend', 'parcel', 'tip', 'refund', 'wallet_topup')),
    amount_minor BIGINT NOT NULL,
    currency TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'completed', 'failed', 'refunded')),
    source_type TEXT,
    source_id BIGINT,
    external_ref TEXT,
    failure_reason TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX transactions_user ON transactions (user_id, created_at, id);
CREATE INDEX transactions_service ON transactions (service, created_at, id);
CREATE INDEX transactions_status ON transactions (status, created_at, id);
CREATE INDEX transactions_created ON transactions (created_at, id);
CREATE INDEX transactions_source ON transactions (source_type, source_id);
CREATE INDEX transactions_external_ref ON transactions (external_ref);

-- Dating premium plans.
CREATE TABLE subscriptions (
    id {{pk}},
    user_id BIGINT NOT NULL REFERENCES users (id),
    plan TEXT NOT NULL CHECK (plan IN ('premium', 'premium_plus')),
    price_minor BIGINT NOT NULL,
    currency TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('active', 'past_due', 'canceled', 'expired')),
    auto_renew BOOLEAN NOT NULL DEFAULT TRUE,
    current_period_start_at BIGINT NOT NULL,
    current_period_end_at BIGINT NOT NULL,
    canceled_at BIGINT,
    external_ref TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX subscriptions_user ON subscriptions (user_id, created_at, id);
CREATE INDEX subscriptions_status ON subscriptions (status, current_period_end_at, id);

CREATE TABLE wallets (
    id {{pk}},
    user_id BIGINT NOT NULL REFERENCES users (id),
    currency TEXT NOT NULL,
    balance_minor BIGINT NOT NULL DEFAULT 0,
    held_minor BIGINT NOT NULL DEFAULT 0 CHECK (held_minor >= 0),
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'frozen', 'closed')),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (user_id, currency)
);
CREATE INDEX wallets_status ON wallets (status, id);

CREATE TABLE payouts (
    id {{pk}},
    payee_user_id BIGINT NOT NULL REFERENCES users (id),
    payee_type TEXT NOT NULL
        CHECK (payee_type IN ('creator', 'vendor', 'driver', 'host', 'traveler', 'dao_grant')),
    amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
    currency TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'approved', 'rejected', 'paid', 'failed', 'returned')),
    method TEXT NOT NULL CHECK (method IN ('bank_transfer', 'card', 'wallet')),
    destination_masked TEXT,
    period_start_at BIGINT,
    period_end_at BIGINT,
    due_at BIGINT NOT NULL,
    approved_by BIGINT REFERENCES operators (id),
    approved_at BIGINT,
    paid_at BIGINT,
    failure_reason TEXT,
    external_ref TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX payouts_state_due ON payouts (state, due_at, id);
CREATE INDEX payouts_state ON payouts (state, created_at, id);
CREATE INDEX payouts_payee ON payouts (payee_user_id, created_at, id);

-- Ledger: balances are sums of entries; posted rows never change (corrections reverse).
CREATE TABLE ledger_accounts (
    id {{pk}},
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('asset', 'liability', 'equity', 'revenue', 'expense')),
    owner_type TEXT NOT NULL CHECK (owner_type IN ('platform', 'dao', 'user')),
    owner_id BIGINT,
    currency TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX ledger_accounts_owner ON ledger_accounts (owner_type, owner_id, id);

CREATE TABLE ledger_transactions (
    id {{pk}},
    kind TEXT NOT NULL,
    description TEXT NOT NULL,
    idempotency_key TEXT UNIQUE,
    source_type TEXT,
    source_id BIGINT,
    reverses_id BIGINT REFERENCES ledger_transactions (id),
    operator_id BIGINT REFERENCES operators (id),
    posted_at BIGINT NOT NULL
);
CREATE INDEX ledger_transactions_posted ON ledger_transactions (posted_at, id);
CREATE INDEX ledger_transactions_source ON ledger_transactions (source_type, source_id);

-- Debits and credits of one ledger transaction balance per currency.
CREATE TABLE ledger_entries (
    id {{pk}},
    ledger_transaction_id BIGINT NOT NULL REFERENCES ledger_transactions (id),
    account_id BIGINT NOT NULL REFERENCES ledger_accounts (id),
    direction TEXT NOT NULL CHECK (direction IN ('debit', 'credit')),
    amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
    currency TEXT NOT NULL
);
CREATE INDEX ledger_entries_transaction ON ledger_entries (ledger_transaction_id, id);
CREATE INDEX ledger_entries_account ON ledger_entries (account_id, id);

-- A replayed request with the same scope and key returns the stored first result.
CREATE TABLE idempotency_keys (
    scope TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('in_progress', 'completed', 'failed')),
    response_json TEXT,
    created_at BIGINT NOT NULL,
    completed_at BIGINT,
    expires_at BIGINT NOT NULL,
    PRIMARY KEY (scope, idempotency_key)
);
CREATE INDEX idempotency_keys_expiry ON idempotency_keys (expires_at);
