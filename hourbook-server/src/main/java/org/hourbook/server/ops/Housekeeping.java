package org.hourbook.server.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hourbook.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Periodic clean-up of expired sessions, old login-attempt windows, uploaded CSV files never
 * imported and the public links' request counts of past minutes. With several nodes on one
 * database, a job lease lets one node do it per round.
 */
public final class Housekeeping implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);
    static final String JOB = "housekeeping";
    static final Duration EVERY = Duration.ofMinutes(10);

    private final Database db;
    private final Clock clock;
    private final String node = UUID.randomUUID().toString();
    private ScheduledExecutorService timer;

    private final java.util.function.ToIntFunction<Instant> uploads;

    /** @param uploads removes the uploads left behind before the given moment, returning how many (ImportService::sweepUploads) */
    public Housekeeping(Database db, Clock clock, java.util.function.ToIntFunction<Instant> uploads) {
        this.db = db;
        this.clock = clock;
        this.uploads = uploads;
    }

    public synchronized void start() {
        if (timer != null) return;
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hourbook-housekeeping");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::runQuietly, 1, EVERY.toSeconds(), TimeUnit.SECONDS);
    }

    /** One round; returns whether this node held the lease and cleaned. */
    public boolean runOnce() {
        Instant now = clock.instant();
        if (!db.jobLeases().tryAcquire(JOB, node, now, EVERY.minusMinutes(1))) return false;
        int sessions = db.sessions().deleteExpired(now);
        int windows = db.loginAttempts().deleteWindowsBefore(now.minus(Duration.ofHours(1)));
        int files = uploads.applyAsInt(now);
        // Public link counts matter for their minute only; an hour keeps a busy spell visible to whoever looks.
        int hits = db.retainers().deleteHitsBefore(now.minus(Duration.ofHours(1)));
        if (sessions + windows + files > 0) {
            LOG.info("housekeeping: {} expired sessions, {} old login windows, {} uploads never imported removed", sessions, windows, files);
        }
        if (hits > 0) LOG.debug("housekeeping: {} public link counts of past minutes removed", hits);
        return true;
    }

    private void runQuietly() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.warn("housekeeping failed; will retry", e);
        }
    }

    @Override
    public synchronized void close() {
        if (timer == null) return;
        timer.shutdownNow();
        timer = null;
        try {
            db.jobLeases().release(JOB, node);
        } catch (RuntimeException e) {
            LOG.debug("could not release the housekeeping lease", e);
        }
    }
}
