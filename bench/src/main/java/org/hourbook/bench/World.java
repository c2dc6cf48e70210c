package org.hourbook.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hourbook.core.account.OrgKind;
import org.hourbook.core.account.Role;
import org.hourbook.core.contract.BillingRounding;
import org.hourbook.core.contract.ContractStatus;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.contract.ScreenshotPolicy;
import org.hourbook.server.App;
import org.hourbook.server.Config;
import org.hourbook.server.Services;
import org.hourbook.server.ops.BatchedStderr;
import org.hourbook.store.Database;
import org.hourbook.store.StoreConfig;
import org.hourbook.store.auth.TokenKind;
import org.hourbook.store.blob.LocalBlobStore;

/**
 * A server over a data directory, as {@code hourbook serve} builds it, plus freelancers with one
 * contract and one API token each. Benchmarks measure through it and, for comparison, straight on
 * its database file.
 */
final class World implements AutoCloseable {
    /** A freelancer of the benchmark: their contract and a bearer token. */
    record Freelancer(long userId, long contractId, String token) {}

    final Path dir;
    final Database db;
    final Services services;
    final App app;
    final List<Freelancer> freelancers = new ArrayList<>();

    private World(Path dir, Database db, Services services, App app) {
        this.dir = dir;
        this.db = db;
        this.services = services;
        this.app = app;
    }

    static World open(Path dir) throws IOException {
        return open(dir, c -> c);
    }

    static World open(Path dir, java.util.function.UnaryOperator<Config> tweak) throws IOException {
        Config config = tweak.apply(Config.local("127.0.0.1", 0, dir).withPasswordCost(Config.PasswordCost.FAST));
        Database db = Database.open(StoreConfig.sqlite(dir));
        Services services = Services.create(config, db, new LocalBlobStore(dir.resolve("blobs")), Clock.systemUTC());
        App app = App.create(config, services).start();
        BatchedStderr.install(); // as `hourbook serve` does once it is up: the request log goes out in batches
        return new World(dir, db, services, app);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + app.port();
    }

    String jdbcUrl() {
        return "jdbc:sqlite:" + dir.resolve("hourbook.db").toAbsolutePath();
    }

    /** Adds {@code count} freelancers, each with an hourly contract (no limit) with one client. */
    List<Freelancer> addFreelancers(int count, String prefix) {
        Instant now = Instant.now();
        List<Freelancer> added = db.inTransaction(tx -> {
            long client = tx.accounts().createOrganization(prefix + " client", OrgKind.CLIENT, now).id();
            List<Freelancer> out = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                long user = tx.accounts().createUser(prefix + i + "@bench.example", "Bench " + prefix + " " + i, ZoneOffset.UTC, null, now).id();
                ContractTerms t = tx.contracts().create(new ContractTerms(0, client, user, null, "Bench contract " + prefix + i, 5000, "USD",
                        null, true, List.of("Build", "Review"), ScreenshotPolicy.NORMAL, 10, ZoneOffset.UTC, ContractStatus.ACTIVE,
                        BillingRounding.SEGMENT));
                out.add(new Freelancer(user, t.id(), null));
            }
            return out;
        });
        List<Freelancer> withTokens = added.stream()
                .map(f -> new Freelancer(f.userId(), f.contractId(), services.apiTokens().issueFor(f.userId(), TokenKind.DEVICE, "bench").secret()))
                .toList();
        freelancers.addAll(withTokens);
        return withTokens;
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
