package org.hourbook.store;

import java.sql.SQLException;

/** A unique constraint said no (e.g. an email already in use). The server maps it to 409. */
public final class DuplicateException extends RuntimeException {
    private final String field;

    public DuplicateException(String field, String message, Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** Translates a unique violation of either database; anything else is rethrown as is. */
    static RuntimeException ifUniqueViolation(RuntimeException e, String field, String message) {
        return isUniqueViolation(e) ? new DuplicateException(field, message, e) : e;
    }

    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                // PostgreSQL: SQLSTATE 23505. SQLite: extended code SQLITE_CONSTRAINT_UNIQUE (2067) / PRIMARYKEY (1555).
                if ("23505".equals(sql.getSQLState())) return true;
                String msg = String.valueOf(sql.getMessage());
                if (msg.contains("SQLITE_CONSTRAINT_UNIQUE") || msg.contains("SQLITE_CONSTRAINT_PRIMARYKEY")) return true;
            }
        }
        return false;
    }
}
