package org.hourbook.core.segment;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Ten minutes of one freelancer's work on one contract.
 *
 * @param id            client-generated, so that uploads can be replayed safely
 * @param start         aligned to {@link SegmentGrid}
 * @param trackedSeconds 1..600 seconds of the slot that were actually tracked
 * @param minutes       per-minute input counts, at most 10 (empty for manual time)
 * @param screenshot    {@code null} when none was taken or it was not uploaded yet
 */
public record Segment(
        UUID id,
        long contractId,
        long freelancerId,
        Instant start,
        int trackedSeconds,
        List<MinuteActivity> minutes,
        String memo,
        String label,
        Source source,
        ScreenshotRef screenshot) {

    public Segment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(source, "source");
        minutes = List.copyOf(minutes == null ? List.of() : minutes);
        memo = memo == null ? "" : memo;
    }

    public Instant end() {
        return SegmentGrid.slotEnd(start);
    }

    public boolean isManual() {
        return source == Source.MANUAL;
    }

    public Segment withMemo(String newMemo) {
        return new Segment(id, contractId, freelancerId, start, trackedSeconds, minutes, newMemo, label, source, screenshot);
    }

    public Segment withLabel(String newLabel) {
        return new Segment(id, contractId, freelancerId, start, trackedSeconds, minutes, memo, newLabel, source, screenshot);
    }

    public Segment withScreenshot(ScreenshotRef ref) {
        return new Segment(id, contractId, freelancerId, start, trackedSeconds, minutes, memo, label, source, ref);
    }
}
