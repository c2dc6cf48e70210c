package org.hourbook.server.retainer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.hourbook.api.retainer.RetainerStatus;
import org.hourbook.core.retainer.CycleBalance;

/**
 * The model of the public retainer page: everything it shows, already in words. It is made from
 * {@link RetainerStatus} only, the same record the page's JSON is, so the page cannot show more.
 *
 * @param css the page's one stylesheet, inline (its hash is in the CSP; no other request is made)
 */
public record PublicPage(RetainerStatus status, String css, String feedPath, Instant generatedAt) {
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofPattern("MMM d, yyyy 'at' HH:mm", Locale.ENGLISH);

    /** "14 of 20 hours used". */
    public String used() {
        return hours(status.usedHours()) + " of " + hours(status.capHours().add(status.rolloverHours())) + " hours used";
    }

    /** "6 remain" or "2.5 over". */
    public String left() {
        return status.overHours().signum() > 0 ? hours(status.overHours()) + " over" : hours(status.remainingHours()) + " remain";
    }

    public boolean over() {
        return status.overHours().signum() > 0;
    }

    /** "resets July 1". */
    public String resets() {
        return "resets " + MONTH_DAY.format(status.resetsOn());
    }

    /** "in 3 days", "tomorrow", "today". */
    public String resetsIn() {
        long d = status.daysToReset();
        return d <= 0 ? "today" : d == 1 ? "tomorrow" : "in " + d + " days";
    }

    public String rollover() {
        return status.rolloverHours().signum() > 0 ? "includes " + hours(status.rolloverHours()) + " hours carried over from last cycle" : null;
    }

    /** The filled share of the bar, 0..100, as an SVG width. */
    public String barWidth() {
        return Math.min(100, Math.max(0, status.percentUsed())) + "%";
    }

    public String cycleRange() {
        return range(status.cycleStart(), status.cycleEnd());
    }

    public static String range(LocalDate from, LocalDate to) {
        return from.getYear() == to.getYear() ? SHORT.format(from) + " – " + FULL.format(to) : FULL.format(from) + " – " + FULL.format(to);
    }

    public String day(LocalDate d) {
        return SHORT.format(d);
    }

    public String lineDays(RetainerStatus.Line l) {
        return l.lastDay() == null || l.lastDay().equals(l.day()) ? SHORT.format(l.day()) : SHORT.format(l.day()) + " – " + SHORT.format(l.lastDay());
    }

    public String updated() {
        return UPDATED.format(generatedAt.atZone(ZoneId.of(status.zone()))) + " (" + status.zone() + ")";
    }

    public String isoUpdated() {
        return generatedAt.toString();
    }

    public List<RetainerStatus.Line> lines() {
        return status.lines();
    }

    public List<RetainerStatus.PastCycle> past() {
        return status.pastCycles();
    }

    /** {@code 14}, {@code 12.5}: hours as people write them. */
    public static String hours(BigDecimal h) {
        return CycleBalance.hours(h.multiply(BigDecimal.valueOf(3600)).setScale(0, RoundingMode.HALF_UP).longValue());
    }

    public String hoursOf(BigDecimal h) {
        return hours(h);
    }
}
