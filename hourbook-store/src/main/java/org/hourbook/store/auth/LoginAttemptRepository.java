package org.hourbook.store.auth;

import java.time.Instant;
import org.hourbook.store.HandleSource;

/**
 * Fixed-window attempt counters (e.g. key {@code "login:" + email} or {@code "ip:" + address}),
 * kept in the database so that rate limits hold across nodes. An attempt is counted
 * <em>before</em> it is checked ({@link #increment} answers the count including it, in one
 * statement), so parallel attempts on several nodes each see a different count and no more of them
 * are checked than the limit allows; one that was refused or succeeded is taken back with
 * {@link #decrement}.
 */
public final class LoginAttemptRepository {
    private final HandleSource handles;

    public LoginAttemptRepository(HandleSource handles) {
        this.handles = handles;
    }

    /** Counts one attempt in the window starting at {@code windowStart} and returns the window's count so far. */
    public int increment(String key, Instant windowStart) {
        return handles.atomically(h -> h.createQuery("""
                        INSERT INTO login_attempts (attempt_key, window_start, attempts) VALUES (:key, :window, 1)
                        ON CONFLICT (attempt_key, window_start) DO UPDATE SET attempts = login_attempts.attempts + 1
                        RETURNING attempts""")
                .bind("key", key).bind("window", windowStart.getEpochSecond()).mapTo(Integer.class).one());
    }

    /** Takes back one attempt counted in this window (never below zero). */
    public void decrement(String key, Instant windowStart) {
        handles.write(h -> h.createUpdate("""
                        UPDATE login_attempts SET attempts = attempts - 1
                        WHERE attempt_key = :key AND window_start = :window AND attempts > 0""")
                .bind("key", key).bind("window", windowStart.getEpochSecond()).execute());
    }

    public int count(String key, Instant windowStart) {
        return handles.with(h -> h.createQuery("SELECT attempts FROM login_attempts WHERE attempt_key = :key AND window_start = :window")
                .bind("key", key).bind("window", windowStart.getEpochSecond()).mapTo(Integer.class).findOne().orElse(0));
    }

    /** Forgets a key (e.g. after a successful sign-in). */
    public void clear(String key) {
        handles.write(h -> h.createUpdate("DELETE FROM login_attempts WHERE attempt_key = :key").bind("key", key).execute());
    }

    public int deleteWindowsBefore(Instant cutoff) {
        return handles.write(h -> h.createUpdate("DELETE FROM login_attempts WHERE window_start < :cutoff")
                .bind("cutoff", cutoff.getEpochSecond()).execute());
    }
}
