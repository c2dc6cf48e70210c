package org.hourbook.server.mail;

import java.util.Locale;

/** What a mail is about; its {@link #code()} names its templates and shows in the operator's list. */
public enum MailKind {
    INVITATION, PASSWORD_RESET, EMAIL_CHANGE, CONTRACT_OFFER, RETAINER_ALERT;

    /** e.g. {@code password_reset}: templates {@code mail/password_reset.jte}, HTML and plain text. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
