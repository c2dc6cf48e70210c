package org.hourbook.tracker.journal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hourbook.core.segment.MinuteActivity;
import org.hourbook.core.segment.SegmentGrid;

/**
 * A segment as the journal holds it: what was tracked, its screenshot on disk, and how far its
 * upload got.
 *
 * @param state     {@code open} while its slot is being tracked, then {@code closed} (never changes
 *                  again, except an idle discard cutting it while {@code held}), or {@code discarded}
 * @param held      not uploaded yet because an idle period that began in it might still be discarded
 * @param shot      {@code planned}, {@code taken}, {@code failed} (see {@code shotNote}), {@code disabled}
 *                  (the contract takes none) or {@code deleted} (by the freelancer)
 * @param upload    {@code waiting}, {@code stored} (the server has it), {@code refused} (set aside, see
 *                  {@code refusal}) or {@code deleted} (deleted on the server, or before it was sent)
 */
public record JournalSegment(UUID id, String account, long contractId, Instant slotStart, String memo, String label, String state,
                             boolean held, boolean activityKnown, List<MinuteActivity> minutes, List<Run> runs, String shot,
                             Instant shotPlannedAt, Instant shotTakenAt, String shotFile, String thumbFile, String shotNote,
                             String upload, String shotUpload, Refusal refusal, Instant closedAt) {

    public record Refusal(String code, String field, String message) {}

    /** Whole tracked seconds of the slot (what the server stores), 0..600. */
    public int trackedSeconds() {
        long ms = 0;
        Instant end = SegmentGrid.slotEnd(slotStart);
        for (Run r : runs) {
            Instant from = r.from().isBefore(slotStart) ? slotStart : r.from();
            Instant to = r.to().isAfter(end) ? end : r.to();
            if (to.isAfter(from)) ms += to.toEpochMilli() - from.toEpochMilli();
        }
        return (int) Math.min(SegmentGrid.SEGMENT_SECONDS, ms / 1000);
    }

    public Instant slotEnd() {
        return SegmentGrid.slotEnd(slotStart);
    }

    /** The end of the last tracked run, or the slot start when nothing was tracked. */
    public Instant trackedEnd() {
        return runs.isEmpty() ? slotStart : runs.get(runs.size() - 1).to();
    }

    public boolean isOpen() {
        return state.equals("open");
    }
}
