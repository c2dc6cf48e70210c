package org.hourbook.server.retainer;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.hourbook.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Requests per client address per minute on public links, shared by all nodes through the
 * database without a write per request: each node counts in memory and, once a second on a timer
 * of its own, adds what it counted to the address's row ({@code public_hits}) and reads back the
 * total of all nodes. A request is refused when this node's unsent count plus the last total read
 * reaches the limit, so all nodes together let through at most the limit plus what they count in
 * one second. Counting never touches the database, so it is safe on the thread that read the
 * request ({@link PublicPageCache}).
 * <pre>
 *  node A  ..3....2...| flush +5 -> total 9 |..1..         node B  ....4.| flush +4 -> total 4 (then 9) |
 * </pre>
 */
final class PublicRateLimit implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PublicRateLimit.class);
    static final long FLUSH_EVERY_MS = 1000;

    /** One address in one minute: counted here and not yet sent, and the last total all nodes had. */
    private static final class Count {
        final AtomicInteger unsent = new AtomicInteger();
        volatile int total;
    }

    /** The counts of one minute. */
    private record Window(long minute, Map<String, Count> counts) {}

    private final Database db;
    private final Clock clock;
    private final int perMinute;
    private volatile Window current = new Window(-1, new ConcurrentHashMap<>());
    /** Minutes that ended with counts not yet sent. */
    private final Queue<Window> ended = new ConcurrentLinkedQueue<>();
    private volatile ScheduledExecutorService timer;
    private boolean failing;

    PublicRateLimit(Database db, Clock clock, int perMinute) {
        this.db = db;
        this.clock = clock;
        this.perMinute = perMinute;
    }

    /** Counts one request; returns the seconds to wait when it is over the limit, else 0. */
    long hit(String address) {
        if (timer == null) startTimer();
        long nowMs = clock.millis();
        long m = nowMs / 60_000;
        Window w = current;
        if (w.minute() != m) w = newMinute(m);
        Count c = w.counts().computeIfAbsent(address, k -> new Count());
        int mine = c.unsent.incrementAndGet();
        if (c.total + mine > perMinute || c.total > perMinute) return Math.max(1, (m + 1) * 60 - nowMs / 1000);
        return 0;
    }

    private synchronized Window newMinute(long m) {
        Window w = current;
        if (w.minute() == m) return w;
        if (!w.counts().isEmpty()) ended.add(w);
        current = new Window(m, new ConcurrentHashMap<>());
        return current;
    }

    private synchronized void startTimer() {
        if (timer != null) return;
        ScheduledExecutorService t = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "hourbook-public-rate-limit");
            thread.setDaemon(true);
            return thread;
        });
        t.scheduleWithFixedDelay(this::flushQuietly, FLUSH_EVERY_MS, FLUSH_EVERY_MS, TimeUnit.MILLISECONDS);
        timer = t;
    }

    private void flushQuietly() {
        try {
            flush();
            if (failing) LOG.info("public link counts reach the database again");
            failing = false;
        } catch (RuntimeException e) {
            // Counting goes on in memory; this node's share reaches the others once the database answers.
            if (!failing) LOG.warn("could not add public link counts to the database (retrying every second): {}", e.getMessage());
            failing = true;
        }
    }

    /** Sends what this node counted since the last flush and reads back every node's total. */
    synchronized void flush() {
        for (Window w = ended.peek(); w != null; w = ended.peek()) {
            send(w);
            ended.poll();
        }
        send(current);
    }

    private void send(Window w) {
        if (w.minute() < 0) return;
        Map<String, Integer> taken = new HashMap<>();
        for (Map.Entry<String, Count> e : w.counts().entrySet()) {
            int n = e.getValue().unsent.getAndSet(0);
            if (n > 0) taken.put(e.getKey(), n);
        }
        if (taken.isEmpty()) return;
        Map<String, Integer> totals;
        try {
            // One transaction for every address counted since the last flush.
            totals = db.inTransaction(tx -> tx.retainers().hitAll(taken, Instant.ofEpochSecond(w.minute() * 60)));
        } catch (RuntimeException e) {
            taken.forEach((address, n) -> w.counts().get(address).unsent.addAndGet(n)); // sent with the next flush
            throw e;
        }
        totals.forEach((address, total) -> w.counts().get(address).total = total);
    }

    /** Sends what is left and stops the timer. */
    @Override
    public synchronized void close() {
        if (timer == null) return;
        timer.shutdownNow();
        timer = null;
        flushQuietly();
    }
}
