package org.hourbook.server;

import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.hourbook.server.auth.Authenticator;
import org.hourbook.server.http.ApiException;
import org.hourbook.server.http.ClientAddress;
import org.hourbook.server.http.ErrorMapping;
import org.hourbook.server.http.Json;
import org.hourbook.server.mail.MailSender;
import org.hourbook.server.ops.OpsRoutes;
import org.hourbook.server.web.StaticAssets;
import org.hourbook.server.web.WebRoutes;

/**
 * The app factory: a configured Javalin instance over the given services. No static state, so a
 * test can start several on random ports.
 * <pre>
 * App app = App.create(config, services).start();   // serves on config.host():config.port()
 * app.port();                                      // the real port when config.port() == 0
 * app.stop();                                      // finishes requests in flight, then stops
 * </pre>
 */
public final class App {
    private final Config config;
    private final Services services;
    private final Javalin javalin;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean draining;
    private final org.hourbook.server.ops.Housekeeping housekeeping;
    /** Sends queued mail; {@code null} when mail is not configured. */
    private final MailSender mailSender;
    private final java.util.List<String> routes = new java.util.concurrent.CopyOnWriteArrayList<>();

    private App(Config config, Services services) {
        this.config = config;
        this.services = services;
        this.javalin = build();
        this.housekeeping = new org.hourbook.server.ops.Housekeeping(services.db(), services.clock());
        this.mailSender = config.mail() == null ? null : new MailSender(services.db(), config.mail(), services.clock());
    }

    public static App create(Config config, Services services) {
        return new App(config, services);
    }

    private Javalin build() {
        Authenticator authenticator = new Authenticator(services, config);
        StaticAssets staticAssets = new StaticAssets();
        ClientAddress clientAddress = ClientAddress.trusting(config.trustedProxies());
        return Javalin.create(cfg -> {
            // ctx.ip() (login limits) is the real client behind trusted proxies, the peer otherwise.
            cfg.contextResolver.ip = clientAddress::of;
            cfg.startup.showJavalinBanner = false;
            cfg.concurrency.useVirtualThreads = true;
            cfg.jsonMapper(new JavalinJackson(Json.mapper(), true));
            // A screenshot and its thumbnail in one multipart request, plus slack for the envelope.
            cfg.http.maxRequestSize = 2L * config.limits().maxBytes() + 64 * 1024;
            cfg.router.ignoreTrailingSlashes = true;
            // A diary day is ~38 KB of JSON. Jetty passes writes over 8 KB straight through, so it went
            // out chunked in several writes; aggregated in a buffer that holds the whole answer, it
            // leaves in one write with a Content-Length.
            cfg.jetty.modifyHttpConfiguration(http -> {
                http.setOutputBufferSize(64 * 1024);
                http.setOutputAggregationSize(64 * 1024);
            });
            cfg.events.handlerAdded(h -> routes.add(h.getHttpMethod().name() + " " + h.getPath()));
            cfg.requestLogger.http((ctx, ms) -> OpsRoutes.log(ctx, ms, services.metrics()));
            cfg.routes.before(ctx -> {
                if (draining) throw new ApiException(503, "server.stopping", null, "server is shutting down");
                inFlight.incrementAndGet();
                ctx.attribute("hourbook.counted", Boolean.TRUE);
            });
            cfg.routes.after(ctx -> {
                if (ctx.attribute("hourbook.counted") != null) inFlight.decrementAndGet();
            });
            OpsRoutes.register(cfg.routes, services.metrics(), config.metricsToken(), config.secureCookies());
            cfg.routes.before(authenticator::authenticate);
            ErrorMapping.register(cfg.routes);
            ApiRoutes.register(cfg.routes, services);
            WebRoutes.register(cfg.routes, services);
            staticAssets.register(cfg.routes);
        });
    }

    public App start() {
        javalin.start(config.host(), config.port());
        housekeeping.start();
        if (mailSender != null) mailSender.start();
        return this;
    }

    public int port() {
        return javalin.port();
    }

    /** "METHOD /path" of every registered HTTP handler (e.g. for the OpenAPI completeness test). */
    public java.util.List<String> routes() {
        return java.util.List.copyOf(routes);
    }

    public Javalin javalin() {
        return javalin;
    }

    /** Requests that have passed the first handler and not yet answered (graceful stop waits for them). */
    public int requestsInFlight() {
        return inFlight.get();
    }

    /**
     * Graceful stop: new requests get 503, requests in flight may finish (up to the configured
     * shutdown timeout), then Jetty stops.
     */
    public void stop() {
        draining = true;
        housekeeping.close();
        if (mailSender != null) mailSender.close();
        long deadline = System.nanoTime() + config.shutdownTimeout().toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(Duration.ofMillis(20));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        javalin.stop();
    }

}
