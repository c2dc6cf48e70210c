package org.hourbook.core.retainer;

import java.math.BigDecimal;
import org.hourbook.core.week.Hours;

/**
 * Where one cycle stands: {@code available = cap + rollover}; remaining is what is left of it, and
 * below zero the cycle is "N over" instead. At most one of the two is positive.
 * <pre>
 *  cap 20 h + rollover 3 h = 23 h available
 *  used 14 h   |==============|.........|      remaining 9 h, over 0
 *  used 25 h   |=======================|==|    remaining 0,   over 2 h
 * </pre>
 */
public record CycleBalance(Cycle cycle, long capSeconds, long rolloverSeconds, long usedSeconds) {

    public CycleBalance {
        if (capSeconds < 0 || rolloverSeconds < 0 || usedSeconds < 0) {
            throw new IllegalArgumentException("negative seconds: cap " + capSeconds + ", rollover " + rolloverSeconds + ", used " + usedSeconds);
        }
    }

    public long availableSeconds() {
        return capSeconds + rolloverSeconds;
    }

    /** {@code available - used}, which is negative when the cycle is over. */
    public long balanceSeconds() {
        return availableSeconds() - usedSeconds;
    }

    public long remainingSeconds() {
        return Math.max(0, balanceSeconds());
    }

    public long overSeconds() {
        return Math.max(0, -balanceSeconds());
    }

    public boolean isOver() {
        return overSeconds() > 0;
    }

    /** Used as a whole percentage of available, for a progress bar (may exceed 100; 0 of 0 is 0). */
    public int percentUsed() {
        if (availableSeconds() == 0) return usedSeconds == 0 ? 0 : 100;
        return (int) Math.min(Integer.MAX_VALUE, usedSeconds * 100 / availableSeconds());
    }

    /** "14 of 20 hours used · 6 remain", or "22.5 of 20 hours used · 2.5 over". */
    public String headline() {
        String tail = isOver() ? hours(overSeconds()) + " over" : hours(remainingSeconds()) + " remain";
        return hours(usedSeconds) + " of " + hours(availableSeconds()) + " hours used · " + tail;
    }

    /** Hours as people write them: {@code 14}, {@code 12.5}, {@code 0.25}. */
    public static String hours(long seconds) {
        BigDecimal h = Hours.decimal(seconds).stripTrailingZeros();
        return h.scale() < 0 ? h.setScale(0).toPlainString() : h.toPlainString();
    }
}
