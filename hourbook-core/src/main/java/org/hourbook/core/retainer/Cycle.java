package org.hourbook.core.retainer;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One retainer cycle, a half-open range of instants {@code [start, end)}; consecutive cycles of a
 * {@link CycleSchedule} tile the timeline ({@code c.end() == schedule.next(c).start()}).
 * <pre>
 *  monthly on day 1, Europe/London
 *  Feb 28 23:59:59 | Mar 1 00:00 (00:00Z) ........... Mar 29 (23 h day) ......... | Apr 1 00:00 (= Mar 31 23:00Z)
 *  previous cycle  |<------------------------------ this cycle ------------------->| next cycle
 *                  start (inclusive)                                                end (exclusive), "resets April 1"
 * </pre>
 *
 * @param zone the zone of the terms in force for this cycle; local dates are read in it
 */
public record Cycle(Instant start, Instant end, ZoneId zone) implements Comparable<Cycle> {

    public Cycle {
        Objects.requireNonNull(zone, "zone");
        if (!start.isBefore(end)) throw new IllegalArgumentException("empty cycle " + start + " .. " + end);
    }

    /**
     * The local date the cycle begins. Where that date does not exist in the zone (Pacific/Apia
     * skipped 2011-12-30) it is the first date that does.
     */
    public LocalDate firstDay() {
        return LocalDate.ofInstant(start, zone);
    }

    /** The cycle's last local date (the day before {@link #resetsOn()}). */
    public LocalDate lastDay() {
        return LocalDate.ofInstant(end.minusNanos(1), zone);
    }

    /** The local date the next cycle begins: "resets July 1". */
    public LocalDate resetsOn() {
        return LocalDate.ofInstant(end, zone);
    }

    public boolean contains(Instant t) {
        return !t.isBefore(start) && t.isBefore(end);
    }

    /** True when {@code [from, to)} and this cycle share at least one instant. */
    public boolean overlaps(Instant from, Instant to) {
        return from.isBefore(end) && to.isAfter(start);
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    @Override
    public int compareTo(Cycle o) {
        int c = start.compareTo(o.start);
        if (c == 0) c = end.compareTo(o.end);
        return c != 0 ? c : zone.getId().compareTo(o.zone.getId());
    }

    @Override
    public String toString() {
        return firstDay() + ".." + lastDay() + " (" + zone + ")";
    }
}
