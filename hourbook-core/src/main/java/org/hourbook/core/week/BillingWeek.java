package org.hourbook.core.week;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;

/**
 * A billing week: Monday 00:00 to Sunday 24:00 UTC, half-open {@code [start, end)}.
 * <pre>
 *  Sun 23:59:59.999 | Mon 00:00 .............................. Sun 24:00 = next Mon 00:00
 *  previous week    |<-------------------- this week --------->| next week
 *                   start (inclusive)                          end (exclusive)
 * </pre>
 *
 * @param monday the UTC date of the week's Monday
 */
public record BillingWeek(LocalDate monday) implements Comparable<BillingWeek> {
    public static final Duration LENGTH = Duration.ofDays(7);

    public BillingWeek {
        Objects.requireNonNull(monday, "monday");
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) throw new IllegalArgumentException("not a Monday: " + monday);
    }

    /** The billing week that contains {@code t}. */
    public static BillingWeek of(Instant t) {
        return containing(LocalDate.ofInstant(t, ZoneOffset.UTC));
    }

    /** The billing week that contains the UTC date {@code day}. */
    public static BillingWeek containing(LocalDate day) {
        return new BillingWeek(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    public Instant start() {
        return monday.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public Instant end() {
        return next().start();
    }

    public BillingWeek previous() {
        return new BillingWeek(monday.minusWeeks(1));
    }

    public BillingWeek next() {
        return new BillingWeek(monday.plusWeeks(1));
    }

    public boolean contains(Instant t) {
        return !t.isBefore(start()) && t.isBefore(end());
    }

    /** The seven UTC dates, Monday first. */
    public List<LocalDate> days() {
        return monday.datesUntil(monday.plusDays(7)).toList();
    }

    /** ISO text such as {@code 2026-W47}, handy for URLs. */
    public String isoWeek() {
        return String.format("%d-W%02d",
                monday.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                monday.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    @Override
    public int compareTo(BillingWeek o) {
        return monday.compareTo(o.monday);
    }

    @Override
    public String toString() {
        return isoWeek();
    }
}
