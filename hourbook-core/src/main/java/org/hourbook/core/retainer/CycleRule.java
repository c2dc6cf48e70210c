package org.hourbook.core.retainer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a retainer's cycles begin, as local calendar dates in the contract's zone. The rule only
 * knows dates; {@link CycleSchedule} turns a first day into an instant (local midnight, or the end
 * of a DST gap where midnight does not exist).
 * <pre>
 *  Monthly(31)   ... | Jan 31 ......... | Feb 28 (29) ..... | Mar 31 ......... | Apr 30 ...
 *  Monthly(15)   ... | Jan 15 ......... | Feb 15 .......... | Mar 15 ...
 *  Weekly(MON)   ... | Mon | Mon | Mon ...
 *  EveryNWeeks(2, anchor Wed 2026-01-07)  ... | 2025-12-24 | 2026-01-07 | 2026-01-21 | ...  (both ways)
 * </pre>
 */
public sealed interface CycleRule permits CycleRule.Monthly, CycleRule.Weekly, CycleRule.EveryNWeeks {

    /** The first local date of the cycle that holds {@code date}. */
    LocalDate firstDayOfCycleContaining(LocalDate date);

    /** The first local date of the cycle after the one that holds {@code date}. */
    LocalDate firstDayOfNextCycle(LocalDate date);

    /** Plain words for forms and audit lines, e.g. "monthly on day 31 (the last day of shorter months)". */
    String describe();

    /** Monthly on day {@code day} (1..31); in a month with fewer days, on its last day. */
    record Monthly(int day) implements CycleRule {
        public Monthly {
            if (day < 1 || day > 31) throw new IllegalArgumentException("day of month must be 1..31: " + day);
        }

        /** The cycle's first day in {@code month}: day D, or the month's last day when it is shorter. */
        public LocalDate firstDayIn(YearMonth month) {
            return month.atDay(Math.min(day, month.lengthOfMonth()));
        }

        @Override
        public LocalDate firstDayOfCycleContaining(LocalDate date) {
            YearMonth month = YearMonth.from(date);
            LocalDate first = firstDayIn(month);
            return date.isBefore(first) ? firstDayIn(month.minusMonths(1)) : first;
        }

        @Override
        public LocalDate firstDayOfNextCycle(LocalDate date) {
            // From the cycle's month, not from date + 1 month: Feb 28 (day 31) is followed by Mar 31.
            return firstDayIn(YearMonth.from(firstDayOfCycleContaining(date)).plusMonths(1));
        }

        @Override
        public String describe() {
            return "monthly on day " + day + (day > 28 ? " (the last day of shorter months)" : "");
        }
    }

    /** Every week, starting on {@code day}. */
    record Weekly(DayOfWeek day) implements CycleRule {
        public Weekly {
            Objects.requireNonNull(day, "day");
        }

        @Override
        public LocalDate firstDayOfCycleContaining(LocalDate date) {
            return date.with(TemporalAdjusters.previousOrSame(day));
        }

        @Override
        public LocalDate firstDayOfNextCycle(LocalDate date) {
            return firstDayOfCycleContaining(date).plusWeeks(1);
        }

        @Override
        public String describe() {
            return "weekly on " + day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }
    }

    /** Every {@code weeks} weeks (1..52) counted from {@code anchor}, before and after it. */
    record EveryNWeeks(int weeks, LocalDate anchor) implements CycleRule {
        public static final int MAX_WEEKS = 52;

        public EveryNWeeks {
            if (weeks < 1 || weeks > MAX_WEEKS) throw new IllegalArgumentException("weeks must be 1.." + MAX_WEEKS + ": " + weeks);
            Objects.requireNonNull(anchor, "anchor");
        }

        @Override
        public LocalDate firstDayOfCycleContaining(LocalDate date) {
            long length = 7L * weeks;
            return anchor.plusDays(Math.floorDiv(ChronoUnit.DAYS.between(anchor, date), length) * length);
        }

        @Override
        public LocalDate firstDayOfNextCycle(LocalDate date) {
            return firstDayOfCycleContaining(date).plusWeeks(weeks);
        }

        @Override
        public String describe() {
            return "every " + (weeks == 1 ? "week" : weeks + " weeks") + " from " + anchor;
        }
    }
}
