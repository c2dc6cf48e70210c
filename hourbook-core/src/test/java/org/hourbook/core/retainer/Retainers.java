package org.hourbook.core.retainer;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;

/** Retainer test values named for what they mean. */
final class Retainers {
    static final long HOUR = 3600;

    private Retainers() {}

    static RetainerTerms monthlyOn(int day, String zone, long capHours) {
        return new RetainerTerms(capHours * HOUR, new CycleRule.Monthly(day), Rollover.NONE, true, ZoneId.of(zone));
    }

    static RetainerTerms weeklyOn(DayOfWeek day, String zone, long capHours) {
        return new RetainerTerms(capHours * HOUR, new CycleRule.Weekly(day), Rollover.NONE, true, ZoneId.of(zone));
    }

    static WorkEntry entry(String id, Instant start, long seconds) {
        return new WorkEntry(id, start, seconds, EntrySource.IMPORTED, "Design", "raw text of " + id);
    }

    static Instant at(String iso) {
        return Instant.parse(iso);
    }
}
