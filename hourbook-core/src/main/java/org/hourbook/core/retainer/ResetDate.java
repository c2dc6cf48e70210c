package org.hourbook.core.retainer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When a cycle's counter resets: the next cycle's first day in the contract's zone, and how many
 * local days away that is from now.
 * <pre>
 *  Asia/Kolkata, monthly on 1: now = Jun 28 23:00 local (17:30Z)
 *  Jun 28 | Jun 29 | Jun 30 | Jul 1 00:00 = reset        "resets July 1 · in 3 days"
 * </pre>
 *
 * @param daysAway local calendar days from today to the reset date; 0 or less once it has passed
 */
public record ResetDate(LocalDate date, long daysAway) {

    public static ResetDate of(Cycle cycle, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, cycle.zone());
        return new ResetDate(cycle.resetsOn(), ChronoUnit.DAYS.between(today, cycle.resetsOn()));
    }

    public static ResetDate of(Cycle cycle, Clock clock) {
        return of(cycle, clock.instant());
    }

    /** "today", "tomorrow", "in 3 days"; for a date gone by, "3 days ago". */
    public String fromNow() {
        if (daysAway == 0) return "today";
        if (daysAway == 1) return "tomorrow";
        if (daysAway == -1) return "yesterday";
        return daysAway > 1 ? "in " + daysAway + " days" : -daysAway + " days ago";
    }
}
