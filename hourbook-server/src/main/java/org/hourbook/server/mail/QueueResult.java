package org.hourbook.server.mail;

/** What {@link Outbox#queue} did. Callers that only need "sent or not" can ignore it. */
public sealed interface QueueResult {
    /** Queued; it goes out with the transaction's commit (and never if it rolls back). */
    record Queued(long id) implements QueueResult {}

    /** A mail with the same dedupe key was queued before; nothing new. */
    record AlreadyQueued(String dedupeKey) implements QueueResult {}

    /** Mail is not configured on this installation: nothing was queued; show the link instead. */
    record MailOff() implements QueueResult {}

    /** The recipient is not an address a mail can go to; nothing was queued. */
    record BadRecipient(String address, String reason) implements QueueResult {}
}
