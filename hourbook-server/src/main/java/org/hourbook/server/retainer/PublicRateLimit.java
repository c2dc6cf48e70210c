package org.hourbook.server.retainer;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.hourbook.store.Database;

/**
 * Requests per client address per minute on public links, shared by all nodes through the
 * database without a write per request: each node counts in memory and, at most once a second,
 * adds what it counted to the address's row ({@code public_hits}) and reads back the total of all
 * nodes. A request is refused when this node's unsent count plus the last total read reaches the
 * limit, so all nodes together let through at most the limit plus what they count in one second.
 * <pre>
 *  node A  ..3....2...| flush +5 -> total 9 |..1..         node B  ....4.| flush +4 -> total 4 (then 9) |
 * </pre>
 */
final class PublicRateLimit {
    static final long FLUSH_EVERY_MS = 1000;

    /** One address in the current minute: counted here and not yet sent, and the last total all nodes had. */
    private static final class Count {
        final AtomicInteger unsent = new AtomicInteger();
        volatile int total;
    }

    private final Database db;
    private final Clock clock;
    private final int perMinute;
    private final ReentrantLock flushing = new ReentrantLock();
    private volatile long minute = -1;
    private volatile Map<String, Count> counts = new ConcurrentHashMap<>();
    private volatile long lastFlushMs;

    PublicRateLimit(Database db, Clock clock, int perMinute) {
        this.db = db;
        this.clock = clock;
        this.perMinute = perMinute;
    }

    /** Counts one request; returns the seconds to wait when it is over the limit, else 0. */
    long hit(String address) {
        long nowMs = clock.millis();
        long m = nowMs / 60_000;
        if (m != minute) newMinute(m);
        Count c = counts.computeIfAbsent(address, k -> new Count());
        int mine = c.unsent.incrementAndGet();
        if (nowMs - lastFlushMs >= FLUSH_EVERY_MS) flush(nowMs);
        if (c.total + mine > perMinute || c.total > perMinute) return Math.max(1, (m + 1) * 60 - nowMs / 1000);
        return 0;
    }

    private synchronized void newMinute(long m) {
        if (m == minute) return;
        flush(clock.millis());
        minute = m;
        counts = new ConcurrentHashMap<>();
    }

    /** Sends what this node counted since the last flush and reads back every node's total. */
    private void flush(long nowMs) {
        if (!flushing.tryLock()) return;
        try {
            lastFlushMs = nowMs;
            if (minute < 0) return;
            java.time.Instant window = java.time.Instant.ofEpochSecond(minute * 60);
            Map<String, Count> now = counts;
            // One transaction for every address counted since the last flush.
            db.useTransaction(tx -> {
                for (Map.Entry<String, Count> e : now.entrySet()) {
                    int n = e.getValue().unsent.getAndSet(0);
                    if (n > 0) e.getValue().total = tx.retainers().hit("r:" + e.getKey(), window, n);
                }
            });
        } finally {
            flushing.unlock();
        }
    }
}
