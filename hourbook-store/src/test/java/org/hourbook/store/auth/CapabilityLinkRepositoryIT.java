package org.hourbook.store.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hourbook.store.testing.Fixtures.NOW;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hourbook.core.account.User;
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
class CapabilityLinkRepositoryIT {
    @Parameter
    Backend backend;
    @TempDir
    Path dir;
    Database db;
    CapabilityLinkRepository links;
    User ana;

    @BeforeEach
    void open() {
        db = TestDatabases.open(backend, dir);
        links = db.links();
        ana = Fixtures.freelancer(db, "ana@example.org");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void a_link_reads_back_by_its_hash_and_is_spent_once() {
        CapabilityLink link = links.create("h1", LinkPurpose.PASSWORD, null, ana.id(), NOW, NOW.plus(Duration.ofHours(1)));

        assertThat(links.findByHash("h1")).contains(link);
        assertThat(links.spend(link.id(), NOW.plusSeconds(60))).isTrue();
        assertThat(links.spend(link.id(), NOW.plusSeconds(61))).as("the second opening").isFalse();
        assertThat(links.findByHash("h1").orElseThrow().spentBecause(NOW.plusSeconds(62))).isEqualTo("used");
    }

    @Test
    void an_expired_or_revoked_link_cannot_be_spent_and_says_why() {
        CapabilityLink old = links.create("old", LinkPurpose.INVITATION, "7", null, NOW, NOW.plus(Duration.ofDays(7)));
        CapabilityLink revoked = links.create("rev", LinkPurpose.INVITATION, "8", null, NOW, NOW.plus(Duration.ofDays(7)));
        links.revoke(revoked.id(), NOW.plusSeconds(5));

        assertThat(links.spend(old.id(), NOW.plus(Duration.ofDays(7)))).isFalse();
        assertThat(old.spentBecause(NOW.plus(Duration.ofDays(7)))).isEqualTo("expired");
        assertThat(links.spend(revoked.id(), NOW.plusSeconds(10))).isFalse();
        assertThat(links.find(revoked.id()).orElseThrow().spentBecause(NOW.plusSeconds(10))).isEqualTo("revoked");
    }

    @Test
    void revoking_by_purpose_voids_every_live_link_of_it_and_no_other() {
        links.create("s1", LinkPurpose.SETUP, null, null, NOW, NOW.plus(Duration.ofDays(1)));
        links.create("s2", LinkPurpose.SETUP, null, null, NOW, NOW.plus(Duration.ofDays(1)));
        CapabilityLink invite = links.create("i1", LinkPurpose.INVITATION, "3", null, NOW, NOW.plus(Duration.ofDays(7)));

        assertThat(links.revokeAll(LinkPurpose.SETUP, null, NOW)).isEqualTo(2);
        assertThat(links.live(LinkPurpose.INVITATION, "3", NOW)).containsExactly(invite);
        assertThat(links.revokeAll(LinkPurpose.INVITATION, "4", NOW)).isZero();
        assertThat(links.revokeForUser(ana.id(), LinkPurpose.PASSWORD, NOW)).isZero();
    }

    @Test
    void of_many_openers_at_once_exactly_one_spends_the_link() throws Exception {
        CapabilityLink link = links.create("race", LinkPurpose.INVITATION, "1", null, NOW, NOW.plus(Duration.ofDays(7)));
        List<Callable<Boolean>> openers = new ArrayList<>();
        for (int i = 0; i < 8; i++) openers.add(() -> db.inTransaction(tx -> tx.links().spend(link.id(), NOW.plusSeconds(1))));
        int won = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<Boolean> f : pool.invokeAll(openers)) if (f.get()) won++;
        }
        assertThat(won).isEqualTo(1);
    }
}
