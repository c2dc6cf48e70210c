package org.hourbook.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.hourbook.app.demo.DemoData;
import org.hourbook.server.Config;
import org.hourbook.server.Services;
import org.hourbook.store.Database;
import org.hourbook.store.blob.BlobStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hourbook demo}: the server on generated demo data, with the accounts printed. */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        usageHelpWidth = 80,
        header = "Starts the server on demo data, to try every role in a minute.",
        description = {
                "Starts the server on demo data, to try Hourbook in a minute.",
                "",
                "The demo is an agency (its owner, a team lead and three freelancers in",
                "Berlin, Kathmandu and New York), two client companies (each with an owner",
                "or manager, who may offer, change and close contracts, and a plain member",
                "who reviews the diary) and five hourly contracts, with two billing weeks of",
                "Work Diary up to now: screenshots, per-minute activity, memos and labels,",
                "manual time, time over a low weekly limit, a closed contract, and a",
                "freelancer who also works solo (outside the agency, in his own workspace).",
                "Waiting too: an invitation of a new freelancer nobody accepted yet, and a",
                "client's offer of a new contract to the agency's owner, to accept for the",
                "agency and assign one of its freelancers.",
                "",
                "It is generated once into the data directory (SQLite and screenshots, about",
                "10 s) and reused on the next start; --reset generates it fresh for the",
                "current week. The demo never uses HOURBOOK_DB_URL or S3: it keeps to its",
                "own directory. It prints the URL, then one line per account:",
                "  account <role> <email> <password>",
                "where <role> is agency-owner, agency-manager, freelancer, client-owner,",
                "client-manager or client.",
                ""},
        optionListHeading = "Options (flags win over environment variables, which win over defaults):%n",
        footerHeading = "%n",
        footer = {
                "Environment (the flags above win over these):",
                "  HOURBOOK_PORT   port (default 8080; 0 = any free port)",
                "  HOURBOOK_HOST   address to bind (default 127.0.0.1)",
                "  HOURBOOK_DATA   demo data directory (default ./hourbook-data/demo)",
                "",
                "Examples:",
                "  hourbook demo",
                "      generate (the first time) and serve on http://127.0.0.1:8080/",
                "  hourbook demo --reset --port 9090",
                "      fresh demo data for this week, served on port 9090",
                "  hourbook demo --data /tmp/hb-demo --no-serve",
                "      only generate the data"})
final class DemoCommand implements Callable<Integer> {
    /** Marks a directory as the demo's, so that --reset never deletes anything else. */
    static final String MARKER = ".hourbook-demo";

    @Option(names = "--port", paramLabel = "N", description = {"port to listen on; 0 picks a free one", "(env HOURBOOK_PORT, default 8080)"})
    Integer port;

    @Option(names = "--host", paramLabel = "H", description = {"address to bind (env HOURBOOK_HOST,", "default 127.0.0.1)"})
    String host;

    @Option(names = "--data", paramLabel = "DIR", description = {"demo data directory (env HOURBOOK_DATA,", "default ./hourbook-data/demo)"})
    Path data;

    @Option(names = "--reset", description = {"delete the demo data in DIR and generate it", "again for the current week"})
    boolean reset;

    @Option(names = "--no-serve", description = {"generate (or check) the demo data, print the", "accounts and exit"})
    boolean noServe;

    private final Main.Context ctx;

    DemoCommand(Main.Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws IOException {
        Config config;
        try {
            config = new Settings(ctx.env()).demo(new Settings.Flags(port, host, data, null));
        } catch (Settings.Invalid invalid) {
            return ServeCommand.reportInvalid(ctx, "demo", invalid);
        }
        Path dir = config.dataDir();
        if (reset && !clear(dir)) return 2;
        Preload.start();
        StartTimes times = new StartTimes(ctx.clock());
        Database db = times.time("database", () -> Boot.openDatabase(config));
        try {
            BlobStore blobs = times.time("screenshot store", () -> Boot.openBlobs(config));
            Services services = times.time("services", () -> Boot.services(config, db, blobs, ctx.clock()));
            DemoData.Summary summary = new DemoData(db, blobs, services.passwords(), ctx.clock()).load();
            var retainers = new org.hourbook.app.demo.DemoRetainers(db, services, ctx.clock());
            retainers.load(services.passwords().hash(org.hourbook.app.demo.DemoCast.PASSWORD));
            if (noServe) {
                db.close();
                report(dir, summary);
                ctx.out().println("hourbook: demo data ready; serve it with: hourbook demo --data " + dir);
            } else {
                Running running = ServeCommand.startServer(ctx, config, db, blobs, services, times);
                long startMs = ctx.sinceStart().toMillis() - summary.took().toMillis();
                report(dir, summary);
                ctx.out().println("hourbook: started in " + startMs + " ms, demo data aside (" + times + ")");
                ctx.out().println("hourbook: open " + running.url());
                retainers.links().forEach(l -> ctx.out().println(l.line()));
            }
            summary.accounts().forEach(a -> ctx.out().println(a.line()));
            ctx.out().println(new DemoData.Account("freelancer", org.hourbook.app.demo.DemoRetainers.EMAIL, org.hourbook.app.demo.DemoCast.PASSWORD).line());
            return 0;
        } catch (RuntimeException | IOException e) {
            if (ctx.running().get() == null) db.close();
            throw e;
        }
    }

    private void report(Path dir, DemoData.Summary summary) throws IOException {
        Path marker = dir.resolve(MARKER);
        if (summary.reused()) {
            String generated = Files.exists(marker) ? Files.readString(marker).strip() : "earlier";
            ctx.out().println("hourbook: reusing the demo data in " + dir + " (generated " + generated
                    + "; --reset makes it fresh for this week)");
            int missing = DemoData.accounts().size() - summary.accounts().size();
            if (missing > 0) {
                ctx.out().println("hourbook: this demo data predates " + missing + " of today's demo accounts;"
                        + " --reset generates it with all of them");
            }
        } else {
            Files.writeString(marker, ctx.clock().instant().toString() + "\n");
            ctx.out().printf("hourbook: generated demo data in %s: %d segments (%d manual) in %.1f s%n",
                    dir, summary.segments(), summary.manualSegments(), summary.took().toMillis() / 1000.0);
        }
    }

    /** Empties the demo directory, refusing when it holds anything but a demo. */
    private boolean clear(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            boolean empty = entries.findAny().isEmpty();
            if (!empty && !Files.exists(dir.resolve(MARKER))) {
                ctx.err().println("hourbook demo: --reset refused: " + dir + " is not a demo data directory (no "
                        + MARKER + " file), so nothing was deleted. Choose another --data.");
                return false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir)) Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the old demo data in " + dir, e);
        }
        return true;
    }
}
