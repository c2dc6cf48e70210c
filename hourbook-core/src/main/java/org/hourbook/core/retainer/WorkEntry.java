package org.hourbook.core.retainer;

import java.time.Instant;
import java.util.Objects;
import org.hourbook.core.contract.BillingRounding;
import org.hourbook.core.segment.Segment;
import org.hourbook.core.segment.TrackedTime;

/**
 * One piece of billable time on a retainer, whatever its source: a tracked segment, manual time
 * or an imported row. Its time is {@code [start, start + seconds)}.
 *
 * @param id          stable across reloads (a segment's UUID, an import's dedupe key), so curations can refer to it
 * @param category    what the work log groups by: an activity label, project or task; "" when none
 * @param description the raw text (memo, imported description): internal, never shown unless published
 */
public record WorkEntry(String id, Instant start, long seconds, EntrySource source, String category, String description) {

    public WorkEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(source, "source");
        if (seconds < 0) throw new IllegalArgumentException("seconds must be >= 0: " + seconds);
        category = category == null ? "" : category.strip();
        description = description == null ? "" : description;
    }

    /**
     * A segment as retainer time: its billable seconds by the contract's rounding, laid from the
     * slot's start (a segment does not record where inside its slot the tracked part was).
     * <pre>
     *  slot     |------------------ 600 s ------------------|
     *  SEGMENT  |=================== 600 s =================|
     *  EXACT    |=== 250 s ===|                               as if tracked from the slot start
     * </pre>
     */
    public static WorkEntry of(Segment s, BillingRounding rounding) {
        return new WorkEntry(s.id().toString(), s.start(), TrackedTime.billableSeconds(s, rounding),
                s.isManual() ? EntrySource.MANUAL : EntrySource.TRACKED, s.label(), s.memo());
    }

    public Instant end() {
        return start.plusSeconds(seconds);
    }

    /** The same entry with another time; id, source and texts stay. */
    public WorkEntry withTime(Instant newStart, long newSeconds) {
        return new WorkEntry(id, newStart, newSeconds, source, category, description);
    }
}
