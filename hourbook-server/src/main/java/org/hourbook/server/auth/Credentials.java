package org.hourbook.server.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.hourbook.core.account.User;
import org.hourbook.core.policy.Violation;
import org.hourbook.server.Refusal;
import org.hourbook.store.Database;
import org.hourbook.store.account.AccountRepository;

/**
 * Checks email + password, with login limiting that slows a guesser without handing anyone a way
 * to lock others out. Failures are counted in the database (so every node sees them) under three
 * keys, each with its own ceiling per {@value #WINDOW_SECONDS} s:
 * <ul>
 * <li>one email from one client address: {@value #MAX_PER_EMAIL_AND_IP} — the usual guesser;
 * <li>one client address, any email: {@value #MAX_PER_IP} — looser, an office shares one address;
 * <li>one email from any address: {@value #MAX_PER_EMAIL} — a distributed guesser; high enough
 *     that one attacker's ten tries do not lock the real user out from their own address.
 * </ul>
 * A success clears only its (email, address) counter: clearing the email-wide one would give a
 * distributed guesser a fresh allowance every time the real user signs in.
 * <p>
 * Sliding window, estimated from two fixed windows, so a burst just before and just after a
 * window boundary still counts together:
 * <pre>
 *   previous window      current window
 * |----------8---------|---3------^now------|
 *                          elapsed = 40 %
 * estimate = 3 + 8 × (1 − 0.40) = 7.8
 * </pre>
 */
public final class Credentials {
    static final int MAX_PER_EMAIL_AND_IP = 10;
    static final int MAX_PER_IP = 100;
    static final int MAX_PER_EMAIL = 50;
    static final long WINDOW_SECONDS = 15 * 60;

    private record Limit(String key, int max) {}

    private final Database db;
    private final PasswordHasher hasher;
    private final Clock clock;

    public Credentials(Database db, PasswordHasher hasher, Clock clock) {
        this.db = db;
        this.hasher = hasher;
        this.clock = clock;
    }

    /**
     * The user for these credentials, or a 401 ({@code auth.invalid}) / 429 ({@code auth.rate_limited}).
     *
     * @param ip the client address as {@link org.hourbook.server.http.ClientAddress} sees it
     */
    public User verify(String email, String password, String ip) {
        if (email == null || email.isBlank() || password == null) {
            throw Refusal.invalid("auth.missing", email == null || email.isBlank() ? "email" : "password",
                    "email and password are required");
        }
        Instant now = clock.instant();
        String normalized = AccountRepository.normalizeEmail(email);
        String address = ip == null ? "unknown" : ip;
        List<Limit> limits = List.of(
                new Limit("pair:" + normalized + " " + address, MAX_PER_EMAIL_AND_IP),
                new Limit("ip:" + address, MAX_PER_IP),
                new Limit("email:" + normalized, MAX_PER_EMAIL));
        long window = Math.floorDiv(now.getEpochSecond(), WINDOW_SECONDS) * WINDOW_SECONDS;
        long wait = 0;
        for (Limit l : limits) wait = Math.max(wait, waitSeconds(l, window, now.getEpochSecond()));
        if (wait > 0) {
            long minutes = (wait + 59) / 60;
            throw new Refusal.Throttled(new Violation("auth.rate_limited", null, "too many sign-in attempts; try again in "
                    + (minutes == 1 ? "a minute" : minutes + " minutes")), wait);
        }
        var user = db.accounts().findUserByEmail(email);
        boolean ok;
        if (user.isPresent()) {
            ok = hasher.matches(password, db.accounts().passwordHash(user.get().id()).orElse(null));
        } else {
            hasher.burn(password);
            ok = false;
        }
        if (!ok) {
            for (Limit l : limits) db.loginAttempts().increment(l.key(), Instant.ofEpochSecond(window));
            throw new Refusal.NotSignedIn(new Violation("auth.invalid", null, "email or password is wrong"));
        }
        // Disabled by an operator (hourbook admin users disable): said only to whoever knows the password.
        if (db.userStatus().isDisabled(user.get().id())) throw new Refusal.NotSignedIn(new Violation("auth.disabled", null,
                "this account is disabled; ask the person who runs Hourbook to enable it"));
        db.loginAttempts().clear(limits.get(0).key());
        return user.get();
    }

    /** Seconds until the sliding estimate for this key drops below its ceiling; 0 when it already is. */
    private long waitSeconds(Limit limit, long window, long now) {
        int current = db.loginAttempts().count(limit.key(), Instant.ofEpochSecond(window));
        int previous = db.loginAttempts().count(limit.key(), Instant.ofEpochSecond(window - WINDOW_SECONDS));
        return waitSeconds(current, previous, limit.max(), window, now);
    }

    /**
     * The estimate {@code current + previous × (1 − elapsed)} falls as the previous window slides
     * out; when the current window alone is at the ceiling, its own count must slide out next.
     */
    static long waitSeconds(int current, int previous, int max, long window, long now) {
        double elapsed = (now - window) / (double) WINDOW_SECONDS;
        if (current + previous * (1 - elapsed) < max) return 0;
        double until;
        if (current >= max) {
            // next window: current becomes "previous"; need current × (1 − f) < max
            until = window + WINDOW_SECONDS + WINDOW_SECONDS * (1 - (double) max / current);
        } else {
            until = window + WINDOW_SECONDS * (1 - (double) (max - current) / previous);
        }
        return Math.max(1, (long) Math.ceil(until - now) + 1);
    }
}
