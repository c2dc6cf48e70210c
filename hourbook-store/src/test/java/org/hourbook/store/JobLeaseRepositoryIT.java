package org.hourbook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hourbook.store.testing.Fixtures.NOW;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hourbook.store.testing.Backend;
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
class JobLeaseRepositoryIT {
    static final Duration TTL = Duration.ofMinutes(5);

    @Parameter
    Backend backend;
    @TempDir
    Path dir;
    Database db;
    JobLeaseRepository leases;

    @BeforeEach
    void open() {
        db = TestDatabases.open(backend, dir);
        leases = db.jobLeases();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void a_free_lease_is_taken_and_renewed_by_its_holder() {
        assertThat(leases.tryAcquire("purge", "node-a", NOW, TTL)).isTrue();
        assertThat(leases.tryAcquire("purge", "node-a", NOW.plusSeconds(60), TTL)).isTrue();
    }

    @Test
    void another_node_waits_until_the_lease_expires() {
        leases.tryAcquire("purge", "node-a", NOW, TTL);

        assertThat(leases.tryAcquire("purge", "node-b", NOW.plus(TTL).minusMillis(1), TTL)).isFalse();
        assertThat(leases.tryAcquire("purge", "node-b", NOW.plus(TTL), TTL)).isTrue();
        assertThat(leases.tryAcquire("purge", "node-a", NOW.plus(TTL), TTL)).isFalse();
    }

    @Test
    void a_released_lease_is_free_and_only_its_holder_can_release_it() {
        leases.tryAcquire("purge", "node-a", NOW, TTL);

        assertThat(leases.release("purge", "node-b")).isFalse();
        assertThat(leases.release("purge", "node-a")).isTrue();
        assertThat(leases.tryAcquire("purge", "node-b", NOW, TTL)).isTrue();
    }

    @Test
    void leases_of_different_jobs_are_independent() {
        assertThat(leases.tryAcquire("purge", "node-a", NOW, TTL)).isTrue();
        assertThat(leases.tryAcquire("thumbnails", "node-b", NOW, TTL)).isTrue();
    }

    @Test
    void of_many_nodes_racing_for_a_lease_exactly_one_wins() throws Exception {
        List<Future<Boolean>> attempts = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 12; i++) {
                String node = "node-" + i;
                attempts.add(pool.submit(() -> leases.tryAcquire("purge", node, NOW, TTL)));
            }
            int winners = 0;
            for (Future<Boolean> f : attempts) winners += f.get() ? 1 : 0;
            assertThat(winners).isEqualTo(1);
        }
    }
}
