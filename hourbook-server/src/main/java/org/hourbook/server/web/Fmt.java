package org.hourbook.server.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.hourbook.core.activity.ActivityLevel;
import org.hourbook.core.money.Money;
import org.hourbook.core.segment.Segment;
import org.hourbook.core.segment.SegmentGrid;

/** Small formatting rules shared by the pages, so every page says "3:20 h" the same way. */
public final class Fmt {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private Fmt() {}

    /** Hours and minutes, e.g. {@code 3:20 h}; negative values keep their sign. */
    public static String hours(long seconds) {
        long minutes = Math.abs(seconds) / 60;
        return (seconds < 0 ? "-" : "") + minutes / 60 + ":" + String.format("%02d", minutes % 60) + " h";
    }

    /** A grid slot's time in the zone, e.g. {@code 09:00–09:10}. */
    public static String slotRange(Instant start, ZoneId zone) {
        return HM.format(start.atZone(zone)) + "–" + HM.format(SegmentGrid.slotEnd(start).atZone(zone));
    }

    /**
     * Whether the zone's offset changes during this local day (a DST change): then two times of
     * the day can read the same ("01:00" twice) and the pages add the zone's abbreviation.
     */
    public static boolean isDstDay(LocalDate date, ZoneId zone) {
        ZonedDateTime dayStart = date.atStartOfDay(zone);
        return !dayStart.getOffset().equals(zone.getRules().getOffset(date.plusDays(1).atStartOfDay(zone).toInstant()));
    }

    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    public static String shortDay(LocalDate date) {
        return SHORT_DAY.format(date);
    }

    /** {@code 1,234.50 USD}, {@code 500 JPY}: the currency's own number of decimals. */
    public static String money(long minor, String currency) {
        return new Money(minor, currency).toDisplayString();
    }

    /** Active minutes out of tracked minutes as 0..10 bars; -1 when there is none (manual time, not recorded). */
    public static int activityBars(Segment s) {
        return ActivityLevel.of(s).orElse(-1);
    }
}
