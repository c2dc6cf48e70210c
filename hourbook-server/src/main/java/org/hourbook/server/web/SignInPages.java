package org.hourbook.server.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.hourbook.server.Refusal;
import org.hourbook.server.auth.Auth;
import org.hourbook.server.auth.AuthUrls;
import org.hourbook.server.auth.SessionCookie;
import org.hourbook.server.openapi.Endpoints;
import org.hourbook.server.openapi.Operation;
import org.hourbook.server.openapi.Operation.Param;

/**
 * The start page, sign in and sign out. Every other page needs a signed-in viewer ({@link WebContext#viewer}).
 * The sign-in form is a public form: it carries this browser's pre-session CSRF token
 * ({@link Auth#formToken}), checked before {@link #signIn} runs, so a foreign page cannot sign a
 * visitor into someone else's account.
 */
public final class SignInPages implements Endpoints.Feature {
    private static final Map<String, String> NOTICES = Map.of(
            "password", "Your password is set. Sign in with it.",
            "email", "Your new email address is confirmed. Sign in with it.");

    private final SessionCookie sessions;
    private final Pages pages;
    /** Whether the install has no account yet: the page then says where the setup link is. */
    private final BooleanSupplier unset;

    public SignInPages(SessionCookie sessions, Pages pages, BooleanSupplier unset) {
        this.sessions = sessions;
        this.pages = pages;
        this.unset = unset;
    }

    @Override
    public void register(Endpoints endpoints) {
        endpoints.add(Operation.page("GET", "/", "Start: redirects to /contracts").open(),
                ctx -> ctx.redirect(SignInTarget.HOME, HttpStatus.SEE_OTHER));
        endpoints.add(Operation.page("GET", AuthUrls.SIGN_IN, "Sign-in page").open()
                .description("Gives the browser its pre-session CSRF cookie (hb_form) for the form.")
                .params(Param.query("next", "string", false, "local path to return to"),
                        Param.query("done", "string", false, "a notice to show: password (just set), email (just confirmed)")), this::page);
        endpoints.add(Operation.form("POST", AuthUrls.SIGN_IN, "Sign in", "SignInForm").open()
                .description("Sets the session cookie and redirects to `next` (a local path, dot segments resolved; anything else goes "
                        + "to /contracts). Wrong credentials re-render the form (401); too many attempts from this address say how long "
                        + "to wait (429). Needs the form's _csrf (pre-session token, 403 otherwise) and is refused from other sites (403).")
                .errors(401, 429), this::signIn);
        endpoints.add(Operation.form("POST", "/signout", "Sign out", "CsrfForm").description("Ends the session, redirects to /signin."),
                this::signOut);
    }

    private void page(Context ctx) {
        String next = SignInTarget.local(ctx.queryParam("next"));
        if (WebContext.signedIn(ctx).isPresent()) {
            ctx.redirect(SignInTarget.orHome(next), HttpStatus.SEE_OTHER);
            return;
        }
        String done = ctx.queryParam("done");
        show(ctx, 200, "", null, next, done == null ? null : NOTICES.get(done));
    }

    private void signIn(Context ctx) {
        String email = WebContext.field(ctx, "email");
        String password = ctx.formParam("password") == null ? "" : ctx.formParam("password");
        String next = SignInTarget.local(ctx.formParam("next"));
        try {
            sessions.signIn(ctx, email, password);
            ctx.redirect(SignInTarget.orHome(next), HttpStatus.SEE_OTHER);
        } catch (Refusal.Throttled t) {
            ctx.header("Retry-After", Long.toString(t.retryAfterSeconds()));
            show(ctx, 429, email, "Too many sign-in attempts from here. Please wait "
                    + Math.max(1, (t.retryAfterSeconds() + 59) / 60) + " minute(s) and try again.", next, null);
        } catch (Refusal.NotSignedIn | Refusal.RuleBroken e) {
            show(ctx, 401, email, "That email and password do not match an account.", next, null);
        }
    }

    private void show(Context ctx, int status, String email, String error, String next, String notice) {
        Map<String, Object> params = new HashMap<>();
        params.put("next", next);
        params.put("email", email);
        params.put("error", error);
        params.put("notice", notice);
        params.put("csrf", Auth.formToken(ctx));
        params.put("setupNeeded", unset.getAsBoolean());
        pages.show(ctx, status, "web/signin.jte", params);
    }

    private void signOut(Context ctx) {
        WebContext.viewer(ctx);
        sessions.signOut(ctx);
        ctx.redirect("/signin", HttpStatus.SEE_OTHER);
    }
}
