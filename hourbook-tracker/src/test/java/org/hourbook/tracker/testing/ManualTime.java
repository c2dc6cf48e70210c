package org.hourbook.tracker.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.hourbook.tracker.time.TimeSource;

/** Time a test moves by hand: {@link #advance} moves both clocks, {@link #jumpWall} only the wall clock. */
public final class ManualTime implements TimeSource {
    private Instant wall;
    private long mono;

    public ManualTime(Instant start) {
        this.wall = start;
    }

    public void advance(Duration d) {
        wall = wall.plus(d);
        mono += d.toNanos();
    }

    /** The wall clock jumps (sleep, a clock change) while no time passes for the monotonic clock. */
    public void jumpWall(Duration d) {
        wall = wall.plus(d);
    }

    @Override
    public Instant now() {
        return wall;
    }

    @Override
    public long elapsedNanos() {
        return mono;
    }

    @Override
    public Clock machineClock() {
        return Clock.fixed(wall, java.time.ZoneOffset.UTC);
    }

    @Override
    public Duration toReal(Duration d) {
        return d;
    }

    @Override
    public Duration fromReal(Duration real) {
        return real;
    }
}
