package org.hourbook.store.mail;

import java.time.Instant;

/**
 * A queued mail as the operator sees it, without its bodies.
 *
 * @param nextAttemptAt when a pending mail is tried next (for a failed one: when it would have been)
 * @param lastError     why the latest attempt failed, or {@code null}
 * @param sentAt        when it was sent, or {@code null}
 */
public record OutboxEntry(long id, String kind, String recipient, String subject, MailState state, int attempts,
                          Instant createdAt, Instant nextAttemptAt, String lastError, Instant sentAt) {}
