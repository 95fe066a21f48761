-- Platform identity: users and their roles across services, cross-service profiles, age
-- verification and terms-of-service acceptance, and the dating app's own tables.
-- Emails and name keys are stored lower-case, in a bytewise collation, so a prefix search is an
-- index range (col >= prefix AND col < prefix || U+FFFF) on both SQLite and PostgreSQL.

CREATE TABLE users (
    id {{pk}},
    email TEXT {{bytewise}} NOT NULL UNIQUE,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    name_key TEXT {{bytewise}} NOT NULL,
    last_name_key TEXT {{bytewise}} NOT NULL,
    phone_hash TEXT,
    country TEXT NOT NULL,
    city TEXT NOT NULL,
    email_verified BOOLEAN NOT NULL DEFAULT FALSE,
    age_verified BOOLEAN NOT NULL DEFAULT FALSE,
    tos_accepted BOOLEAN NOT NULL DEFAULT FALSE,
    marketplace_verified BOOLEAN NOT NULL DEFAULT FALSE,
    status TEXT NOT NULL DEFAULT 'active'
        CHECK (status IN ('active', 'suspended', 'banned', 'deleted')),
    status_reason TEXT,
    suspended_until BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX users_name_key ON users (name_key, id);
CREATE INDEX users_last_name_key ON users (last_name_key, id);
CREATE INDEX users_status ON users (status, name_key, id);
CREATE INDEX users_created ON users (created_at, id);
CREATE INDEX users_phone_hash ON users (phone_hash);

CREATE TABLE user_roles (
    user_id BIGINT NOT NULL REFERENCES users (id),
    role TEXT NOT NULL CHECK (role IN ('dater', 'creator', 'buyer', 'vendor', 'driver', 'host',
                                       'advertiser', 'traveler', 'sender', 'dao_member')),
    status TEXT NOT NULL DEFAULT 'active'
        CHECK (status IN ('active', 'pending', 'locked', 'revoked')),
    since_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, role)
);
CREATE INDEX user_roles_role ON user_roles (role, status, user_id);

-- Cross-service public profile (one per user).
CREATE TABLE user_profiles (
    id {{pk}},
    user_id BIGINT NOT NULL UNIQUE REFERENCES users (id),
    display_name TEXT NOT NULL,
    avatar_url TEXT,
    bio TEXT,
    marketplace_description TEXT,
    locale TEXT NOT NULL DEFAULT 'en',
    time_zone TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- Audit trail of age checks; the birthdate is AES-256-GCM encrypted.
CREATE TABLE age_verifications (
    id {{pk}},
    user_id BIGINT NOT NULL REFERENCES users (id),
    method TEXT NOT NULL CHECK (method IN ('birthdate', 'phone', 'id_document', 'kyc')),
    birthdate_encrypted {{blob}},
    result TEXT NOT NULL CHECK (result IN ('verified', 'rejected', 'underage')),
    verified_at BIGINT,
    created_at BIGINT NOT NULL
);
CREATE INDEX age_verifications_user ON age_verifications (user_id, created_at, id);

-- Append-only: a new row for every terms version a user accepts.
CREATE TABLE tos_acceptances (
    id {{pk}},
    user_id BIGINT NOT NULL REFERENCES users (id),
    tos_version TEXT NOT NULL,
    accepted_at BIGINT NOT NULL,
    ip_address TEXT,
    user_agent TEXT
);
CREATE INDEX tos_acceptances_user ON tos_acceptances (user_id, accepted_at, id);
CREATE INDEX tos_acceptances_version ON tos_acceptances (tos_version, accepted_at, id);

-- Dating

CREATE TABLE profiles (
    id {{pk}},
    user_id BIGINT NOT NULL UNIQUE REFERENCES users (id),
    gender TEXT NOT NULL CHECK (gender IN ('woman', 'man', 'nonbinary', 'other')),
    preferred_genders TEXT NOT NULL,
    bio TEXT,
    interests_json TEXT NOT NULL DEFAULT '[]',
    city TEXT NOT NULL,
    country TEXT NOT NULL,
    lat_e6 BIGINT,
    lon_e6 BIGINT,
    is_visible BOOLEAN NOT NULL DEFAULT TRUE,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX profiles_city ON profiles (country, city, id);

CREATE TABLE photos (
    id {{pk}},
    user_id BIGINT NOT NULL REFERENCES users (id),
    storage_key TEXT NOT NULL,
    is_primary BOOLEAN NOT NULL DEFAULT FALSE,
    sort_order INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'approved'
        CHECK (status IN ('pending', 'approved', 'rejected', 'removed')),
    uploaded_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX photos_user ON photos (user_id, sort_order, id);
CREATE INDEX photos_status ON photos (status, uploaded_at, id);

-- A match pairs two users once: user_a_id is always the smaller id.
CREATE TABLE matches (
    id {{pk}},
    user_a_id BIGINT NOT NULL REFERENCES users (id),
    user_b_id BIGINT NOT NULL REFERENCES users (id),
    status TEXT NOT NULL DEFAULT 'active'
        CHECK (status IN ('active', 'archived', 'unmatched', 'blocked')),
    matched_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CHECK (user_a_id < user_b_id),
    UNIQUE (user_a_id, user_b_id)
);
CREATE INDEX matches_user_b ON matches (user_b_id, matched_at, id);
CREATE INDEX matches_matched ON matches (matched_at, id);

CREATE TABLE messages (
    id {{pk}},
    match_id BIGINT NOT NULL REFERENCES matches (id),
    sender_id BIGINT NOT NULL REFERENCES users (id),
    body TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'sent' CHECK (status IN ('sent', 'read', 'removed')),
    read_at BIGINT,
    removed_at BIGINT,
    created_at BIGINT NOT NULL
);
CREATE INDEX messages_match ON messages (match_id, created_at, id);
CREATE INDEX messages_sender ON messages (sender_id, created_at, id);

CREATE TABLE likes (
    id {{pk}},
    from_user_id BIGINT NOT NULL REFERENCES users (id),
    to_user_id BIGINT NOT NULL REFERENCES users (id),
    kind TEXT NOT NULL DEFAULT 'like' CHECK (kind IN ('like', 'super_like', 'pass')),
    created_at BIGINT NOT NULL,
    CHECK (from_user_id <> to_user_id),
    UNIQUE (from_user_id, to_user_id)
);
CREATE INDEX likes_to ON likes (to_user_id, created_at, id);
