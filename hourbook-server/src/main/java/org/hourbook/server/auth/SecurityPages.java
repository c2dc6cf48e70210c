package org.hourbook.server.auth;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.hourbook.server.Refusal;
import org.hourbook.server.http.ErrorMapping;
import org.hourbook.server.openapi.Endpoints;
import org.hourbook.server.openapi.Operation;
import org.hourbook.server.openapi.Operation.Param;
import org.hourbook.server.web.Pages;
import org.hourbook.server.web.WebContext;
import org.hourbook.store.auth.ApiToken;
import org.hourbook.store.auth.TokenKind;

/**
 * The person's sessions (which browsers are signed in, from what and when last seen; end one or
 * all others) and API tokens (personal and the trackers' device tokens; create a personal one,
 * shown once; revoke any). Both pages list only the viewer's own; someone else's id is a 404.
 */
public final class SecurityPages implements Endpoints.Feature {
    private static final Map<String, String> NOTICES = Map.of(
            "ended", "That session is signed out.",
            "others", "Every other session is signed out.",
            "revoked", "The token is revoked. Whatever used it must be given a new one.");

    private final SessionService sessions;
    private final SessionCookie cookie;
    private final ApiTokenService tokens;
    private final Pages pages;

    public SecurityPages(SessionService sessions, SessionCookie cookie, ApiTokenService tokens, Pages pages) {
        this.sessions = sessions;
        this.cookie = cookie;
        this.tokens = tokens;
        this.pages = pages;
    }

    @Override
    public void register(Endpoints endpoints) {
        endpoints.add(Operation.page("GET", AuthUrls.SESSIONS, "My sessions: browser, signed in, last seen")
                .params(Param.query("done", "string", false, "a notice to show: ended, others")), this::sessionsPage);
        endpoints.add(Operation.form("POST", AuthUrls.SESSION_END, "Sign out one of my sessions", "CsrfForm").params(AuthUrls.SESSION_ID)
                .description("Ends that session at once (its next request is anonymous). Ending this browser's own session signs out."),
                this::endOne);
        endpoints.add(Operation.form("POST", AuthUrls.SESSIONS_END_OTHERS, "Sign out all my other sessions", "CsrfForm")
                .description("Ends every session of mine except this browser's."), this::endOthers);
        endpoints.add(Operation.page("GET", AuthUrls.TOKENS, "My API tokens: personal and device (tracker) tokens")
                .params(Param.query("done", "string", false, "a notice to show: revoked")), this::tokensPage);
        endpoints.add(Operation.form("POST", AuthUrls.TOKENS, "Create a personal API token", "TokenForm")
                .description("Answers the tokens page with the new token's secret, shown this once (200)."), this::create);
        endpoints.add(Operation.form("POST", AuthUrls.TOKEN_REVOKE, "Revoke one of my API tokens", "CsrfForm").params(AuthUrls.TOKEN_ID)
                .description("Personal or device token; requests with it are refused from now on (401)."), this::revoke);
    }

    private void sessionsPage(Context ctx) {
        Viewer v = WebContext.viewer(ctx);
        showSessions(ctx, 200, v, notice(ctx), null);
    }

    private void endOne(Context ctx) {
        Viewer v = WebContext.viewer(ctx);
        String id = ctx.pathParam("sessionId");
        boolean own = sessions.list(v.id(), ctx.cookie(Auth.SESSION_COOKIE)).stream().anyMatch(s -> s.current() && s.id().equals(id));
        if (own) {
            cookie.signOut(ctx);
            ctx.redirect(AuthUrls.SIGN_IN, HttpStatus.SEE_OTHER);
            return;
        }
        sessions.end(v.id(), id);
        ctx.redirect(AuthUrls.SESSIONS + "?done=ended", HttpStatus.SEE_OTHER);
    }

    private void endOthers(Context ctx) {
        Viewer v = WebContext.viewer(ctx);
        sessions.endOthers(v.id(), ctx.cookie(Auth.SESSION_COOKIE));
        ctx.redirect(AuthUrls.SESSIONS + "?done=others", HttpStatus.SEE_OTHER);
    }

    private void tokensPage(Context ctx) {
        Viewer v = WebContext.viewer(ctx);
        showTokens(ctx, 200, v, null, notice(ctx), null);
    }

    private void create(Context ctx) {
        Viewer v = WebContext.viewer(ctx);
        try {
            ApiTokenService.Issued issued = tokens.issueFor(v.id(), TokenKind.PERSONAL, WebContext.field(ctx, "name"));
            showTokens(ctx, 200, v, new SecurityPage.Issued(issued.token().name(), issued.secret()), null, null);
        } catch (Refusal.NotFound e) {
            throw e;
        } catch (Refusal r) {
            showTokens(ctx, ErrorMapping.status(r), v, null, null, r.getMessage());
        }
    }

    private void revoke(Context ctx) {
        Viewer v = WebContext.viewer(ctx);
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("tokenId"));
        } catch (NumberFormatException e) {
            throw Refusal.notFound("token");
        }
        tokens.revoke(v.id(), id);
        ctx.redirect(AuthUrls.TOKENS + "?done=revoked", HttpStatus.SEE_OTHER);
    }

    private void showSessions(Context ctx, int status, Viewer v, String notice, String error) {
        var rows = sessions.list(v.id(), ctx.cookie(Auth.SESSION_COOKIE)).stream()
                .map(s -> new SecurityPage.SessionRow(s.id(), s.device(), When.of(s.signedInAt(), v.zone()), When.of(s.lastSeenAt(), v.zone()),
                        s.current()))
                .toList();
        pages.show(ctx, status, "auth/sessions.jte", new SecurityPage(v, rows, java.util.List.of(), null, notice, error));
    }

    private void showTokens(Context ctx, int status, Viewer v, SecurityPage.Issued issued, String notice, String error) {
        var rows = tokens.list(v.id()).stream().filter(t -> !t.isRevoked()).map(t -> row(t, v)).toList();
        pages.show(ctx, status, "auth/tokens.jte", new SecurityPage(v, java.util.List.of(), rows, issued, notice, error));
    }

    private static SecurityPage.TokenRow row(ApiToken t, Viewer v) {
        return new SecurityPage.TokenRow(t.id(), t.name(), t.kind() == TokenKind.DEVICE ? "Device (tracker)" : "Personal",
                When.of(t.createdAt(), v.zone()), When.of(t.lastUsedAt(), v.zone()));
    }

    private static String notice(Context ctx) {
        String done = ctx.queryParam("done");
        return done == null ? null : NOTICES.get(done);
    }
}
