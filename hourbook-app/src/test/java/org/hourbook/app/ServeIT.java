package org.hourbook.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hourbook serve} in-process on a free port over a fresh data directory. */
class ServeIT {
    private static final Pattern STARTED = Pattern.compile("hourbook: started in (\\d+) ms.*");

    @TempDir
    Path data;

    @Test
    void serve_starts_on_an_empty_data_directory_answers_health_and_stops() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Main.Launched launched = Main.launch(new String[] {"serve", "--port", "0", "--data", data.toString()},
                Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8), System.err, Clock.systemUTC(), Instant.now());
        assertThat(launched.exitCode()).isZero();
        try (Running running = launched.running().orElseThrow()) {
            String printed = out.toString(StandardCharsets.UTF_8);
            System.out.println("[ServeIT] " + printed.lines().filter(l -> l.contains("started in")).findFirst().orElse(""));
            assertThat(printed).contains("hourbook: open " + running.url(), "SQLite " + data.toAbsolutePath().resolve("hourbook.db"));
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(running.url().resolve("/api/v1/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
        }
        assertThat(data.resolve("hourbook.db")).exists();
        assertThat(data.resolve("blobs")).isDirectory();
    }

    @Test
    void on_an_empty_data_directory_serve_prints_a_setup_link_and_each_start_voids_the_one_before() throws Exception {
        String first;
        try (Running running = serve()) {
            first = setupLink();
            assertThat(first).startsWith(running.url().resolve("/setup/").toString());
            assertThat(status(URI.create(first))).isEqualTo(200);
        }
        try (Running running = serve()) {
            String second = setupLink();
            assertThat(second).isNotEqualTo(first);
            assertThat(status(URI.create(second))).isEqualTo(200);
            assertThat(status(running.url().resolve(URI.create(first).getPath()))).as("the first start's link").isEqualTo(410);
        }
    }

    private final ByteArrayOutputStream served = new ByteArrayOutputStream();

    private Running serve() {
        served.reset();
        Main.Launched launched = Main.launch(new String[] {"serve", "--port", "0", "--data", data.toString()},
                Map.of(), new PrintStream(served, true, StandardCharsets.UTF_8), System.err, Clock.systemUTC(), Instant.now());
        assertThat(launched.exitCode()).isZero();
        return launched.running().orElseThrow();
    }

    /** The link of the line {@code setup <url>} the last start printed. */
    private String setupLink() {
        return served.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("setup ")).map(l -> l.substring(6).strip())
                .findFirst().orElseThrow(() -> new AssertionError("no 'setup <url>' line in: " + served));
    }

    private static int status(URI uri) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /**
     * ./hourbook may build the jar and then exec java in the same process; the reported start-up
     * must count from the JVM's start, not the process's, or it would include the build.
     */
    @Test
    void the_reported_start_up_leaves_out_what_the_process_did_before_java_started() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String jar = System.getProperty("hourbook.jar", "target/hourbook.jar");
        long spawned = System.nanoTime();
        Process p = new ProcessBuilder("sh", "-c", "sleep 2; exec \"$0\" -jar \"$1\" serve --port 0 --data \"$2\"",
                java, jar, data.toString()).redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            Matcher started = null;
            for (String line; started == null && (line = r.readLine()) != null; ) {
                Matcher m = STARTED.matcher(line);
                if (m.matches()) started = m;
            }
            long wallMs = (System.nanoTime() - spawned) / 1_000_000;
            assertThat(started).as("a 'started in N ms' line").isNotNull();
            long reportedMs = Long.parseLong(started.group(1));
            System.out.println("[ServeIT] after a 2 s pause in the same process: reported " + reportedMs + " ms, wall " + wallMs + " ms");
            assertThat(reportedMs).isPositive().isLessThan(wallMs - 1_500);
        } finally {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) p.destroyForcibly();
        }
    }

    /**
     * The running server writes its request log in batches (one write per interval, not per
     * line); a normal stop (SIGTERM, as systemd or docker send) still gets every line out.
     */
    @Test
    void the_request_log_reaches_stderr_and_a_stop_loses_none_of_it() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String jar = System.getProperty("hourbook.jar", "target/hourbook.jar");
        Path errFile = data.resolve("stderr.txt");
        Process p = new ProcessBuilder(java, "-jar", jar, "serve", "--port", "0", "--data", data.resolve("d").toString())
                .redirectError(errFile.toFile()).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            URI url = null;
            for (String line; url == null && (line = r.readLine()) != null; ) {
                if (line.startsWith("hourbook: open ")) url = URI.create(line.substring("hourbook: open ".length()).trim());
            }
            assertThat(url).as("an 'open URL' line").isNotNull();
            HttpClient http = HttpClient.newHttpClient();
            for (int i = 0; i < 20; i++) {
                assertThat(http.send(HttpRequest.newBuilder(url.resolve("/api/v1/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (countHealthLines(errFile) == 0 && System.nanoTime() < deadline) Thread.sleep(50);
            assertThat(countHealthLines(errFile)).as("request log lines while running").isPositive();

            for (int i = 0; i < 20; i++) {
                http.send(HttpRequest.newBuilder(url.resolve("/api/v1/health")).build(), HttpResponse.BodyHandlers.discarding());
            }
            p.destroy(); // SIGTERM
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(countHealthLines(errFile)).as("every request's line, after the stop").isEqualTo(40);
            assertThat(Files.readString(errFile)).contains("hourbook: stopping");
        } finally {
            if (p.isAlive()) p.destroyForcibly();
        }
    }

    private static long countHealthLines(Path file) throws java.io.IOException {
        return Files.readAllLines(file).stream().filter(l -> l.contains("route=\"/api/v1/health\" status=200")).count();
    }
}
