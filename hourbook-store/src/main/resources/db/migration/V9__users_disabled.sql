-- An operator can disable a person (hourbook admin users disable): they can no longer sign in,
-- and no session or token of theirs authenticates; their history (time, audit) stays. NULL:
-- the account works. Epoch seconds, like every other instant here.
ALTER TABLE users ADD COLUMN disabled_at BIGINT;
