package org.hourbook.tracker.journal;

/** The journal could not be read or written (disk full, file locked, damaged file). */
public final class JournalException extends RuntimeException {
    private final boolean diskFull;

    public JournalException(String message, Throwable cause) {
        this(message, cause, false);
    }

    JournalException(String message, Throwable cause, boolean diskFull) {
        super(message, cause);
        this.diskFull = diskFull;
    }

    /**
     * The disk was (nearly) full when it failed: told by the free space, since SQLite reports a
     * full disk in several ways (SQLITE_FULL, an I/O error, or a transaction that is gone).
     */
    public boolean diskFull() {
        return diskFull;
    }
}
