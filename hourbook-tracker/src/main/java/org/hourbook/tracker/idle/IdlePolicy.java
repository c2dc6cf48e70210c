package org.hourbook.tracker.idle;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether the person is idle: no input for the contract's idle minutes. Idle time is counted from
 * the last input; tracking stops when the limit is reached, and the person is asked on return
 * whether to keep the idle time or discard it.
 * <pre>
 *  input   x  x    x                                  x  (returns)
 *  time  ------------|=========== idle limit ==========|------------
 *                   last input (idleSince)       detected: stop counting, ask on return
 * </pre>
 * Without input hooks nobody knows whether the person is there, so nobody is ever idle.
 */
public final class IdlePolicy {
    private IdlePolicy() {}

    public sealed interface State permits Active, Idle {}

    public record Active() implements State {}

    /** @param since the last input; @param detectedAt when the limit ran out */
    public record Idle(Instant since, Instant detectedAt) implements State {}

    /** @param lastInput the last input, or when tracking (re)started if later */
    public static State at(Instant now, Instant lastInput, int idleMinutes, boolean hooksAvailable) {
        if (!hooksAvailable || idleMinutes <= 0) return new Active();
        Instant limit = lastInput.plus(Duration.ofMinutes(idleMinutes));
        return now.isBefore(limit) ? new Active() : new Idle(lastInput, limit);
    }
}
