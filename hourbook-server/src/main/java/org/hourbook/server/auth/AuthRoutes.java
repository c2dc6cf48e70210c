package org.hourbook.server.auth;

import io.javalin.http.Context;
import java.util.Locale;
import org.hourbook.api.auth.IssuedToken;
import org.hourbook.api.auth.Me;
import org.hourbook.api.auth.SessionInfo;
import org.hourbook.api.auth.SessionRequest;
import org.hourbook.api.auth.TokenInfo;
import org.hourbook.api.auth.TokenRequest;
import org.hourbook.server.Refusal;
import org.hourbook.server.openapi.Endpoints;
import org.hourbook.server.openapi.Operation;
import org.hourbook.server.openapi.Operation.Param;
import org.hourbook.store.auth.ApiToken;
import org.hourbook.store.auth.TokenKind;

/** {@code /api/v1/auth/tokens}, {@code /api/v1/auth/session} and {@code /api/v1/me}. */
public final class AuthRoutes implements Endpoints.Feature {
    static final String TOKENS = "/api/v1/auth/tokens";
    static final String SESSION = "/api/v1/auth/session";
    static final String ME = "/api/v1/me";
    private static final String LIMITS = "Failed attempts are limited over a sliding 15 minutes: 10 per email from one client address, "
            + "100 per address → 429 with Retry-After (seconds), for that address only. Failures for an email from every address "
            + "never refuse it: from 10 on, each attempt waits before it is checked (1 s, doubling every 10 failures, at most 10 s). "
            + "Behind a reverse proxy listed in HOURBOOK_TRUSTED_PROXIES the client address comes from X-Forwarded-For.";

    private final ApiTokenService tokens;
    private final SessionCookie sessions;

    public AuthRoutes(ApiTokenService tokens, SessionCookie sessions) {
        this.tokens = tokens;
        this.sessions = sessions;
    }

    @Override
    public void register(Endpoints endpoints) {
        endpoints.add(Operation.post(TOKENS).tag("auth").summary("Create an API token").open()
                .description("Email + password → bearer token (`personal` or `device`). The secret is shown once. A device token (the "
                        + "tracker's) only reaches operations marked x-device-token: allowed. " + LIMITS)
                .request("TokenRequest").status(201).response("IssuedToken").errors(400, 401, 422, 429), this::issue);
        endpoints.add(Operation.get(TOKENS).tag("auth").summary("List my API tokens").response("TokenList"),
                ctx -> ctx.json(tokens.list(Auth.require(ctx).id()).stream().map(AuthRoutes::info).toList()));
        endpoints.add(Operation.delete(TOKENS + "/{id}").tag("auth").summary("Revoke one of my API tokens").forDevices()
                .description("A device token may revoke itself only (the tracker's sign-out); any other id is 403 auth.device_scope.")
                .params(Param.path("id", "integer", "token id")).status(204).errors(403, 404), ctx -> {
                    Viewer me = Auth.require(ctx);
                    long id = ctx.pathParamAsClass("id", Long.class).get();
                    // Open to devices for signing out: a tracker ends its own token, never another one of the person's.
                    if (me.method() == Viewer.Method.DEVICE_TOKEN && !Long.valueOf(id).equals(Auth.tokenId(ctx))) {
                        throw Refusal.forbidden("auth.device_scope", null, "a device token can revoke only itself");
                    }
                    tokens.revoke(me.id(), id);
                    ctx.status(204);
                });
        endpoints.add(Operation.get(ME).tag("auth").forDevices().summary("Who am I").description("The caller and their organization memberships.")
                .response("Me"), ctx -> ctx.json(me(Auth.require(ctx))));
        // Browser-style sign-in for scripts and tests: sets the session cookie; changes then need X-CSRF-Token.
        endpoints.add(Operation.post(SESSION).tag("auth").summary("Sign in with a browser session").open()
                .description("Email + password → sets the HttpOnly session cookie and returns the CSRF token; state-changing requests "
                        + "with that cookie must send it as X-CSRF-Token (or form field _csrf). Rate limited like tokens.")
                .request("SessionRequest").response("Session").errors(400, 401, 422, 429), ctx -> {
                    SessionRequest req = ctx.bodyAsClass(SessionRequest.class);
                    Viewer v = sessions.signIn(ctx, req.email(), req.password());
                    ctx.json(new SessionInfo(me(v), v.csrfToken()));
                });
        endpoints.add(Operation.delete(SESSION).tag("auth").summary("Sign out").open()
                .description("Deletes the session and clears its cookie.").status(204).errors(403), ctx -> {
                    sessions.signOut(ctx);
                    ctx.status(204);
                });
    }

    private void issue(Context ctx) {
        TokenRequest req = ctx.bodyAsClass(TokenRequest.class);
        ApiTokenService.Issued issued = tokens.issue(req.email(), req.password(), ctx.ip(), kind(req.kind()), req.name());
        ApiToken t = issued.token();
        ctx.status(201).json(new IssuedToken(t.id(), t.name(), t.kind().name().toLowerCase(Locale.ROOT), issued.secret(), t.createdAt()));
    }

    private static TokenKind kind(String kind) {
        if (kind == null || kind.isBlank()) return TokenKind.PERSONAL;
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "personal" -> TokenKind.PERSONAL;
            case "device" -> TokenKind.DEVICE;
            default -> throw Refusal.invalid("token.kind", "kind", "kind is personal or device");
        };
    }

    private static TokenInfo info(ApiToken t) {
        return new TokenInfo(t.id(), t.name(), t.kind().name().toLowerCase(Locale.ROOT), t.createdAt(), t.lastUsedAt(), t.revokedAt());
    }

    static Me me(Viewer v) {
        return new Me(v.id(), v.email(), v.name(), v.zone().getId(), v.seats().stream()
                .map(s -> new Me.Membership(s.orgId(), s.org().name(), s.org().kind().name(), s.membership().role().name())).toList());
    }
}
