package org.hourbook.server.auth;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import org.hourbook.server.Config;

/**
 * The edge of browser sessions: signs in and out through {@link SessionService} and keeps its
 * secret in an HttpOnly, SameSite=Lax cookie (Secure behind HTTPS). Used by the sign-in page and
 * by {@code POST /api/v1/auth/session} alike.
 */
public final class SessionCookie {
    private final SessionService sessions;
    private final boolean secure;

    public SessionCookie(SessionService sessions, Config config) {
        this.sessions = sessions;
        this.secure = config.secureCookies();
    }

    /** Checks the password, ends any session this browser had, and starts a new one with its cookie. */
    public Viewer signIn(Context ctx, String email, String password) {
        SessionService.Started started = sessions.signIn(email, password, ctx.ip(), ctx.userAgent());
        sessions.signOut(ctx.cookie(Auth.SESSION_COOKIE));
        ctx.cookie(cookie(started.secret(), (int) started.lifetime().toSeconds()));
        Auth.set(ctx, started.viewer());
        return started.viewer();
    }

    public void signOut(Context ctx) {
        String secret = ctx.cookie(Auth.SESSION_COOKIE);
        if (secret != null) {
            sessions.signOut(secret);
            ctx.cookie(cookie("", 0));
        }
        Auth.clear(ctx);
    }

    private Cookie cookie(String value, int maxAge) {
        return new Cookie(Auth.SESSION_COOKIE, value, "/", maxAge, secure, true, null, SameSite.LAX);
    }
}
