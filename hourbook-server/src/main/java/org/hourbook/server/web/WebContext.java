package org.hourbook.server.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.hourbook.server.Refusal;
import org.hourbook.server.auth.Auth;
import org.hourbook.server.auth.Viewer;

/**
 * The per-request helpers every page uses: who is signed in (by browser session; a bearer token
 * does not open pages), and parameters checked at the edge. A malformed id cannot name anything,
 * so it is "not found", like an object that is not the viewer's. CSRF on every POST is checked
 * before any handler runs ({@code auth.Authenticator}).
 */
public final class WebContext {
    /** Ends a handler whose response is already written (the redirect to sign in). */
    public static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    private WebContext() {}

    /** The person signed in by browser session, if any. */
    public static Optional<Viewer> signedIn(Context ctx) {
        return Auth.viewer(ctx).filter(v -> v.method() == Viewer.Method.SESSION);
    }

    /** The signed-in viewer, or a redirect to the sign-in page that comes back here afterwards. */
    public static Viewer viewer(Context ctx) {
        Optional<Viewer> v = signedIn(ctx);
        if (v.isEmpty()) {
            // Come back here after signing in (a bookmarked or e-mailed diary link); only a page
            // load is worth returning to, never the target of a form post or an htmx fragment.
            String back = "GET".equals(ctx.method().name()) && !htmx(ctx)
                    ? ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString()) : null;
            String next = back == null ? null : SignInTarget.local(back);
            ctx.redirect(next == null || next.equals(SignInTarget.HOME) ? "/signin"
                    : "/signin?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
            throw new Stop();
        }
        return v.get();
    }

    public static long contractId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("contractId"));
        } catch (NumberFormatException e) {
            throw Refusal.notFound("contract");
        }
    }

    public static UUID segmentId(Context ctx) {
        try {
            return UUID.fromString(ctx.pathParam("segmentId"));
        } catch (IllegalArgumentException e) {
            throw Refusal.notFound("segment");
        }
    }

    /** {@code date} from the query or form, else {@code fallback}. */
    public static LocalDate date(Context ctx, LocalDate fallback) {
        String raw = Optional.ofNullable(ctx.queryParam("date")).orElseGet(() -> formParamSafe(ctx, "date"));
        if (raw == null || raw.isBlank()) return fallback;
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    /** Whether the page is shown in UTC rather than the viewer's zone ({@code tz=utc}). */
    public static boolean utc(Context ctx) {
        String raw = Optional.ofNullable(ctx.queryParam("tz")).orElseGet(() -> formParamSafe(ctx, "tz"));
        return "utc".equalsIgnoreCase(raw);
    }

    /** The segment ids a form sent; anything that is not an id is left out. */
    public static List<UUID> ids(Context ctx) {
        return ctx.formParams("ids").stream().flatMap(s -> {
            try {
                return Stream.of(UUID.fromString(s));
            } catch (IllegalArgumentException e) {
                return Stream.<UUID>empty();
            }
        }).distinct().toList();
    }

    /** A form field, stripped; empty when absent. */
    public static String field(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null ? "" : v.strip();
    }

    public static boolean htmx(Context ctx) {
        return "true".equals(ctx.header("HX-Request"));
    }

    private static String formParamSafe(Context ctx, String name) {
        return "POST".equals(ctx.method().name()) ? ctx.formParam(name) : null;
    }
}
