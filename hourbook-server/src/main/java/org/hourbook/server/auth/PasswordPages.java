package org.hourbook.server.auth;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.hourbook.server.Refusal;
import org.hourbook.server.http.ErrorMapping;
import org.hourbook.server.openapi.Endpoints;
import org.hourbook.server.openapi.Operation;
import org.hourbook.server.web.Pages;
import org.hourbook.server.web.WebContext;

/**
 * "Forgot password?" and the page of a password link. Both are public forms (a pre-session CSRF
 * token, checked before the handlers run). The forgot form answers the same whether or not the
 * email names an account; without mail configured it says to ask the operator, who runs
 * {@code hourbook admin reset-password --email E} and hands over the link it prints. A link that
 * was used or has expired answers 410 with a page that says so, a guessed one 404.
 */
public final class PasswordPages implements Endpoints.Feature {
    private final PasswordResetService resets;
    private final Pages pages;

    public PasswordPages(PasswordResetService resets, Pages pages) {
        this.resets = resets;
        this.pages = pages;
    }

    @Override
    public void register(Endpoints endpoints) {
        endpoints.add(Operation.page("GET", AuthUrls.FORGOT, "Forgot password: ask for a link").open()
                .description("With mail configured, a form for the email; without, who to ask (the operator prints a link with "
                        + "`hourbook admin reset-password --email E`)."), this::forgotPage);
        endpoints.add(Operation.form("POST", AuthUrls.FORGOT, "Mail a password link", "ForgotPasswordForm").open()
                .status(200).errors(429)
                .description("Answers the same page (200) whether or not the email names an account; when it does and mail is set up, a "
                        + "single-use link valid for 1 hour is mailed (older ones stop working). 10 requests per client address per 15 "
                        + "minutes (429), at most 3 mails per address."), this::forgot);
        endpoints.add(Operation.page("GET", AuthUrls.PASSWORD, "Set or reset a password with a link").open().params(AuthUrls.TOKEN)
                .errors(410).description("The link from a password mail, or from the operator. 404: no such link; 410: used or expired."),
                this::choosePage);
        endpoints.add(Operation.form("POST", AuthUrls.PASSWORD, "Set the password", "NewPasswordForm").open().params(AuthUrls.TOKEN)
                .errors(410).description("Sets the password (at least 10 characters), spends the link and ends every session and API token "
                        + "of the account; redirects to sign-in. Problems re-render the form (422)."), this::choose);
    }

    private void forgotPage(Context ctx) {
        pages.show(ctx, 200, "auth/forgot.jte", PasswordPage.forgot(Auth.formToken(ctx), resets.canMail(), false, "", null));
    }

    private void forgot(Context ctx) {
        String email = WebContext.field(ctx, "email");
        try {
            resets.request(email, ctx.ip());
            pages.show(ctx, 200, "auth/forgot.jte", PasswordPage.forgot(Auth.formToken(ctx), resets.canMail(), true, email, null));
        } catch (Refusal.Throttled t) {
            ctx.header("Retry-After", Long.toString(t.retryAfterSeconds()));
            pages.show(ctx, 429, "auth/forgot.jte", PasswordPage.forgot(Auth.formToken(ctx), resets.canMail(), false, email, sentence(t)));
        } catch (Refusal.RuleBroken r) {
            pages.show(ctx, 422, "auth/forgot.jte", PasswordPage.forgot(Auth.formToken(ctx), resets.canMail(), false, email, sentence(r)));
        }
    }

    private void choosePage(Context ctx) {
        String token = ctx.pathParam("token");
        pages.show(ctx, 200, "auth/password.jte", PasswordPage.choose(Auth.formToken(ctx), resets.open(token), token, null, null));
    }

    private void choose(Context ctx) {
        String token = ctx.pathParam("token");
        String password = ctx.formParam("password") == null ? "" : ctx.formParam("password");
        String confirmation = ctx.formParam("confirmation") == null ? "" : ctx.formParam("confirmation");
        try {
            resets.set(token, password, confirmation);
            ctx.redirect(AuthUrls.signIn("password"), HttpStatus.SEE_OTHER);
        } catch (Refusal.RuleBroken r) {
            pages.show(ctx, ErrorMapping.status(r), "auth/password.jte",
                    PasswordPage.choose(Auth.formToken(ctx), resets.open(token), token, sentence(r), r.field()));
        }
    }

    /** A refusal's message as a sentence for the page. */
    static String sentence(Refusal r) {
        String m = r.getMessage();
        return Character.toUpperCase(m.charAt(0)) + m.substring(1) + (m.endsWith(".") ? "" : ".");
    }
}
