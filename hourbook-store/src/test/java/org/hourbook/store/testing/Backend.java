package org.hourbook.store.testing;

/** The databases every store-backed test runs on. */
public enum Backend {
    SQLITE, POSTGRES
}
