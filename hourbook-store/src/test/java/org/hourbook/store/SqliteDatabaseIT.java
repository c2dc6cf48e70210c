package org.hourbook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hourbook.store.testing.Fixtures.NOW;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hourbook.core.account.OrgKind;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.segment.Segment;
import org.hourbook.store.audit.AuditEntry;
import org.hourbook.store.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is special about the embedded database: its settings, and many threads writing at once. */
class SqliteDatabaseIT {
    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open(StoreConfig.sqlite(dir));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void the_change_stamp_moves_with_every_commit_from_this_process_or_another_and_only_then() {
        long before = db.changeStamp();
        db.settings().get("nothing");
        assertThat(db.changeStamp()).as("reads change nothing").isEqualTo(before);
        db.settings().put("a", "1");
        long afterWrite = db.changeStamp();
        assertThat(afterWrite).as("a commit of this process").isNotEqualTo(before);
        assertThat(db.changeStamp()).isEqualTo(afterWrite);
        // A second pool on the same file stands for another process (hourbook import --data while the server runs).
        try (Database other = Database.open(StoreConfig.sqlite(dir))) {
            other.settings().put("b", "2");
        }
        assertThat(db.changeStamp()).as("a commit of another connection pool").isNotEqualTo(afterWrite);
    }

    @Test
    void the_database_is_one_file_in_the_data_directory_with_wal_and_foreign_keys() {
        assertThat(Files.exists(dir.resolve("hourbook.db"))).isTrue();
        assertThat(db.dialect()).isEqualTo(Dialect.SQLITE);
        db.jdbi().useHandle(h -> {
            assertThat(h.createQuery("PRAGMA journal_mode").mapTo(String.class).one()).isEqualToIgnoringCase("wal");
            assertThat(h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one()).isEqualTo(1);
            assertThat(h.createQuery("PRAGMA busy_timeout").mapTo(Integer.class).one()).isGreaterThanOrEqualTo(5000);
            assertThat(h.createQuery("PRAGMA synchronous").mapTo(Integer.class).one()).isEqualTo(1); // NORMAL
        });
    }

    @Test
    void foreign_keys_are_enforced() {
        assertThatThrownBy(() -> db.contracts().create(Fixtures.terms(999, 998, null))).hasMessageContaining("FOREIGN KEY");
    }

    @Test
    void reopening_keeps_the_data_and_does_not_migrate_again() {
        long org = db.accounts().createOrganization("Acme", OrgKind.CLIENT, NOW).id();
        db.close();

        db = Database.open(StoreConfig.sqlite(dir));

        assertThat(db.accounts().findOrganization(org)).isPresent();
    }

    @Test
    void a_backup_is_a_complete_database_of_its_own() {
        long org = db.accounts().createOrganization("Acme", OrgKind.CLIENT, NOW).id();
        Path backup = dir.resolve("backup").resolve("hourbook.db");
        backup.getParent().toFile().mkdirs();

        db.backupTo(backup);

        try (Database restored = Database.open(StoreConfig.sqlite(backup.getParent()))) {
            assertThat(restored.accounts().findOrganization(org)).isPresent();
        }
    }

    @Test
    void many_threads_writing_read_modify_write_transactions_never_see_busy_errors() throws Exception {
        ContractTerms contract = Fixtures.hourlyContract(db, Fixtures.freelancer(db, "ana@example.org").id());
        int threads = 8;
        int perThread = 25;
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        Segment s = Fixtures.slot(contract, thread * perThread + i);
                        // Read first, then write: the pattern that deadlocks with deferred transactions.
                        db.useTransaction(tx -> {
                            long before = tx.audit().countForContract(contract.id());
                            tx.segments().insertAll(List.of(s), NOW);
                            tx.audit().append(new AuditEntry(0, contract.id(), null, NOW, "segment.create", "segment",
                                    s.id().toString(), null, "{\"n\":" + before + "}"));
                        });
                        db.segments().findByContract(contract.id(), Fixtures.SLOT, Fixtures.SLOT.plusSeconds(7 * 86_400));
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) f.get();
        }

        assertThat(db.segments().findByContract(contract.id(), Fixtures.SLOT, Fixtures.SLOT.plusSeconds(7 * 86_400))).hasSize(threads * perThread);
        assertThat(db.audit().countForContract(contract.id())).isEqualTo(threads * perThread);
    }

    @Test
    void writes_from_requests_that_hold_a_connection_and_from_the_pool_never_wait_for_each_other_forever() throws Exception {
        // Two pooled connections, and more threads than that writing in every way a request does:
        // inside Database.reading (connection held, then the writer gate), straight from the pool, and
        // in transactions. Taking the gate before a pooled connection deadlocked until the pool's
        // 30-second timeout (seen at 300,000 trackers in bench/).
        db.close();
        db = Database.open(StoreConfig.sqlite(dir).withPoolSize(2));
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 12; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < 150; i++) {
                    String key = "k" + thread + "-" + i;
                    switch (thread % 3) {
                        case 0 -> db.reading(() -> {
                            db.settings().get(key);
                            db.settings().put(key, "read then written");
                            return null;
                        });
                        case 1 -> db.settings().put(key, "from the pool");
                        default -> db.useTransaction(tx -> tx.settings().put(key, "in a transaction"));
                    }
                }
                return null;
            }));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(20, java.util.concurrent.TimeUnit.SECONDS)).as("every writer got through").isTrue();
        for (Future<?> f : done) f.get();
        assertThat(db.settings().get("k11-149")).hasValue("in a transaction");
    }

    @Test
    void commits_never_copy_the_log_back_themselves_and_the_background_checkpoint_does() throws Exception {
        db.jdbi().useHandle(h -> assertThat(h.createQuery("PRAGMA wal_autocheckpoint").mapTo(Integer.class).one()).isZero());
        ContractTerms contract = Fixtures.hourlyContract(db, Fixtures.freelancer(db, "ben@example.org").id());
        long fileBefore = Files.size(dir.resolve("hourbook.db"));
        List<Segment> many = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) many.add(Fixtures.slot(contract, i));
        db.segments().insertAll(many, NOW);

        // Within a few seconds the rows reach the database file itself, not only the log.
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (Files.size(dir.resolve("hourbook.db")) <= fileBefore && System.nanoTime() < deadline) Thread.sleep(100);
        assertThat(Files.size(dir.resolve("hourbook.db"))).isGreaterThan(fileBefore);
        assertThat(db.segments().findByContract(contract.id(), Fixtures.SLOT, Fixtures.SLOT.plusSeconds(30L * 86_400))).hasSize(2_000);
    }
}
