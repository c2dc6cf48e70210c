package org.hourbook.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code hourbook serve} as its own process (the way operators run it): time from process start
 * to the first answered health check, the time it reports itself, and its resident memory idle
 * and under diary load.
 */
final class StartupBench {
    private static final Pattern STARTED = Pattern.compile("hourbook: started in (\\d+) ms.*");

    record Start(long wallMillis, long reportedMillis, String detail) {}

    /** A server process with its printed lines. */
    record Server(Process process, String baseUrl, List<String> lines) implements AutoCloseable {
        @Override
        public void close() throws InterruptedException {
            process.destroy(); // SIGTERM → graceful shutdown hook
            if (!process.waitFor(20, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
        }
    }

    private StartupBench() {}

    static Server spawn(Path jar, Path data) throws Exception {
        return spawn(jar, data, List.of());
    }

    /** @param jvmFlags extra JVM flags, e.g. the AppCDS flags {@code ./hourbook} passes */
    static Server spawn(Path jar, Path data, List<String> jvmFlags) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED"));
        command.addAll(jvmFlags);
        command.addAll(List.of("-cp", jar.toString(), "org.hourbook.app.Main", "serve", "--port", Integer.toString(port),
                "--data", data.toString()));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) lines.add(line);
            } catch (IOException ignored) {
                // the process ended
            }
        });
        return new Server(p, "http://127.0.0.1:" + port, lines);
    }

    /** Starts, waits for health, stops; {@code runs} times over the same (initially empty) data directory. */
    static List<Start> startTimes(Path jar, Path data, int runs) throws Exception {
        return startTimes(jar, data, runs, List.of());
    }

    /**
     * The JVM flags {@code ./hourbook} adds for serve and demo: the first run writes the archive
     * when it stops, later runs map the classes from it.
     */
    static List<String> appCds(Path archive) {
        return List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off,cds+dynamic=off");
    }

    /**
     * What {@code ./hourbook} adds for serve and demo on JDK 25+: the first run records the classes
     * it loads and writes the AOT cache when it stops, later runs use it.
     */
    static java.util.function.IntFunction<List<String>> aotCache(Path cache) {
        return run -> run == 0 ? List.of("-XX:AOTCacheOutput=" + cache, "-Xlog:aot=off,cds=off")
                : List.of("-XX:AOTCache=" + cache, "-Xlog:aot=off,cds=off");
    }

    static List<Start> startTimes(Path jar, Path data, int runs, List<String> jvmFlags) throws Exception {
        return startTimes(jar, data, runs, run -> jvmFlags);
    }

    /** @param jvmFlags the extra JVM flags of each run, by its index from 0 */
    static List<Start> startTimes(Path jar, Path data, int runs, java.util.function.IntFunction<List<String>> jvmFlags)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        List<Start> out = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            try (Server s = spawn(jar, data, jvmFlags.apply(i))) {
                waitHealthy(http, s);
                long wall = (System.nanoTime() - t0) / 1_000_000;
                String line = awaitLine(s, STARTED, Duration.ofSeconds(10));
                Matcher m = STARTED.matcher(line);
                out.add(new Start(wall, m.matches() ? Long.parseLong(m.group(1)) : -1, line.replaceFirst("hourbook: ", "")));
            }
        }
        return out;
    }

    static void waitHealthy(HttpClient http, Server s) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!s.process().isAlive()) throw new IllegalStateException("server exited: " + s.lines());
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(s.baseUrl() + "/api/v1/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) return;
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("server did not answer within 60 s");
    }

    private static String awaitLine(Server s, Pattern p, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (String l : s.lines()) if (p.matcher(l).matches()) return l;
            Thread.sleep(5);
        }
        return "(no start-up line printed)";
    }

    record Memory(long idleKib, long peakUnderLoadKib, long hwmKib, Load.Result load) {}

    /** Resident memory of a server over {@code data}: after start, and the peak during a diary load. */
    static Memory memoryUnderLoad(Path jar, Path data, List<World.Freelancer> fs, List<LocalDate> days, int threads, Duration load)
            throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        try (Server s = spawn(jar, data)) {
            waitHealthy(http, s);
            Thread.sleep(500);
            long pid = s.process().pid();
            long idle = status(pid, "VmRSS");
            AtomicLong peak = new AtomicLong(idle);
            CompletableFuture<Void> sampling = new CompletableFuture<>();
            Thread sampler = Thread.ofPlatform().daemon().start(() -> {
                while (!sampling.isDone()) {
                    peak.accumulateAndGet(status(pid, "VmRSS"), Math::max);
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            Load.Result result = DiaryBench.apiLoad(s.baseUrl(), fs, days, threads, Duration.ofSeconds(2), load);
            sampling.complete(null);
            sampler.join();
            return new Memory(idle, peak.get(), status(pid, "VmHWM"), result);
        }
    }

    /** A field of /proc/PID/status in KiB (Linux), or -1. */
    static long status(long pid, String field) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (l.startsWith(field + ":")) return Long.parseLong(l.replaceAll("\\D", ""));
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
