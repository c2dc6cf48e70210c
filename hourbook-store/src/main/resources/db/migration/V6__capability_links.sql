-- One-time capability links: the first-run setup link, invitations, password links (set or
-- reset), email-change confirmations. Only the SHA-256 of the secret in the URL is kept. A link
-- is spent by one atomic update (used_at), so two nodes can never both accept it; expired,
-- used and revoked links stay, so that opening one again can say "used" or "expired" (410)
-- instead of "unknown" (404).
CREATE TABLE capability_links (
    id ${id_pk},
    token_hash TEXT NOT NULL,
    purpose TEXT NOT NULL CHECK (purpose IN ('SETUP', 'INVITATION', 'PASSWORD', 'EMAIL_CHANGE')),
    -- what the link is for, read by the feature that made it (e.g. an invitation's id, a new email)
    subject TEXT,
    user_id BIGINT REFERENCES users (id) ON DELETE CASCADE,
    created_at_ms BIGINT NOT NULL,
    expires_at_ms BIGINT NOT NULL,
    used_at_ms BIGINT,
    revoked_at_ms BIGINT
);
CREATE UNIQUE INDEX capability_links_token ON capability_links (token_hash);
CREATE INDEX capability_links_purpose ON capability_links (purpose, subject);
CREATE INDEX capability_links_user ON capability_links (user_id);
