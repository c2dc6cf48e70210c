-- The browser a session was started from: its User-Agent as sent at sign-in (at most 300
-- characters), so that the sessions page can say "Firefox on Linux" next to each session and its
-- owner can tell which one to end. Sessions from before this migration have none ("unknown").
ALTER TABLE sessions ADD COLUMN user_agent TEXT;
