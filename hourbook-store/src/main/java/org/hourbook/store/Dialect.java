package org.hourbook.store;

/** The two databases Hourbook runs on. Repositories use SQL both understand. */
public enum Dialect {
    SQLITE, POSTGRES
}
