package org.hourbook.server.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hourbook.server.web.WebBackend.Viewer;

/**
 * The per-request helpers of the pages: who is signed in, CSRF on every POST, typed parameters
 * checked at the edge, and the not-found page. Thrown {@link Stop}s end a handler early with the
 * response already written.
 */
final class WebContext {
    /** Ends a handler whose response is already decided (redirect, 404 page, 403). */
    static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    private final WebBackend backend;
    private final Pages pages;

    WebContext(WebBackend backend, Pages pages) {
        this.backend = backend;
        this.pages = pages;
    }

    /** The signed-in viewer, or a redirect to the sign-in page. */
    Viewer viewer(Context ctx) {
        Optional<Viewer> v = backend.viewer(ctx);
        if (v.isEmpty()) {
            // Come back here after signing in (a bookmarked or e-mailed diary link); only a page
            // load is worth returning to, never the target of a form post or an htmx fragment.
            String back = "GET".equals(ctx.method().name()) && !htmx(ctx)
                    ? ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString()) : null;
            String next = back == null ? null : SignInTarget.local(back);
            ctx.redirect(next == null || next.equals("/contracts") ? "/signin"
                    : "/signin?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
            throw new Stop();
        }
        return v.get();
    }

    /** Like {@link #viewer} and also checks the form's (or htmx header's) CSRF token. */
    Viewer viewerForPost(Context ctx) {
        Viewer v = viewer(ctx);
        String sent = Optional.ofNullable(ctx.formParam("_csrf")).orElse(ctx.header("X-CSRF-Token"));
        if (sent == null || v.csrfToken() == null || !MessageDigest.isEqual(
                sent.getBytes(StandardCharsets.UTF_8), v.csrfToken().getBytes(StandardCharsets.UTF_8))) {
            ctx.status(403).html("<!DOCTYPE html><title>Expired form</title><p>This form has expired. "
                    + "<a href=\"/contracts\">Reload the page</a> and try again.</p>");
            throw new Stop();
        }
        return v;
    }

    /** Writes the 404 page; the caller throws the result: {@code throw web.notFound(ctx, viewer)}. */
    Stop notFound(Context ctx, Viewer viewer) {
        pages.show(ctx, 404, "notfound.jte", Map.of("viewer", viewer));
        return new Stop();
    }

    long contractId(Context ctx, Viewer viewer) {
        try {
            return Long.parseLong(ctx.pathParam("contractId"));
        } catch (NumberFormatException e) {
            throw notFound(ctx, viewer);
        }
    }

    UUID segmentId(Context ctx, Viewer viewer) {
        try {
            return UUID.fromString(ctx.pathParam("segmentId"));
        } catch (IllegalArgumentException e) {
            throw notFound(ctx, viewer);
        }
    }

    /** {@code date} from the query or form, else today in the shown zone. */
    static LocalDate date(Context ctx, LocalDate fallback) {
        String raw = Optional.ofNullable(ctx.queryParam("date")).orElseGet(() -> formParamSafe(ctx, "date"));
        if (raw == null || raw.isBlank()) return fallback;
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    static boolean utc(Context ctx) {
        String raw = Optional.ofNullable(ctx.queryParam("tz")).orElseGet(() -> formParamSafe(ctx, "tz"));
        return "utc".equalsIgnoreCase(raw);
    }

    static List<UUID> ids(Context ctx) {
        return ctx.formParams("ids").stream().flatMap(s -> {
            try {
                return java.util.stream.Stream.of(UUID.fromString(s));
            } catch (IllegalArgumentException e) {
                return java.util.stream.Stream.empty();
            }
        }).distinct().toList();
    }

    private static String formParamSafe(Context ctx, String name) {
        return "POST".equals(ctx.method().name()) ? ctx.formParam(name) : null;
    }

    static boolean htmx(Context ctx) {
        return "true".equals(ctx.header("HX-Request"));
    }
}
