package org.hourbook.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hourbook serve} in-process on a free port over a fresh data directory. */
class ServeIT {
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
}
