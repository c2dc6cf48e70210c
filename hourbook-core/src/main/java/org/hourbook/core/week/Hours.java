package org.hourbook.core.week;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Seconds shown as hours: a decimal for timesheets and CSV, or {@code h:mm} for the diary. */
public final class Hours {
    private Hours() {}

    /** {@code 5400 -> 1.50}; two decimals, halves rounded up. */
    public static BigDecimal decimal(long seconds) {
        return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
    }

    /** {@code 22800 -> "6:20"}; whole minutes, seconds dropped (a diary shows 10-minute steps). */
    public static String clock(long seconds) {
        long minutes = Math.floorDiv(Math.abs(seconds), 60);
        return (seconds < 0 ? "-" : "") + (minutes / 60) + ":" + String.format("%02d", minutes % 60);
    }
}
