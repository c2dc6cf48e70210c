package org.hourbook.core.activity;

import java.util.List;
import java.util.OptionalInt;
import org.hourbook.core.segment.MinuteActivity;
import org.hourbook.core.segment.Segment;
import org.hourbook.core.segment.SegmentGrid;
import org.hourbook.core.segment.TrackedTime;

/**
 * A segment's activity as 0..10 bars: active minutes out of tracked minutes.
 * <pre>
 *  minutes   | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10|
 *  tracked           |===========================|      trackedSeconds 361..420 -> 7 tracked minutes
 *  input     |   |   | x | x |   | x | x | x | x |   |  6 active entries (capped at 7)
 *  level     round(10 * 6 / 7) = round(8.57) = 9 bars
 * </pre>
 * Manual time has no activity level: the result is empty, never a fake 0. Neither has tracked
 * time without any minute entry: the tracker sends none when it could not listen to the input
 * devices (no permission, no global hooks), and "not recorded" is not "no input".
 */
public final class ActivityLevel {
    public static final int MAX_BARS = 10;

    private ActivityLevel() {}

    /** Bars for one segment; empty for manual time, activity not recorded, or no tracked minutes. */
    public static OptionalInt of(Segment segment) {
        if (segment.isManual() || segment.minutes().isEmpty()) return OptionalInt.empty();
        int tracked = TrackedTime.trackedMinutes(segment);
        if (tracked == 0) return OptionalInt.empty();
        return OptionalInt.of(bars(activeMinutes(segment), tracked));
    }

    /**
     * Bars over several segments, weighted by tracked minutes (a 2-minute segment weighs less
     * than a full one); manual segments and those without recorded activity are left out. Empty when no tracked minute remains.
     */
    public static OptionalInt average(List<Segment> segments) {
        long active = 0;
        long tracked = 0;
        for (Segment s : segments) {
            if (s.isManual() || s.minutes().isEmpty()) continue;
            tracked += TrackedTime.trackedMinutes(s);
            active += activeMinutes(s);
        }
        return tracked == 0 ? OptionalInt.empty() : OptionalInt.of(bars(active, tracked));
    }

    /**
     * Active minute entries, capped at the tracked minutes. The cap, not the entry position,
     * because the tracked part may sit anywhere in the slot (tracking started at 12:05 leaves
     * entries 1..5 empty), and a minute cannot be more active than it was tracked.
     */
    public static int activeMinutes(Segment segment) {
        int tracked = TrackedTime.trackedMinutes(segment);
        int active = 0;
        for (MinuteActivity m : segment.minutes()) {
            if (m.isActive()) active++;
        }
        return Math.min(active, Math.min(tracked, SegmentGrid.MINUTES_PER_SEGMENT));
    }

    /** {@code round(10 * active / tracked)}, halves rounded up, in integers. */
    static int bars(long active, long tracked) {
        return (int) ((20 * active + tracked) / (2 * tracked));
    }
}
