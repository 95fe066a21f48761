-- Steward's own tables: operators, their sessions, the audit chain, the outbox and settings.
-- Portable SQL for SQLite and PostgreSQL: {{pk}} is an auto-numbered BIGINT primary key,
-- times are BIGINT milliseconds since the epoch (UTC), money is BIGINT minor units + currency.

CREATE TABLE operators (
    id {{pk}},
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('support', 'moderator', 'finance', 'admin')),
    password_hash TEXT NOT NULL,
    must_change_password BOOLEAN NOT NULL DEFAULT FALSE,
    totp_secret TEXT,
    totp_last_step BIGINT,
    is_disabled BOOLEAN NOT NULL DEFAULT FALSE,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until BIGINT,
    last_login_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE operator_sessions (
    id {{pk}},
    operator_id BIGINT NOT NULL REFERENCES operators (id),
    token_hash TEXT NOT NULL UNIQUE,
    device TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    revoked_at BIGINT
);
CREATE INDEX operator_sessions_operator ON operator_sessions (operator_id);

CREATE TABLE audit_log (
    id {{pk}},
    seq BIGINT NOT NULL UNIQUE,
    at BIGINT NOT NULL,
    operator_id BIGINT,
    actor TEXT NOT NULL,
    command TEXT NOT NULL,
    target_type TEXT NOT NULL,
    target_id TEXT NOT NULL,
    before_json TEXT NOT NULL,
    after_json TEXT NOT NULL,
    reason TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_log_target ON audit_log (target_type, target_id, seq);
CREATE INDEX audit_log_operator ON audit_log (operator_id, seq);
CREATE INDEX audit_log_command ON audit_log (command, seq);

-- One row: the sequence number and hash of the newest audit entry. Appends lock it.
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY,
    seq BIGINT NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, hash)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE outbox (
    id {{pk}},
    event_type TEXT NOT NULL,
    aggregate_type TEXT NOT NULL,
    aggregate_id TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX outbox_aggregate ON outbox (aggregate_type, aggregate_id, id);

CREATE TABLE processed_events (
    handler TEXT NOT NULL,
    event_id BIGINT NOT NULL REFERENCES outbox (id),
    processed_at BIGINT NOT NULL,
    PRIMARY KEY (handler, event_id)
);

CREATE TABLE outbox_cursors (
    handler TEXT PRIMARY KEY,
    last_event_id BIGINT NOT NULL
);

-- Platform-wide settings shared by every console (policy lists, thresholds, …).
CREATE TABLE app_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
