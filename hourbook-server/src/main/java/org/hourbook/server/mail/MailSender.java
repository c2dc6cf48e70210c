package org.hourbook.server.mail;

import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.hourbook.store.Database;
import org.hourbook.store.mail.ClaimedMail;
import org.hourbook.store.mail.OutboxRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends queued mail in the background: every few seconds, if anything is due, it claims a batch,
 * sends it over one SMTP connection and records each outcome. Several nodes may run one each
 * over the same database: a claim belongs to one sender, and each mail's claim is renewed right
 * before it is sent, so a sender whose claim ran out (a long stall) skips the mail rather than
 * sending it beside the node that took it over. No job lease is needed on top: claims are per
 * mail, so two nodes simply share the work.
 * <p>
 * Delivery is once per claim. A node that dies after the server accepted a mail but before the
 * "sent" is recorded leaves the claim to expire, and the mail goes out once more, with the same
 * Message-ID. Failures are retried with {@link RetryPolicy} backoff; a refused recipient, or the
 * last attempt, makes the mail {@code FAILED} (kept, listed by {@link Outbox#unsent}). Each
 * failed attempt is logged once, with the server's answer but never the password.
 */
public final class MailSender implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MailSender.class);
    /** How often an idle sender looks for due mail: a cheap indexed read. */
    public static final Duration EVERY = Duration.ofSeconds(3);
    /** How long a claim holds: far longer than one mail can take (connect 10 s, read and write 30 s each). */
    static final Duration CLAIM = Duration.ofMinutes(5);
    static final int BATCH = 20;

    private final Database db;
    private final Smtp smtp;
    private final MailSettings settings;
    private final Clock clock;
    private final RetryPolicy retry;
    private final RandomGenerator random;
    private final Duration every;
    private final String node = UUID.randomUUID().toString().substring(0, 8);
    private ScheduledExecutorService timer;

    public MailSender(Database db, MailSettings settings, Clock clock) {
        this(db, settings, new Smtp(settings), clock, RetryPolicy.DEFAULT, RandomGenerator.getDefault(), EVERY);
    }

    MailSender(Database db, MailSettings settings, Smtp smtp, Clock clock, RetryPolicy retry, RandomGenerator random,
               Duration every) {
        this.db = db;
        this.settings = settings;
        this.smtp = smtp;
        this.clock = clock;
        this.retry = retry;
        this.random = random;
        this.every = every;
    }

    public synchronized void start() {
        if (timer != null) return;
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hourbook-mail");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::runQuietly, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("mail: sending through {}:{} ({}) as {}", settings.host(), settings.port(), settings.security(), settings.from());
    }

    /** One round: claims what is due and tries to send it; returns how many mails went out. */
    public int runOnce() {
        OutboxRepository outbox = db.mail();
        Instant now = clock.instant();
        if (!outbox.hasDue(now)) return 0;
        String token = node + "/" + UUID.randomUUID();
        List<ClaimedMail> batch = outbox.claim(token, now, CLAIM, BATCH);
        if (batch.isEmpty()) return 0;
        Smtp.Connection connection;
        try {
            connection = smtp.connect();
        } catch (MessagingException | RuntimeException e) {
            batch.forEach(m -> failed(outbox, token, m, e));
            return 0;
        }
        int sent = 0;
        try (connection) {
            for (ClaimedMail mail : batch) {
                if (send(outbox, token, connection, mail)) sent++;
            }
        }
        return sent;
    }

    private boolean send(OutboxRepository outbox, String token, Smtp.Connection connection, ClaimedMail mail) {
        if (!retry.allowsAnother(mail.attempts() - 1)) {
            // Claimed again and again without an outcome: the sender died mid-send each time.
            giveUp(outbox, token, mail, "gave up after " + (mail.attempts() - 1) + " attempts without an answer");
            return false;
        }
        Instant now = clock.instant();
        if (!outbox.renew(mail.id(), token, now.plus(CLAIM))) return false; // another sender has it now
        try {
            connection.send(mail, Date.from(now));
        } catch (MessagingException | RuntimeException e) {
            failed(outbox, token, mail, e);
            return false;
        }
        outbox.markSent(mail.id(), token, clock.instant());
        return true;
    }

    private void failed(OutboxRepository outbox, String token, ClaimedMail mail, Exception e) {
        String error = describe(e);
        boolean permanent = e instanceof MessagingException me && Smtp.permanent(me);
        if (permanent || !retry.allowsAnother(mail.attempts())) {
            giveUp(outbox, token, mail, error);
            return;
        }
        Instant next = clock.instant().plus(retry.delay(mail.attempts(), random));
        outbox.retryLater(mail.id(), token, error, next);
        LOG.warn("mail {} ({}): attempt {} of {} failed, next at {}: {}", mail.id(), mail.kind(), mail.attempts(),
                retry.maxAttempts(), next, error);
    }

    private void giveUp(OutboxRepository outbox, String token, ClaimedMail mail, String error) {
        outbox.giveUp(mail.id(), token, error);
        LOG.warn("mail {} ({}): attempt {} failed, giving up (listed by 'hourbook admin mail'): {}", mail.id(), mail.kind(),
                mail.attempts(), error);
    }

    /** The exception's chain of messages, without the password should a server ever echo it. */
    String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 2_000; t = t.getCause() == t ? null : t.getCause()) {
            if (!text.isEmpty()) text.append(" <- ");
            text.append(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip());
        }
        String described = text.toString().replaceAll("\\s+", " ");
        return settings.password() == null ? described : described.replace(settings.password(), "***");
    }

    private void runQuietly() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.warn("mail: a round of sending failed; will retry", e);
        }
    }

    @Override
    public synchronized void close() {
        if (timer == null) return;
        // No new rounds; a round in flight may record its outcomes (otherwise its claims expire and are retried).
        timer.shutdown();
        try {
            if (!timer.awaitTermination(5, TimeUnit.SECONDS)) timer.shutdownNow();
        } catch (InterruptedException e) {
            timer.shutdownNow();
            Thread.currentThread().interrupt();
        }
        timer = null;
    }
}
