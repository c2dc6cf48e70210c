package org.hourbook.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hourbook.server.App;
import org.hourbook.server.Config;
import org.hourbook.server.Services;
import org.hourbook.store.Database;
import org.hourbook.store.StoreConfig;
import org.hourbook.store.blob.LocalBlobStore;
import org.hourbook.store.testing.Backend;
import org.hourbook.store.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The sign-in limit is counted in the database before each check, so parallel guesses on two nodes cannot all be checked. */
@ParameterizedClass
@EnumSource(Backend.class)
class SignInThrottleIT {
    /** At the start of a 15-minute window, so the limit is exact (nothing slides in from the previous window). */
    static final Instant NOW = Instant.parse("2026-11-18T15:00:00Z");
    static final HttpClient HTTP = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();

    @Parameter
    Backend backend;
    @TempDir
    Path dir;

    record Node(Database db, App app) implements AutoCloseable {
        static Node start(StoreConfig store, Path dir) {
            Config config = Config.local("127.0.0.1", 0, dir).withPasswordCost(Config.PasswordCost.FAST);
            Database db = Database.open(store);
            try {
                Services services = Services.create(config, db, new LocalBlobStore(dir.resolve("blobs")),
                        Clock.fixed(NOW, ZoneOffset.UTC), wait -> {});
                return new Node(db, App.create(config, services).start());
            } catch (IOException e) {
                db.close();
                throw new UncheckedIOException(e);
            }
        }

        int signIn(String email, String password) throws Exception {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/v1/auth/tokens"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        }

        @Override
        public void close() {
            try {
                app.stop();
            } finally {
                db.close();
            }
        }
    }

    @Test
    void thirty_parallel_wrong_guesses_on_two_nodes_against_a_limit_of_ten_have_exactly_ten_checked() throws Exception {
        StoreConfig store = TestDatabases.config(backend, dir);
        try (Node a = Node.start(store, dir.resolve("a")); Node b = Node.start(store, dir.resolve("b"))) {
            a.db().accounts().createUser("fran@pixel.test", "Fran", ZoneId.of("UTC"), "$argon2id$not-a-real-hash", NOW);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(30)) {
                for (int i = 0; i < 30; i++) {
                    Node node = i % 2 == 0 ? a : b;
                    int n = i;
                    answers.add(pool.submit(() -> {
                        start.await();
                        return node.signIn("fran@pixel.test", "guess " + n);
                    }));
                }
                start.countDown();
                Map<Integer, Integer> byStatus = new TreeMap<>();
                for (Future<Integer> f : answers) byStatus.merge(f.get(), 1, Integer::sum);
                assertThat(byStatus).as("status → how many").isEqualTo(Map.of(401, 10, 429, 20));
            }
            Instant window = NOW;
            assertThat(a.db().loginAttempts().count("pair:fran@pixel.test 127.0.0.1", window)).as("counted failures").isEqualTo(10);
            assertThat(a.db().loginAttempts().count("email:fran@pixel.test", window)).as("refused attempts are taken back").isEqualTo(10);
            assertThat(b.signIn("fran@pixel.test", "one more")).isEqualTo(429);
        }
    }
}
