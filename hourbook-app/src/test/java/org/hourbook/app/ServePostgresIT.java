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
import java.util.HashMap;
import java.util.Map;
import org.hourbook.store.Dialect;
import org.hourbook.store.StoreConfig;
import org.hourbook.store.testing.Backend;
import org.hourbook.store.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hourbook serve} on PostgreSQL (embedded, real binaries) chosen by HOURBOOK_DB_URL alone. */
class ServePostgresIT {
    @TempDir
    Path tmp;

    @Test
    void serve_uses_the_postgresql_database_named_by_the_environment() throws Exception {
        StoreConfig pg = TestDatabases.config(Backend.POSTGRES, tmp);
        Map<String, String> env = new HashMap<>(Map.of("HOURBOOK_DB_URL", pg.dbUrl(), "HOURBOOK_DB_USER", pg.user()));
        if (pg.password() != null) env.put("HOURBOOK_DB_PASSWORD", pg.password());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Main.Launched launched = Main.launch(new String[] {"serve", "--port", "0", "--data", tmp.resolve("data").toString()},
                env, new PrintStream(out, true, StandardCharsets.UTF_8), System.err, Clock.systemUTC(), Instant.now());
        assertThat(launched.exitCode()).isZero();
        try (Running running = launched.running().orElseThrow()) {
            assertThat(running.db().dialect()).isEqualTo(Dialect.POSTGRES);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("hourbook: serving jdbc:postgresql:");
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(running.url().resolve("/api/v1/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
        }
        assertThat(tmp.resolve("data").resolve("hourbook.db")).doesNotExist();
    }
}
