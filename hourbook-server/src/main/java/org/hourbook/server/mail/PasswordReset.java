package org.hourbook.server.mail;

import java.time.Duration;

/** "Forgot password": a single-use link to set a new password. */
public record PasswordReset(String to, String name, String link, Duration validFor) implements Message {
    @Override
    public MailKind kind() { return MailKind.PASSWORD_RESET; }

    @Override
    public String subject() { return "Reset your Hourbook password"; }

    public String validity() { return Words.span(validFor); }
}
