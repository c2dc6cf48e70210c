package org.hourbook.app.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.hourbook.app.demo.screens.Screenshots;
import org.hourbook.core.account.Organization;
import org.hourbook.core.account.User;
import org.hourbook.core.contract.BillingRounding;
import org.hourbook.core.contract.ContractStatus;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.contract.ScreenshotPolicy;
import org.hourbook.core.segment.ScreenshotRef;
import org.hourbook.core.segment.Segment;
import org.hourbook.server.auth.PasswordHasher;
import org.hourbook.store.Database;
import org.hourbook.store.SegmentInsert;
import org.hourbook.store.blob.BlobStore;

/**
 * Fills a database with the demo: the people, organizations and contracts of {@link DemoCast},
 * two weeks of diary from {@link DemoDiary}, and screenshots from {@link Screenshots}. Everything
 * goes through the store's repositories, so the demo is exactly what a real installation holds.
 */
public final class DemoData {
    /** Distinct screenshots per scene kind; segments reuse them (storage is content-addressed). */
    private static final int SHOTS_PER_SCENE = 10;
    private static final long SEED = 20_26L;

    /** One account the demo prints: {@code account <role> <email> <password>}. */
    public record Account(String role, String email, String password) {
        public String line() {
            return "account " + role + " " + email + " " + password;
        }
    }

    /** What {@link #load} did; {@code reused} when the data directory already held the demo. */
    public record Summary(List<Account> accounts, boolean reused, int segments, int manualSegments, Duration took) {}

    private final Database db;
    private final BlobStore blobs;
    private final PasswordHasher passwords;
    private final Clock clock;

    public DemoData(Database db, BlobStore blobs, PasswordHasher passwords, Clock clock) {
        this.db = db;
        this.blobs = blobs;
        this.passwords = passwords;
        this.clock = clock;
    }

    public static List<Account> accounts() {
        return DemoCast.people().stream().map(p -> new Account(p.printedRole(), p.email(), DemoCast.PASSWORD)).toList();
    }

    /** Whether this database already holds the demo (its first account exists). */
    public boolean present() {
        return db.accounts().findUserByEmail(DemoCast.people().getFirst().email()).isPresent();
    }

    /** Generates the demo unless it is already there. */
    public Summary load() {
        long t0 = System.nanoTime();
        if (present()) return new Summary(accounts(), true, 0, 0, Duration.ofNanos(System.nanoTime() - t0));
        Instant now = clock.instant();
        Map<Integer, List<ScreenshotRef>> shots = storeScreenshots(now);
        Map<String, Long> userIds = new HashMap<>();
        Map<String, Long> orgIds = new HashMap<>();
        // One hash for every demo account: Argon2id is deliberately slow and the password is shared anyway.
        String hash = passwords.hash(DemoCast.PASSWORD);
        List<ContractTerms> terms = db.inTransaction(tx -> {
            for (DemoCast.Person p : DemoCast.people()) {
                User u = tx.accounts().createUser(p.email(), p.name(), p.zone(), hash, now);
                userIds.put(p.key(), u.id());
            }
            for (DemoCast.Org o : DemoCast.orgs()) {
                Organization org = tx.accounts().createOrganization(o.name(), o.kind(), now);
                orgIds.put(o.key(), org.id());
            }
            for (DemoCast.Member m : DemoCast.members()) tx.accounts().putMember(orgIds.get(m.orgKey()), userIds.get(m.personKey()), m.role());
            List<ContractTerms> created = new ArrayList<>();
            for (DemoCast.Contract c : DemoCast.contracts()) created.add(tx.contracts().create(terms(c, 0, orgIds::get, userIds::get)));
            return created;
        });
        DemoDiary diary = new DemoDiary(clock, (scene, rnd, takenAt) -> {
            List<ScreenshotRef> pool = shots.get(scene);
            ScreenshotRef s = pool.get(rnd.nextInt(pool.size()));
            return new ScreenshotRef(s.sha256(), s.thumbSha256(), s.mediaType(), s.width(), s.height(), s.bytes(), takenAt);
        });
        List<Segment> segments = new ArrayList<>();
        List<DemoCast.Contract> specs = DemoCast.contracts();
        for (DemoCast.Person p : DemoCast.people()) {
            List<DemoDiary.Work> work = new ArrayList<>();
            for (int i = 0; i < specs.size(); i++) {
                if (specs.get(i).freelancerKey().equals(p.key())) work.add(new DemoDiary.Work(terms.get(i), specs.get(i)));
            }
            if (!work.isEmpty()) segments.addAll(diary.generate(p.zone(), work, SEED + userIds.get(p.key())));
        }
        List<SegmentInsert> results = db.inTransaction(tx -> tx.segments().insertAll(segments, now));
        long rejected = results.stream().filter(r -> !(r instanceof SegmentInsert.Inserted)).count();
        if (rejected > 0) throw new IllegalStateException(rejected + " demo segments were not stored: " + results.getFirst());
        int manual = (int) segments.stream().filter(Segment::isManual).count();
        return new Summary(accounts(), false, segments.size(), manual, Duration.ofNanos(System.nanoTime() - t0));
    }

    /** The terms of a demo contract, with ids of the database (or of a test). */
    static ContractTerms terms(DemoCast.Contract c, long id, ToLongFunction<String> orgIds, ToLongFunction<String> userIds) {
        return new ContractTerms(id, orgIds.applyAsLong(c.clientKey()), userIds.applyAsLong(c.freelancerKey()),
                c.agencyKey() == null ? null : orgIds.applyAsLong(c.agencyKey()), c.title(), c.rateMinor(), c.currency(),
                c.weeklyLimitHours(), c.manualTimeAllowed(), c.labels(), ScreenshotPolicy.NORMAL, 10, ZoneId.of(c.zone()),
                c.closed() ? ContractStatus.CLOSED : ContractStatus.ACTIVE, BillingRounding.SEGMENT);
    }

    private Map<Integer, List<ScreenshotRef>> storeScreenshots(Instant now) {
        List<Screenshots.Shot> rendered = Screenshots.pool(4 * SHOTS_PER_SCENE, SEED);
        Map<Integer, List<ScreenshotRef>> byScene = new HashMap<>();
        for (int i = 0; i < rendered.size(); i++) {
            Screenshots.Shot shot = rendered.get(i);
            try {
                String sha = blobs.put(shot.jpeg(), "image/jpeg");
                String thumb = blobs.put(shot.thumbJpeg(), "image/jpeg");
                byScene.computeIfAbsent(i % 4, k -> new ArrayList<>())
                        .add(new ScreenshotRef(sha, thumb, "image/jpeg", shot.width(), shot.height(), shot.jpeg().length, now));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot store a demo screenshot", e);
            }
        }
        return byScene;
    }
}
