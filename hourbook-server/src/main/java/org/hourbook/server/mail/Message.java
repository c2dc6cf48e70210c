package org.hourbook.server.mail;

/**
 * A mail a feature sends, as the typed model of its templates: {@code mail/<kind>.jte} in
 * {@code src/main/jte} (HTML) and {@code src/main/jte-text} (plain text), each with the message
 * as its one {@code @param}. A new kind of mail is a record implementing this, a {@link MailKind}
 * and its two templates.
 */
public interface Message {
    /** The recipient's address. */
    String to();

    MailKind kind();

    /** The subject line, as plain text (encoded for the header when sent). */
    String subject();

    /**
     * At most one mail is ever queued per key, e.g. a retainer alert once per threshold, cycle and
     * recipient; {@code null}: no such rule.
     */
    default String dedupeKey() {
        return null;
    }
}
