package org.hourbook.core.retainer;

/**
 * What happens to a cycle's unused hours: they lapse ({@link None}, the default), or they carry
 * into the next cycle only, optionally up to a maximum ({@link Carry}). See {@link RolloverPolicy}.
 */
public sealed interface Rollover permits Rollover.None, Rollover.Carry {
    None NONE = new None();

    static Carry unlimited() {
        return new Carry(null);
    }

    static Carry upTo(long maxSeconds) {
        return new Carry(maxSeconds);
    }

    /** Unused hours lapse at the end of the cycle. */
    record None() implements Rollover {}

    /**
     * Unused hours of the previous cycle's own cap carry into the next cycle.
     *
     * @param maxSeconds the most that carries, {@code null} for no maximum (at most the previous cap)
     */
    record Carry(Long maxSeconds) implements Rollover {
        public Carry {
            if (maxSeconds != null && maxSeconds < 0) throw new IllegalArgumentException("maxSeconds must be >= 0: " + maxSeconds);
        }
    }
}
