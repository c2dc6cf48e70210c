package org.hourbook.tracker.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A jump of the wall clock between two ticks: the wall clock moved differently from the monotonic
 * clock (which stands still during sleep and ignores clock changes). A jump ends tracking at the
 * last tick before it, so neither sleep nor a clock set forward or back creates time.
 * <pre>
 *  wall  10:00:00 . 10:00:01 ............ 10:47:12     monotonic +1 s, wall +47 min: slept
 *  run   =====================|                      ends at 10:00:01
 * </pre>
 */
public final class ClockJump {
    /** Jitter, NTP slewing and a busy machine stay under this. */
    public static final Duration TOLERANCE = Duration.ofSeconds(10);

    private ClockJump() {}

    /** @param wallBefore wall time at the previous tick; {@code monoBefore}/{@code monoNow} monotonic nanos */
    public static Optional<Jump> between(Instant wallBefore, long monoBefore, Instant wallNow, long monoNow, Duration tolerance) {
        Instant expected = wallBefore.plusNanos(monoNow - monoBefore);
        Duration drift = Duration.between(expected, wallNow);
        return drift.abs().compareTo(tolerance) > 0 ? Optional.of(new Jump(wallBefore, wallNow, drift)) : Optional.empty();
    }

    /** @param lastGood the last moment both clocks agreed on; tracking ends there */
    public record Jump(Instant lastGood, Instant now, Duration drift) {
        public String describe() {
            long s = Math.abs(drift.toSeconds());
            String by = s >= 120 ? (s / 60) + " min" : s + " s";
            return drift.isNegative() ? "the clock was set back by " + by : "the computer slept or the clock jumped ahead by " + by;
        }
    }
}
