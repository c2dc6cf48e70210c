package org.hourbook.server.mail;

import java.time.Duration;

/**
 * "Join my organization": the capability link of an invitation, also shown to the inviter.
 *
 * @param role     as the invitee will read it, e.g. "freelancer"
 * @param link     the absolute invitation URL
 * @param validFor how long the link works (7 days)
 */
public record Invitation(String to, String inviterName, String organizationName, String role, String link,
                         Duration validFor) implements Message {
    @Override
    public MailKind kind() { return MailKind.INVITATION; }

    @Override
    public String subject() { return inviterName + " invited you to " + organizationName + " on Hourbook"; }

    public String validity() { return Words.span(validFor); }
}
