-- One history for SQLite and PostgreSQL. Portable SQL only; the one difference (auto ids) is
-- the ${id_pk} placeholder. Instants are epoch seconds (or millis where named *_ms) in BIGINT,
-- booleans are INTEGER 0/1, UUIDs and JSON are TEXT, so both databases behave the same.

CREATE TABLE organizations (
    id ${id_pk},
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('AGENCY', 'FREELANCER', 'CLIENT')),
    created_at BIGINT NOT NULL
);

CREATE TABLE users (
    id ${id_pk},
    email TEXT NOT NULL,
    -- email lower-cased in Java (Locale.ROOT), so uniqueness is case-insensitive on both databases
    email_norm TEXT NOT NULL,
    name TEXT NOT NULL,
    zone TEXT NOT NULL,
    password_hash TEXT,
    created_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX users_email_norm ON users (email_norm);

CREATE TABLE memberships (
    org_id BIGINT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('OWNER', 'MANAGER', 'FREELANCER', 'CLIENT')),
    PRIMARY KEY (org_id, user_id)
);
CREATE INDEX memberships_user ON memberships (user_id);

CREATE TABLE contracts (
    id ${id_pk},
    client_org_id BIGINT NOT NULL REFERENCES organizations (id),
    freelancer_id BIGINT NOT NULL REFERENCES users (id),
    agency_org_id BIGINT REFERENCES organizations (id),
    title TEXT NOT NULL,
    rate_minor BIGINT NOT NULL,
    currency TEXT NOT NULL,
    weekly_limit_hours INTEGER,
    manual_time_allowed INTEGER NOT NULL,
    -- JSON array of strings
    activity_labels TEXT NOT NULL,
    screenshot_policy TEXT NOT NULL CHECK (screenshot_policy IN ('NORMAL', 'BLURRED', 'NONE')),
    idle_minutes INTEGER NOT NULL,
    zone TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('ACTIVE', 'PAUSED', 'CLOSED')),
    rounding TEXT NOT NULL CHECK (rounding IN ('SEGMENT', 'EXACT'))
);
CREATE INDEX contracts_freelancer ON contracts (freelancer_id);
CREATE INDEX contracts_client_org ON contracts (client_org_id);
CREATE INDEX contracts_agency_org ON contracts (agency_org_id);

CREATE TABLE segments (
    id TEXT PRIMARY KEY,
    contract_id BIGINT NOT NULL REFERENCES contracts (id),
    freelancer_id BIGINT NOT NULL REFERENCES users (id),
    start_utc BIGINT NOT NULL,
    tracked_seconds INTEGER NOT NULL CHECK (tracked_seconds BETWEEN 0 AND 600),
    -- per-minute counts "keys.clicks.scrolls.moves" joined by ","; compact and portable
    minutes TEXT NOT NULL,
    memo TEXT NOT NULL,
    label TEXT,
    source TEXT NOT NULL CHECK (source IN ('TRACKED', 'MANUAL')),
    shot_sha256 TEXT,
    shot_thumb_sha256 TEXT,
    shot_media_type TEXT,
    shot_width INTEGER,
    shot_height INTEGER,
    shot_bytes BIGINT,
    shot_taken_at_ms BIGINT,
    -- SHA-256 of the segment as first uploaded: a replay with the same content is recognised
    -- even after the memo or label was edited
    content_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
-- The overlap rule: one freelancer never has two segments in the same 10-minute slot, on any
-- contract. Also serves "this freelancer's time between two instants" (team page, limits).
CREATE UNIQUE INDEX segments_freelancer_start ON segments (freelancer_id, start_utc);
-- Diary of a contract for a day, weekly timesheet.
CREATE INDEX segments_contract_start ON segments (contract_id, start_utc);
-- Is a blob still referenced (before deleting it)?
CREATE INDEX segments_shot ON segments (shot_sha256);
CREATE INDEX segments_shot_thumb ON segments (shot_thumb_sha256);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf_token TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expires ON sessions (expires_at);

CREATE TABLE api_tokens (
    id ${id_pk},
    token_hash TEXT NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('PERSONAL', 'DEVICE')),
    created_at BIGINT NOT NULL,
    last_used_at BIGINT,
    revoked_at BIGINT
);
CREATE UNIQUE INDEX api_tokens_hash ON api_tokens (token_hash);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

CREATE TABLE audit_log (
    id ${id_pk},
    contract_id BIGINT,
    actor_user_id BIGINT,
    at_ms BIGINT NOT NULL,
    action TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id TEXT,
    before_json TEXT,
    after_json TEXT
);
CREATE INDEX audit_log_contract_at ON audit_log (contract_id, at_ms, id);

-- Secrets generated on first start live here, so that every node shares them.
CREATE TABLE settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Fixed-window counters for login rate limiting, shared by all nodes.
CREATE TABLE login_attempts (
    attempt_key TEXT NOT NULL,
    window_start BIGINT NOT NULL,
    attempts INTEGER NOT NULL,
    PRIMARY KEY (attempt_key, window_start)
);
CREATE INDEX login_attempts_window ON login_attempts (window_start);
