package org.hourbook.tracker.sync;

import java.time.Instant;
import org.hourbook.core.segment.SegmentGrid;
import org.hourbook.tracker.journal.JournalSegment;

/**
 * Where in its slot a segment's tracked time is, as the server stores it: one stretch
 * {@code [trackedFrom, trackedFrom + trackedSeconds)} on whole seconds, inside the slot, with the
 * screenshot's moment in it. The tracker's runs may have gaps (idle, then back within the slot);
 * the stretch then starts at the first run unless the screenshot lies beyond it, in which case it
 * ends at the screenshot at the latest.
 * <pre>
 *  slot   12:00 |---- run ----|        gap        |-- run --|          | 12:10
 *  part         [12:02 ........ 3 min ...)                              shot in run 1: from the first run
 *  part                              [... 3 min ........ shot]          shot in run 2: moved to hold it
 * </pre>
 */
public record TrackedPart(Instant from, int seconds) {

    public static TrackedPart of(JournalSegment s) {
        int tracked = s.trackedSeconds();
        Instant slotEnd = SegmentGrid.slotEnd(s.slotStart());
        Instant first = s.runs().isEmpty() ? s.slotStart() : s.runs().get(0).from();
        Instant from = whole(first.isBefore(s.slotStart()) ? s.slotStart() : first);
        if (from.plusSeconds(tracked).isAfter(slotEnd)) from = slotEnd.minusSeconds(tracked);
        Instant shot = s.shotTakenAt();
        if (shot != null && tracked > 0 && (shot.isBefore(from) || !shot.isBefore(from.plusSeconds(tracked)))) {
            Instant latest = slotEnd.minusSeconds(tracked);
            from = whole(shot).isAfter(latest) ? latest : whole(shot);
            if (from.isBefore(s.slotStart())) from = s.slotStart();
        }
        return new TrackedPart(from, tracked);
    }

    private static Instant whole(Instant t) {
        return Instant.ofEpochSecond(t.getEpochSecond());
    }
}
