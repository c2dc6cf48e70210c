package org.hourbook.server.auth;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.hourbook.core.account.User;
import org.hourbook.server.Config;
import org.hourbook.store.Database;
import org.hourbook.store.auth.StoredSession;

/**
 * Browser sessions kept in the database (so any node can serve): a random 256-bit token in an
 * HttpOnly SameSite=Lax cookie, only its SHA-256 stored, with an idle and an absolute expiry.
 * <pre>
 * Viewer v = sessions.signIn(ctx, email, password);   // sets the cookie; 401/429 on failure
 * sessions.signOut(ctx);                              // deletes the session, clears the cookie
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

    public Viewer signIn(Context ctx, String email, String password) {
        User user = credentials.verify(email, password, ctx.ip());
        // A fresh token on every sign-in: no session fixation.
        signOut(ctx);
        String secret = tokens.newSecret("");
        String csrf = tokens.newSecret("");
        Instant now = clock.instant();
        db.sessions().create(new StoredSession(Tokens.sha256(secret), user.id(), csrf, now, now.plus(config.sessionAbsolute()), now));
        ctx.cookie(cookie(secret, (int) config.sessionAbsolute().toSeconds()));
        Viewer viewer = new Viewer(user, db.accounts().membershipsOf(user.id()), Viewer.Method.SESSION, csrf);
        Auth.set(ctx, viewer);
        return viewer;
    }

    public void signOut(Context ctx) {
        String secret = ctx.cookie(Auth.SESSION_COOKIE);
        if (secret != null) {
            db.sessions().delete(Tokens.sha256(secret));
            ctx.cookie(cookie("", 0));
        }
        ctx.attribute(Auth.VIEWER_ATTRIBUTE, null);
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

    private Cookie cookie(String value, int maxAge) {
        return new Cookie(Auth.SESSION_COOKIE, value, "/", maxAge, config.secureCookies(), true, null, SameSite.LAX);
    }
}
