-- What the tracker does when the weekly limit is reached: STOP (the default, as Upwork's app does)
-- or WARN (keep recording; time past the limit stays over limit and unbilled either way).
ALTER TABLE contracts ADD COLUMN at_limit TEXT NOT NULL DEFAULT 'STOP';
