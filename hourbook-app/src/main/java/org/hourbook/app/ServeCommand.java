package org.hourbook.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hourbook.server.Config;
import org.hourbook.server.Services;
import org.hourbook.store.Database;
import org.hourbook.store.blob.BlobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hourbook serve}: the server on a real installation's data. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        usageHelpWidth = 80,
        header = "Runs the server: the Work Diary pages and the JSON API.",
        description = {
                "Runs the Hourbook server: the Work Diary web pages and the JSON API on one",
                "port. The API is described at /api/v1/openapi.json (readable at",
                "/api/v1/docs); /metrics serves Prometheus metrics.",
                "",
                "By default everything lives in one data directory: an embedded SQLite",
                "database (hourbook.db) and the screenshots (blobs/); nothing else needs",
                "installing. To run several stateless nodes behind a load balancer, point",
                "HOURBOOK_DB_URL at PostgreSQL and HOURBOOK_S3_* at a bucket. Server secrets",
                "are generated on first start and kept in the database. Ctrl-C or SIGTERM",
                "stops it gracefully: requests in flight finish first.",
                "",
                "On a database with no account yet it prints a line 'setup <url>': a",
                "one-time link (24 hours) that creates the first account and its",
                "organization. Each start prints a new one and voids the old.",
                ""},
        optionListHeading = "Options (flags win over environment variables, which win over defaults):%n",
        footerHeading = "%n",
        footer = {
                "Environment (the flags above win over these):",
                "  HOURBOOK_PORT            port (default 8080; 0 = any free port)",
                "  HOURBOOK_HOST            address to bind (default 127.0.0.1)",
                "  HOURBOOK_DATA            data directory (default ./hourbook-data)",
                "  HOURBOOK_DB_URL          PostgreSQL JDBC URL, for example",
                "                           jdbc:postgresql://db:5432/hourbook",
                "                           (default: SQLite hourbook.db in the data directory)",
                "  HOURBOOK_DB_USER         PostgreSQL user (default: none)",
                "  HOURBOOK_DB_PASSWORD     its password (default: none)",
                "  HOURBOOK_S3_BUCKET       keep screenshots in this S3-compatible bucket",
                "                           (default: unset, screenshots in <data>/blobs)",
                "  HOURBOOK_S3_ENDPOINT     for example http://minio:9000; path-style always",
                "                           (default: AWS S3 for the region)",
                "  HOURBOOK_S3_REGION       region (default us-east-1)",
                "  HOURBOOK_S3_ACCESS_KEY   access key and secret, both or neither",
                "  HOURBOOK_S3_SECRET_KEY   (default: the AWS SDK's default credentials)",
                "  HOURBOOK_SECURE_COOKIES  true behind HTTPS: cookies are marked Secure",
                "                           (default false)",
                "  HOURBOOK_TRUSTED_PROXIES reverse proxies whose X-Forwarded-For is believed:",
                "                           IP addresses or CIDR ranges, comma-separated",
                "                           (default: none; the peer address counts)",
                "  HOURBOOK_METRICS_TOKEN   /metrics then needs Authorization: Bearer <token>",
                "                           (default: unset, /metrics open to whoever reaches",
                "                           the address; mind this with --host 0.0.0.0)",
                "  HOURBOOK_PUBLIC_URL      the address people reach Hourbook at, for links in",
                "                           mails and the setup link, for example",
                "                           https://hours.example.com (default: the listening",
                "                           address; admin commands then guess it)",
                "  HOURBOOK_SMTP_HOST       send mail (invitations, password resets, alerts)",
                "                           through this SMTP server (default: unset, no mail;",
                "                           pages show the links to copy instead)",
                "  HOURBOOK_SMTP_SECURITY   STARTTLS (required, not tried), TLS (implicit) or",
                "                           NONE for a local relay (default STARTTLS)",
                "  HOURBOOK_SMTP_PORT       default 587 for STARTTLS, 465 for TLS, 25 for NONE",
                "  HOURBOOK_SMTP_USER       sign in as this user, with HOURBOOK_SMTP_PASSWORD",
                "  HOURBOOK_SMTP_PASSWORD   (default: both unset, no sign-in)",
                "  HOURBOOK_SMTP_FROM       the sender, required with a host, for example",
                "                           \"Hourbook <hourbook@example.org>\"",
                "",
                "Examples:",
                "  hourbook serve",
                "      SQLite and screenshots in ./hourbook-data, on http://127.0.0.1:8080/",
                "  hourbook serve --port 9000 --data /srv/hourbook",
                "  HOURBOOK_DB_URL=jdbc:postgresql://db/hourbook HOURBOOK_DB_USER=hb \\",
                "  HOURBOOK_DB_PASSWORD=... HOURBOOK_S3_ENDPOINT=http://minio:9000 \\",
                "  HOURBOOK_S3_BUCKET=hourbook hourbook serve --host 0.0.0.0",
                "      one of several nodes behind a load balancer"})
