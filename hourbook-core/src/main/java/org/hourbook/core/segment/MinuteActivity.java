package org.hourbook.core.segment;

/**
 * Input counts for one minute of a segment. Counts only: never which key, never what was typed.
 */
public record MinuteActivity(int keys, int clicks, int scrolls, int moves) {
    public static final MinuteActivity NONE = new MinuteActivity(0, 0, 0, 0);

    public MinuteActivity {
        if (keys < 0 || clicks < 0 || scrolls < 0 || moves < 0) throw new IllegalArgumentException("counts must be >= 0");
    }

    /** A minute with any input is active. */
    public boolean isActive() {
        return keys + clicks + scrolls + moves > 0;
    }
}
