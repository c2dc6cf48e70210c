package org.hourbook.tracker.session;

import java.time.Instant;
import java.util.random.RandomGenerator;
import org.hourbook.core.segment.SegmentGrid;

/**
 * When a segment's screenshot is taken: a uniformly random moment between the start of its
 * tracked part and the end of its slot. Tracking that ends earlier takes the screenshot when it
 * ends (the tracked part is then shorter than planned, and the shot is its last moment).
 * <pre>
 *  slot   12:00 |-------- tracked from 12:03 ----------------| 12:10
 *  shot                    ^ uniform in [12:03, 12:10)
 * </pre>
 */
public final class CaptureMoment {
    private CaptureMoment() {}

    public static Instant plan(Instant trackedFrom, RandomGenerator random) {
        Instant end = SegmentGrid.slotEnd(SegmentGrid.slotStart(trackedFrom));
        long span = end.toEpochMilli() - trackedFrom.toEpochMilli();
        if (span <= 1) return trackedFrom;
        return trackedFrom.plusMillis(random.nextLong(span));
    }
}
