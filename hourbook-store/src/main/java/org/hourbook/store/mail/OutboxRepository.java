package org.hourbook.store.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.hourbook.store.HandleSource;
import org.hourbook.store.Rows;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/**
 * The outbound mail queue that every node shares.
 * <pre>
 * db.inTransaction(tx -> {                              // queued with the change that causes it:
 *     tx.accounts().createInvitation(...);              // a rollback leaves no mail behind
 *     tx.mail().enqueue(new NewMail("invitation", to, subject, text, html, null, now));
 * });
 * List&lt;ClaimedMail&gt; batch = db.mail().claim(token, now, Duration.ofMinutes(5), 10);
 * for (ClaimedMail m : batch) {
 *     if (!db.mail().renew(m.id(), token, until)) continue;   // another node took over: not ours to send
 *     send(m);
 *     db.mail().markSent(m.id(), token, now);           // or retryLater(...) / giveUp(...)
 * }
 * </pre>
 * A claim is one statement, so two nodes never claim the same row: on PostgreSQL the outer
 * {@code WHERE} repeats the due test, which PostgreSQL re-checks on the latest row version after
 * waiting for a concurrent claimer's lock (the {@code IN (...)} alone would still see the row as
 * due and claim it twice); SQLite runs one writer at a time. Every outcome is conditional on the
 * claim token, so a sender whose claim expired and was taken over can no longer record one.
 */
public final class OutboxRepository {
    /** Longer errors are cut: a stack of SMTP replies helps nobody in a listing. */
    static final int MAX_ERROR_LENGTH = 1_000;

    private static final String DUE = """
            ((state = 'PENDING' AND next_attempt_at_ms <= :now) OR (state = 'SENDING' AND claim_expires_at_ms <= :now))""";

    /** Every idle node asks this every few seconds, for as long as it runs: an index lookup (OutboxRepositoryIT). */
    static final String ANY_DUE = "SELECT id FROM mail_outbox WHERE " + DUE + " LIMIT 1";

    private static final RowMapper<ClaimedMail> CLAIMED = (rs, ctx) -> new ClaimedMail(
            rs.getLong("id"), rs.getString("kind"), rs.getString("recipient"), rs.getString("subject"),
            rs.getString("text_body"), rs.getString("html_body"), rs.getInt("attempts"), Rows.millis(rs, "created_at_ms"));

    private static final RowMapper<OutboxEntry> ENTRY = (rs, ctx) -> new OutboxEntry(
            rs.getLong("id"), rs.getString("kind"), rs.getString("recipient"), rs.getString("subject"),
            MailState.valueOf(rs.getString("state")), rs.getInt("attempts"), Rows.millis(rs, "created_at_ms"),
            Rows.millis(rs, "next_attempt_at_ms"), rs.getString("last_error"), Rows.millis(rs, "sent_at_ms"));

    private static final String ENTRY_COLUMNS =
            "id, kind, recipient, subject, state, attempts, created_at_ms, next_attempt_at_ms, last_error, sent_at_ms";

    private final HandleSource handles;

    public OutboxRepository(HandleSource handles) {
        this.handles = handles;
    }

    /**
     * Queues a mail, due at once. Inside {@code db.inTransaction} it commits or rolls back with the
     * rest of the transaction.
     *
     * @return the new row's id, or empty when a mail with the same dedupe key was queued before
     */
    public Optional<Long> enqueue(NewMail mail) {
        return handles.atomically(h -> h.createQuery("""
                        INSERT INTO mail_outbox (kind, recipient, subject, text_body, html_body, dedupe_key, state, attempts,
                                                 created_at_ms, next_attempt_at_ms)
                        VALUES (:kind, :recipient, :subject, :text, :html, :dedupe, 'PENDING', 0, :created, :created)
                        ON CONFLICT (dedupe_key) DO NOTHING
                        RETURNING id""")
                .bind("kind", mail.kind()).bind("recipient", mail.recipient()).bind("subject", mail.subject())
                .bind("text", mail.textBody()).bind("html", mail.htmlBody()).bind("dedupe", mail.dedupeKey())
                .bind("created", mail.createdAt().toEpochMilli())
                .mapTo(Long.class).findOne());
    }

    /** Whether anything is due: a cheap read, so that idle nodes do not take SQLite's write lock every poll. */
    public boolean hasDue(Instant now) {
        return handles.with(h -> h.createQuery(ANY_DUE)
                .bind("now", now.toEpochMilli()).mapTo(Long.class).findOne().isPresent());
    }

