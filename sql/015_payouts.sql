-- Payouts: runs that group payouts under one maker-checker decision, payee holds, member
-- payees, and what a payout run needs on each payout row.

-- payouts.payee_type also accepts 'member' (member programme awards). Neither database can
-- widen a CHECK in place the same way, so the column is swapped: rename, add the new column
-- with the wider CHECK, copy, drop the old one (its CHECK goes with it). This keeps every id and
-- PostgreSQL's identity sequence (a copied table would restart it at 1); no table references
-- payouts (id) and no index covers payee_type. The default only fills existing rows: every
-- insert names the payee type.
ALTER TABLE payouts RENAME COLUMN payee_type TO payee_type_008;
ALTER TABLE payouts ADD COLUMN payee_type TEXT NOT NULL DEFAULT 'creator'
    CHECK (payee_type IN ('creator', 'vendor', 'driver', 'host', 'traveler', 'dao_grant',
                          'member'));
UPDATE payouts SET payee_type = payee_type_008;
ALTER TABLE payouts DROP COLUMN payee_type_008;

-- One payout run: the payees a filter chose, in one currency, decided by one approval.
-- pending -> approving (approved; payouts being posted one by one) -> approved (all posted)
-- -> paying (marked paid; payouts being settled one by one) -> paid; pending -> canceled.
CREATE TABLE payout_runs (
    id {{pk}},
    currency TEXT NOT NULL,
    payee_type TEXT
        CHECK (payee_type IS NULL OR payee_type IN ('creator', 'vendor', 'driver', 'host',
                                                    'traveler', 'dao_grant', 'member')),
    schedule TEXT NOT NULL CHECK (schedule IN ('due', 'weekly', 'monthly')),
    as_of BIGINT NOT NULL,
    min_amount_minor BIGINT NOT NULL DEFAULT 0 CHECK (min_amount_minor >= 0),
    payout_count INTEGER NOT NULL CHECK (payout_count > 0),
    total_minor BIGINT NOT NULL CHECK (total_minor > 0),
    -- The approval threshold in force when the run was created; NULL when none applied.
    threshold_minor BIGINT,
    needs_second_operator BOOLEAN NOT NULL DEFAULT FALSE,
    state TEXT NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'approving', 'approved', 'paying', 'paid', 'canceled')),
    note TEXT,
    created_by BIGINT NOT NULL REFERENCES operators (id),
    created_at BIGINT NOT NULL,
    approved_by BIGINT REFERENCES operators (id),
    approved_at BIGINT,
    paid_by BIGINT REFERENCES operators (id),
    paid_at BIGINT,
    canceled_by BIGINT REFERENCES operators (id),
    canceled_at BIGINT,
    cancel_reason TEXT,
    updated_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX payout_runs_created ON payout_runs (created_at, id);
CREATE INDEX payout_runs_state ON payout_runs (state, created_at, id);

-- What a payout needs besides 008's columns: its run (NULL for payouts made one by one), who
-- prepared it, who made the last decision (paid, failed, returned, rejected), and the bank
-- details a payment file names (NULL: the export uses its documented demo placeholder).
ALTER TABLE payouts ADD COLUMN run_id BIGINT REFERENCES payout_runs (id);
ALTER TABLE payouts ADD COLUMN created_by BIGINT REFERENCES operators (id);
ALTER TABLE payouts ADD COLUMN decided_by BIGINT REFERENCES operators (id);
ALTER TABLE payouts ADD COLUMN decided_at BIGINT;
ALTER TABLE payouts ADD COLUMN destination_iban TEXT;
ALTER TABLE payouts ADD COLUMN destination_bic TEXT;
CREATE INDEX payouts_run ON payouts (run_id, state, id);
CREATE INDEX payouts_payee_type ON payouts (payee_user_id, payee_type, currency, state);

-- Money of one payee's payable that finance keeps from being paid out, with a reason; released
-- once, with a reason.
CREATE TABLE payee_holds (
    id {{pk}},
    payee_user_id BIGINT NOT NULL REFERENCES users (id),
    payee_type TEXT NOT NULL
        CHECK (payee_type IN ('creator', 'vendor', 'driver', 'host', 'traveler', 'member')),
    currency TEXT NOT NULL,
    amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
    reason TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'released')),
    placed_by BIGINT NOT NULL REFERENCES operators (id),
    placed_at BIGINT NOT NULL,
    released_by BIGINT REFERENCES operators (id),
    released_at BIGINT,
    release_reason TEXT,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX payee_holds_payee ON payee_holds (payee_user_id, payee_type, currency, state, id);
CREATE INDEX payee_holds_state ON payee_holds (state, placed_at, id);

-- A run whose total is above this many minor units of its currency needs a second operator:
-- the key "default" applies to currencies without their own entry.
INSERT INTO app_settings (key, value, updated_at) VALUES
    ('payouts.approval_threshold_minor', '{"default": 1000000, "JPY": 150000000}', 0);
