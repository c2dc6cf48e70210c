-- A CSV uploaded for a preview waits in the blob store until it is imported; one never imported
-- is removed by housekeeping a day after its upload. This table says which blobs those are.
CREATE TABLE import_uploads (
    blob_key       TEXT PRIMARY KEY,
    contract_id    BIGINT NOT NULL REFERENCES contracts (id),
    uploaded_at_ms BIGINT NOT NULL
);
CREATE INDEX import_uploads_by_time ON import_uploads (uploaded_at_ms);
