package org.hourbook.server.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.hourbook.core.activity.ActivityLevel;
import org.hourbook.core.contract.BillingRounding;
import org.hourbook.core.money.Money;
import org.hourbook.core.segment.Segment;

/** Small formatting rules shared by the pages, so every page says "3:20 h" the same way. */
final class Fmt {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private Fmt() {}

    /** Hours and minutes, e.g. {@code 3:20 h}; negative values keep their sign. */
    static String hours(long seconds) {
        long minutes = Math.abs(seconds) / 60;
        return (seconds < 0 ? "-" : "") + minutes / 60 + ":" + String.format("%02d", minutes % 60) + " h";
    }

    /** Decimal hours for charts and tables, e.g. {@code 12.5}. */
    static String decimalHours(long seconds) {
        return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    static String shortDay(LocalDate date) {
        return SHORT_DAY.format(date);
    }

    static String money(long minor, String currency) {
        Money m = new Money(minor, currency);
        return BigDecimal.valueOf(m.minor(), 2).toPlainString() + " " + m.currency();
    }

    /** The seconds a segment bills before the weekly limit: a whole slot, or the tracked part. */
    static long billedSeconds(Segment s, BillingRounding rounding) {
        return rounding == BillingRounding.EXACT ? s.trackedSeconds() : (s.trackedSeconds() > 0 ? 600 : 0);
    }

    /** Active minutes out of tracked minutes as 0..10 bars; manual time has none (0 bars). */
    static int activityBars(Segment s) {
        return ActivityLevel.of(s).orElse(0);
    }
}
