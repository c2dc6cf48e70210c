package org.hourbook.tracker.journal;

/** The journal could not be read or written (disk full, file locked, damaged file). */
public final class JournalException extends RuntimeException {
    public JournalException(String message, Throwable cause) {
        super(message, cause);
    }

    /** SQLite's "database or disk is full". */
    public boolean diskFull() {
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("SQLITE_FULL")) return true;
        }
        return getMessage() != null && getMessage().contains("SQLITE_FULL");
    }
}
