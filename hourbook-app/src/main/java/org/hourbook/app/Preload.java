package org.hourbook.app;

import io.javalin.Javalin;
import java.util.List;
import java.util.Map;
import org.hourbook.server.Config;
import org.hourbook.server.auth.PasswordHasher;
import org.hourbook.server.http.Json;
import org.hourbook.server.ops.Metrics;
import org.slf4j.LoggerFactory;

/**
 * Start-up is mostly class loading and cold code: about 6,000 classes, and an Argon2 hash the
 * server computes once at start. While the main thread opens and migrates the database, this
 * thread touches the web stack (Javalin, Jetty, Jackson, Micrometer, password4j) on the other
 * core, so that the later steps find their classes loaded and their hot loops compiled. The
 * objects made here are thrown away; nothing is shared with the real server.
 */
final class Preload {
    private Preload() {}

    static Thread start() {
        // SLF4J initialises once; when the main thread and this one both log while it does, it
        // hands out stand-in loggers and prints "replay" warnings over the start-up lines.
        LoggerFactory.getILoggerFactory();
        return Thread.ofPlatform().name("hourbook-preload").daemon(true).start(Preload::run);
    }

    private static void run() {
        try {
            // JDBI's first statement registers a Flight Recorder event, which loads ~100 JFR classes;
            // doing it here takes that off the main thread (class initialisation is thread-safe).
            Class.forName("org.jdbi.v3.core.statement.internal.JfrSupport", true, Preload.class.getClassLoader());
            // The cheapest Argon2 cost still runs the same compression code the real hash needs.
            new PasswordHasher(Config.PasswordCost.FAST).hash("warm-up");
            Json.mapper().writeValueAsString(Map.of("warm", List.of(1, 2, 3)));
            Metrics metrics = new Metrics();
            metrics.request("GET", "/warm-up", 200, java.time.Duration.ofMillis(1));
            metrics.scrape();
            Javalin.create(cfg -> cfg.startup.showJavalinBanner = false);
            for (String name : List.of("org.eclipse.jetty.server.Server", "org.eclipse.jetty.server.ServerConnector",
                    "org.eclipse.jetty.util.thread.QueuedThreadPool", "org.eclipse.jetty.server.handler.ContextHandler")) {
                Class.forName(name, true, Preload.class.getClassLoader());
            }
        } catch (Throwable t) {
            // Only an optimisation: the real start-up loads whatever is missing.
        }
    }
}
