package org.hourbook.server.auth;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.hourbook.core.account.Membership;
import org.hourbook.server.Services;
import org.hourbook.server.http.ApiException;
import org.hourbook.store.auth.ApiToken;
import org.hourbook.store.auth.TokenKind;

/** {@code /api/v1/auth/tokens} and {@code /api/v1/me}. */
public final class AuthRoutes {
    private AuthRoutes() {}

    record TokenRequest(String email, String password, String kind, String name) {}

    record TokenView(long id, String name, String kind, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
        static TokenView of(ApiToken t) {
            return new TokenView(t.id(), t.name(), t.kind().name().toLowerCase(Locale.ROOT), t.createdAt(), t.lastUsedAt(), t.revokedAt());
        }
    }

    record IssuedView(long id, String name, String kind, String token, Instant createdAt) {}

    record SessionRequest(String email, String password) {}

    record SessionView(MeView me, String csrfToken) {}

    record MembershipView(long orgId, String orgName, String orgKind, String role) {}

    record MeView(long id, String email, String name, String zone, List<MembershipView> memberships) {}

    public static void register(RoutesConfig routes, Services services) {
        routes.post("/api/v1/auth/tokens", ctx -> issue(ctx, services));
        routes.get("/api/v1/auth/tokens", ctx -> ctx.json(services.apiTokens().list(Auth.require(ctx).id()).stream().map(TokenView::of).toList()));
        routes.delete("/api/v1/auth/tokens/{id}", ctx -> {
            Viewer me = Auth.require(ctx);
            services.apiTokens().revoke(me.id(), ctx.pathParamAsClass("id", Long.class).get());
            ctx.status(204);
        });
        routes.get("/api/v1/me", ctx -> ctx.json(me(Auth.require(ctx), services)));
        // Browser-style sign-in for scripts and tests: sets the session cookie; changes then need X-CSRF-Token.
        routes.post("/api/v1/auth/session", ctx -> {
            SessionRequest req = ctx.bodyAsClass(SessionRequest.class);
            Viewer v = services.sessions().signIn(ctx, req.email(), req.password());
            ctx.json(new SessionView(me(v, services), v.csrfToken()));
        });
        routes.delete("/api/v1/auth/session", ctx -> {
            services.sessions().signOut(ctx);
            ctx.status(204);
        });
    }

    private static void issue(Context ctx, Services services) {
        TokenRequest req = ctx.bodyAsClass(TokenRequest.class);
        TokenKind kind = parseKind(req.kind());
        ApiTokenService.Issued issued = services.apiTokens().issue(req.email(), req.password(), ctx.ip(), kind, req.name());
        ApiToken t = issued.token();
        ctx.status(201).json(new IssuedView(t.id(), t.name(), t.kind().name().toLowerCase(Locale.ROOT), issued.secret(), t.createdAt()));
    }

    private static TokenKind parseKind(String kind) {
        if (kind == null || kind.isBlank()) return TokenKind.PERSONAL;
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "personal" -> TokenKind.PERSONAL;
            case "device" -> TokenKind.DEVICE;
            default -> throw ApiException.invalid("token.kind", "kind", "kind is personal or device");
        };
    }

    static MeView me(Viewer v, Services services) {
        List<MembershipView> ms = v.memberships().stream().map((Membership m) -> {
            var org = services.db().accounts().findOrganization(m.orgId());
            return new MembershipView(m.orgId(), org.map(o -> o.name()).orElse(""), org.map(o -> o.kind().name()).orElse(""),
                    m.role().name());
        }).toList();
        return new MeView(v.id(), v.user().email(), v.user().name(), v.user().zone().getId(), ms);
    }
}
