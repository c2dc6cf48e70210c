-- The public page's request counters, stored by their key alone: on SQLite a WITHOUT ROWID table
-- is one b-tree where a rowid table with a text primary key is two (the table and the key's
-- index), so each counted address costs one insert instead of two. A busy second of many
-- addresses is written once a second (bench/README.md, "d"). The counts are for the current
-- minute only, so nothing is copied.
DROP TABLE public_hits;
CREATE TABLE public_hits (
    hit_key TEXT NOT NULL,
    window_start BIGINT NOT NULL,
    hits INTEGER NOT NULL,
    PRIMARY KEY (hit_key, window_start)
)${without_rowid};
