package org.hourbook.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hourbook.core.account.User;
import org.hourbook.server.Config;
import org.hourbook.server.Refusal;
import org.hourbook.server.http.DiskFull;
import org.hourbook.store.Database;
import org.hourbook.store.auth.StoredSession;

/**
 * Browser sessions kept in the database (so any node can serve): a random 256-bit secret that
 * travels in an HttpOnly SameSite=Lax cookie ({@link SessionCookie}), only its SHA-256 stored,
 * with an idle and an absolute expiry.
 * <pre>
 * Started s = sessions.signIn(email, password, ip, userAgent);   // NotSignedIn / Throttled on failure
 * sessions.list(userId, cookieSecret);                           // the sessions page: device, last seen
 * sessions.end(userId, sessionId); sessions.endOthers(userId, cookieSecret);
 * sessions.signOut(secret);                                      // deletes the session
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
     * @param ip        the client address, for sign-in limits
     * @param userAgent the browser's User-Agent, kept for the sessions page ("Firefox on Linux"); may be {@code null}
     */
    public Started signIn(String email, String password, String ip, String userAgent) {
        User user = credentials.verify(email, password, ip);
        return start(user, userAgent);
    }

    /** As above, for a caller that knows no User-Agent. */
    public Started signIn(String email, String password, String ip) {
        return signIn(email, password, ip, null);
    }

    /** A new session for someone whose identity is already proven (e.g. just checked by {@link Credentials}). */
    Started start(User user, String userAgent) {
        String secret = tokens.newSecret("");
        String csrf = tokens.newSecret("");
        Instant now = clock.instant();
        db.sessions().create(new StoredSession(Tokens.sha256(secret), user.id(), csrf, now, now.plus(config.sessionAbsolute()), now,
                userAgent));
        Viewer viewer = new Viewer(user, db.accounts().seatsOf(user.id()), Viewer.Method.SESSION, csrf);
        return new Started(viewer, secret, config.sessionAbsolute());
    }

    /** Ends the session of this cookie secret (unknown or expired: nothing to do). */
    public void signOut(String secret) {
        if (secret != null && !secret.isEmpty()) db.sessions().delete(Tokens.sha256(secret));
    }

    /** One of a person's sessions, as the sessions page shows it. */
    public record Listed(String id, String device, Instant signedInAt, Instant lastSeenAt, boolean current) {}

    /** The person's live sessions, the most recently seen first; {@code currentSecret} (this browser's cookie) is marked. */
    public List<Listed> list(long userId, String currentSecret) {
        String current = currentSecret == null || currentSecret.isEmpty() ? "" : Tokens.sha256(currentSecret);
        Instant now = clock.instant();
        return db.sessions().listForUser(userId, now).stream()
                .filter(s -> !s.lastSeenAt().plus(config.sessionIdle()).isBefore(now)) // idle too long: ended, deleted on next use
                .map(s -> new Listed(s.publicId(), UserAgents.describe(s.userAgent()), s.createdAt(), s.lastSeenAt(), s.tokenHash().equals(current)))
                .toList();
    }

    /** Ends one of the person's sessions by the id the sessions page lists; another's or an unknown id is a 404. */
    public void end(long userId, String sessionId) {
        if (!db.sessions().deleteByPublicId(userId, sessionId)) throw Refusal.notFound("session");
    }

    /** Ends every session of the person but the one of this cookie; returns how many ended. */
    public int endOthers(long userId, String currentSecret) {
        if (currentSecret == null || currentSecret.isEmpty()) throw Refusal.notFound("session");
        return db.sessions().deleteOthers(userId, Tokens.sha256(currentSecret));
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
        if (s.lastSeenAt().plus(TOUCH_EVERY).isBefore(now)) {
            try {
                db.sessions().touch(hash, now, s.expiresAt());
            } catch (RuntimeException e) {
                // Last seen is informative: on a full disk, reading pages must keep working.
                if (!DiskFull.is(e)) throw e;
            }
        }
        return found;
    }
}
