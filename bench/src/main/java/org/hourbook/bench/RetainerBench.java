package org.hourbook.bench;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.hourbook.core.account.OrgKind;
import org.hourbook.core.contract.BillingRounding;
import org.hourbook.core.contract.ContractStatus;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.contract.ScreenshotPolicy;
import org.hourbook.core.importing.CsvImport;
import org.hourbook.core.importing.ImportOptions;
import org.hourbook.core.retainer.CycleRule;
import org.hourbook.core.retainer.RetainerTerms;
import org.hourbook.core.segment.Segment;
import org.hourbook.core.segment.Source;
import org.hourbook.server.auth.Tokens;
import org.hourbook.server.importing.CsvFile;
import org.hourbook.server.importing.ImportRequest;
import org.hourbook.store.Database;

/**
 * d. The public retainer page against nginx serving the same bytes as a static file, in one run,
 * in alternating turns. e. CSV import rows/s against the sqlite3 shell's {@code .import} of the
 * same file, in alternating turns. See bench/README.md.
 */
final class RetainerBench {
    private RetainerBench() {}

    /** A retainer with three months of time (tracked segments and imported rows) and a public link; returns the link's path. */
    static String retainer(World w, int segmentsPerDay) {
        Instant now = Instant.now();
        Database db = w.db;
        long client = db.accounts().createOrganization("Bench retainer client", OrgKind.CLIENT, now).id();
        long user = db.accounts().createUser("retainer@bench.example", "Bench retainer", ZoneOffset.UTC, null, now).id();
        ContractTerms c = db.contracts().create(new ContractTerms(0, client, user, null, "Bench retainer", 0, "EUR", null, true,
                List.of("Build", "Review"), ScreenshotPolicy.NONE, 10, ZoneOffset.UTC, ContractStatus.ACTIVE, BillingRounding.SEGMENT));
        Instant started = now.minus(Duration.ofDays(92));
        db.retainers().create(c.id(), new RetainerTerms(40 * 3600L, new CycleRule.Monthly(1), null, true, ZoneOffset.UTC), false, started);
        List<Segment> segs = new ArrayList<>();
        String[] labels = {"Build", "Review", "Meetings"};
        for (LocalDate d = LocalDate.ofInstant(started, ZoneOffset.UTC); d.isBefore(LocalDate.now(ZoneOffset.UTC)); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() > 5) continue;
            Instant at = d.atTime(9, 0).toInstant(ZoneOffset.UTC);
            for (int k = 0; k < segmentsPerDay; k++) {
                segs.add(new Segment(UUID.randomUUID(), c.id(), user, at.plusSeconds(600L * k), 600, List.of(), "bench memo " + k,
                        labels[k % 3], Source.TRACKED, null));
            }
        }
        db.useTransaction(tx -> tx.segments().insertAll(segs, now));
        String token = w.services.tokens().newSecret("");
        db.retainers().createLink(c.id(), Tokens.sha256(token), "bench", null, now);
        return "/r/" + token;
    }

    record Result(Load.Result hourbook, Load.Result nginx, int bytes) {
        @Override
        public String toString() {
            return String.format("d. public retainer page (%,d bytes), req/s%n  %s%n  %s%n  ratio %.2f (goal >= 0.6)", bytes, hourbook, nginx,
                    hourbook.perSecond() / nginx.perSecond());
        }
    }

    static Result publicPage(World w, Path tmp, int threads, Duration warmup, Duration measure, int rounds) throws Exception {
        String path = retainer(w, 18);
        byte[] page;
        try (RawHttp http = new RawHttp("127.0.0.1", w.app.port())) {
            RawHttp.Response r = http.getAnonymous(path, null);
            if (r.status() != 200) throw new IllegalStateException("public page answered " + r.status());
            page = r.body();
        }
        Path root = Files.createDirectories(tmp.resolve("nginx/html"));
        Files.write(root.resolve("page.html"), page);
        try (Nginx nginx = Nginx.start(tmp.resolve("nginx"), threads)) {
            AtomicLong address = new AtomicLong();
            // Each request from another client address (through a trusted proxy), so the rate limit counts in the
            // database on every request, as it would for many clients, and never refuses one.
            Load.Side hourbook = new Load.Side("hourbook /r/{token}", worker -> {
                RawHttp http = connect(w.app.port());
                return () -> {
                    long a = address.incrementAndGet();
                    RawHttp.Response r = http.getAnonymous(path, "X-Forwarded-For: 10." + (a >> 16 & 255) + "." + (a >> 8 & 255) + "." + (a & 255));
                    if (r.status() != 200) throw new IOException("status " + r.status());
                };
            });
            Load.Side nginxSide = new Load.Side("nginx static file", worker -> {
                RawHttp http = connect(nginx.port());
                return () -> {
                    RawHttp.Response r = http.getAnonymous("/page.html", null);
                    if (r.status() != 200) throw new IOException("status " + r.status());
                };
            });
            Load.Result[] both = Load.alternate(hourbook, nginxSide, threads, warmup, measure, rounds);
            return new Result(both[0], both[1], page.length);
        }
    }

    private static RawHttp connect(int port) {
        try {
            return new RawHttp("127.0.0.1", port);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** nginx from Debian on a free port, serving {@code dir/html}; stopped on close. */
    static final class Nginx implements AutoCloseable {
        private final Process process;
        private final int port;

        private Nginx(Process process, int port) {
            this.process = process;
            this.port = port;
        }

        static Nginx start(Path dir, int workers) throws IOException, InterruptedException {
            Path bin = Path.of("/usr/sbin/nginx");
            if (!Files.isExecutable(bin)) throw new IllegalStateException("nginx is not installed: apt-get install nginx-light");
            int port;
            try (var s = new java.net.ServerSocket(0)) {
                port = s.getLocalPort();
            }
            // nginx's workers run as nobody when started by root: they must be able to read the file.
            Path top = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
            for (Path p = dir.resolve("html").toAbsolutePath(); p != null && p.startsWith(top) && !p.equals(top); p = p.getParent()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            Files.setPosixFilePermissions(dir.resolve("html/page.html"), PosixFilePermissions.fromString("rw-r--r--"));
            String conf = """
                    worker_processes %d;
                    daemon off;
                    pid %s/nginx.pid;
                    error_log %s/error.log warn;
                    events { worker_connections 256; }
                    http {
                        access_log off;
                        sendfile on;
                        tcp_nodelay on;
                        keepalive_requests 1000000;
                        client_body_temp_path %s/tmp;
                        proxy_temp_path %s/tmp;
                        fastcgi_temp_path %s/tmp;
                        uwsgi_temp_path %s/tmp;
                        scgi_temp_path %s/tmp;
                        types { text/html html; }
                        server {
                            listen 127.0.0.1:%d;
                            root %s/html;
                            add_header Cache-Control no-store;
                        }
                    }
                    """.formatted(workers, dir, dir, dir, dir, dir, dir, dir, port, dir);
            Files.createDirectories(dir.resolve("tmp"));
            Files.writeString(dir.resolve("nginx.conf"), conf);
            Process p = new ProcessBuilder(bin.toString(), "-c", dir.resolve("nginx.conf").toString(), "-p", dir.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
            for (int i = 0; i < 100; i++) {
                try (var s = new java.net.Socket("127.0.0.1", port)) {
                    return new Nginx(p, port);
                } catch (IOException notYet) {
                    Thread.sleep(50);
                }
            }
            p.destroy();
            throw new IllegalStateException("nginx did not start: " + Files.readString(dir.resolve("nginx.out")));
        }

        int port() {
            return port;
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) process.destroyForcibly();
        }
    }

    /** Writes a generic {@code date, description, hours, category} file of {@code rows} distinct rows. */
    static Path csv(Path file, int rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("date,description,hours,category\n");
            LocalDate start = LocalDate.now(ZoneOffset.UTC).minusDays(364);
            for (int i = 0; i < rows; i++) {
                out.write(start.plusDays(i % 365) + ",Row " + i + " of the bench," + (1 + i % 8) * 0.25
                        + "," + (i % 3 == 0 ? "Build" : i % 3 == 1 ? "Review" : "Meetings") + "\n");
            }
        }
        return file;
    }

    /** One import turn: its wall time and the CPU it used (the JVM's, or the sqlite3 child's). */
    record Turn(double seconds, long cpuNanos) {}

    /** @param reading the reading half alone (file to entries, no database), its thread's CPU */
    record ImportResult(int rows, List<Turn> hourbook, List<Turn> sqlite, List<Turn> reading) {
        static double median(List<Turn> turns, java.util.function.ToDoubleFunction<Turn> f) {
            double[] sorted = turns.stream().mapToDouble(f).sorted().toArray();
            return sorted[sorted.length / 2];
        }

        private String seconds(List<Turn> turns) {
            return turns.stream().map(t -> String.format("%.2f", t.seconds())).toList().toString();
        }

        @Override
        public String toString() {
            double h = rows / median(hourbook, Turn::seconds), q = rows / median(sqlite, Turn::seconds);
            double hCpu = median(hourbook, Turn::cpuNanos) / 1e3 / rows, qCpu = median(sqlite, Turn::cpuNanos) / 1e3 / rows;
            return String.format("e. CSV import of %,d rows, rows/s (median of %d turns each, alternating)%n"
                            + "  hourbook import   %,10.0f rows/s  CPU %5.2f µs/row  %s s%n"
                            + "  sqlite3 .import  %,10.0f rows/s  CPU %5.2f µs/row  %s s%n  ratio %.2f (goal >= 0.3)%n"
                            + "  reading alone    %,10.0f rows/s  CPU %5.2f µs/row (its thread; CSV to entries, no database)",
                    rows, hourbook.size(), h, hCpu, seconds(hourbook), q, qCpu, seconds(sqlite), h / q,
                    rows / median(reading, Turn::seconds), median(reading, Turn::cpuNanos) / 1e3 / rows);
        }
    }

    /** Imports the same file through Hourbook (a new retainer each turn, so every row is new) and through sqlite3, in turns. */
    static ImportResult csvImport(World w, Path tmp, int rows, int rounds) throws Exception {
        Path file = csv(tmp.resolve("import.csv"), rows);
        Path sqliteDb = tmp.resolve("sqlite-import.db");
        // Warm-up: one small import each way.
        Path small = csv(tmp.resolve("warm.csv"), 20_000);
        importOnce(w, small, 0);
        sqliteImport(sqliteDb, small, 0);
        List<Turn> hb = new ArrayList<>(), sq = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            boolean hbFirst = r % 2 == 0;
            for (int k = 0; k < 2; k++) {
                if ((k == 0) == hbFirst) hb.add(importOnce(w, file, r + 1));
                else sq.add(sqliteImport(sqliteDb, file, r + 1));
            }
        }
        List<Turn> reading = new ArrayList<>();
        for (int r = 0; r < rounds; r++) reading.add(readOnce(file));
        return new ImportResult(rows, hb, sq, reading);
    }

    /**
     * Only the reading half of an import (what its reader thread does: the file read once, or twice from its first day/month date,
     * every row to an entry with its dedupe key), to tell it apart from storing.
     */
    private static Turn readOnce(Path file) throws IOException {
        CsvFile csv = CsvFile.of(() -> Files.newInputStream(file));
        List<CsvFile.Rows> open = new ArrayList<>();
        long[] keys = {0};
        long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        try {
            CsvImport.stream(() -> {
                try {
                    CsvFile.Rows rows = csv.rows();
                    open.add(rows);
                    return rows;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, ImportOptions.in(ZoneOffset.UTC), e -> keys[0] += e.dedupeKey().length());
        } finally {
            open.forEach(CsvFile.Rows::close);
        }
        double s = (System.nanoTime() - t0) / 1e9;
        if (keys[0] == 0) throw new IllegalStateException("nothing read");
        return new Turn(s, ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0);
    }

    private static Turn importOnce(World w, Path file, int turn) {
        Instant now = Instant.now();
        Database db = w.db;
        long client = db.accounts().createOrganization("Import bench " + turn, OrgKind.CLIENT, now).id();
        long user = db.accounts().createUser("import" + turn + "-" + System.nanoTime() + "@bench.example", "Importer", ZoneOffset.UTC, null, now).id();
        ContractTerms c = db.contracts().create(new ContractTerms(0, client, user, null, "Import bench", 0, "EUR", null, true, List.of(),
                ScreenshotPolicy.NONE, 10, ZoneOffset.UTC, ContractStatus.ACTIVE, BillingRounding.SEGMENT));
        db.retainers().create(c.id(), new RetainerTerms(40 * 3600L, new CycleRule.Monthly(1), null, true, ZoneOffset.UTC), false,
                now.minus(Duration.ofDays(400)));
        long cpu0 = Load.processCpuNanos();
        long t0 = System.nanoTime();
        var result = w.services.imports().commitLocal(c.id(), () -> Files.newInputStream(file), ImportRequest.of("bench.csv"));
        double s = (System.nanoTime() - t0) / 1e9;
        long cpu = Load.processCpuNanos() - cpu0;
        if (result.stored().rowsAdded() == 0) throw new IllegalStateException("nothing imported");
        return new Turn(s, cpu);
    }

    /** The sqlite3 shell imports the file into a new table of its own (CSV mode: its header names the columns). */
    private static Turn sqliteImport(Path db, Path file, int turn) throws IOException, InterruptedException {
        String table = "t" + turn;
        long cpu0 = childrenCpuNanos();
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("sqlite3", db.toString(), "-cmd", "PRAGMA journal_mode=WAL", "-cmd", "PRAGMA synchronous=NORMAL",
                ".import --csv " + file + " " + table).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IllegalStateException("sqlite3 failed: " + out);
        double s = (System.nanoTime() - t0) / 1e9;
        return new Turn(s, childrenCpuNanos() - cpu0);
    }

    /**
     * User and system CPU of this process's children that have ended and been waited for
     * (Linux {@code /proc/self/stat}, fields cutime and cstime, in ticks of 10 ms): the sqlite3
     * shell's CPU, which {@code ProcessHandle} can no longer tell once it has exited.
     */
    private static long childrenCpuNanos() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // f[0] is field 3 (state); cutime and cstime are fields 16 and 17.
        return (Long.parseLong(f[13]) + Long.parseLong(f[14])) * 10_000_000L;
    }
}
