package org.hourbook.core.retainer;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Objects;
import org.hourbook.core.week.Hours;

/**
 * The terms of a retainer that decide its cycles and balances. They are kept per cycle (see
 * {@link CycleSchedule}): a change applies from the next cycle, so a cycle's balance never changes
 * under the client's feet.
 *
 * @param capSeconds      hours per cycle, in seconds so that 12.5 h is exact (45,000 s)
 * @param cycle           where cycles begin, in {@code zone}
 * @param rollover        what happens to unused hours; {@code null} means {@link Rollover#NONE}
 * @param overageAllowed  when false, the tracker and the import warn at the cap (time is still kept)
 * @param zone            the contract's zone: cycles start at local midnight here
 */
public record RetainerTerms(long capSeconds, CycleRule cycle, Rollover rollover, boolean overageAllowed, ZoneId zone) {

    public RetainerTerms {
        if (capSeconds < 0) throw new IllegalArgumentException("capSeconds must be >= 0: " + capSeconds);
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(zone, "zone");
        rollover = rollover == null ? Rollover.NONE : rollover;
    }

    /** {@code hours} such as {@code 12.5}, to whole seconds (half up). */
    public static long secondsOf(BigDecimal hours) {
        return hours.multiply(BigDecimal.valueOf(3600)).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }

    public BigDecimal capHours() {
        return Hours.decimal(capSeconds);
    }

    public RetainerTerms withCap(long seconds) {
        return new RetainerTerms(seconds, cycle, rollover, overageAllowed, zone);
    }

    public RetainerTerms withCycle(CycleRule rule) {
        return new RetainerTerms(capSeconds, rule, rollover, overageAllowed, zone);
    }

    public RetainerTerms withRollover(Rollover r) {
        return new RetainerTerms(capSeconds, cycle, r, overageAllowed, zone);
    }

    public RetainerTerms withOverageAllowed(boolean allowed) {
        return new RetainerTerms(capSeconds, cycle, rollover, allowed, zone);
    }

    public RetainerTerms withZone(ZoneId z) {
        return new RetainerTerms(capSeconds, cycle, rollover, overageAllowed, z);
    }
}
