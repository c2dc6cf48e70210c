package org.hourbook.store.mail;

import java.time.Instant;

/**
 * A mail a sender claimed and may now send.
 *
 * @param attempts how many times it was claimed, this claim included
 */
public record ClaimedMail(long id, String kind, String recipient, String subject, String textBody, String htmlBody,
                          int attempts, Instant createdAt) {}
