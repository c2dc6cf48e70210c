package org.hourbook.server.ops;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.hourbook.core.policy.Violation;
import org.hourbook.server.Refusal;
import org.hourbook.server.auth.Auth;
import org.hourbook.server.auth.Viewer;
import org.hourbook.server.openapi.Endpoints;
import org.hourbook.server.openapi.Operation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Security headers on every response, the request log line, and {@code /metrics} (Prometheus
 * text). With a metrics token configured, a scrape must send {@code Authorization: Bearer <token>};
 * without one, {@code /metrics} is open to whoever can reach the listening address, which is
 * 127.0.0.1 unless the operator chose otherwise.
 */
public final class OpsRoutes implements Endpoints.Feature {
    private static final Logger REQUESTS = LoggerFactory.getLogger("hourbook.requests");
    private static final Set<String> STATIC_PREFIXES = Set.of("/static/", "/public/");

    public static final String METRICS_PATH = "/metrics";
    public static final String HEALTH_PATH = "/api/v1/health";
    public static final String READY_PATH = "/api/v1/ready";
    /** Paths that need nobody signed in and no database read to answer. */
    public static final Set<String> PROBES = Set.of(METRICS_PATH, HEALTH_PATH, READY_PATH);

    private final Metrics metrics;
    private final String metricsToken;
    private final boolean strictTransport;
    private final Readiness readiness;

    /**
     * @param metricsToken       {@code null}: {@code /metrics} is open
     * @param strictTransport    send HSTS (the server runs behind HTTPS: secure cookies are on)
     * @param readiness          what health and ready report (storage, the database)
     */
    public OpsRoutes(Metrics metrics, String metricsToken, boolean strictTransport, Readiness readiness) {
        this.metrics = metrics;
        this.metricsToken = metricsToken;
        this.strictTransport = strictTransport;
        this.readiness = readiness;
    }

    @Override
    public void register(Endpoints endpoints) {
        endpoints.routes().before(ctx -> securityHeaders(ctx, strictTransport));
        endpoints.add(Operation.get(HEALTH_PATH).tag("ops").summary("Health check").open()
                .description("Answers 200 while the server process answers (a liveness probe: restarting would not help with what it "
                        + "reports). `status` is `ok`, or `storage_full` when a write failed for lack of space or a local data folder "
                        + "has less than 1 MiB free: uploads, edits and sign-ins then answer 507 `storage.full`, reading still works.")
                .response("Health"), ctx -> ctx.json(readiness.health()));
        endpoints.add(Operation.get(READY_PATH).tag("ops").summary("Readiness check").open()
                .description("Asks the database (`SELECT 1`) and answers within 2 s even when the database hangs: 200 `ready`, or 503 "
                        + "`not_ready` with what is wrong with the database. `storage` says whether storage is full; a full disk does not "
                        + "make a node unready (reading still works, and every node shares the same storage).")
                .response("Ready").errors(503), ctx -> {
            Readiness.Report r = readiness.ready();
            ctx.status(r.ready() ? 200 : 503).json(r.body());
        });
        endpoints.add(Operation.get(METRICS_PATH).tag("ops").summary("Prometheus metrics").open()
                .description("Text exposition format: HTTP requests by route template and status (histogram), segments and "
                        + "screenshots ingested, connection pool gauges. When the server was started with HOURBOOK_METRICS_TOKEN set, "
                        + "send `Authorization: Bearer <that token>` (an API token does not work here; 401 otherwise). Unset, it is "
                        + "open to whoever can reach the listening address.")
                .errors(401), ctx -> {
            if (metricsToken != null && !bearerIs(ctx.header("Authorization"), metricsToken)) {
                ctx.header("WWW-Authenticate", "Bearer realm=\"metrics\"");
                throw new Refusal.NotSignedIn(new Violation("metrics.token", null, "send the metrics token as Authorization: Bearer <token>"));
            }
            ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
        });
    }

    private static boolean bearerIs(String authorization, String token) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) return false;
        return MessageDigest.isEqual(authorization.substring(7).trim().getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }

    static void securityHeaders(Context ctx, boolean strictTransport) {
        // Nothing is cacheable unless a handler says so (screenshots, static files): API answers
        // and pages carry private data and must not stay in shared or back-button caches.
        ctx.header("Cache-Control", "no-store");
        if (strictTransport) ctx.header("Strict-Transport-Security", "max-age=31536000");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
        // No inline scripts anywhere: pages load /static/*.js only.
        ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                + "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
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
        Optional<Viewer> viewer = Auth.viewer(ctx);
        log(ctx.method().name(), routeOf(ctx), ctx.statusCode(), (long) (ms * 1_000_000), viewer.map(v -> Long.toString(v.id())).orElse("-"), metrics);
    }

    /** The same line and count for an answer that did not pass through Javalin ({@link org.hourbook.server.http.FastLane}). */
    public static void log(String method, String route, int status, long nanos, String user, Metrics metrics) {
        metrics.request(method, route, status, Duration.ofNanos(nanos));
        if (!REQUESTS.isInfoEnabled()) return;
        long tenths = Math.round(nanos / 100_000.0);
        REQUESTS.info("method={} route=\"{}\" status={} ms={}.{} user={}", method, route, status, tenths / 10, tenths % 10, user);
    }
}
