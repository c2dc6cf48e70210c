package org.hourbook.store.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hourbook.store.testing.Fixtures.NOW;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.store.Database;
import org.hourbook.store.testing.Backend;
import org.hourbook.store.testing.Fixtures;
import org.hourbook.store.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class AuditAndSettingsRepositoryIT {
    @Parameter
    Backend backend;
    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = TestDatabases.open(backend, dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void the_audit_trail_of_a_contract_pages_newest_first() {
        ContractTerms contract = Fixtures.hourlyContract(db, Fixtures.freelancer(db, "ana@example.org").id());
        List<AuditEntry> appended = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            appended.add(db.audit().append(new AuditEntry(0, contract.id(), contract.freelancerId(), NOW.plusMillis(i * 250L),
                    "segment.memo", "segment", "s" + i, "{\"memo\":\"a\"}", "{\"memo\":\"b\"}")));
        }
        db.audit().append(new AuditEntry(0, null, null, NOW, "user.create", "user", "1", null, "{}"));

        assertThat(db.audit().countForContract(contract.id())).isEqualTo(5);
        assertThat(db.audit().listForContract(contract.id(), 2, 0)).containsExactly(appended.get(4), appended.get(3));
        assertThat(db.audit().listForContract(contract.id(), 2, 4)).containsExactly(appended.get(0));
    }

    @Test
    void entries_at_the_same_millisecond_keep_their_order() {
        AuditEntry first = db.audit().append(new AuditEntry(0, 7L, 1L, NOW, "a", "segment", "x", null, null));
        AuditEntry second = db.audit().append(new AuditEntry(0, 7L, 1L, NOW, "b", "segment", "x", null, null));

        assertThat(db.audit().listForContract(7, 10, 0)).containsExactly(second, first);
    }

    @Test
    void audit_time_keeps_milliseconds() {
        Instant at = Instant.parse("2026-03-02T10:00:00.123456Z");
        AuditEntry e = db.audit().append(new AuditEntry(0, 7L, null, at, "a", "contract", "7", null, null));

        assertThat(e.at()).isEqualTo(Instant.parse("2026-03-02T10:00:00.123Z"));
        assertThat(db.audit().listForContract(7, 1, 0)).containsExactly(e);
    }

    @Test
    void put_if_absent_keeps_the_first_value() {
        assertThat(db.settings().putIfAbsent("secret", "one")).isEqualTo("one");
        assertThat(db.settings().putIfAbsent("secret", "two")).isEqualTo("one");
        db.settings().put("secret", "three");
        assertThat(db.settings().get("secret")).contains("three");
    }

    @Test
    void nodes_racing_to_create_a_secret_all_get_the_same_one() throws Exception {
        List<String> values = race(16, i -> db.settings().putIfAbsent("session.key", "candidate-" + i));

        assertThat(new HashSet<>(values)).hasSize(1);
        assertThat(db.settings().get("session.key")).contains(values.getFirst());
    }

    @Test
    void concurrent_login_attempts_are_all_counted() throws Exception {
        Instant window = Instant.parse("2026-03-02T10:00:00Z");

        List<Integer> counts = race(20, i -> db.loginAttempts().increment("login:ana", window));

        assertThat(Set.copyOf(counts)).hasSize(20);
        assertThat(db.loginAttempts().count("login:ana", window)).isEqualTo(20);
        assertThat(db.loginAttempts().count("login:ana", window.plusSeconds(60))).isZero();
        assertThat(db.loginAttempts().deleteWindowsBefore(window.plusSeconds(1))).isEqualTo(1);
    }

    @Test
    void clearing_a_key_forgets_its_attempts() {
        Instant window = Instant.parse("2026-03-02T10:00:00Z");
        db.loginAttempts().increment("login:ana", window);

        db.loginAttempts().clear("login:ana");

        assertThat(db.loginAttempts().count("login:ana", window)).isZero();
    }

    interface Attempt<T> {
        T run(int i) throws Exception;
    }

    private static <T> List<T> race(int n, Attempt<T> attempt) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int id = i;
                futures.add(pool.submit((Callable<T>) () -> attempt.run(id)));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) out.add(f.get());
            return out;
        }
    }
}
