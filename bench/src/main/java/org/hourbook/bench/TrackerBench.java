package org.hourbook.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.hourbook.core.account.OrgKind;
import org.hourbook.core.account.Role;
import org.hourbook.core.contract.BillingRounding;
import org.hourbook.core.contract.ContractStatus;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.contract.ScreenshotPolicy;
import org.hourbook.server.App;
import org.hourbook.server.Config;
import org.hourbook.server.Services;
import org.hourbook.store.Database;
import org.hourbook.store.StoreConfig;
import org.hourbook.store.blob.LocalBlobStore;
import org.hourbook.tracker.cli.TrackerMain;
import org.hourbook.tracker.config.Account;
import org.hourbook.tracker.sync.SignIn;
import org.hourbook.tracker.time.ScaledTime;

/**
 * The tracker's footprint, measured on its own process as {@code track start} runs it (same JVM
 * options), on an Xvfb display with xdotool input and a real server:
 * <ul>
 * <li>memory: resident set after an hour of tracking with input, compressed 60x (a real minute):
 *   6 segments, 6 screenshots of a 1920×1080 screen, 60 minutes of counts, 6 uploads;</li>
 * <li>idle CPU: tracking in real time with no input, CPU over {@code idle} seconds after a settle;</li>
 * <li>capture: screenshot + JPEG + thumbnail in the tracker against ImageMagick's
 *   {@code import -window root} of the same display writing a JPEG, in alternating turns.</li>
 * </ul>
 */
final class TrackerBench {
    private TrackerBench() {}

    /** Each part runs unless switched off: {@code --memory 0}, {@code --idle 0}, {@code --rounds 0}. */
    static void run(Path jar, Path dir, boolean memory, int idleSeconds, int captureRounds) throws Exception {
        try (Display x = Display.start(1920, 1080)) {
            x.background(dir);
            if (memory) memory(jar, dir.resolve("memory"), x);
            if (idleSeconds > 0) idleCpu(jar, dir.resolve("idle"), x, idleSeconds);
            if (captureRounds > 0) capture(jar, x, captureRounds);
        }
    }

    private record Server(Database db, App app, long userId, String email) implements AutoCloseable {
        String url() {
            return "http://127.0.0.1:" + app.port();
        }

        @Override
        public void close() {
            app.stop();
            db.close();
        }
    }

    private static Server server(Path dir, ScaledTime time) throws IOException {
        Config config = Config.local("127.0.0.1", 0, dir).withPasswordCost(Config.PasswordCost.FAST);
        Database db = Database.open(StoreConfig.sqlite(dir));
        Services services = Services.create(config, db, new LocalBlobStore(dir.resolve("blobs")), time.clock());
        App app = App.create(config, services).start();
        Instant now = time.now();
        var accounts = db.accounts();
        long agency = accounts.createOrganization("Bench agency", OrgKind.AGENCY, now).id();
        long client = accounts.createOrganization("Bench client", OrgKind.CLIENT, now).id();
        var u = accounts.createUser("tracker@bench.example", "Tracker Bench", ZoneId.of("UTC"), services.passwords().hash("bench-password"), now);
        accounts.putMember(agency, u.id(), Role.FREELANCER);
        db.contracts().create(new ContractTerms(0, client, u.id(), agency, "Bench contract", 5000, "USD", null, false, List.of(),
                ScreenshotPolicy.NORMAL, 10, ZoneOffset.UTC, ContractStatus.ACTIVE, BillingRounding.SEGMENT));
        return new Server(db, app, u.id(), u.email());
    }