final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Option(names = "--port", paramLabel = "N", description = {"port to listen on; 0 picks a free one", "(env HOURBOOK_PORT, default 8080)"})
    Integer port;

    @Option(names = "--host", paramLabel = "H", description = {"address to bind; 0.0.0.0 = every interface", "(env HOURBOOK_HOST, default 127.0.0.1)"})
    String host;

    @Option(names = "--data", paramLabel = "DIR", description = {"data directory: SQLite file and screenshots", "(env HOURBOOK_DATA, default ./hourbook-data)"})
    Path data;

    @Option(names = "--db-url", paramLabel = "URL", description = {"PostgreSQL JDBC URL (env HOURBOOK_DB_URL,", "default: SQLite hourbook.db in the data directory)"})
    String dbUrl;

    private final Main.Context ctx;

    ServeCommand(Main.Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        Config config;
        try {
            config = new Settings(ctx.env()).serve(new Settings.Flags(port, host, data, dbUrl));
        } catch (Settings.Invalid invalid) {
            return reportInvalid(ctx, "serve", invalid);
        }
        Preload.start();
        StartTimes times = new StartTimes(ctx.clock());
        Running running = startServer(ctx, config, times);
        ctx.out().println("hourbook: serving " + describeStorage(config));
        ctx.out().println("hourbook: started in " + ctx.sinceStart().toMillis() + " ms (" + times + ")");
        ctx.out().println("hourbook: open " + running.url());
        printSetupLink(ctx, running);
        return 0;
    }

    /**
     * On a database with no account: the one-time link that makes the first one, on the console
     * and in the log (where a service manager keeps it). Every start prints a new one and voids
     * the one before.
     */
    static void printSetupLink(Main.Context ctx, Running running) {
        running.services().setup().firstRunLink().ifPresent(url -> {
            ctx.out().println("hourbook: no account yet; open this one-time link within 24 hours to set up the first one:");
            ctx.out().println("setup " + url);
            LOG.info("setup {}", url);
        });
    }

    /** Opens storage and starts the app, closing what was opened when a later step fails. */
    static Running startServer(Main.Context ctx, Config config, StartTimes times) {
        Database db = times.time("database", () -> Boot.openDatabase(config));
        try {
            BlobStore blobs = times.time("screenshot store", () -> Boot.openBlobs(config));
            Services services = times.time("services", () -> Boot.services(config, db, blobs, ctx.clock()));
            return startServer(ctx, config, db, blobs, services, times);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    static Running startServer(Main.Context ctx, Config config, Database db, BlobStore blobs, Services services, StartTimes times) {
        Running running = times.time("web server", () -> Boot.start(config, db, blobs, services));
        ctx.running().set(running);
        return running;
    }

    static String describeStorage(Config config) {
        String database = config.dbUrl() == null ? "SQLite " + config.dataDir().resolve("hourbook.db") : Settings.redact(config.dbUrl());
        return database + ", screenshots in " + switch (config.blobs()) {
            case Config.BlobSettings.Local local -> local.dir();
            case Config.BlobSettings.S3 s3 -> s3;
        };
    }

    static int reportInvalid(Main.Context ctx, String command, Settings.Invalid invalid) {
        return ctx.reportInvalid(command, invalid);
    }
}
