-- Finance: what the double-entry ledger of 008_payments needs besides its tables. Running
-- balances per account (always equal to the sum of the account's entries and pending holds),
-- two-phase holds, and the rule that a transaction is reversed at most once.

-- A transaction is reversed at most once; NULLs (ordinary transactions) do not collide.
CREATE UNIQUE INDEX ledger_transactions_reverses ON ledger_transactions (reverses_id);

-- Running totals of one account. Posted totals move only with ledger_entries; pending totals
-- only with the entries of holds still pending.
CREATE TABLE ledger_balances (
    account_id BIGINT PRIMARY KEY REFERENCES ledger_accounts (id),
    debits_posted BIGINT NOT NULL DEFAULT 0 CHECK (debits_posted >= 0),
    credits_posted BIGINT NOT NULL DEFAULT 0 CHECK (credits_posted >= 0),
    debits_pending BIGINT NOT NULL DEFAULT 0 CHECK (debits_pending >= 0),
    credits_pending BIGINT NOT NULL DEFAULT 0 CHECK (credits_pending >= 0)
);

-- Two-phase holds (escrow): pending until captured (posted as one ledger transaction) or
-- voided, exactly once.
CREATE TABLE ledger_holds (
    id {{pk}},
    kind TEXT NOT NULL,
    description TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'posted', 'voided')),
    source_type TEXT,
    source_id BIGINT,
    transaction_id BIGINT UNIQUE REFERENCES ledger_transactions (id),
    operator_id BIGINT REFERENCES operators (id),
    created_at BIGINT NOT NULL,
    resolved_at BIGINT,
    resolution_reason TEXT
);
CREATE INDEX ledger_holds_state ON ledger_holds (state, created_at, id);

CREATE TABLE ledger_hold_entries (
    id {{pk}},
    hold_id BIGINT NOT NULL REFERENCES ledger_holds (id),
    account_id BIGINT NOT NULL REFERENCES ledger_accounts (id),
    direction TEXT NOT NULL CHECK (direction IN ('debit', 'credit')),
    amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
    currency TEXT NOT NULL
);
CREATE INDEX ledger_hold_entries_hold ON ledger_hold_entries (hold_id, id);
CREATE INDEX ledger_hold_entries_account ON ledger_hold_entries (account_id, id);
