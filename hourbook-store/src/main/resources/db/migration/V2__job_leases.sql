-- Periodic jobs (purging expired sessions, old rate-limit windows, unreferenced blobs) must run on
-- one node at a time: a node holds a job's lease until it expires.
CREATE TABLE job_leases (
    name TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    expires_at_ms BIGINT NOT NULL
);
