package org.hourbook.server.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.hourbook.core.week.BillingWeek;
import org.hourbook.server.Services;
import org.hourbook.server.web.WebBackend.BadCredentials;
import org.hourbook.server.web.WebBackend.RateLimited;
import org.hourbook.server.web.WebBackend.SignedIn;
import org.hourbook.server.web.WebBackend.Viewer;

/**
 * The server-rendered pages: sign in/out, contracts, the Work Diary (see {@link DiaryHandlers}),
 * the weekly timesheet and the agency lead's team page. Every action is a plain form POST that
 * redirects; htmx only makes some of them swap in place.
 */
public final class WebRoutes {
    private final WebBackend backend;
    private final Clock clock;
    private final Pages pages = new Pages();
    private final WebContext web;
    private final DiaryHandlers diary;
    private final ContractPages contractPages;
    private final TermsBackend terms;

    public WebRoutes(WebBackend backend, TermsBackend terms, Clock clock) {
        this.backend = backend;
        this.terms = terms;
        this.clock = clock;
        this.web = new WebContext(backend, pages);
        this.diary = new DiaryHandlers(backend, clock, pages, web);
        this.contractPages = new ContractPages(terms, pages, web);
    }

    /** The pages over the server's services; called by {@code App}. */
    public static void register(RoutesConfig routes, Services services) {
        new WebRoutes(new ServicesBackend(services), new ServicesTermsBackend(services), services.clock()).register(routes);
    }

    public void register(RoutesConfig routes) {
        routes.exception(WebContext.Stop.class, (e, ctx) -> { /* the response is already written */ });
        routes.get("/", ctx -> ctx.redirect("/contracts", HttpStatus.SEE_OTHER));
        routes.get("/signin", this::signInPage);
        routes.post("/signin", this::signIn);
        routes.post("/signout", this::signOut);
        routes.get("/contracts", this::contracts);
        routes.get("/contracts/{contractId}/timesheet", this::timesheet);
        routes.get("/team", this::team);
        diary.register(routes);
        contractPages.register(routes);
    }

    private void signInPage(Context ctx) {
        String next = SignInTarget.local(ctx.queryParam("next"));
        if (backend.viewer(ctx).isPresent()) {
            ctx.redirect(SignInTarget.orHome(next), HttpStatus.SEE_OTHER);
            return;
        }
        showSignIn(ctx, 200, "", null, next);
    }

    private void signIn(Context ctx) {
        String email = trimmed(ctx.formParam("email"));
        String password = ctx.formParam("password") == null ? "" : ctx.formParam("password");
        String next = SignInTarget.local(ctx.formParam("next"));
        switch (backend.signIn(ctx, email, password)) {
            case SignedIn s -> ctx.redirect(SignInTarget.orHome(next), HttpStatus.SEE_OTHER);
            case BadCredentials b -> showSignIn(ctx, 401, email, "That email and password do not match an account.", next);
            case RateLimited r -> {
                ctx.header("Retry-After", Long.toString(r.retryAfterSeconds()));
                showSignIn(ctx, 429, email, "Too many sign-in attempts. Please wait "
                        + Math.max(1, (r.retryAfterSeconds() + 59) / 60) + " minute(s) and try again.", next);
            }
        }
    }

    private void showSignIn(Context ctx, int status, String email, String error, String next) {
        Map<String, Object> params = new HashMap<>();
        params.put("next", next);
        params.put("email", email);
        params.put("error", error);
        pages.show(ctx, status, "signin.jte", params);
    }

    private void signOut(Context ctx) {
        web.viewerForPost(ctx);
        backend.signOut(ctx);
        ctx.redirect("/signin", HttpStatus.SEE_OTHER);
    }

    private void contracts(Context ctx) {
        Viewer v = web.viewer(ctx);
        pages.show(ctx, "contracts.jte", ContractsPage.of(v, backend.contracts(v), !terms.clientOrgsLed(v).isEmpty()));
    }

    private void timesheet(Context ctx) {
        Viewer v = web.viewer(ctx);
        long id = web.contractId(ctx, v);
        LocalDate day = WebContext.date(ctx, LocalDate.now(clock));
        LocalDate weekStart = BillingWeek.containing(day).monday();
        var data = backend.timesheet(v, id, weekStart).orElseThrow(() -> web.notFound(ctx, v));
        String csv = "/api/v1/contracts/" + id + "/timesheet?week=" + weekStart + "&format=csv";
        pages.show(ctx, "timesheet.jte", TimesheetPage.of(v, id, data, csv));
    }

    private void team(Context ctx) {
        Viewer v = web.viewer(ctx);
        var data = backend.team(v).orElseThrow(() -> web.notFound(ctx, v));
        pages.show(ctx, "team.jte", TeamPage.of(v, data, LocalDate.now(clock.withZone(v.zone()))));
    }

    private static String trimmed(String s) {
        return s == null ? "" : s.strip();
    }
}
