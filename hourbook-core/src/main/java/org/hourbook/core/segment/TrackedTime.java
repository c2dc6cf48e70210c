package org.hourbook.core.segment;

import org.hourbook.core.contract.BillingRounding;

/**
 * How many seconds a segment counts for, by the contract's {@link BillingRounding}.
 * <pre>
 *  slot      |------------------ 600 s ------------------|
 *  tracked   |====== 250 s ======|
 *  SEGMENT   |=================== 600 s =================|   any tracked second bills the slot
 *  EXACT     |====== 250 s ======|                           the tracked seconds as they are
 * </pre>
 */
public final class TrackedTime {
    private TrackedTime() {}

    /** Seconds the segment bills; out-of-range tracked seconds are clamped to 0..600, never thrown. */
    public static long billableSeconds(Segment segment, BillingRounding rounding) {
        return billableSeconds(segment.trackedSeconds(), rounding);
    }

    public static long billableSeconds(int trackedSeconds, BillingRounding rounding) {
        int tracked = Math.clamp(trackedSeconds, 0, SegmentGrid.SEGMENT_SECONDS);
        return switch (rounding) {
            case SEGMENT -> tracked > 0 ? SegmentGrid.SEGMENT_SECONDS : 0;
            case EXACT -> tracked;
        };
    }

    /** Minutes of the slot that were tracked: {@code ceil(trackedSeconds / 60)}, 0..10. */
    public static int trackedMinutes(Segment segment) {
        int tracked = Math.clamp(segment.trackedSeconds(), 0, SegmentGrid.SEGMENT_SECONDS);
        return (tracked + 59) / 60;
    }
}
