package org.hourbook.store.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hourbook.store.testing.Fixtures.NOW;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hourbook.store.Database;
import org.hourbook.store.StoreConfig;
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
class OutboxRepositoryIT {
    static final Duration TTL = Duration.ofMinutes(5);

    @Parameter
    Backend backend;
    @TempDir
    Path dir;
    StoreConfig config;
    Database db;
    OutboxRepository outbox;

    @BeforeEach
    void open() {
        config = TestDatabases.config(backend, dir);
        db = Database.open(config);
        outbox = db.mail();
    }

    @AfterEach
    void close() {
        db.close();
    }

    static NewMail invitationTo(String recipient) {
        return new NewMail("invitation", recipient, "You are invited", "Open http://x/i/abc", "<p>Open</p>", null, NOW);
    }

    static NewMail alert(String key) {
        return new NewMail("retainer_alert", "ana@example.org", "80 % used", "text", null, key, NOW);
    }

    @Test
    void a_queued_mail_is_due_at_once_and_claimed_with_its_bodies_and_a_first_attempt() {
        long id = outbox.enqueue(invitationTo("bo@example.org")).orElseThrow();

        assertThat(outbox.hasDue(NOW)).isTrue();
        assertThat(outbox.claim("t1", NOW, TTL, 10)).containsExactly(
                new ClaimedMail(id, "invitation", "bo@example.org", "You are invited", "Open http://x/i/abc", "<p>Open</p>", 1, NOW));
        assertThat(outbox.find(id).orElseThrow().state()).isEqualTo(MailState.SENDING);
    }

