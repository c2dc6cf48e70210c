package org.hourbook.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hourbook.core.account.User;
import org.hourbook.core.policy.Violation;
import org.hourbook.server.Refusal;
import org.hourbook.store.Database;
import org.hourbook.store.account.AccountRepository;

/**
 * Checks email + password, slowing a guesser down without handing anyone a way to lock others
 * out: failures from one address can refuse that address only, and failures from everywhere can
 * only make an account's sign-ins slower, never refuse its right password. Every attempt is
 * counted in the database <em>before</em> its password is checked (one transaction that adds it
 * to each counter and reads the result), so parallel guesses on any number of nodes are each
 * counted, and at most the limit of them are ever checked. Three counters per
 * {@value #WINDOW_SECONDS} s:
 * <ul>
 * <li>one email from one client address: over {@value #MAX_PER_EMAIL_AND_IP} failures → 429 —
 *     the usual guesser; the account's owner elsewhere is not affected;
 * <li>one client address, any email: over {@value #MAX_PER_IP} → 429 — looser, an office shares
 *     one address;
 * <li>one email from every address: never a refusal, a wait before the check instead, doubling
 *     with the failures (a distributed guesser, whose guesses each cost that wait):
 * </ul>
 * <pre>
 *  failures of the account (all addresses, sliding 15 min) before this attempt
 *    0         10        20        30        40        50 ...
 *    |---------|---------|---------|---------|---------|--------
 *    no wait    1 s       2 s       4 s       8 s       10 s (the most anyone waits)
 * </pre>
 * A refused attempt is taken back out of the counters (it was not checked), and so is a success;
 * a success also clears its (email, address) counter — but not the email-wide one, which would
 * give a distributed guesser a fresh allowance every time the real user signs in.
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
    /** Account-wide failures after which each attempt on the account waits. */
    static final int SLOW_AFTER = 10;
    static final Duration MAX_WAIT = Duration.ofSeconds(10);
    static final long WINDOW_SECONDS = 15 * 60;

    /** A counter; {@code max} 0: it slows the account down instead of refusing. */
    private record Limit(String key, int max) {}

    /** What the counters held before this attempt: this window's (other attempts in flight included) and the previous one's. */
    private record Counted(int current, int previous) {}

    private final Database db;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final SignInDelay delay;

    public Credentials(Database db, PasswordHasher hasher, Clock clock, SignInDelay delay) {
        this.db = db;
        this.hasher = hasher;
        this.clock = clock;
        this.delay = delay;
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
                new Limit("email:" + normalized, 0));
        Instant window = Instant.ofEpochSecond(Math.floorDiv(now.getEpochSecond(), WINDOW_SECONDS) * WINDOW_SECONDS);
        List<Counted> counted = count(limits, window);
        long wait = 0;
        for (int i = 0; i < limits.size(); i++) {
            Limit l = limits.get(i);
            if (l.max() > 0) wait = Math.max(wait, waitSeconds(counted.get(i).current(), counted.get(i).previous(), l.max(),
                    window.getEpochSecond(), now.getEpochSecond()));
        }
        if (wait > 0) {
            takeBack(limits, window, false);
            long minutes = (wait + 59) / 60;
            throw new Refusal.Throttled(new Violation("auth.rate_limited", null, "too many sign-in attempts; try again in "
                    + (minutes == 1 ? "a minute" : minutes + " minutes")), wait);
        }
        Counted account = counted.get(2);
        Duration slow = slowdown(estimate(account.current(), account.previous(), window.getEpochSecond(), now.getEpochSecond()));
        if (!slow.isZero()) delay.await(slow);
        var user = db.accounts().findUserByEmail(email);
        boolean ok;
        if (user.isPresent()) {
            ok = hasher.matches(password, db.accounts().passwordHash(user.get().id()).orElse(null));
        } else {
            hasher.burn(password);
            ok = false;
        }
        if (!ok) throw new Refusal.NotSignedIn(new Violation("auth.invalid", null, "email or password is wrong"));
        // Disabled by an operator (hourbook admin users disable): said only to whoever knows the password,
        // and not counted as a failure (it was the right password).
        if (db.userStatus().isDisabled(user.get().id())) {
            takeBack(limits, window, false);
            throw new Refusal.NotSignedIn(new Violation("auth.disabled", null,
                    "this account is disabled; ask the person who runs Hourbook to enable it"));
        }
        takeBack(limits, window, true);
        return user.get();
    }

    /** Counts this attempt on every counter, and reads what each held before it: one transaction. */
    private List<Counted> count(List<Limit> limits, Instant window) {
        Instant previous = window.minusSeconds(WINDOW_SECONDS);
        return db.inTransaction(tx -> {
            List<Counted> out = new ArrayList<>();
            // Always in the same order (pair, address, email), so two transactions never wait for each other in a circle.
            for (Limit l : limits) {
                int withThis = tx.loginAttempts().increment(l.key(), window);
                out.add(new Counted(withThis - 1, tx.loginAttempts().count(l.key(), previous)));
            }
            return out;
        });
    }

    /** Takes this attempt back out of the counters; a success also forgets the (email, address) pair's failures. */
    private void takeBack(List<Limit> limits, Instant window, boolean success) {
        db.useTransaction(tx -> {
            for (int i = 0; i < limits.size(); i++) {
                if (success && i == 0) tx.loginAttempts().clear(limits.get(0).key());
                else tx.loginAttempts().decrement(limits.get(i).key(), window);
            }
        });
    }

    /** The sliding estimate {@code current + previous × (1 − elapsed)}. */
    static double estimate(int current, int previous, long window, long now) {
        double elapsed = (now - window) / (double) WINDOW_SECONDS;
        return current + previous * (1 - elapsed);
    }

    /** The wait before checking an attempt on an account with this many recent failures (see the picture above). */
    static Duration slowdown(double failures) {
        if (failures < SLOW_AFTER) return Duration.ZERO;
        int doublings = (int) ((failures - SLOW_AFTER) / SLOW_AFTER);
        Duration wait = doublings >= 4 ? MAX_WAIT : Duration.ofSeconds(1L << doublings);
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    /**
     * Seconds until the sliding estimate drops below the ceiling; 0 when it already is. The
     * estimate falls as the previous window slides out; when the current window alone is at the
     * ceiling, its own count must slide out next.
     */
    static long waitSeconds(int current, int previous, int max, long window, long now) {
        if (estimate(current, previous, window, now) < max) return 0;
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