    private static Process tracker(Path jar, Path data, Server s, ScaledTime time, String display) throws Exception {
        Account a = SignIn.withPassword(s.url(), s.email(), "bench-password", "bench");
        a.save(data.resolve("account.json"));
        // HOURBOOK_BENCH_TRACKER=/opt/hourbook-tracker/bin/hourbook-tracker measures the installed package
        // (its jlink'd runtime and launcher) instead of this JDK running the tracker's classes.
        String installed = System.getenv("HOURBOOK_BENCH_TRACKER");
        List<String> cmd = new ArrayList<>();
        if (installed != null) {
            cmd.add(installed);
        } else {
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.addAll(TrackerMain.jvmOptions());
            cmd.addAll(List.of("-cp", jar.toString(), TrackerMain.class.getName()));
        }
        cmd.addAll(List.of("start", "--foreground", "--memo", "Bench"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(data.resolve("out.txt").toFile());
        pb.environment().putAll(Map.of("HOURBOOK_TRACKER_DATA", data.toString(), "DISPLAY", display));
        pb.environment().putIfAbsent("MALLOC_ARENA_MAX", "2"); // as track start sets it (Background)
        if (!time.isReal()) pb.environment().put("HOURBOOK_TRACKER_TIME", time.spec());
        Process p = pb.start();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline && !Files.readString(data.resolve("out.txt")).contains("tracking")) Thread.sleep(50);
        return p;
    }

    private static void memory(Path jar, Path dir, Display x) throws Exception {
        Files.createDirectories(dir);
        Instant real = Instant.now();
        LocalDate tuesday = LocalDate.ofInstant(real, ZoneOffset.UTC).minusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        ScaledTime time = new ScaledTime(real, tuesday.atStartOfDay(ZoneOffset.UTC).toInstant(), 60);
        try (Server s = server(dir.resolve("server"), time)) {
            Process p = tracker(jar, dir.resolve("tracker"), s, time, x.name());
            long start = System.nanoTime();
            List<String> samples = new ArrayList<>();
            for (int minute = 0; minute < 60; minute++) {
                // A tracked minute (one real second): some typing, clicks and mouse moves.
                x.xdotool("mousemove", Integer.toString(100 + 13 * minute), Integer.toString(200 + 7 * minute), "click", "1", "key", "a", "b", "c");
                long next = start + (minute + 1) * 1_000_000_000L;
                long wait = next - System.nanoTime();
                if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
                if (minute % 10 == 9) samples.add(String.format("%d min %d MiB", minute + 1, status(p.pid(), "VmRSS") / 1024));
            }
            long segments = s.db().segments().findByFreelancer(s.userId(), Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")).stream()
                    .filter(seg -> seg.screenshot() != null).count();
            System.out.printf("tracker memory: after an hour of tracking (60x) RSS %d MiB, peak (VmHWM) %d MiB; %d segments with screenshots on the server; %s%n",
                    status(p.pid(), "VmRSS") / 1024, status(p.pid(), "VmHWM") / 1024, segments, String.join(", ", samples));
            p.destroy();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static void idleCpu(Path jar, Path dir, Display x, int seconds) throws Exception {
        Files.createDirectories(dir);
        ScaledTime real = new ScaledTime(Instant.EPOCH, Instant.EPOCH, 1);
        try (Server s = server(dir.resolve("server"), real)) {
            Process p = tracker(jar, dir.resolve("tracker"), s, real, x.name());
            Thread.sleep(20_000); // start-up, first sync and JIT settle
            long cpu0 = cpuTicks(p.pid());
            long t0 = System.nanoTime();
            Thread.sleep(seconds * 1000L);
            long cpu = cpuTicks(p.pid()) - cpu0;
            double wall = (System.nanoTime() - t0) / 1e9;
            System.out.printf("tracker idle CPU: %.2f %% of a core over %d s of tracking without input (%d clock ticks of 10 ms); RSS %d MiB%n",
                    100.0 * cpu / 100.0 / wall, seconds, cpu, status(p.pid(), "VmRSS") / 1024);
            p.destroy();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static void capture(Path jar, Display x, int rounds) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(TrackerMain.jvmOptions());
        cmd.addAll(List.of("-cp", jar.toString(), CaptureBench.class.getName(), Integer.toString(rounds)));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("DISPLAY", x.name());
        Process p = pb.start();
        p.getInputStream().transferTo(System.out);
        p.waitFor();
    }

    /** A field of /proc/PID/status in KiB. */
    static long status(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith(field + ":")) return Long.parseLong(line.replaceAll("\\D+", ""));
        }
        return -1;
    }

    /** utime + stime of a process in clock ticks (10 ms). */
    static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    /** Xvfb on a free display number, with a busy picture as the desktop. */
    record Display(Process xvfb, String name) implements AutoCloseable {
        static Display start(int w, int h) throws IOException {
            Process p = new ProcessBuilder("Xvfb", "-displayfd", "1", "-nolisten", "tcp", "+extension", "RECORD", "-noreset", "-screen", "0",
                    w + "x" + h + "x24").redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String n = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            if (n == null) throw new IOException("Xvfb did not start (Debian: apt-get install xvfb)");
            return new Display(p, ":" + n.trim());
        }

        /** A generated picture (ImageMagick's plasma, like a busy screen: hard to compress) as the root window. */
        void background(Path dir) throws Exception {
            Path png = dir.resolve("desktop.png");
            Files.createDirectories(dir);
            run("convert", "-size", "1920x1080", "plasma:fractal", "-blur", "0x1", png.toString());
            ProcessBuilder pb = new ProcessBuilder("display", "-window", "root", png.toString()).redirectErrorStream(true);
            pb.environment().put("DISPLAY", name);
            Process p = pb.start();
            p.waitFor(30, TimeUnit.SECONDS);
        }

        void xdotool(String... args) throws Exception {
            String[] cmd = new String[args.length + 1];
            cmd[0] = "xdotool";
            System.arraycopy(args, 0, cmd, 1, args.length);
            run(cmd);
        }

        private void run(String... cmd) throws Exception {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().put("DISPLAY", name);
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IOException(Arrays.toString(cmd) + " failed: " + out);
        }

        @Override
        public void close() {
            xvfb.destroy();
        }
    }
}
