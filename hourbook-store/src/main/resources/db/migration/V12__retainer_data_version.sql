-- A retainer's data version: bumped by every change that can change what its public page shows
-- (segments through the triggers below, imports, curation and terms by the server in the same
-- transaction), so the page can keep its work-out per version and still show new time at once.
ALTER TABLE retainer_terms ADD COLUMN data_version BIGINT NOT NULL DEFAULT 0;

-- Triggers differ between SQLite and PostgreSQL: the placeholder holds the dialect's own
-- (hourbook-store RetainerTriggers).
${retainer_segment_triggers}
