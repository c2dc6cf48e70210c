package org.hourbook.server.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the server's storage is full, for {@code /api/v1/health}, {@code /api/v1/ready} and the
 * log. Two sources: a write that failed for lack of space ({@link #noteFull}, called by the error
 * mapping for every such failure), and the free space of the local folders the server writes to
 * (the SQLite data directory, the local blob folder). A full disk is logged once when it starts
 * and once when it ends, however many requests fail in between:
 * <pre>
 *   write fails (507) ── log "storage is full" ──┬── more writes fail (507, quiet) ──┐
 *                                                 │                                   │
 *   free space again (local folders), or 5 minutes without a failure (a database    │
 *   server's disk, which this node cannot measure) ──── log "storage has room again" ┘
 * </pre>
 */
public final class StorageStatus {
    private static final Logger LOG = LoggerFactory.getLogger(StorageStatus.class);
    /** Below this much free space a local folder counts as full before anything has failed. */
    static final long LOW_BYTES = 1024 * 1024;
    /** How long a failure on storage this node cannot measure keeps the status "full". */
    static final long QUIET_NANOS = 5L * 60 * 1_000_000_000L;

    private record Full(long sinceNanos, long lastFailureNanos, boolean local) {}

    private final List<Path> localFolders;
    private final AtomicReference<Full> full = new AtomicReference<>();

    /** @param localFolders the folders on this machine's disks that the server writes to (may be empty) */
    public StorageStatus(List<Path> localFolders) {
        this.localFolders = List.copyOf(localFolders);
    }

    /**
     * A write failed for lack of space. Logs the first failure of an episode; later ones only
     * keep the episode going.
     *
     * @param local whether the full storage is one of the local folders (SQLite, local blobs)
     *              rather than a database server's disk
     */
    public void noteFull(Throwable cause, boolean local) {
        long now = System.nanoTime();
        Full before = full.getAndUpdate(f -> f == null ? new Full(now, now, local) : new Full(f.sinceNanos(), now, f.local() || local));
        if (before == null) {
            LOG.error("storage is full ({}): uploads, edits and sign-ins answer 507 storage.full until space is freed; "
                    + "reading still works. Free space in {}", rootMessage(cause), localFolders.isEmpty() ? "the database server" : localFolders);
        }
    }

    /** Whether storage is full now; ends an episode (and logs that once) when there is room again. */
    public boolean isFull() {
        boolean low = anyLow();
        Full f = full.get();
        if (f == null) return low;
        boolean roomAgain = f.local() ? !low : System.nanoTime() - f.lastFailureNanos() > QUIET_NANOS;
        if (!roomAgain) return true;
        if (full.compareAndSet(f, null)) {
            LOG.info("storage has room again after {} s", (System.nanoTime() - f.sinceNanos()) / 1_000_000_000L);
        }
        return low;
    }

    /** The free space of the emptiest local folder, in bytes; {@code -1} when there is none to measure. */
    public long freeBytes() {
        long least = -1;
        for (Path p : localFolders) {
            try {
                long usable = Files.getFileStore(p).getUsableSpace();
                least = least < 0 ? usable : Math.min(least, usable);
            } catch (IOException | RuntimeException e) {
                // a folder that is gone or unreadable says nothing about space
            }
        }
        return least;
    }

    private boolean anyLow() {
        long free = freeBytes();
        return free >= 0 && free < LOW_BYTES;
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) c = c.getCause();
        return c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
    }
}
