package org.hourbook.server.auth;

import java.time.Clock;
import java.time.Instant;
import org.hourbook.core.account.User;
import org.hourbook.server.http.ApiException;
import org.hourbook.store.AccountRepository;
import org.hourbook.store.Database;

/**
 * Checks email + password, with login rate limiting per email and per IP shared by every node
 * through the database: {@value #MAX_FAILURES} failures for one email, or
 * {@value #MAX_FAILURES_PER_IP} from one IP, in a {@value #WINDOW_SECONDS}-second window lock that
 * key until the window ends (429 with Retry-After). The IP limit is looser because many people
 * can share one address (an office, a reverse proxy).
 */
public final class Credentials {
    static final int MAX_FAILURES = 10;
    static final int MAX_FAILURES_PER_IP = 100;
    static final long WINDOW_SECONDS = 15 * 60;

    private final Database db;
    private final PasswordHasher hasher;
    private final Clock clock;

    public Credentials(Database db, PasswordHasher hasher, Clock clock) {
        this.db = db;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** The user for these credentials, or a 401 ({@code auth.invalid}) / 429 ({@code auth.rate_limited}). */
    public User verify(String email, String password, String ip) {
        if (email == null || email.isBlank() || password == null) {
            throw ApiException.invalid("auth.missing", email == null || email.isBlank() ? "email" : "password",
                    "email and password are required");
        }
        Instant now = clock.instant();
        Instant window = Instant.ofEpochSecond(Math.floorDiv(now.getEpochSecond(), WINDOW_SECONDS) * WINDOW_SECONDS);
        String emailKey = "email:" + AccountRepository.normalizeEmail(email);
        String ipKey = "ip:" + (ip == null ? "unknown" : ip);
        long retryAfter = Math.max(1, window.getEpochSecond() + WINDOW_SECONDS - now.getEpochSecond());
        if (db.loginAttempts().count(emailKey, window) >= MAX_FAILURES || db.loginAttempts().count(ipKey, window) >= MAX_FAILURES_PER_IP) {
            throw new ApiException.TooManyRequests("auth.rate_limited", retryAfter);
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
            db.loginAttempts().increment(emailKey, window);
            db.loginAttempts().increment(ipKey, window);
            throw new ApiException(401, "auth.invalid", null, "email or password is wrong");
        }
        // A success resets the email's counter (not the IP's: one IP may try many emails).
        db.loginAttempts().clear(emailKey);
        return user.get();
    }
}
