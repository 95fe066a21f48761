-- DAO governance, second part: every governance setting frozen on the proposal at creation, a
-- content hash sealing what a proposal pays whom, the timeline of its transitions, distinct
-- execution approvals, and staking reward checkpoints. A proposal's state is still derived
-- from these facts and the clock (see docs/dao.md); nothing here stores a state.

-- Settings frozen per proposal. The voting delay and period are the frozen times themselves
-- (voting_starts_at - created_at, voting_ends_at - voting_starts_at); snapshot_at, timelock_ms,
-- grace_period_ms and threshold_pct (the support rule: for * 100 > (for + against) *
-- threshold_pct, in integers; 50 is "for > against") come from 009. New here:
--   quorum_bps: the quorum in basis points of the tokens staked at the snapshot. NULL on rows
--     from 009 (and rows loaded in 009's shape): their absolute `quorum` stays their rule, so
--     every existing outcome is kept exactly; views show it as a share of the staked tokens;
--   proposal_threshold: the proposer's voting power needed at creation (0 on rows from 009);
--   approvals_required: distinct admins who must approve execution (1 on rows from 009, which
--     recorded one approver).
ALTER TABLE dao_proposals ADD COLUMN quorum_bps BIGINT CHECK (quorum_bps BETWEEN 1 AND 10000);
ALTER TABLE dao_proposals ADD COLUMN proposal_threshold BIGINT NOT NULL DEFAULT 0
    CHECK (proposal_threshold >= 0);
ALTER TABLE dao_proposals ADD COLUMN approvals_required INTEGER NOT NULL DEFAULT 1
    CHECK (approvals_required >= 1);
-- SHA-256 (hex) of the canonical content (type, title, description, proposer, recipient,
-- recipient user, amount, currency). NULL for rows from 009 until sealed (dao.seal).
ALTER TABLE dao_proposals ADD COLUMN content_hash TEXT;
-- The operator who filed the proposal on behalf of its proposer (a platform user); that
-- operator may not approve its execution. NULL for rows from 009.
ALTER TABLE dao_proposals ADD COLUMN created_by BIGINT REFERENCES operators (id);
-- The ledger transaction of the execution (treasury to recipient), NULL before and for
-- proposals that move no money.
ALTER TABLE dao_proposals ADD COLUMN execution_transaction_id BIGINT
    REFERENCES ledger_transactions (id);
-- The execution claim: set by the one conditional UPDATE that wins the proposal for an
-- execution, in the execution's own transaction (released with it when a check refuses).
ALTER TABLE dao_proposals ADD COLUMN execution_claimed_by BIGINT REFERENCES operators (id);

CREATE INDEX dao_proposals_eta ON dao_proposals (eta, id);

-- Every transition a command made, in order: created, queued, execution_approved, executed,
-- canceled, sealed. Clock transitions (voting opens, closes, expiry) are derived from the frozen
-- times and shown alongside; rows from 009 get their created/queued/executed/canceled events.
CREATE TABLE dao_proposal_events (
    id {{pk}},
    proposal_id BIGINT NOT NULL REFERENCES dao_proposals (id),
    event TEXT NOT NULL,
    at BIGINT NOT NULL,
    operator_id BIGINT REFERENCES operators (id),
    detail TEXT
);
CREATE INDEX dao_proposal_events_proposal ON dao_proposal_events (proposal_id, at, id);

INSERT INTO dao_proposal_events (proposal_id, event, at, detail)
    SELECT id, 'created', created_at, NULL FROM dao_proposals;
INSERT INTO dao_proposal_events (proposal_id, event, at, operator_id, detail)
    SELECT id, 'queued', queued_at, NULL, NULL FROM dao_proposals WHERE queued_at IS NOT NULL;
INSERT INTO dao_proposal_events (proposal_id, event, at, operator_id, detail)
    SELECT id, 'executed', executed_at, executed_by, NULL FROM dao_proposals
    WHERE executed_at IS NOT NULL;
INSERT INTO dao_proposal_events (proposal_id, event, at, operator_id, detail)
    SELECT id, 'canceled', canceled_at, canceled_by, cancel_reason FROM dao_proposals
    WHERE canceled_at IS NOT NULL;

-- Distinct admins approving a queued proposal's execution.
CREATE TABLE dao_execution_approvals (
    id {{pk}},
    proposal_id BIGINT NOT NULL REFERENCES dao_proposals (id),
    operator_id BIGINT NOT NULL REFERENCES operators (id),
    approved_at BIGINT NOT NULL,
    note TEXT,
    UNIQUE (proposal_id, operator_id)
);
INSERT INTO dao_execution_approvals (proposal_id, operator_id, approved_at)
    SELECT id, execution_approved_by, COALESCE(executed_at, updated_at) FROM dao_proposals
    WHERE execution_approved_by IS NOT NULL;

-- Staking rewards: 5 % a year, linear per second, accrued into rewards_earned at every status
-- change. rewards_checkpoint_at is the instant accrual continues from, rewards_remainder the
-- numerator left over by the integer division (tokens * 5 * seconds mod 100 * 31536000).
-- NULL checkpoint: never checkpointed; rewards are computed from staked_at (rewards_earned as
-- written by 009's loaders is not used).
ALTER TABLE staking_records ADD COLUMN rewards_checkpoint_at BIGINT;
ALTER TABLE staking_records ADD COLUMN rewards_remainder BIGINT NOT NULL DEFAULT 0
    CHECK (rewards_remainder >= 0);

-- Governance settings new proposals freeze (values are JSON numbers).
INSERT INTO app_settings (key, value, updated_at) VALUES
    ('dao.voting_delay_ms', '86400000', 0),
    ('dao.voting_period_ms', '432000000', 0),
    ('dao.quorum_bps', '400', 0),
    ('dao.support_pct', '50', 0),
    ('dao.timelock_ms', '172800000', 0),
    ('dao.grace_period_ms', '1209600000', 0),
    ('dao.proposal_threshold', '1000', 0),
    ('dao.approvals_required', '2', 0);
