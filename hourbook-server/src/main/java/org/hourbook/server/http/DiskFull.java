package org.hourbook.server.http;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Recognises "the disk is full" wherever it surfaces, so that the error mapping answers
 * {@code 507 storage.full} instead of {@code 500 internal}: SQLite's {@code SQLITE_FULL} (the
 * write-ahead log or the database file could not grow), PostgreSQL's SQLSTATE {@code 53100}
 * ({@code disk_full}), and the operating system's {@code ENOSPC} / {@code EDQUOT} in an
 * {@link IOException} from the blob store ("No space left on device", "Disk quota exceeded").
 * The cause chain is walked, because JDBI, Hikari and the services wrap what the driver or the
 * file system threw.
 */
public final class DiskFull {
    /** sqlite-jdbc's error code for SQLITE_FULL. */
    private static final int SQLITE_FULL = 13;

    private DiskFull() {}

    public static boolean is(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException sql && isFull(sql)) return true;
            if (c instanceof IOException io && isFull(io.getMessage())) return true;
        }
        return false;
    }

    /** Whether it was a database server's disk (PostgreSQL), which this node cannot measure, rather than one of its own. */
    public static boolean onDatabaseServer(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException sql && "53100".equals(sql.getSQLState())) return true;
        }
        return false;
    }

    private static boolean isFull(SQLException e) {
        if ("53100".equals(e.getSQLState())) return true;
        String message = e.getMessage() == null ? "" : e.getMessage();
        return message.contains("SQLITE_FULL") || (e.getErrorCode() == SQLITE_FULL && e.getClass().getName().startsWith("org.sqlite."))
                || isFull(message);
    }

    private static boolean isFull(String message) {
        if (message == null) return false;
        String m = message.toLowerCase(Locale.ROOT);
        return m.contains("no space left on device") || m.contains("disk quota exceeded") || m.contains("database or disk is full");
    }
}
