-- AI-agent marketplace: creators' agents, subscriptions to them, each sale with its
-- 45 % creator / 50 % platform / 5 % DAO split, and per-creator payout balances.

CREATE TABLE agents (
    id {{pk}},
    creator_id BIGINT NOT NULL REFERENCES users (id),
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    category TEXT NOT NULL CHECK (category IN ('chatbot', 'automation', 'integration',
                                               'analytics', 'content', 'productivity')),
    pricing TEXT NOT NULL DEFAULT 'monthly' CHECK (pricing IN ('one_time', 'monthly')),
    price_minor BIGINT NOT NULL CHECK (price_minor >= 0),
    currency TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending_review'
        CHECK (status IN ('draft', 'pending_review', 'listed', 'suspended', 'delisted')),
    monthly_active_users INTEGER NOT NULL DEFAULT 0,
    rating_sum INTEGER NOT NULL DEFAULT 0,
    rating_count INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX agents_creator ON agents (creator_id, created_at, id);
CREATE INDEX agents_status ON agents (status, created_at, id);
CREATE INDEX agents_category ON agents (category, status, id);

CREATE TABLE agent_subscriptions (
    id {{pk}},
    user_id BIGINT NOT NULL REFERENCES users (id),
    agent_id BIGINT NOT NULL REFERENCES agents (id),
    status TEXT NOT NULL CHECK (status IN ('active', 'past_due', 'canceled', 'expired')),
    price_minor BIGINT NOT NULL,
    currency TEXT NOT NULL,
    auto_renew BOOLEAN NOT NULL DEFAULT TRUE,
    current_period_start_at BIGINT NOT NULL,
    current_period_end_at BIGINT NOT NULL,
    canceled_at BIGINT,
    external_ref TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX agent_subscriptions_user ON agent_subscriptions (user_id, created_at, id);
CREATE INDEX agent_subscriptions_agent ON agent_subscriptions (agent_id, status, id);
CREATE INDEX agent_subscriptions_renewal
    ON agent_subscriptions (status, current_period_end_at, id);

-- The three cuts always add up to the amount (largest-remainder split).
CREATE TABLE marketplace_transactions (
    id {{pk}},
    seller_id BIGINT NOT NULL REFERENCES users (id),
    buyer_id BIGINT NOT NULL REFERENCES users (id),
    agent_id BIGINT NOT NULL REFERENCES agents (id),
    subscription_id BIGINT REFERENCES agent_subscriptions (id),
    kind TEXT NOT NULL CHECK (kind IN ('purchase', 'subscription', 'renewal')),
    amount_minor BIGINT NOT NULL,
    seller_cut_minor BIGINT NOT NULL,
    platform_cut_minor BIGINT NOT NULL,
    dao_cut_minor BIGINT NOT NULL,
    currency TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'completed', 'failed', 'refunded')),
    payment_transaction_id BIGINT,
    created_at BIGINT NOT NULL,
    CHECK (seller_cut_minor + platform_cut_minor + dao_cut_minor = amount_minor)
);
CREATE INDEX marketplace_transactions_seller
    ON marketplace_transactions (seller_id, created_at, id);
CREATE INDEX marketplace_transactions_buyer ON marketplace_transactions (buyer_id, created_at, id);
CREATE INDEX marketplace_transactions_agent ON marketplace_transactions (agent_id, created_at, id);
CREATE INDEX marketplace_transactions_status
    ON marketplace_transactions (status, created_at, id);
CREATE INDEX marketplace_transactions_created ON marketplace_transactions (created_at, id);

-- Running balance per creator; payouts themselves are rows of the payouts table.
CREATE TABLE creator_payouts (
    id {{pk}},
    creator_id BIGINT NOT NULL UNIQUE REFERENCES users (id),
    currency TEXT NOT NULL,
    total_earned_minor BIGINT NOT NULL DEFAULT 0,
    total_paid_minor BIGINT NOT NULL DEFAULT 0,
    pending_minor BIGINT NOT NULL DEFAULT 0,
    last_payout_at BIGINT,
    next_payout_at BIGINT,
    updated_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX creator_payouts_next ON creator_payouts (next_payout_at, id);
