package org.hourbook.server.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.hourbook.server.testing.Api;
import org.hourbook.server.testing.RealServer;
import org.hourbook.server.testing.TestServer;
import org.hourbook.store.testing.Backend;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Health answers whatever the database does; ready asks it, and answers in about two seconds even when it hangs. */
@RealServer
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class ReadinessIT {
    @Parameter
    Backend backend;

    TestServer server;

    @Test
    void a_node_with_a_database_that_answers_is_ready() {
        Api.Response ready = server.anonymous().get("/api/v1/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().path("status").asText()).isEqualTo("ready");
        assertThat(ready.json().path("database").asText()).isEqualTo("ok");
        assertThat(ready.json().path("storage").asText()).isEqualTo("ok");
        assertThat(server.anonymous().get("/api/v1/health").json().toString()).isEqualTo("{\"status\":\"ok\",\"storage\":\"ok\"}");
    }

    @Test
    void a_database_that_does_not_answer_makes_ready_say_so_within_seconds_while_health_still_answers() throws Exception {
        // Every connection of the pool held: a query now waits for Hikari's 30 s connection timeout, as with a hung server.
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < server.db().dataSource().getMaximumPoolSize(); i++) held.add(server.db().dataSource().getConnection());
            long t0 = System.nanoTime();
            Api.Response ready = server.anonymous().get("/api/v1/ready");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(ready.status()).isEqualTo(503);
            assertThat(ready.json().path("status").asText()).isEqualTo("not_ready");
            assertThat(ready.json().path("database").asText()).isEqualTo("no answer within 2 s");
            assertThat(ms).as("answered in ms").isBetween(1_900L, 5_000L);
            long t1 = System.nanoTime();
            assertThat(server.anonymous().get("/api/v1/health").status()).isEqualTo(200);
            assertThat((System.nanoTime() - t1) / 1_000_000).as("health needs no database").isLessThan(1_000L);
            assertThat(server.anonymous().get("/api/v1/ready").status()).as("a second probe does not pile up").isEqualTo(503);
        } finally {
            for (Connection c : held) c.close();
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        Api.Response again;
        do {
            again = server.anonymous().get("/api/v1/ready");
        } while (again.status() != 200 && System.nanoTime() < deadline);
        assertThat(again.status()).as("ready again once the database answers").isEqualTo(200);
    }

    @Test
    void a_closed_database_is_not_ready() {
        server.db().dataSource().close();
        Api.Response ready = server.anonymous().get("/api/v1/ready");
        assertThat(ready.status()).isEqualTo(503);
        assertThat(ready.json().path("database").asText()).isEqualTo("unreachable");
    }
}
