package org.hourbook.server.auth;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Optional;
import org.hourbook.core.account.User;
import org.hourbook.server.Config;
import org.hourbook.server.Services;
import org.hourbook.server.Refusal;
import org.hourbook.server.ops.OpsRoutes;
import org.hourbook.server.web.StaticAssets;

/**
 * Runs before every handler: finds who is calling (bearer token, else session cookie) and
 * enforces CSRF on state-changing requests that rely on the cookie. Bearer requests are exempt
 * (a browser never attaches them on its own). Unauthenticated requests pass through as anonymous;
 * handlers that need a user call {@link Auth#require}.
 */
public final class Authenticator {
    private final Services services;

    public Authenticator(Services services, Config config) {
        this.services = services;
    }

    public void authenticate(Context ctx) {
        // /metrics has its own bearer token (not an API token); OpsRoutes checks it.
        if (ctx.path().equals(OpsRoutes.METRICS_PATH)) return;
        // The stylesheet and scripts are the same for everyone: no session lookup for them.
        if (ctx.path().startsWith(StaticAssets.PREFIX)) return;
        // The public retainer page is opened by its link's secret alone: no session or token to look up.
        if (ctx.path().startsWith("/r/") || ctx.path().equals("/robots.txt")) return;
        // Token or session, user and memberships: three reads on one connection.
        services.db().reading(() -> {
            identify(ctx);
            return null;
        });
    }

    private void identify(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<User> user = services.apiTokens().resolve(authorization.substring(7).trim());
            if (user.isEmpty()) {
                // Not a 401 here: public endpoints (health, the API description) must answer a probe that
                // carries a stale token; Auth.require turns it into 401 auth.token_invalid where a user is needed.
                ctx.attribute(Auth.BAD_TOKEN_ATTRIBUTE, Boolean.TRUE);
                return;
            }
            Auth.set(ctx, new Viewer(user.get(), services.db().accounts().seatsOf(user.get().id()), Viewer.Method.BEARER, null));
            return;
        }
        String secret = ctx.cookie(Auth.SESSION_COOKIE);
        if (secret == null || secret.isEmpty()) return;
        var session = services.sessions().resolve(secret);
        if (session.isEmpty()) return;
        // Not findUser: a disabled person's session must not authenticate, even one that outlived the disabling.
        Optional<User> user = services.db().userStatus().findActiveUser(session.get().userId());
        if (user.isEmpty()) return;
        Viewer viewer = new Viewer(user.get(), services.db().accounts().seatsOf(user.get().id()), Viewer.Method.SESSION,
                session.get().csrfToken());
        Auth.set(ctx, viewer);
        if (isStateChanging(ctx.method())) checkCsrf(ctx, viewer);
    }

    private static void checkCsrf(Context ctx, Viewer viewer) {
        String sent = ctx.header(Auth.CSRF_HEADER);
        if (sent == null && isForm(ctx)) sent = ctx.formParam(Auth.CSRF_FIELD);
        if (!Tokens.same(sent, viewer.csrfToken())) {
            throw Refusal.forbidden("auth.csrf", Auth.CSRF_FIELD, "missing or wrong CSRF token; reload the page and try again");
        }
    }

    private static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        return type != null && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"));
    }

    static boolean isStateChanging(HandlerType method) {
        return method == HandlerType.POST || method == HandlerType.PUT || method == HandlerType.PATCH || method == HandlerType.DELETE;
    }
}
