-- DAO governance: proposals, votes, staking and the treasury. A proposal's state (pending,
-- active, defeated, succeeded, queued, expired, executed, canceled) is derived from the
-- times and tallies stored here and the clock; quorum, threshold, timelock and grace period
-- are frozen on the proposal when it is created. Voting power is staked tokens at snapshot_at.

CREATE TABLE dao_proposals (
    id {{pk}},
    proposer_id BIGINT NOT NULL REFERENCES users (id),
    proposal_type TEXT NOT NULL
        CHECK (proposal_type IN ('feature', 'grant', 'budget', 'partnership', 'parameter')),
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    amount_minor BIGINT CHECK (amount_minor >= 0),
    currency TEXT,
    recipient TEXT,
    recipient_user_id BIGINT REFERENCES users (id),
    snapshot_at BIGINT NOT NULL,
    voting_starts_at BIGINT NOT NULL,
    voting_ends_at BIGINT NOT NULL,
    quorum BIGINT NOT NULL CHECK (quorum >= 0),
    threshold_pct INTEGER NOT NULL CHECK (threshold_pct BETWEEN 1 AND 100),
    timelock_ms BIGINT NOT NULL DEFAULT 172800000,
    grace_period_ms BIGINT NOT NULL DEFAULT 1209600000,
    votes_for BIGINT NOT NULL DEFAULT 0,
    votes_against BIGINT NOT NULL DEFAULT 0,
    votes_abstain BIGINT NOT NULL DEFAULT 0,
    queued_at BIGINT,
    eta BIGINT,
    executed_at BIGINT,
    executed_by BIGINT REFERENCES operators (id),
    execution_approved_by BIGINT REFERENCES operators (id),
    canceled_at BIGINT,
    canceled_by BIGINT REFERENCES operators (id),
    cancel_reason TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (snapshot_at <= voting_starts_at),
    CHECK (voting_starts_at < voting_ends_at),
    CHECK ((amount_minor IS NULL) = (currency IS NULL))
);
CREATE INDEX dao_proposals_voting ON dao_proposals (voting_ends_at, id);
CREATE INDEX dao_proposals_created ON dao_proposals (created_at, id);
CREATE INDEX dao_proposals_proposer ON dao_proposals (proposer_id, created_at, id);

CREATE TABLE dao_votes (
    id {{pk}},
    proposal_id BIGINT NOT NULL REFERENCES dao_proposals (id),
    voter_id BIGINT NOT NULL REFERENCES users (id),
    support TEXT NOT NULL CHECK (support IN ('for', 'against', 'abstain')),
    voting_power BIGINT NOT NULL CHECK (voting_power >= 0),
    reason TEXT,
    created_at BIGINT NOT NULL,
    UNIQUE (proposal_id, voter_id)
);
CREATE INDEX dao_votes_voter ON dao_votes (voter_id, created_at, id);

-- tokens and rewards are in the governance token's smallest unit, not money.
CREATE TABLE staking_records (
    id {{pk}},
    user_id BIGINT NOT NULL REFERENCES users (id),
    tokens BIGINT NOT NULL CHECK (tokens > 0),
    staked_at BIGINT NOT NULL,
    unlocks_at BIGINT,
    unstaked_at BIGINT,
    rewards_earned BIGINT NOT NULL DEFAULT 0,
    status TEXT NOT NULL CHECK (status IN ('active', 'locked', 'withdrawn')),
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX staking_records_user ON staking_records (user_id, staked_at, id);
CREATE INDEX staking_records_status ON staking_records (status, staked_at, id);

-- One treasury account per currency, mirroring its ledger account. reserved_minor is money
-- set aside by executions in progress: available = balance - reserved.
CREATE TABLE dao_treasury (
    id {{pk}},
    currency TEXT NOT NULL UNIQUE,
    ledger_account_id BIGINT NOT NULL REFERENCES ledger_accounts (id),
    balance_minor BIGINT NOT NULL DEFAULT 0,
    reserved_minor BIGINT NOT NULL DEFAULT 0 CHECK (reserved_minor >= 0),
    updated_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (reserved_minor <= balance_minor)
);
