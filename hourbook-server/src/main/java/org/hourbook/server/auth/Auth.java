package org.hourbook.server.auth;

import io.javalin.http.Context;
import java.util.Optional;
import org.hourbook.core.policy.Violation;
import org.hourbook.server.Refusal;

/**
 * The request-side hooks every handler (API and web pages) uses. {@link Authenticator} puts the
 * {@link Viewer} on the context before any handler runs; these read it.
 * <pre>
 * Viewer me = Auth.require(ctx);                 // 401 when anonymous
 * Optional&lt;Viewer&gt; maybe = Auth.viewer(ctx);
 * String token = Auth.csrfToken(ctx);            // put it in forms as _csrf, or hx-headers X-CSRF-Token
 * String field = Auth.formToken(ctx);            // the same for a form anyone may post (sign-in, links)
 * </pre>
 * Sign-in / sign-out of browser sessions: {@link SessionCookie}.
 */
public final class Auth {
    public static final String SESSION_COOKIE = "hb_session";
    public static final String CSRF_FIELD = "_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    static final String VIEWER_ATTRIBUTE = "hourbook.viewer";
    static final String BAD_TOKEN_ATTRIBUTE = "hourbook.badToken";
    static final String TOKEN_ID_ATTRIBUTE = "hourbook.tokenId";

    private Auth() {}

    public static Optional<Viewer> viewer(Context ctx) {
        return Optional.ofNullable(ctx.attribute(VIEWER_ATTRIBUTE));
    }

    /** The caller, or 401: {@code auth.token_invalid} for an unknown/revoked bearer token, else {@code auth.required}. */
    public static Viewer require(Context ctx) {
        return viewer(ctx).orElseThrow(() -> ctx.attribute(BAD_TOKEN_ATTRIBUTE) != null
                ? new Refusal.NotSignedIn(new Violation("auth.token_invalid", null, "the bearer token is unknown or revoked"))
                : new Refusal.NotSignedIn(new Violation("auth.required", null, "sign in or send a bearer token")));
    }

    /** The CSRF token to embed in forms of this session, or {@code null} when not signed in by cookie. */
    public static String csrfToken(Context ctx) {
        return viewer(ctx).map(Viewer::csrfToken).orElse(null);
    }

    /**
     * The {@code _csrf} value for a form on this page, whoever looks at it: the session's token
     * when signed in by browser session, else this browser's pre-session token ({@link PublicForms},
     * setting its cookie when needed). Public forms (sign-in, setup, invitation, password and email
     * links) use this; forms behind sign-in may keep using {@code viewer.csrfToken()}.
     */
    public static String formToken(Context ctx) {
        Optional<Viewer> v = viewer(ctx).filter(x -> x.method() == Viewer.Method.SESSION);
        if (v.isPresent()) return v.get().csrfToken();
        PublicForms forms = ctx.attribute(Authenticator.FORMS_ATTRIBUTE);
        if (forms == null) throw new IllegalStateException("the Authenticator did not run for " + ctx.path());
        return forms.token(ctx);
    }

    /** The id of the API token this request came with (personal or device), or {@code null} for a session or anonymous. */
    public static Long tokenId(Context ctx) {
        return ctx.attribute(TOKEN_ID_ATTRIBUTE);
    }

    static void set(Context ctx, Viewer viewer) {
        ctx.attribute(VIEWER_ATTRIBUTE, viewer);
    }

    static void clear(Context ctx) {
        ctx.attribute(VIEWER_ATTRIBUTE, null);
    }
}
