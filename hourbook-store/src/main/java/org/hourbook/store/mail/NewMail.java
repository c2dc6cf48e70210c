package org.hourbook.store.mail;

import java.time.Instant;
import java.util.Objects;

/**
 * A rendered mail to queue.
 *
 * @param kind      what it is about ({@code invitation}, {@code password_reset}, ...), for the operator
 * @param htmlBody  the HTML alternative, or {@code null} for plain text only
 * @param dedupeKey at most one mail is ever queued per key (e.g. {@code retainer-alert:7:2026-03-01:80:ana@example.org});
 *                  {@code null}: no such rule
 * @param createdAt also the first attempt's time
 */
public record NewMail(String kind, String recipient, String subject, String textBody, String htmlBody, String dedupeKey,
                      Instant createdAt) {
    public NewMail {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(textBody, "textBody");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
