package org.hourbook.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hourbook.server.App;
import org.hourbook.server.Config;
import org.hourbook.server.Services;
import org.hourbook.store.Database;
import org.hourbook.store.blob.LocalBlobStore;
import org.hourbook.store.testing.Backend;
import org.hourbook.store.testing.TestDatabases;

/**
 * The real app on 127.0.0.1 and a random port, over a fresh database of the given backend, local
 * blobs in a temp dir, cheap password hashing and a clock the test controls.
 * <pre>
 * try (TestServer server = TestServer.start(Backend.SQLITE, tempDir)) {
 *     Fixtures.World w = new Fixtures(server).hourlyContractWithLimit(20);
 *     Api.Response r = server.api(w.freelancer().token()).get("/api/v1/contracts");
 * }
 * </pre>
 */
public final class TestServer implements AutoCloseable {
    /** Wednesday of a billing week, mid-afternoon UTC: far from the edit-window edges. */
    public static final Instant NOW = Instant.parse("2026-11-18T15:00:00Z");

    private final Database db;
    private final Services services;
    private final App app;
    private final MutableClock clock;
    private final Path dir;
    private final List<Duration> signInWaits;

    private TestServer(Database db, Services services, App app, MutableClock clock, Path dir, List<Duration> signInWaits) {
        this.db = db;
        this.services = services;
        this.app = app;
        this.clock = clock;
        this.dir = dir;
        this.signInWaits = signInWaits;
    }

    public static TestServer start(Backend backend, Path dir) {
        return start(backend, dir, c -> c);
    }

    public static TestServer start(Backend backend, Path dir, java.util.function.UnaryOperator<Config> tweak) {
        Config config = tweak.apply(Config.local("127.0.0.1", 0, dir).withPasswordCost(Config.PasswordCost.FAST));
        Database db = TestDatabases.open(backend, dir);
        try {
            MutableClock clock = new MutableClock(NOW);
            // Sign-ins on an account under attack wait before the check; here the wait is recorded, not slept.
            List<Duration> waits = new CopyOnWriteArrayList<>();
            Services services = Services.create(config, db, new LocalBlobStore(dir.resolve("blobs")), clock, waits::add);
            App app = App.create(config, services).start();
            return new TestServer(db, services, app, clock, dir, waits);
        } catch (IOException e) {
            db.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    /** An HTTP client acting with this bearer token ({@code null}: anonymous). */
    public Api api(String token) {
        return new Api(this, token);
    }

    public Api anonymous() {
        return new Api(this, null);
    }

    public Database db() { return db; }

    public Services services() { return services; }

    public App app() { return app; }

    public MutableClock clock() { return clock; }

    public Path dir() { return dir; }

    /** Every wait a sign-in attempt was given before its check (Credentials' per-account slowdown), in order. */
    public List<Duration> signInWaits() { return List.copyOf(signInWaits); }

    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            db.close();
        }
    }
}
