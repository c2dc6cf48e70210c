package org.hourbook.server.ops;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.hourbook.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code /api/v1/health} and {@code /api/v1/ready} report. Health answers as long as the
 * process does (a liveness probe: restarting would not free a disk) and says what is wrong;
 * ready asks the database, and answers within {@link #TIMEOUT} even when the database hangs
 * (a pool that waits 30 s for a connection, a server that stopped answering): the probe runs on
 * its own thread and only one is ever in flight, so a hung database costs one thread, not one
 * per probe.
 * <pre>
 * GET /api/v1/health  200 {"status":"ok","storage":"ok"}   or  {"status":"storage_full","storage":"full"}
 * GET /api/v1/ready   200 {"status":"ready","database":"ok","storage":"ok"}
 *                     503 {"status":"not_ready","database":"no answer within 2 s","storage":"ok"}
 * </pre>
 * A full disk does not make a node unready: reading still works, and with shared storage every
 * node is equally full, so taking nodes out of the load balancer would only take reading away too.
 */
public final class Readiness implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Readiness.class);
    static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final Database db;
    private final StorageStatus storage;
    private final ExecutorService probes = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicReference<CompletableFuture<Void>> inFlight = new AtomicReference<>();
    private final AtomicBoolean databaseDown = new AtomicBoolean();

    public Readiness(Database db, StorageStatus storage) {
        this.db = db;
        this.storage = storage;
    }

    /** The answer of a readiness probe: whether the node is ready, and what the body says. */
    public record Report(boolean ready, Map<String, Object> body) {}

    public Map<String, Object> health() {
        boolean full = storage.isFull();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", full ? "storage_full" : "ok");
        body.put("storage", full ? "full" : "ok");
        return body;
    }

    public Report ready() {
        String database = database();
        boolean full = storage.isFull();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", database.equals("ok") ? "ready" : "not_ready");
        body.put("database", database);
        body.put("storage", full ? "full" : "ok");
        return new Report(database.equals("ok"), body);
    }

    /** "ok", or what is wrong with the database, in at most {@link #TIMEOUT}. */
    private String database() {
        CompletableFuture<Void> probe = inFlight.updateAndGet(p -> p == null || p.isDone()
                ? CompletableFuture.runAsync(this::selectOne, probes) : p);
        try {
            probe.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (databaseDown.compareAndSet(true, false)) LOG.info("readiness: the database answers again");
            return "ok";
        } catch (TimeoutException e) {
            down("no answer within " + TIMEOUT.toSeconds() + " s");
            return "no answer within " + TIMEOUT.toSeconds() + " s";
        } catch (ExecutionException e) {
            // The cause may name hosts and users: the log gets it, the anonymous answer does not.
            Throwable cause = e.getCause() == null ? e : e.getCause();
            down(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
            return "unreachable";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** Logs the first failed probe of an outage, not every probe of it. */
    private void down(String why) {
        if (databaseDown.compareAndSet(false, true)) LOG.warn("readiness: the database does not answer ({}); /api/v1/ready answers 503", why);
    }

    private void selectOne() {
        db.jdbi().useHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
    }

    @Override
    public void close() {
        probes.shutdownNow();
    }
}
