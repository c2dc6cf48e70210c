package org.hourbook.server;

import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.hourbook.core.policy.Violation;
import org.hourbook.server.account.InvitePages;
import org.hourbook.server.account.OrganizationPages;
import org.hourbook.server.account.OrganizationRoutes;
import org.hourbook.server.account.SetupPages;
import org.hourbook.server.account.TeamPages;
import org.hourbook.server.account.TeamRoutes;
import org.hourbook.server.audit.AuditPages;
import org.hourbook.server.audit.AuditRoutes;
import org.hourbook.server.auth.AuthRoutes;
import org.hourbook.server.auth.Authenticator;
import org.hourbook.server.auth.PasswordPages;
import org.hourbook.server.auth.SecurityPages;
import org.hourbook.server.auth.SessionCookie;
import org.hourbook.server.contract.ContractPages;
import org.hourbook.server.contract.ContractRoutes;
import org.hourbook.server.contract.OfferPages;
import org.hourbook.server.contract.OfferRoutes;
import org.hourbook.server.diary.DiaryPages;
import org.hourbook.server.diary.DiaryRoutes;
import org.hourbook.server.http.ClientAddress;
import org.hourbook.server.http.ErrorMapping;
import org.hourbook.server.http.FastLane;
import org.hourbook.server.http.Json;
import org.hourbook.server.importing.ImportPages;
import org.hourbook.server.importing.ImportRoutes;
import org.hourbook.server.mail.MailSender;
import org.hourbook.server.openapi.Endpoints;
import org.hourbook.server.openapi.OpenApi;
import org.hourbook.server.openapi.Operation;
import org.hourbook.server.ops.Housekeeping;
import org.hourbook.server.ops.OpsRoutes;
import org.hourbook.server.retainer.PublicPageCache;
import org.hourbook.server.retainer.PublicRetainerPages;
import org.hourbook.server.retainer.RetainerPages;
import org.hourbook.server.retainer.RetainerRoutes;
import org.hourbook.server.ops.Readiness;
import org.hourbook.server.profile.ProfilePages;
import org.hourbook.server.screenshot.ScreenshotPages;
import org.hourbook.server.screenshot.ScreenshotRoutes;
import org.hourbook.server.timesheet.TimesheetPages;
import org.hourbook.server.timesheet.TimesheetRoutes;
import org.hourbook.server.web.Pages;
import org.hourbook.server.web.SignInPages;
import org.hourbook.server.web.StaticAssets;
import org.hourbook.server.web.WebContext;
import org.hourbook.store.blob.LocalBlobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
    private static final Logger LOG = LoggerFactory.getLogger(App.class);
    private final Config config;
    private final Services services;
    private final Javalin javalin;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean draining;
    private final Housekeeping housekeeping;
    /** Sends queued mail; {@code null} when mail is not configured. */
    private final MailSender mailSender;
    private final List<String> routes = new CopyOnWriteArrayList<>();
    private final List<Operation> documented = new CopyOnWriteArrayList<>();
    private final Readiness readiness;

    private App(Config config, Services services) {
        this.config = config;
        this.services = services;
        this.readiness = new Readiness(services.db(), services.storage());
        this.javalin = build();
        this.housekeeping = new Housekeeping(services.db(), services.clock(), services.imports()::sweepUploads);
        this.mailSender = config.mail() == null ? null : new MailSender(services.db(), config.mail(), services.clock());
    }

    public static App create(Config config, Services services) {
        return new App(config, services);
    }

    private Javalin build() {
        Authenticator authenticator = new Authenticator(services, config);
        ClientAddress clientAddress = ClientAddress.trusting(config.trustedProxies());
        Pages pages = new Pages();
        PublicPageCache publicPages = new PublicPageCache(services.shareLinks(), clientAddress);
        return Javalin.create(cfg -> {
            // Kept public retainer pages leave from memory; every other request goes on to Javalin.
            cfg.jetty.modifyServer(server -> server.setHandler(new FastLane(List.of(publicPages), admission())));
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
            cfg.requestLogger.http((ctx, ms) -> {
                // Counted out once the answer is written (after-handlers run before it is): a stop
                // that waits for the count never closes a connection under an unsent answer.
                if (ctx.attribute("hourbook.counted") != null) inFlight.decrementAndGet();
                OpsRoutes.log(ctx, ms, services.metrics());
            });
            cfg.routes.before(ctx -> {
                if (draining) throw new Refusal.Unavailable(new Violation("server.stopping", null, "server is shutting down"));
                inFlight.incrementAndGet();
                ctx.attribute("hourbook.counted", Boolean.TRUE);
            });
            Endpoints endpoints = new Endpoints(cfg.routes, authenticator);
            // Ops first: its security headers go on every answer, /metrics has its own token.
            new OpsRoutes(services.metrics(), config.metricsToken(), config.secureCookies(), readiness).register(endpoints);
            cfg.routes.before(authenticator::authenticate);
            ErrorMapping.register(cfg.routes, pages::notFound, services.storage());
            cfg.routes.exception(WebContext.Stop.class, (e, ctx) -> { /* the response is already written */ });
            for (Endpoints.Feature feature : features(pages, publicPages)) feature.register(endpoints);
            documented.addAll(endpoints.documented());
        });
    }

    /** Every feature's API routes and pages, each registering its own endpoints and their descriptions. */
    private List<Endpoints.Feature> features(Pages pages, PublicPageCache publicPages) {
        SessionCookie sessions = new SessionCookie(services.sessions(), config);
        var contracts = services.contracts();
        return List.of(
                new OpenApi("0.1.0"),
                new AuthRoutes(services.apiTokens(), sessions),
                new ContractRoutes(contracts, services.offers()),
                new OfferRoutes(services.offers()),
                new DiaryRoutes(services.uploads(), services.edits(), services.diary()),
                new ScreenshotRoutes(services.screenshots()),
                new TimesheetRoutes(services.timesheets()),
                new AuditRoutes(contracts, services.audit()),
                new TeamRoutes(services.teams()),
                new OrganizationRoutes(services.organizations(), services.invitations(), services.clock()),
                new SignInPages(sessions, pages, services.setup()::needed),
                new SetupPages(services.setup(), sessions, pages),
                new InvitePages(services.acceptance(), sessions, pages),
                new OrganizationPages(services.organizations(), services.invitations(), services.outbox().configured(), pages,
                        services.clock()),
                new ContractPages(contracts, services.offers(), pages),
                new OfferPages(services.offers(), pages),
                new DiaryPages(services.diary(), services.edits(), contracts, pages, services.clock()),
                new ScreenshotPages(services.screenshots()),
                new TimesheetPages(services.timesheets(), contracts, pages, services.clock()),
                new AuditPages(contracts, services.audit(), pages),
                new TeamPages(services.teams(), pages, services.clock()),
                new RetainerRoutes(services.retainers(), services.workLog(), services.shareLinks()),
                new ImportRoutes(services.imports()),
                new RetainerPages(services.retainers(), services.workLog(), services.shareLinks(), services.imports(), contracts, pages),
                new ImportPages(services.imports(), services.retainers(), pages),
                new PublicRetainerPages(services.shareLinks(), publicPages, pages),
                new ProfilePages(services.profiles(), pages),
                new SecurityPages(services.sessions(), sessions, services.apiTokens(), pages),
                new PasswordPages(services.passwordResets(), pages),
                new StaticAssets());
    }

    /** Answers from {@link FastLane} count in and out like Javalin's and get the same log line. */
    private FastLane.Admission admission() {
        return new FastLane.Admission() {
            @Override
            public boolean enter() {
                if (draining) return false;
                inFlight.incrementAndGet();
                return true;
            }

            @Override
            public void leave(String method, String route, int status, long nanos) {
                inFlight.decrementAndGet();
                if (route != null) OpsRoutes.log(method, route, status, nanos, "-", services.metrics());
            }
        };
    }

    public App start() {
        removeBlobLeftovers();
        javalin.start(config.host(), config.port());
        services.publicUrl().listeningOn(config.host(), javalin.port());
        housekeeping.start();
        if (mailSender != null) mailSender.start();
        return this;
    }

    /** Temp files of uploads a crash cut short: before any request, so none is in flight (LocalBlobStore). */
    private void removeBlobLeftovers() {
        if (!(services.blobs() instanceof LocalBlobStore local)) return;
        try {
            int removed = local.removeLeftovers();
            if (removed > 0) LOG.info("removed {} unfinished screenshot upload(s) left by an earlier stop", removed);
        } catch (java.io.IOException e) {
            LOG.warn("could not remove unfinished uploads from the blob folder: {}", e.getMessage());
        }
    }

    public int port() {
        return javalin.port();
    }

    /** "METHOD /path" of every registered HTTP handler (e.g. for the OpenAPI completeness test). */
    public List<String> routes() {
        return List.copyOf(routes);
    }

    /** Every operation the OpenAPI document describes, as registered (e.g. to test each public form). */
    public List<Operation> operations() {
        return List.copyOf(documented);
    }

    /** "METHOD /path" of every operation the OpenAPI document describes. */
    public List<String> documentedRoutes() {
        return documented.stream().map(o -> o.method() + " " + o.path()).toList();
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
        services.shareLinks().close();
        readiness.close();
        if (mailSender != null) mailSender.close();
        long deadline = System.nanoTime() + config.shutdownTimeout().toNanos();
        boolean waited = false;
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            waited = true;
            if (!pause(Duration.ofMillis(20))) break;
        }
        // The last answer is counted out by the request logger, which runs just before Jetty sends
        // the buffered bytes; give them a moment to leave before the connectors close.
        if (waited) pause(Duration.ofMillis(200));
        javalin.stop();
    }

    private static boolean pause(Duration d) {
        try {
            Thread.sleep(d);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
