package org.hourbook.store.importing;

import java.time.Instant;

/** One CSV import as recorded: what it read, what it added, and whether it was undone. */
public record StoredImport(long id, long contractId, Long actorId, Instant createdAt, String fileName, String format, int rowsRead,
                           int rowsAdded, int rowsAlready, long secondsAdded, Instant undoneAt) {
    public boolean undone() {
        return undoneAt != null;
    }
}
