package org.hourbook.core.segment;

import java.time.Instant;

/**
 * The 10-minute grid every segment sits on, aligned to the UTC epoch.
 * <pre>
 *  epoch ... |--- 600 s ---|--- 600 s ---|--- 600 s ---| ...
 *            12:00         12:10         12:20
 *                  ^ 12:04:31 belongs to the slot starting 12:00
 * </pre>
 */
public final class SegmentGrid {
    public static final int SEGMENT_SECONDS = 600;
    public static final int MINUTES_PER_SEGMENT = 10;

    private SegmentGrid() {}

    /** The start of the slot that contains {@code t}. */
    public static Instant slotStart(Instant t) {
        return Instant.ofEpochSecond(Math.floorDiv(t.getEpochSecond(), SEGMENT_SECONDS) * SEGMENT_SECONDS);
    }

    public static boolean isAligned(Instant t) {
        return t.getNano() == 0 && Math.floorMod(t.getEpochSecond(), SEGMENT_SECONDS) == 0;
    }

    public static Instant slotEnd(Instant slotStart) {
        return slotStart.plusSeconds(SEGMENT_SECONDS);
    }
}
