package org.hourbook.server.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.Random;
import org.hourbook.server.testing.MutableClock;
import org.hourbook.store.Database;
import org.hourbook.store.mail.MailState;
import org.hourbook.store.mail.OutboxEntry;
import org.hourbook.store.testing.Backend;
import org.hourbook.store.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The outbox and the sender over a real database and a real SMTP server. */
@ParameterizedClass
@EnumSource(Backend.class)
class MailSenderIT {
    static final Instant NOW = Instant.parse("2026-11-18T15:00:00Z");
    static final Duration WAIT = Duration.ofSeconds(5);

    @Parameter
    Backend backend;
    @TempDir
    Path dir;
    Database db;
    final MutableClock clock = new MutableClock(NOW);

    @BeforeEach
    void open() {
        db = TestDatabases.open(backend, dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    MailSender sender(MailSettings settings) {
        return sender(settings, new Properties(), RetryPolicy.DEFAULT);
    }

    MailSender sender(MailSettings settings, Properties overrides, RetryPolicy retry) {
        return new MailSender(db, settings, new Smtp(settings, overrides), clock, retry, new Random(42), Duration.ofMillis(200));
    }

    QueueResult queueing(Outbox outbox, Message message) {
        return db.inTransaction(tx -> outbox.queue(tx, message));
    }

    long queue(Outbox outbox, Message message) {
        return ((QueueResult.Queued) queueing(outbox, message)).id();
    }

    /** Settings of a server that is never asked: for tests of queueing alone. */
    static MailSettings nowhere() {
        return new MailSettings("127.0.0.1", 2525, MailSettings.Security.NONE, null, null, TestSmtp.FROM);
    }

    static PasswordReset resetFor(String to) {
        return new PasswordReset(to, "Bo & Co", "https://hb.example.org/reset/tok", Duration.ofHours(1));
    }

    @Test
    void a_queued_mail_arrives_with_both_bodies_and_the_right_sender_recipient_and_subject() throws Exception {
        try (TestSmtp smtp = TestSmtp.plain()) {
            Outbox outbox = new Outbox(db, smtp.settings(), clock);
            queue(outbox, new Invitation("bo@example.org", "Ana Lima", "Smith & Co", "freelancer",
                    "https://hb.example.org/i/tok", Duration.ofDays(7)));

            assertThat(sender(smtp.settings()).runOnce()).isEqualTo(1);

            MimeMessage got = smtp.received().getFirst();
            assertThat(got.getFrom()).extracting(Address::toString).containsExactly(TestSmtp.FROM);
            assertThat(got.getAllRecipients()).extracting(Address::toString).containsExactly("bo@example.org");
            assertThat(got.getSubject()).isEqualTo("Ana Lima invited you to Smith & Co on Hourbook");
            assertThat(got.getHeader("Auto-Submitted")).containsExactly("auto-generated");
            Multipart parts = (Multipart) got.getContent();
            assertThat(parts.getContentType()).startsWith("multipart/alternative");
            assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain; charset=UTF-8");
            assertThat((String) parts.getBodyPart(0).getContent()).contains("join Smith & Co", "https://hb.example.org/i/tok");
            assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html; charset=UTF-8");
            assertThat((String) parts.getBodyPart(1).getContent()).contains("Smith &amp; Co", "href=\"https://hb.example.org/i/tok\"");
            assertThat(outbox.unsent()).isEmpty();
        }
    }

    @Test
    void a_mail_queued_in_a_transaction_that_rolls_back_is_never_sent() {
        try (TestSmtp smtp = TestSmtp.plain()) {
            Outbox outbox = new Outbox(db, smtp.settings(), clock);

            assertThatThrownBy(() -> db.useTransaction(tx -> {
                outbox.queue(tx, resetFor("bo@example.org"));
                throw new IllegalStateException("the reset token could not be stored");
            })).isInstanceOf(IllegalStateException.class);

            assertThat(sender(smtp.settings()).runOnce()).isZero();
            assertThat(smtp.await(1, Duration.ofMillis(300))).isFalse();
            assertThat(outbox.unsent()).isEmpty();
        }
    }

    @Test
    void when_the_smtp_server_is_down_the_mail_is_retried_later_and_delivered_once_it_is_back() {
        int port = TestSmtp.freePort();
        MailSettings settings = new MailSettings("127.0.0.1", port, MailSettings.Security.NONE, null, null, TestSmtp.FROM);
        Outbox outbox = new Outbox(db, settings, clock);
        long id = queue(outbox, resetFor("bo@example.org"));
        MailSender sender = sender(settings);

        assertThat(sender.runOnce()).isZero();

        OutboxEntry waiting = outbox.unsent().getFirst();
        assertThat(waiting.id()).isEqualTo(id);
        assertThat(waiting.state()).isEqualTo(MailState.PENDING);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastError()).containsIgnoringCase("connect");
        assertThat(waiting.nextAttemptAt()).isBetween(NOW.plusSeconds(15), NOW.plusSeconds(30));
        try (TestSmtp smtp = TestSmtp.on(port)) {
            assertThat(sender.runOnce()).as("not due yet").isZero();
            clock.set(waiting.nextAttemptAt());

            assertThat(sender.runOnce()).isEqualTo(1);
            assertThat(sender.runOnce()).isZero();
            clock.advance(Duration.ofDays(1));
            assertThat(sender.runOnce()).isZero();
            assertThat(smtp.received()).hasSize(1);
            assertThat(db.mail().find(id).orElseThrow().state()).isEqualTo(MailState.SENT);
        }
    }

    @Test
    void after_its_last_attempt_a_mail_is_kept_as_failed_for_the_operator() {
        MailSettings down = new MailSettings("127.0.0.1", TestSmtp.freePort(), MailSettings.Security.NONE, null, null, TestSmtp.FROM);
        Outbox outbox = new Outbox(db, down, clock);
        queue(outbox, resetFor("bo@example.org"));
        MailSender sender = sender(down, new Properties(), new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 2));

        sender.runOnce();
        clock.advance(Duration.ofSeconds(1));
        sender.runOnce();
        clock.advance(Duration.ofDays(1));
        sender.runOnce();

        assertThat(outbox.unsent()).singleElement().satisfies(e -> {
            assertThat(e.state()).isEqualTo(MailState.FAILED);
            assertThat(e.attempts()).isEqualTo(2);
            assertThat(e.recipient()).isEqualTo("bo@example.org");
            assertThat(e.subject()).isEqualTo("Reset your Hourbook password");
            assertThat(e.lastError()).isNotBlank();
        });
    }