    @Test
    void a_mail_queued_in_a_transaction_that_rolls_back_is_never_there() {
        assertThatThrownBy(() -> db.useTransaction(tx -> {
            tx.mail().enqueue(invitationTo("bo@example.org"));
            throw new IllegalStateException("the change that caused the mail failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(outbox.hasDue(NOW.plusSeconds(3600))).isFalse();
        assertThat(outbox.unsent(10)).isEmpty();
    }

    @Test
    void a_mail_queued_in_a_committed_transaction_is_there() {
        long id = db.inTransaction(tx -> tx.mail().enqueue(invitationTo("bo@example.org")).orElseThrow());

        assertThat(outbox.find(id)).isPresent();
    }

    @Test
    void a_second_mail_with_the_same_dedupe_key_is_not_queued_and_mails_without_a_key_never_collide() {
        assertThat(outbox.enqueue(alert("retainer-alert:7:2026-03-01:80"))).isPresent();
        assertThat(outbox.enqueue(alert("retainer-alert:7:2026-03-01:80"))).isEmpty();
        assertThat(outbox.enqueue(alert("retainer-alert:7:2026-03-01:100"))).isPresent();
        assertThat(outbox.enqueue(alert(null))).isPresent();
        assertThat(outbox.enqueue(alert(null))).isPresent();

        assertThat(outbox.unsent(10)).hasSize(4);
    }

    @Test
    void a_duplicate_inside_a_transaction_leaves_the_rest_of_the_transaction_intact() {
        outbox.enqueue(alert("k"));

        db.useTransaction(tx -> {
            assertThat(tx.mail().enqueue(alert("k"))).isEmpty();
            tx.settings().put("after", "the duplicate");
        });

        assertThat(db.settings().get("after")).contains("the duplicate");
    }

    @Test
    void a_claimed_mail_is_not_claimed_again_until_its_claim_expires() {
        outbox.enqueue(invitationTo("bo@example.org"));
        outbox.claim("t1", NOW, TTL, 10);

        assertThat(outbox.hasDue(NOW.plus(TTL).minusMillis(1))).isFalse();
        assertThat(outbox.claim("t2", NOW.plus(TTL).minusMillis(1), TTL, 10)).isEmpty();
        assertThat(outbox.claim("t2", NOW.plus(TTL), TTL, 10)).singleElement()
                .satisfies(m -> assertThat(m.attempts()).as("the crashed attempt counts").isEqualTo(2));
    }

    @Test
    void a_claim_takes_at_most_its_limit_oldest_due_first() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) ids.add(outbox.enqueue(invitationTo("m" + i + "@example.org")).orElseThrow());

        assertThat(outbox.claim("t1", NOW, TTL, 3)).extracting(ClaimedMail::id).containsExactlyElementsOf(ids.subList(0, 3));
        assertThat(outbox.claim("t2", NOW, TTL, 3)).extracting(ClaimedMail::id).containsExactlyElementsOf(ids.subList(3, 5));
    }

    @Test
    void a_mail_to_retry_later_is_due_at_its_next_attempt_and_not_before() {
        long id = outbox.enqueue(invitationTo("bo@example.org")).orElseThrow();
        outbox.claim("t1", NOW, TTL, 10);
        Instant next = NOW.plusSeconds(60);

        assertThat(outbox.retryLater(id, "t1", "421 try again later", next)).isTrue();

        assertThat(outbox.find(id).orElseThrow()).satisfies(e -> {
            assertThat(e.state()).isEqualTo(MailState.PENDING);
            assertThat(e.lastError()).isEqualTo("421 try again later");
            assertThat(e.nextAttemptAt()).isEqualTo(next);
            assertThat(e.attempts()).isEqualTo(1);
        });
        assertThat(outbox.claim("t2", next.minusMillis(1), TTL, 10)).isEmpty();
        assertThat(outbox.claim("t2", next, TTL, 10)).extracting(ClaimedMail::attempts).containsExactly(2);
    }

    @Test
    void a_sent_mail_is_never_claimed_again_and_keeps_no_bodies() {
        long id = outbox.enqueue(invitationTo("bo@example.org")).orElseThrow();
        outbox.claim("t1", NOW, TTL, 10);

        assertThat(outbox.markSent(id, "t1", NOW.plusSeconds(1))).isTrue();

        assertThat(outbox.claim("t2", NOW.plus(Duration.ofDays(1)), TTL, 10)).isEmpty();
        assertThat(outbox.unsent(10)).isEmpty();
        assertThat(outbox.find(id).orElseThrow()).satisfies(e -> {
            assertThat(e.state()).isEqualTo(MailState.SENT);
            assertThat(e.sentAt()).isEqualTo(NOW.plusSeconds(1));
        });
        String bodies = db.jdbi().withHandle(h -> h.createQuery("SELECT text_body || COALESCE(html_body, '') FROM mail_outbox")
                .mapTo(String.class).one());
        assertThat(bodies).as("one-time links do not outlive the sending").isEmpty();
    }

    @Test
    void once_another_sender_took_over_an_expired_claim_the_first_can_record_nothing() {
        long id = outbox.enqueue(invitationTo("bo@example.org")).orElseThrow();
        outbox.claim("slow", NOW, TTL, 10);
        outbox.claim("fresh", NOW.plus(TTL), TTL, 10);

        assertThat(outbox.renew(id, "slow", NOW.plus(TTL).plus(TTL))).isFalse();
        assertThat(outbox.markSent(id, "slow", NOW.plus(TTL))).isFalse();
        assertThat(outbox.retryLater(id, "slow", "x", NOW)).isFalse();
        assertThat(outbox.giveUp(id, "slow", "x")).isFalse();
        assertThat(outbox.renew(id, "fresh", NOW.plus(TTL).plus(TTL))).isTrue();
        assertThat(outbox.markSent(id, "fresh", NOW.plus(TTL))).isTrue();
    }

    @Test
    void a_mail_given_up_on_is_listed_as_failed_with_its_error_until_the_operator_retries_it() {
        long id = outbox.enqueue(invitationTo("bo@example.org")).orElseThrow();
        outbox.claim("t1", NOW, TTL, 10);

        assertThat(outbox.giveUp(id, "t1", "550 no such user")).isTrue();

        assertThat(outbox.claim("t2", NOW.plus(Duration.ofDays(1)), TTL, 10)).isEmpty();
        assertThat(outbox.unsent(10)).singleElement().satisfies(e -> {
            assertThat(e.state()).isEqualTo(MailState.FAILED);
            assertThat(e.lastError()).isEqualTo("550 no such user");
            assertThat(e.recipient()).isEqualTo("bo@example.org");
        });
        assertThat(outbox.retry(id, NOW.plusSeconds(10))).isTrue();
        assertThat(outbox.retry(id, NOW.plusSeconds(10))).as("only a failed mail").isFalse();
        assertThat(outbox.claim("t3", NOW.plusSeconds(10), TTL, 10)).extracting(ClaimedMail::attempts).containsExactly(1);
    }

    @Test
    void a_long_error_is_cut_to_a_readable_length() {
        long id = outbox.enqueue(invitationTo("bo@example.org")).orElseThrow();
        outbox.claim("t1", NOW, TTL, 10);

        outbox.retryLater(id, "t1", "x".repeat(5_000), NOW);

        assertThat(outbox.find(id).orElseThrow().lastError()).hasSize(OutboxRepository.MAX_ERROR_LENGTH);
    }

    @Test
    void the_question_every_idle_node_asks_every_few_seconds_is_an_index_lookup() {
        String sql = OutboxRepository.ANY_DUE.replace(":now", String.valueOf(NOW.toEpochMilli()));
        String plan = db.jdbi().withHandle(h -> {
            if (backend == Backend.SQLITE) {
                return String.join("\n", h.createQuery("EXPLAIN QUERY PLAN " + sql).map((rs, ctx) -> rs.getString("detail")).list());
            }
            h.execute("SET enable_seqscan = off");
            return String.join("\n", h.createQuery("EXPLAIN " + sql).mapTo(String.class).list());
        });

        assertThat(plan).contains("mail_outbox_due").doesNotContainIgnoringCase("scan mail_outbox\n");
    }

    @Test
    void senders_on_two_nodes_racing_for_the_same_mails_never_claim_one_twice() throws Exception {
        int mails = 60;
        for (int i = 0; i < mails; i++) outbox.enqueue(invitationTo("m" + i + "@example.org"));
        try (Database second = Database.open(config); ExecutorService pool = Executors.newFixedThreadPool(6)) {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<Long>>> claimers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                OutboxRepository node = (i % 2 == 0 ? db : second).mail();
                String token = "claimer-" + i;
                Callable<List<Long>> claimer = () -> {
                    go.await();
                    List<Long> mine = new ArrayList<>();
                    List<ClaimedMail> batch;
                    while (!(batch = node.claim(token, NOW, TTL, 3)).isEmpty() || node.hasDue(NOW)) {
                        batch.forEach(m -> mine.add(m.id()));
                    }
                    return mine;
                };
                claimers.add(pool.submit(claimer));
            }
            go.countDown();
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : claimers) all.addAll(f.get());

            assertThat(all).hasSize(mails).doesNotHaveDuplicates();
        }
    }
}
