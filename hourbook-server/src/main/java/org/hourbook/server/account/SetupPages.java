package org.hourbook.server.account;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hourbook.server.Refusal;
import org.hourbook.server.auth.Auth;
import org.hourbook.server.auth.SessionCookie;
import org.hourbook.server.openapi.Endpoints;
import org.hourbook.server.openapi.Operation;
import org.hourbook.server.web.Pages;
import org.hourbook.server.web.WebContext;

/**
 * {@code /setup/{token}}: the first account and its organization, from the link {@code serve}
 * printed. Signed in at once, the person lands on their organization's page with the next steps.
 * A used, expired or voided link answers 410 with a page that says so; a guess 404.
 */
public final class SetupPages implements Endpoints.Feature {
    static final List<String> FIELDS = List.of("name", "email", "password", "zone", "orgName", "kind");

    private final SetupService setup;
    private final SessionCookie sessions;
    private final Pages pages;

    public SetupPages(SetupService setup, SessionCookie sessions, Pages pages) {
        this.setup = setup;
        this.sessions = sessions;
        this.pages = pages;
    }

    @Override
    public void register(Endpoints endpoints) {
        endpoints.add(Operation.page("GET", AccountUrls.SETUP, "First-run setup: the first account and its organization").open()
                .params(AccountUrls.TOKEN).errors(410), this::form);
        endpoints.add(Operation.form("POST", AccountUrls.SETUP, "Create the first account and its organization", "SetupForm").open()
                .description("Signs the new owner in and redirects to their organization's page; a problem re-renders the form naming "
                        + "the field (422); the link works once (410 afterwards).")
                .params(AccountUrls.TOKEN).errors(410), this::create);
    }

    private void form(Context ctx) {
        String token = ctx.pathParam("token");
        try {
            setup.open(token);
        } catch (Refusal.Gone g) {
            gone(ctx, pages, g);
            return;
        }
        show(ctx, 200, token, new FormPage(Map.of("kind", "AGENCY"), FIELDS, null, null));
    }

    private void create(Context ctx) {
        String token = ctx.pathParam("token");
        Map<String, String> typed = new LinkedHashMap<>();
        for (String f : FIELDS) if (!f.equals("password")) typed.put(f, WebContext.field(ctx, f));
        try {
            NewAccount account = NewAccount.of(typed.get("name"), typed.get("email"), ctx.formParam("password"), typed.get("zone"));
            SetupService.Done done = setup.complete(token, account, typed.get("orgName"), OrgWords.kindOf(typed.get("kind"), "kind"));
            sessions.signIn(ctx, account.email(), account.password());
            ctx.redirect(AccountUrls.org(done.org().id(), "welcome"), HttpStatus.SEE_OTHER);
        } catch (Refusal.Gone g) {
            gone(ctx, pages, g);
        } catch (Refusal.RuleBroken r) {
            show(ctx, 422, token, new FormPage(typed, FIELDS, r.getMessage(), r.field()));
        }
    }

    private void show(Context ctx, int status, String token, FormPage form) {
        Map<String, Object> params = new HashMap<>();
        params.put("form", form);
        params.put("action", AccountUrls.setup(token));
        // A public form: this browser's pre-session token, checked before create() runs (auth.PublicForms); a post
        // another site sent is refused before that (auth.SameOrigin).
        params.put("csrf", Auth.formToken(ctx));
        pages.show(ctx, status, "account/setup.jte", params);
    }

    /** The plain 410 page of a one-time link that no longer works, saying why and where to go instead. */
    static void gone(Context ctx, Pages pages, Refusal.Gone g) {
        Map<String, Object> params = new HashMap<>();
        params.put("viewer", WebContext.signedIn(ctx).orElse(null));
        boolean setupDone = g.code().equals("setup.done");
        params.put("title", setupDone ? "Hourbook is set up" : "This link no longer works");
        params.put("message", sentence(g.getMessage()) + (setupDone ? "" : " Links work once and for a limited time."));
        params.put("next", "/signin");
        params.put("nextLabel", "Go to sign in");
        pages.show(ctx, 410, "account/gone.jte", params);
    }

    private static String sentence(String s) {
        String t = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        return t.endsWith(".") ? t : t + ".";
    }
}
