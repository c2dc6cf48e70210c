package org.hourbook.server.ops;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.hourbook.server.auth.Auth;
import org.hourbook.server.auth.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Security headers on every response, the request log line, and {@code /metrics}. */
public final class OpsRoutes {
    private static final Logger REQUESTS = LoggerFactory.getLogger("hourbook.requests");
    private static final Set<String> STATIC_PREFIXES = Set.of("/static/", "/public/");

    private OpsRoutes() {}

    public static void register(RoutesConfig routes, Metrics metrics) {
        routes.before(OpsRoutes::securityHeaders);
        routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
    }

    static void securityHeaders(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
        // No inline scripts anywhere: pages load /static/*.js only.
        ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                + "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'");
    }

    /** The route template of the matched endpoint, e.g. {@code /api/v1/contracts/{id}}. */
    public static String routeOf(Context ctx) {
        try {
            var endpoint = ctx.endpoints().matchedHttpEndpoint();
            if (endpoint != null) return endpoint.path;
        } catch (RuntimeException ignored) {
            // no endpoint matched (404, static file)
        }
        String path = ctx.path();
        return STATIC_PREFIXES.stream().anyMatch(path::startsWith) ? "static" : "unmatched";
    }

    /** One structured line per request: never the query string, cookies or tokens. */
    public static void log(Context ctx, float ms, Metrics metrics) {
        String route = routeOf(ctx);
        int status = ctx.statusCode();
        metrics.request(ctx.method().name(), route, status, Duration.ofNanos((long) (ms * 1_000_000)));
        Optional<Viewer> viewer = Auth.viewer(ctx);
        REQUESTS.info("method={} route=\"{}\" status={} ms={} user={}", ctx.method().name(), route, status,
                String.format(java.util.Locale.ROOT, "%.1f", ms), viewer.map(v -> Long.toString(v.id())).orElse("-"));
    }
}
