package org.hourbook.tracker.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.hourbook.core.account.OrgKind;
import org.hourbook.core.account.Organization;
import org.hourbook.core.account.Role;
import org.hourbook.core.account.User;
import org.hourbook.core.contract.BillingRounding;
import org.hourbook.core.contract.ContractStatus;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.contract.ScreenshotPolicy;
import org.hourbook.core.segment.Segment;
import org.hourbook.server.App;
import org.hourbook.server.Config;
import org.hourbook.server.Services;
import org.hourbook.store.Database;
import org.hourbook.store.StoreConfig;
import org.hourbook.store.blob.LocalBlobStore;
import org.hourbook.tracker.time.ScaledTime;

/**
 * A real Hourbook server for the tracker's tests (SQLite in a temp dir, local blobs) running on
 * the same compressed time as the tracker: {@link #time} starts on a Tuesday 00:00 UTC and runs
 * {@code factor} times faster than real time, so a 10-minute segment passes in 600/factor
 * seconds and the server's own rules (grid, no future time, week lock) hold as they do in
 * production. It can be stopped and started again on the same port and data.
 */
public final class TestServer implements AutoCloseable {
    public static final String PASSWORD = "correct horse battery staple";

    private final Path dir;
    private final ScaledTime time;
    private final Database db;
    private final Services services;
    private final Config config;
    private LocalBlobStore blobs;
    private App app;
    private int port;

    private TestServer(Path dir, ScaledTime time, Database db, Services services, Config config) {
        this.dir = dir;
        this.time = time;
        this.db = db;
        this.services = services;
        this.config = config;
    }

    /** Compressed time starting at the last Tuesday 00:00 UTC (far from the week lock). */
    public static ScaledTime compressed(double factor) {
        Instant real = Instant.now();
        LocalDate tuesday = LocalDate.ofInstant(real, ZoneOffset.UTC).minusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        return new ScaledTime(real, tuesday.atStartOfDay(ZoneOffset.UTC).toInstant(), factor);
    }

    public static TestServer start(Path dir, ScaledTime time) {
        Config config = Config.local("127.0.0.1", 0, dir).withPasswordCost(Config.PasswordCost.FAST);
        Database db = Database.open(StoreConfig.sqlite(dir));
        try {
            LocalBlobStore blobs = new LocalBlobStore(dir.resolve("blobs"));
            Services services = Services.create(config, db, blobs, time.clock());
            TestServer s = new TestServer(dir, time, db, services, config);
            s.blobs = blobs;
            s.app = App.create(config, services).start();
            s.port = s.app.port();
            return s;
        } catch (IOException e) {
            db.close();
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public ScaledTime time() {
        return time;
    }

    public Database db() {
        return db;
    }

    /** The server goes away (connections refused) until {@link #resume}. */
    public void pause() {
        app.stop();
        app = null;
    }

    public void resume() {
        Config same = Config.local(config.host(), port, config.dataDir()).withPasswordCost(config.passwordCost());
        app = App.create(same, services).start();
    }

    /** A freelancer (password {@link #PASSWORD}) with one active hourly contract. */
    public record World(User freelancer, ContractTerms contract, Organization client) {}

    public World freelancerWithContract(String email, ScreenshotPolicy shots, int idleMinutes, Integer weeklyLimitHours) {
        Instant now = time.now();
        var accounts = db.accounts();
        Organization agency = accounts.createOrganization("Solo " + email, OrgKind.AGENCY, now);
        Organization client = accounts.createOrganization("Client of " + email, OrgKind.CLIENT, now);
        User u = accounts.createUser(email, "Fran " + email, ZoneId.of("UTC"), services.passwords().hash(PASSWORD), now);
        accounts.putMember(agency.id(), u.id(), Role.FREELANCER);
        ContractTerms c = contract(client, u, agency, "Checkout redesign", shots, idleMinutes, weeklyLimitHours);
        return new World(u, c, client);
    }

    public ContractTerms contract(Organization client, User freelancer, Organization agency, String title, ScreenshotPolicy shots, int idleMinutes,
                                  Integer weeklyLimitHours) {
        return db.contracts().create(new ContractTerms(0, client.id(), freelancer.id(), agency == null ? null : agency.id(), title, 5000,
                "USD", weeklyLimitHours, false, List.of("Design", "Code"), shots, idleMinutes, ZoneId.of("UTC"), ContractStatus.ACTIVE,
                BillingRounding.SEGMENT));
    }

    /** Every stored segment of the contract (deleted ones are not returned). */
    public List<Segment> segments(long contractId) {
        return db.segments().findByContract(contractId, Instant.parse("2000-01-01T00:00:00Z"), Instant.parse("2100-01-01T00:00:00Z"));
    }

    /** The stored bytes of a screenshot or thumbnail. */
    public byte[] blob(String sha256) {
        try (var b = blobs.open(sha256).orElseThrow().stream()) {
            return b.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (app != null) app.stop();
        } finally {
            db.close();
        }
    }
}
