package org.hourbook.store;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies SQLite's write-ahead log back into the database file in the background, every second.
 * By default SQLite does it inside whichever commit pushes the log past 1,000 pages, and on the
 * server that is an upload holding the one writer: every other upload then waits for the copy and
 * its fsync. With the connections' automatic checkpoints off, this passive one (it never waits for
 * readers or writers) keeps the log short instead; ingest went from ~10,000 to ~12,000 rows/s
 * (bench/README.md). SQLite still checkpoints and removes the log when the last connection closes.
 */
final class Checkpointer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Checkpointer.class);

    private final ScheduledExecutorService timer;
    /** Only the timer's one thread reads and writes it. */
    private boolean failing;

    Checkpointer(Jdbi jdbi, Duration every) {
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hourbook-sqlite-checkpoint");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                jdbi.useHandle(h -> h.createQuery("PRAGMA wal_checkpoint(PASSIVE)").mapToMap().list());
                if (failing) LOG.info("SQLite checkpoints work again");
                failing = false;
            } catch (RuntimeException e) {
                // A closing pool or a full disk: say so once, try again every round, never stop checkpointing.
                if (!failing) LOG.warn("SQLite checkpoint failed (retrying every {} ms, quietly until it works): {}", every.toMillis(),
                        e.getMessage());
                failing = true;
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