    /**
     * Claims up to {@code limit} due mails for {@code token} until {@code now + ttl}, oldest due
     * first, counting an attempt for each. A row whose claim expired counts as due again.
     */
    public List<ClaimedMail> claim(String token, Instant now, Duration ttl, int limit) {
        List<ClaimedMail> claimed = handles.atomically(h -> h.createQuery("""
                        UPDATE mail_outbox
                        SET state = 'SENDING', claimed_by = :token, claim_expires_at_ms = :until, attempts = attempts + 1
                        WHERE id IN (SELECT id FROM mail_outbox WHERE %s ORDER BY next_attempt_at_ms, id LIMIT :limit)
                          AND %s
                        RETURNING id, kind, recipient, subject, text_body, html_body, attempts, created_at_ms"""
                        .formatted(DUE, DUE))
                .bind("token", token).bind("now", now.toEpochMilli()).bind("until", now.plus(ttl).toEpochMilli())
                .bind("limit", limit)
                .map(CLAIMED).list());
        return claimed.stream().sorted(Comparator.comparing(ClaimedMail::id)).toList();
    }

    /**
     * Extends the claim, right before sending: {@code false} means the claim is no longer this
     * token's (it expired and another sender took the mail), so this sender must not send it.
     */
    public boolean renew(long id, String token, Instant until) {
        return update(id, token, "claim_expires_at_ms = :until", q -> q.bind("until", until.toEpochMilli()));
    }

    /** Records the mail as sent and empties its bodies (they may carry one-time links). */
    public boolean markSent(long id, String token, Instant now) {
        return update(id, token, """
                        state = 'SENT', sent_at_ms = :now, last_error = NULL, text_body = '', html_body = NULL,
                        claimed_by = NULL, claim_expires_at_ms = NULL""",
                q -> q.bind("now", now.toEpochMilli()));
    }

    /** The attempt failed; the mail is due again at {@code nextAttempt}. */
    public boolean retryLater(long id, String token, String error, Instant nextAttempt) {
        return update(id, token, """
                        state = 'PENDING', next_attempt_at_ms = :next, last_error = :error,
                        claimed_by = NULL, claim_expires_at_ms = NULL""",
                q -> q.bind("next", nextAttempt.toEpochMilli()).bind("error", cut(error)));
    }

    /** No more attempts: the mail stays, {@code FAILED}, for the operator to see (and perhaps {@link #retry}). */
    public boolean giveUp(long id, String token, String error) {
        return update(id, token, "state = 'FAILED', last_error = :error, claimed_by = NULL, claim_expires_at_ms = NULL",
                q -> q.bind("error", cut(error)));
    }

    /** The operator's "try again": a failed mail is pending again, due at {@code now}, with its attempts reset. */
    public boolean retry(long id, Instant now) {
        return handles.atomically(h -> h.createUpdate("""
                        UPDATE mail_outbox SET state = 'PENDING', attempts = 0, next_attempt_at_ms = :now
                        WHERE id = :id AND state = 'FAILED'""")
                .bind("id", id).bind("now", now.toEpochMilli()).execute()) == 1;
    }

    /** Every mail not sent yet (pending, being sent, failed), oldest first, at most {@code limit}. */
    public List<OutboxEntry> unsent(int limit) {
        return handles.with(h -> h.createQuery("SELECT " + ENTRY_COLUMNS
                        + " FROM mail_outbox WHERE state <> 'SENT' ORDER BY id LIMIT :limit")
                .bind("limit", limit).map(ENTRY).list());
    }

    public Optional<OutboxEntry> find(long id) {
        return handles.with(h -> h.createQuery("SELECT " + ENTRY_COLUMNS + " FROM mail_outbox WHERE id = :id")
                .bind("id", id).map(ENTRY).findOne());
    }

    private boolean update(long id, String token, String set, UnaryOperator<Update> binds) {
        return handles.atomically(h -> binds.apply(h.createUpdate(
                        "UPDATE mail_outbox SET " + set + " WHERE id = :id AND claimed_by = :token AND state = 'SENDING'")
                .bind("id", id).bind("token", token)).execute()) == 1;
    }

    private static String cut(String error) {
        if (error == null) return null;
        return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }
}
