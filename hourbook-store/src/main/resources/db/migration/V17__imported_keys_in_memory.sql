-- The dedupe keys of imported entries are no longer indexed. They are hashes, so the unique index
-- took every row at a random place: most of SQLite's time per imported row (bench/README.md, "e").
-- An import reads its contract's keys through the contract's imports (one lookup each in
-- imported_entries_import) into memory, after locking the retainer's terms row, and adds only rows
-- whose key is new; a file's own keys are distinct by construction. See KnownKeys.
DROP INDEX imported_entries_key;
