package org.hourbook.server.mail;

import java.time.Duration;

/** Sent to the new address: the change takes effect when its owner opens the link. */
public record EmailChange(String to, String name, String link, Duration validFor) implements Message {
    @Override
    public MailKind kind() { return MailKind.EMAIL_CHANGE; }

    @Override
    public String subject() { return "Confirm your new email address for Hourbook"; }

    public String validity() { return Words.span(validFor); }
}
