package org.hourbook.server.auth;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Optional;
import org.hourbook.core.account.User;
import org.hourbook.server.Config;
import org.hourbook.server.Refusal;
import org.hourbook.server.Services;
import org.hourbook.server.openapi.Endpoints;
import org.hourbook.server.openapi.Operation;
import org.hourbook.server.ops.OpsRoutes;
import org.hourbook.server.web.StaticAssets;
import org.hourbook.store.auth.TokenKind;

/**
 * Runs before every handler: refuses state-changing browser requests from another site
 * ({@link SameOrigin}), finds who is calling (bearer token, else session cookie) and enforces CSRF
 * on state-changing requests that rely on the cookie. Bearer requests are exempt from both (a
 * browser never attaches them on its own). Unauthenticated requests pass through as anonymous;
 * handlers that need a user call {@link Auth#require}.
 * <p>
 * As {@link Endpoints.Guard} it also wraps each handler with what its {@link Operation} says:
 * <pre>
 * operation                        device token          anonymous browser post
 * .forDevices()                    let through           —
 * signed in, not forDevices()      403 auth.device_scope —
 * .open() web form (publicForm)    let through           needs the hb_form token ({@link PublicForms})
 * </pre>
 */
public final class Authenticator implements Endpoints.Guard {
    static final String FORMS_ATTRIBUTE = "hourbook.publicForms";

    private final Services services;
    private final SameOrigin sameOrigin;
    private final PublicForms forms;

    public Authenticator(Services services, Config config) {
        this.services = services;
        this.sameOrigin = new SameOrigin(config.publicUrl());
        this.forms = new PublicForms(services.serverKey(), config.secureCookies(), services.tokens());
    }

    public void authenticate(Context ctx) {
        // /metrics has its own bearer token (not an API token); OpsRoutes checks it. Health and ready must answer when
        // the database does not: looking up who calls would wait for a connection first.
        if (OpsRoutes.PROBES.contains(ctx.path())) return;
        // The stylesheet and scripts are the same for everyone: no session lookup for them.
        if (ctx.path().startsWith(StaticAssets.PREFIX)) return;
        boolean bearer = bearer(ctx) != null;
        if (isStateChanging(ctx.method()) && !bearer) sameOrigin.check(ctx);
        ctx.attribute(FORMS_ATTRIBUTE, forms);
        // The public retainer page is opened by its link's secret alone: no session or token to look up.
        if (ctx.path().startsWith("/r/") || ctx.path().equals("/robots.txt")) return;
        // Token or session, user and memberships: three reads on one connection.
        services.db().reading(() -> {
            identify(ctx);
            return null;
        });
    }

    @Override
    public Handler wrap(Operation op, Handler handler) {
        boolean closedToDevices = op.auth() && !op.devices();
        boolean publicForm = op.publicForm();
        if (!closedToDevices && !publicForm) return handler;
        return ctx -> {
            Optional<Viewer> viewer = Auth.viewer(ctx);
            if (closedToDevices && viewer.isPresent() && viewer.get().method() == Viewer.Method.DEVICE_TOKEN) {
                throw Refusal.forbidden("auth.device_scope", null, "a device token can only do what the tracker does (read contracts "
                        + "and diary totals, upload and delete captures); use a personal token or sign in for this");
            }
            // A signed-in browser's post was checked against its session's token in identify().
            if (publicForm && viewer.filter(v -> v.method() == Viewer.Method.SESSION).isEmpty()) forms.check(ctx);
            handler.handle(ctx);
        };
    }

    private void identify(Context ctx) {
        String secret = bearer(ctx);
        if (secret != null) {
            Optional<ApiTokenService.Resolved> token = services.apiTokens().resolve(secret);
            if (token.isEmpty()) {
                // Not a 401 here: public endpoints (health, the API description) must answer a probe that
                // carries a stale token; Auth.require turns it into 401 auth.token_invalid where a user is needed.
                ctx.attribute(Auth.BAD_TOKEN_ATTRIBUTE, Boolean.TRUE);
                return;
            }
            User user = token.get().user();
            Viewer.Method method = token.get().token().kind() == TokenKind.DEVICE ? Viewer.Method.DEVICE_TOKEN : Viewer.Method.PERSONAL_TOKEN;
            Auth.set(ctx, new Viewer(user, services.db().accounts().seatsOf(user.id()), method, null));
            ctx.attribute(Auth.TOKEN_ID_ATTRIBUTE, token.get().token().id());
            return;
        }
        String cookie = ctx.cookie(Auth.SESSION_COOKIE);
        if (cookie == null || cookie.isEmpty()) return;
        var session = services.sessions().resolve(cookie);
        if (session.isEmpty()) return;
        // Not findUser: a disabled person's session must not authenticate, even one that outlived the disabling.
        Optional<User> user = services.db().userStatus().findActiveUser(session.get().userId());
        if (user.isEmpty()) return;
        Viewer viewer = new Viewer(user.get(), services.db().accounts().seatsOf(user.get().id()), Viewer.Method.SESSION,
                session.get().csrfToken());
        Auth.set(ctx, viewer);
        if (isStateChanging(ctx.method())) checkCsrf(ctx, viewer);
    }

    /** The bearer secret of the Authorization header, or {@code null}. */
    private static String bearer(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) return null;
        return authorization.substring(7).trim();
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
