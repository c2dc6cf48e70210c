package org.hourbook.store.auth;

/** What a one-time capability link does when it is opened. */
public enum LinkPurpose {
    /** Creates the first account of a fresh install (and voids itself). */
    SETUP,
    /** Joins an organization (creating the account when there is none). */
    INVITATION,
    /** Sets a password: a new account's first, or a forgotten one's reset. */
    PASSWORD,
    /** Confirms a change of email address, sent to the new address. */
    EMAIL_CHANGE
}
