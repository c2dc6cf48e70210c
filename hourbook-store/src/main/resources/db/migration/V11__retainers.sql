-- Retainer contracts (issue 11). A contract is a retainer when it has a retainer_terms row; it
-- then has no weekly limit (contracts.weekly_limit_hours stays NULL) and counts its time per cycle.

-- The terms in force now. The cycle rule is one of: MONTHLY on cycle_day (1..31; the month's last
-- day where it is shorter), WEEKLY on cycle_day (ISO weekday 1 = Monday .. 7), EVERY_N_WEEKS
-- (cycle_weeks, counted from cycle_anchor, an ISO date). Seconds so that 12.5 h is exact.
CREATE TABLE retainer_terms (
    contract_id BIGINT PRIMARY KEY REFERENCES contracts (id),
    cap_seconds BIGINT NOT NULL CHECK (cap_seconds > 0),
    cycle_kind TEXT NOT NULL CHECK (cycle_kind IN ('MONTHLY', 'WEEKLY', 'EVERY_N_WEEKS')),
    cycle_day INTEGER,
    cycle_weeks INTEGER,
    cycle_anchor TEXT,
    rollover_kind TEXT NOT NULL CHECK (rollover_kind IN ('NONE', 'CARRY')),
    rollover_max_seconds BIGINT,
    overage_allowed INTEGER NOT NULL,
    zone TEXT NOT NULL,
    -- the client's contacts get the 80 %/100 % alerts too (the freelancer always does)
    alert_client INTEGER NOT NULL DEFAULT 0,
    -- the retainer's first cycle is the one holding this instant (epoch seconds)
    started_at BIGINT NOT NULL
);

-- Terms per cycle, like contract_billing_terms per billing week: a row is in force from
-- effective_from (a cycle boundary, epoch seconds; 0 = since the beginning) until the next row.
-- A retainer whose terms never changed has no rows.
CREATE TABLE retainer_terms_history (
    contract_id BIGINT NOT NULL REFERENCES contracts (id),
    effective_from BIGINT NOT NULL,
    cap_seconds BIGINT NOT NULL,
    cycle_kind TEXT NOT NULL CHECK (cycle_kind IN ('MONTHLY', 'WEEKLY', 'EVERY_N_WEEKS')),
    cycle_day INTEGER,
    cycle_weeks INTEGER,
    cycle_anchor TEXT,
    rollover_kind TEXT NOT NULL CHECK (rollover_kind IN ('NONE', 'CARRY')),
    rollover_max_seconds BIGINT,
    overage_allowed INTEGER NOT NULL,
    zone TEXT NOT NULL,
    PRIMARY KEY (contract_id, effective_from)
);

-- The freelancer's work-log curation (renames, merges, moves, hidden, published) as one JSON
-- document; version guards against two edits overwriting each other.
CREATE TABLE retainer_curation (
    contract_id BIGINT PRIMARY KEY REFERENCES contracts (id),
    curation TEXT NOT NULL,
    version BIGINT NOT NULL,
    updated_at_ms BIGINT NOT NULL
);

-- Long-lived public links of a retainer (/r/{token}): several per contract, each with a note;
-- revocable and rotatable. Only the SHA-256 of the token is kept.
CREATE TABLE retainer_links (
    id ${id_pk},
    contract_id BIGINT NOT NULL REFERENCES contracts (id),
    token_hash TEXT NOT NULL,
    note TEXT NOT NULL,
    created_by BIGINT REFERENCES users (id),
    created_at_ms BIGINT NOT NULL,
    last_opened_at_ms BIGINT,
    revoked_at_ms BIGINT
);
CREATE UNIQUE INDEX retainer_links_token ON retainer_links (token_hash);
CREATE INDEX retainer_links_contract ON retainer_links (contract_id);

-- One CSV import: what it read and added; undone_at_ms once undone (its entries are deleted).
CREATE TABLE imports (
    id ${id_pk},
    contract_id BIGINT NOT NULL REFERENCES contracts (id),
    actor_user_id BIGINT REFERENCES users (id),
    created_at_ms BIGINT NOT NULL,
    file_name TEXT NOT NULL,
    format TEXT NOT NULL,
    rows_read INTEGER NOT NULL,
    rows_added INTEGER NOT NULL,
    rows_already INTEGER NOT NULL,
    seconds_added BIGINT NOT NULL,
    undone_at_ms BIGINT
);
CREATE INDEX imports_contract ON imports (contract_id, id);

-- Imported time. The dedupe key is unique per contract: importing the same rows again adds nothing.
CREATE TABLE imported_entries (
    id ${id_pk},
    contract_id BIGINT NOT NULL REFERENCES contracts (id),
    import_id BIGINT NOT NULL REFERENCES imports (id),
    dedupe_key TEXT NOT NULL,
    start_utc BIGINT NOT NULL,
    seconds BIGINT NOT NULL,
    entry_date TEXT NOT NULL,
    description TEXT NOT NULL,
    project TEXT NOT NULL,
    client TEXT NOT NULL,
    task TEXT NOT NULL,
    person TEXT NOT NULL,
    billable INTEGER NOT NULL,
    category TEXT NOT NULL,
    line INTEGER NOT NULL
);
CREATE UNIQUE INDEX imported_entries_key ON imported_entries (contract_id, dedupe_key);
CREATE INDEX imported_entries_contract_start ON imported_entries (contract_id, start_utc);
CREATE INDEX imported_entries_import ON imported_entries (import_id);

-- Fixed-window request counters of the public retainer page, per client address, shared by all nodes.
CREATE TABLE public_hits (
    hit_key TEXT NOT NULL,
    window_start BIGINT NOT NULL,
    hits INTEGER NOT NULL,
    PRIMARY KEY (hit_key, window_start)
);
