-- Ids of deleted segments, so that a tracker replaying an old upload cannot bring deleted time
-- back: such an item is answered "deleted" and not stored again. content_hash is the hash the
-- segment was first uploaded with (see segments.content_hash).
CREATE TABLE segment_tombstones (
    id TEXT PRIMARY KEY,
    contract_id BIGINT NOT NULL REFERENCES contracts (id),
    content_hash TEXT NOT NULL,
    deleted_at BIGINT NOT NULL
);
