package org.hourbook.tracker.sync;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How long to wait before the next try after {@code failures} failures in a row: doubling from
 * {@code base} up to {@code cap}, then a random share of it ("equal jitter": between half and all
 * of it), so that thousands of trackers coming back after an outage do not all knock at once.
 * <pre>
 *  failures  1     2     3     4    ...  9+
 *  ceiling   2 s   4 s   8 s   16 s      5 min     actual wait uniform in [ceiling/2, ceiling]
 * </pre>
 */
public record Backoff(Duration base, Duration cap) {
    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5));

    public Duration delay(int failures, RandomGenerator random) {
        if (failures <= 0) return Duration.ZERO;
        long ceiling = base.toMillis() << Math.min(failures - 1, 20);
        if (ceiling <= 0 || ceiling > cap.toMillis()) ceiling = cap.toMillis();
        long half = ceiling / 2;
        return Duration.ofMillis(half + random.nextLong(ceiling - half + 1));
    }
}
