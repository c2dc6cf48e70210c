package org.hourbook.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.hourbook.core.account.User;
import org.hourbook.server.Config;
import org.hourbook.store.Database;
import org.hourbook.store.auth.StoredSession;

/**
 * Browser sessions kept in the database (so any node can serve): a random 256-bit secret that
 * travels in an HttpOnly SameSite=Lax cookie ({@link SessionCookie}), only its SHA-256 stored,
 * with an idle and an absolute expiry.
 * <pre>
 * Started s = sessions.signIn(email, password, ip);   // NotSignedIn / Throttled on failure
 * sessions.signOut(secret);                           // deletes the session
 * </pre>
 */
public final class SessionService {
    /** lastSeen is written at most this often, so reading pages does not mean writing rows. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final Database db;
    private final Credentials credentials;
    private final Tokens tokens;
    private final Clock clock;
    private final Config config;

    public SessionService(Database db, Credentials credentials, Tokens tokens, Clock clock, Config config) {
        this.db = db;
        this.credentials = credentials;
        this.tokens = tokens;
        this.clock = clock;
        this.config = config;
    }

    /** A new session: who it is for, and the secret for the cookie (never stored). */
    public record Started(Viewer viewer, String secret, Duration lifetime) {}

    /**
     * Checks the password and starts a fresh session (a new secret on every sign-in: no session
     * fixation).
     *
     * @param ip the client address, for sign-in limits
     */
    public Started signIn(String email, String password, String ip) {
        User user = credentials.verify(email, password, ip);
        String secret = tokens.newSecret("");
        String csrf = tokens.newSecret("");
        Instant now = clock.instant();
        db.sessions().create(new StoredSession(Tokens.sha256(secret), user.id(), csrf, now, now.plus(config.sessionAbsolute()), now));
        Viewer viewer = new Viewer(user, db.accounts().seatsOf(user.id()), Viewer.Method.SESSION, csrf);
        return new Started(viewer, secret, config.sessionAbsolute());
    }

    /** Ends the session of this cookie secret (unknown or expired: nothing to do). */
    public void signOut(String secret) {
        if (secret != null && !secret.isEmpty()) db.sessions().delete(Tokens.sha256(secret));
    }

    /** The live session for this cookie value, refreshing its last-seen time now and then. */
    Optional<StoredSession> resolve(String secret) {
        String hash = Tokens.sha256(secret);
        Instant now = clock.instant();
        Optional<StoredSession> found = db.sessions().find(hash);
        if (found.isEmpty()) return Optional.empty();
        StoredSession s = found.get();
        if (s.isExpired(now) || s.lastSeenAt().plus(config.sessionIdle()).isBefore(now)) {
            db.sessions().delete(hash);
            return Optional.empty();
        }
        if (s.lastSeenAt().plus(TOUCH_EVERY).isBefore(now)) db.sessions().touch(hash, now, s.expiresAt());
        return found;
    }
}
