-- Member programme (home-solutions platform): members pay a monthly subscription, the programme
-- rewards members from a pool in periodic draws, and the longer and better-standing a member,
-- the nearer the front of the queue. Finance reviews and approves every draw before anything is
-- owed (maker-checker). Amounts are minor units with their currency; times are ms UTC.

-- One row per member. standing_rank mirrors standing (good 0, late 1, suspended 2, left 3) so the
-- queue order is one index: standing first, then the longest continuous tenure, then who joined
-- first, then the user id. tenure_months, months_paid, missed_payments and last_payment_at are
-- derived from member_payments (see Members::recomputeMember).
CREATE TABLE members (
    user_id BIGINT PRIMARY KEY REFERENCES users (id),
    joined_at BIGINT NOT NULL,
    standing TEXT NOT NULL DEFAULT 'good'
        CHECK (standing IN ('good', 'late', 'suspended', 'left')),
    standing_rank INTEGER NOT NULL DEFAULT 0 CHECK (standing_rank BETWEEN 0 AND 3),
    monthly_fee_minor BIGINT NOT NULL DEFAULT 0 CHECK (monthly_fee_minor >= 0),
    currency TEXT NOT NULL DEFAULT 'EUR',
    months_paid INTEGER NOT NULL DEFAULT 0 CHECK (months_paid >= 0),
    missed_payments INTEGER NOT NULL DEFAULT 0 CHECK (missed_payments >= 0),
    tenure_months INTEGER NOT NULL DEFAULT 0 CHECK (tenure_months >= 0),
    last_payment_at BIGINT,
    kyc_verified BOOLEAN NOT NULL DEFAULT FALSE,
    awards_count INTEGER NOT NULL DEFAULT 0 CHECK (awards_count >= 0),
    last_award_at BIGINT,
    updated_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX members_queue ON members (standing_rank, tenure_months DESC, joined_at, user_id);

-- The monthly subscription history: one row per member and month ('YYYY-MM'). A month paid after
-- its due date is 'late' (it still counts as paid); a month never paid is 'missed'.
CREATE TABLE member_payments (
    user_id BIGINT NOT NULL REFERENCES members (user_id),
    period TEXT NOT NULL,
    due_at BIGINT NOT NULL,
    paid_at BIGINT,
    status TEXT NOT NULL CHECK (status IN ('paid', 'late', 'missed')),
    amount_minor BIGINT NOT NULL CHECK (amount_minor >= 0),
    currency TEXT NOT NULL,
    PRIMARY KEY (user_id, period)
);

-- A draw: the pool, the number of winners, the eligibility and weighting rules frozen when it was
-- drafted (JSON), the seed every score is derived from, and the maker-checker decision. One
-- drafted or approved draw per period.
CREATE TABLE member_draws (
    id {{pk}},
    period TEXT NOT NULL,
    pool_minor BIGINT NOT NULL CHECK (pool_minor > 0),
    currency TEXT NOT NULL,
    winners INTEGER NOT NULL CHECK (winners > 0),
    rules TEXT NOT NULL,
    seed TEXT NOT NULL,
    seed_generated BOOLEAN NOT NULL DEFAULT FALSE,
    eligible_count INTEGER NOT NULL DEFAULT 0,
    entries_digest TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'drafted' CHECK (state IN ('drafted', 'approved', 'rejected')),
    created_by BIGINT REFERENCES operators (id),
    created_at BIGINT NOT NULL,
    decided_by BIGINT REFERENCES operators (id),
    decided_at BIGINT,
    decision_reason TEXT,
    updated_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX member_draws_period_open ON member_draws (period)
    WHERE state IN ('drafted', 'approved');
CREATE INDEX member_draws_state ON member_draws (state, id);

-- Every member eligible when the draw was drafted, with what the draw was computed from (queue
-- position, tenure, weight) and what it gave (score, rank, won, award).
CREATE TABLE member_draw_entries (
    draw_id BIGINT NOT NULL REFERENCES member_draws (id),
    user_id BIGINT NOT NULL REFERENCES members (user_id),
    queue_position INTEGER NOT NULL,
    tenure_months INTEGER NOT NULL,
    weight INTEGER NOT NULL CHECK (weight > 0),
    score TEXT NOT NULL,
    draw_rank INTEGER NOT NULL,
    won BOOLEAN NOT NULL DEFAULT FALSE,
    award_minor BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (draw_id, user_id)
);
CREATE UNIQUE INDEX member_draw_entries_rank ON member_draw_entries (draw_id, draw_rank);
CREATE INDEX member_draw_entries_user ON member_draw_entries (user_id, draw_id);

-- Eligibility and weighting, frozen into each draw when it is drafted.
INSERT INTO app_settings (key, value, updated_at) VALUES
    ('members.min_tenure_months', '6', 0),
    ('members.require_kyc', 'true', 0),
    ('members.award_cooldown_months', '12', 0),
    ('members.weight_step_months', '6', 0),
    ('members.max_weight', '5', 0);
