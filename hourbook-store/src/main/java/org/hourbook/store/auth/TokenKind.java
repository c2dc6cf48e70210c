package org.hourbook.store.auth;

/** A personal token for scripts and integrations, or a device token for one tracker install. */
public enum TokenKind {
    PERSONAL, DEVICE
}
