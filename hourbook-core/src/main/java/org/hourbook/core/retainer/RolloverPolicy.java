package org.hourbook.core.retainer;

/**
 * How many hours carry into a cycle: only the unused part of the previous cycle's own cap, never
 * above the maximum of the receiving cycle's terms. Hours that were rolled in are used first and
 * lapse at the end of the cycle they were rolled into, so nothing is carried twice.
 * <pre>
 *  previous cycle: cap 20 h, rolled in 4 h, used 10 h
 *     rolled-in 4 h  |====|             used first
 *     own cap 20 h        |======|..............|   6 h of the cap used, 14 h unused
 *  next cycle, carry up to 5 h   -> 5 h      carry unlimited -> 14 h      no rollover -> 0
 *
 *  previous cycle over its cap (used 26 h of 20 + 4): nothing carries, and nothing is taken back
 * </pre>
 */
public final class RolloverPolicy {
    private RolloverPolicy() {}

    /**
     * @param receiving the rollover of the terms in force for the receiving cycle
     * @param previous  the cycle before it, or {@code null} for a retainer's first cycle
     */
    public static long into(Rollover receiving, CycleBalance previous) {
        if (previous == null) return 0;
        return switch (receiving) {
            case Rollover.None none -> 0;
            case Rollover.Carry carry -> {
                long usedOfOwnCap = Math.max(0, previous.usedSeconds() - previous.rolloverSeconds());
                long unused = Math.max(0, previous.capSeconds() - usedOfOwnCap);
                yield carry.maxSeconds() == null ? unused : Math.min(unused, carry.maxSeconds());
            }
        };
    }
}
