package org.hourbook.store;

/** A uniqueness rule said no (e.g. an email already in use). The server maps it to 409. */
public final class DuplicateException extends RuntimeException {
    private final String field;

    public DuplicateException(String field, String message, Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
