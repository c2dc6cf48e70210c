package org.hourbook.core.retainer;

import org.hourbook.core.policy.Violation;

/**
 * What adding time does to a cycle's cap. Time is never refused for being over: it is kept and
 * shown as "N over". Where the terms do not allow overage, the tracker and the import warn with a
 * {@link Violation} the moment the cap is reached or passed.
 * <pre>
 *  available 20 h, used 18 h
 *  add 1 h  ->  19 h  |==================|.|     WithinCap(1 h)
 *  add 2 h  ->  20 h  |====================|     Warned(0 over): at the cap, no overage allowed
 *  add 3 h  ->  21 h  |====================|=|   Over(1 h) when allowed, Warned(1 h) when not
 * </pre>
 */
public final class OveragePolicy {
    /** The outcome of adding time to a cycle. */
    public sealed interface Outcome permits WithinCap, Over, Warned {}

    /** Room is left after the new time. */
    public record WithinCap(long remainingSeconds) implements Outcome {}

    /** Over the cap, which the terms allow; shown as "N over", no warning. */
    public record Over(long overSeconds) implements Outcome {}

    /** At or over the cap where the terms do not allow overage: warn, keep the time. */
    public record Warned(long overSeconds, Violation warning) implements Outcome {}

    private OveragePolicy() {}

    /**
     * @param balance      the cycle before the new time
     * @param addedSeconds the new time inside that cycle (a tracker segment, a manual entry, an import's rows)
     */
    public static Outcome check(RetainerTerms terms, CycleBalance balance, long addedSeconds) {
        long after = balance.usedSeconds() + Math.max(0, addedSeconds);
        long available = balance.availableSeconds();
        if (terms.overageAllowed()) {
            return after > available ? new Over(after - available) : new WithinCap(available - after);
        }
        if (after < available) return new WithinCap(available - after);
        String used = CycleBalance.hours(after) + " of " + CycleBalance.hours(available) + " hours";
        return new Warned(after - available, new Violation("retainer.cap_reached", "seconds", after == available
                ? "This reaches the cycle's cap (" + used + "); the retainer does not allow overage."
                : "This goes " + CycleBalance.hours(after - available) + " h over the cycle's cap (" + used
                        + "); the retainer does not allow overage."));
    }
}
