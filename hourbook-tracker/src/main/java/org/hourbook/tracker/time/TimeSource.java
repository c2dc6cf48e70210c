package org.hourbook.tracker.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Where the tracker reads time. Two readings, because they answer different questions:
 * {@link #now()} says which segment a moment belongs to; {@link #elapsedNanos()} says how much
 * time really passed and never jumps (it stands still while the machine sleeps), so a jump of the
 * wall clock is seen as the two disagreeing and never turns into tracked time.
 */
public interface TimeSource {
    /** The wall clock as the tracker sees it (possibly time-compressed, see {@link ScaledTime}). */
    Instant now();

    /** Monotonic elapsed time on the same scale as {@link #now()}. */
    long elapsedNanos();

    /** The machine's own clock, unscaled: what is compared with the server's {@code Date}. */
    Clock machineClock();

    /** How long to really wait for {@code d} of tracker time to pass. */
    Duration toReal(Duration d);

    /** How much tracker time passes in {@code real} time (the inverse of {@link #toReal}). */
    Duration fromReal(Duration real);

    /** A {@link Clock} view of {@link #now()}, for code that takes a clock. */
    default Clock clock() {
        TimeSource self = this;
        return new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Instant instant() {
                return self.now();
            }
        };
    }

    static TimeSource system() {
        return ScaledTime.REAL;
    }
}
