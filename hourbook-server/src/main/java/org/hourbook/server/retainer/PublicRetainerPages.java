package org.hourbook.server.retainer;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.hourbook.api.retainer.RetainerStatus;
import org.hourbook.server.Refusal;
import org.hourbook.server.http.ErrorMapping;
import org.hourbook.server.openapi.Endpoints;
import org.hourbook.server.openapi.Operation;
import org.hourbook.server.web.Pages;

/**
 * The client's no-login page of a retainer, {@code /r/{token}}: HTML (one self-contained
 * document: its stylesheet inline under a hash-pinned CSP, no script, no other request), the same
 * data as JSON with {@code Accept: application/json}, and an Atom feed of the work log. Every
 * answer is uncacheable, unindexed and sends no referrer. Revoked: 410; unknown: 404; too many
 * requests from one address: 429 with Retry-After — each as a plain page.
 */
public final class PublicRetainerPages implements Endpoints.Feature {
    private final ShareLinkService links;
    private final PublicPageCache cache;
    private final Pages pages;
    private final String css;
    private final String csp;

    /** @param cache where each answered page is kept, to be sent again from memory while it holds */
    public PublicRetainerPages(ShareLinkService links, PublicPageCache cache, Pages pages) {
        this.links = links;
        this.cache = cache;
        this.pages = pages;
        this.css = load("/retainer/public.css");
        this.csp = "default-src 'none'; style-src '" + sha256(css) + "'; img-src 'none'; base-uri 'none'; form-action 'none'; "
                + "frame-ancestors 'none'";
    }

    @Override
    public void register(Endpoints endpoints) {
        endpoints.add(Operation.get(RetainerUrls.PUBLIC).tag("public").summary("A retainer's public page").open()
                .description("No login: the link's secret is the key. HTML, or with `Accept: application/json` the same data "
                        + "(capHours, usedHours, remainingHours, resetsOn, cycleStart, lines, pastCycles). 404 unknown, 410 revoked, "
                        + "429 too many requests from one address (Retry-After).")
                .params(RetainerUrls.TOKEN).response("RetainerStatus").errors(404, 410, 429), this::page);
        endpoints.add(Operation.get(RetainerUrls.PUBLIC_FEED).tag("public").summary("A retainer's work log as an Atom feed").open()
                .description("One entry per work-log line of the current cycle.").params(RetainerUrls.TOKEN).errors(404, 410, 429), this::feed);
        endpoints.add(Operation.get(RetainerUrls.ROBOTS).tag("public").summary("robots.txt").open()
                .description("Asks crawlers to index nothing here."), ctx -> {
            ctx.header("Cache-Control", "public, max-age=86400");
            ctx.contentType("text/plain; charset=utf-8").result("User-agent: *\nDisallow: /\n");
        });
    }

    private void page(Context ctx) {
        headers(ctx);
        boolean json = wantsJson(ctx.header("Accept"));
        String token = ctx.pathParam("token");
        try {
            links.throttle(ctx.ip());
            long stamp = links.changeStamp();
            ShareLinkService.Opened o = links.open(token);
            RetainerStatus status = o.status();
            if (json) {
                ctx.json(status);
                return;
            }
            byte[] html = html(o);
            ctx.contentType("text/html; charset=utf-8").result(html);
            cache.keep(token, stamp, o, answerHeaders(ctx), html);
        } catch (Refusal r) {
            if (!(r instanceof Refusal.Throttled)) cache.forget(token);
            refuse(ctx, r, json);
        }
    }

    /** Every header of the answer so far (the security headers of every page, this page's own, its type). */
    private static List<Map.Entry<String, String>> answerHeaders(Context ctx) {
        List<Map.Entry<String, String>> all = new ArrayList<>();
        for (String name : ctx.res().getHeaderNames()) {
            if (name.equalsIgnoreCase("Content-Length") || name.equalsIgnoreCase("Date")) continue;
            for (String value : ctx.res().getHeaders(name)) all.add(Map.entry(name, value));
        }
        return all;
    }

    /** The page of one link for one work-out (its feed address differs per link), rendered once. */
    private record Rendered(long linkId, RetainerStatus status, byte[] html) {}

    private final java.util.concurrent.ConcurrentHashMap<Long, Rendered> rendered = new java.util.concurrent.ConcurrentHashMap<>();

    private byte[] html(ShareLinkService.Opened o) {
        Rendered r = rendered.get(o.link().id());
        if (r != null && r.status() == o.status()) return r.html();
        byte[] html = pages.render("retainer/public.jte", new PublicPage(o.status(), css, RetainerUrls.feedPath(o.token()), o.at()))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (rendered.size() > ShareLinkService.CACHED) rendered.clear();
        rendered.put(o.link().id(), new Rendered(o.link().id(), o.status(), html));
        return html;
    }

    private void feed(Context ctx) {
        headers(ctx);
        try {
            links.throttle(ctx.ip());
            ShareLinkService.Opened o = links.open(ctx.pathParam("token"));
            ctx.contentType("application/atom+xml; charset=utf-8").result(AtomFeed.of(o, links.url(o.token())));
        } catch (Refusal r) {
            refuse(ctx, r, false);
        }
    }

    private void refuse(Context ctx, Refusal r, boolean json) {
        int status = ErrorMapping.status(r);
        if (r instanceof Refusal.Throttled t) ctx.header("Retry-After", Long.toString(t.retryAfterSeconds()));
        ctx.status(status);
        if (json) {
            ctx.json(Map.of("code", r.code(), "message", r.getMessage()));
            return;
        }
        String title = switch (r) {
            case Refusal.Gone g -> "This link was turned off";
            case Refusal.Throttled t -> "Too many requests";
            case Refusal.NotFound n -> "No such page";
            default -> "This page cannot be shown";
        };
        String message = switch (r) {
            case Refusal.Gone g -> "Whoever shared it turned it off or replaced it. Ask them for the new link.";
            case Refusal.Throttled t -> "Please wait a minute, then reload the page.";
            case Refusal.NotFound n -> "Check that the whole link was copied.";
            default -> r.getMessage();
        };
        ctx.contentType("text/html; charset=utf-8").result(pages.render("retainer/public-error.jte", Map.of("title", title, "message", message)));
    }

    private void headers(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Robots-Tag", "noindex, nofollow");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Content-Security-Policy", csp);
    }

    /** Whether an {@code Accept} header asks for JSON before HTML. */
    static boolean wantsJson(String accept) {
        if (accept == null) return false;
        int j = accept.indexOf("application/json");
        int h = accept.indexOf("text/html");
        return j >= 0 && (h < 0 || j < h);
    }

    private static String load(String resource) {
        try (InputStream in = PublicRetainerPages.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(String text) {
        try {
            return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
