package org.hourbook.core.diary;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A calendar day in some zone as a half-open range of instants {@code [start, end)}. Its length
 * is whatever the zone makes it: 24 h usually, 23 h or 25 h on DST days, 23.5 h or 24.5 h on
 * Lord Howe Island. Consecutive days tile the timeline: {@code day.end() == day.next().start()}.
 * <pre>
 *  America/New_York, 2026-03-08 (spring forward at 02:00 -> 03:00)
 *  00:00-05:00 ........ 01:59 | 03:00 ........................ 24:00
 *  05:00Z                     07:00Z                            04:00Z next day     = 23 h
 *  Asia/Kathmandu (+05:45), any day: 00:00 local = 18:15Z the day before
 * </pre>
 * The start is the first instant of the date ({@link LocalDate#atStartOfDay(ZoneId)}), which is
 * not always 00:00 local: where a DST gap swallows midnight the day starts at the gap's end.
 */
public record DayRange(LocalDate date, ZoneId zone, Instant start, Instant end) {

    public DayRange {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(zone, "zone");
        if (!start.isBefore(end)) throw new IllegalArgumentException("empty day " + date + " in " + zone);
    }

    public static DayRange of(LocalDate date, ZoneId zone) {
        return new DayRange(date, zone,
                date.atStartOfDay(zone).toInstant(),
                date.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The day in {@code zone} that contains {@code t}. */
    public static DayRange containing(Instant t, ZoneId zone) {
        return of(LocalDate.ofInstant(t, zone), zone);
    }

    public boolean contains(Instant t) {
        return !t.isBefore(start) && t.isBefore(end);
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    public DayRange next() {
        return of(date.plusDays(1), zone);
    }

    public DayRange previous() {
        return of(date.minusDays(1), zone);
    }
}
