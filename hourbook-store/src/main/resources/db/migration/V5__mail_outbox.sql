-- Outbound mail, queued in the same transaction as the change that causes it (an invitation, a
-- password reset, a retainer alert) and sent by a background job on any node. Bodies are stored
-- rendered, so a row is complete on its own and a node never needs the template that made it.
-- A sender claims due rows by setting claimed_by (a token of that claim) and claim_expires_at_ms;
-- a claim that expires without an outcome (the sender crashed) makes the row due again.
CREATE TABLE mail_outbox (
    id ${id_pk},
    -- what the mail is about, e.g. invitation, password_reset, retainer_alert (free text: a new
    -- kind needs no migration)
    kind TEXT NOT NULL,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    -- emptied once sent: the bodies may carry one-time links
    text_body TEXT NOT NULL,
    html_body TEXT,
    -- at most one row per key (NULLs never collide), e.g. "once per threshold per cycle" alerts
    dedupe_key TEXT,
    state TEXT NOT NULL CHECK (state IN ('PENDING', 'SENDING', 'SENT', 'FAILED')),
    attempts INTEGER NOT NULL,
    created_at_ms BIGINT NOT NULL,
    next_attempt_at_ms BIGINT NOT NULL,
    last_error TEXT,
    sent_at_ms BIGINT,
    claimed_by TEXT,
    claim_expires_at_ms BIGINT
);
CREATE UNIQUE INDEX mail_outbox_dedupe ON mail_outbox (dedupe_key);
-- What is due: pending rows by their next attempt (and the few in flight, by claim expiry).
CREATE INDEX mail_outbox_due ON mail_outbox (state, next_attempt_at_ms);
