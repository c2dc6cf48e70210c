package org.hourbook.store;

/** A personal token for scripts and integrations, or a device token for one tracker install. */
public enum TokenKind {
    PERSONAL, DEVICE
}