    @Test
    void a_failed_mail_the_operator_retries_goes_out_on_the_next_round() {
        int port = TestSmtp.freePort();
        MailSettings settings = new MailSettings("127.0.0.1", port, MailSettings.Security.NONE, null, null, TestSmtp.FROM);
        Outbox outbox = new Outbox(db, settings, clock);
        long id = queue(outbox, resetFor("bo@example.org"));
        MailSender sender = sender(settings, new Properties(), new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 1));
        sender.runOnce();
        assertThat(outbox.unsent().getFirst().state()).isEqualTo(MailState.FAILED);

        try (TestSmtp smtp = TestSmtp.on(port)) {
            assertThat(outbox.retry(id)).isTrue();
            assertThat(sender.runOnce()).isEqualTo(1);
            assertThat(smtp.received()).hasSize(1);
        }
    }

    @Test
    void a_message_whose_claim_expired_after_a_crash_is_sent_by_the_next_round_with_the_same_message_id() throws Exception {
        try (TestSmtp smtp = TestSmtp.plain()) {
            Outbox outbox = new Outbox(db, smtp.settings(), clock);
            long id = queue(outbox, resetFor("bo@example.org"));
            db.mail().claim("crashed-node", NOW, MailSender.CLAIM, 10);
            MailSender sender = sender(smtp.settings());

            assertThat(sender.runOnce()).as("still claimed by the crashed node").isZero();
            clock.advance(MailSender.CLAIM);
            assertThat(sender.runOnce()).isEqualTo(1);

            assertThat(smtp.received().getFirst().getMessageID()).startsWith("<hourbook." + id + ".").endsWith("@example.org>");
        }
    }

    @Test
    void a_queued_mail_is_sent_by_the_background_job_without_anyone_asking() {
        try (TestSmtp smtp = TestSmtp.plain(); MailSender sender = sender(smtp.settings())) {
            sender.start();
            queue(new Outbox(db, smtp.settings(), clock), resetFor("bo@example.org"));

            assertThat(smtp.await(1, WAIT)).isTrue();
        }
    }

    @Test
    void nothing_is_queued_when_mail_is_not_configured_and_the_outbox_says_so() {
        Outbox off = new Outbox(db, null, clock);

        assertThat(off.configured()).isFalse();
        assertThat(queueing(off, resetFor("bo@example.org"))).isInstanceOf(QueueResult.MailOff.class);
        assertThat(off.unsent()).isEmpty();
    }

    @Test
    void a_retainer_alert_is_queued_once_per_threshold_cycle_and_recipient_however_often_it_is_noticed() {
        Outbox outbox = new Outbox(db, nowhere(), clock);
        RetainerAlert alert = new RetainerAlert("bo@example.org", 7, "Support", java.time.LocalDate.of(2026, 11, 1), 80,
                Duration.ofHours(16), Duration.ofHours(20), "https://hb.example.org/contracts/7");

        assertThat(queueing(outbox, alert)).isInstanceOf(QueueResult.Queued.class);
        assertThat(queueing(outbox, alert)).isEqualTo(new QueueResult.AlreadyQueued(alert.dedupeKey()));
        assertThat(outbox.unsent()).hasSize(1);
    }

    @Test
    void a_recipient_that_is_not_an_address_is_refused_before_anything_is_queued() {
        Outbox outbox = new Outbox(db, nowhere(), clock);

        assertThat(queueing(outbox, resetFor("bo@example.org\r\nBcc: x@example.org")))
                .isInstanceOf(QueueResult.BadRecipient.class);
        assertThat(outbox.unsent()).isEmpty();
    }
}
