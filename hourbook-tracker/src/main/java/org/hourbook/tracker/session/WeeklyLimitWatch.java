package org.hourbook.tracker.session;

import java.util.OptionalLong;
import org.hourbook.core.contract.BillingRounding;
import org.hourbook.core.segment.TrackedTime;

/**
 * Hours left under the client's weekly limit, as the tracker shows them: the server's count of the
 * week (what it has) plus what is still only in the journal, counted the way the contract bills
 * ({@link TrackedTime#billableSeconds}).
 */
public final class WeeklyLimitWatch {
    /** Warn this long before the limit. */
    public static final long WARN_SECONDS = 1800;

    private WeeklyLimitWatch() {}

    public sealed interface Outcome permits NoLimit, Within, Reached {}

    public record NoLimit() implements Outcome {}

    public record Within(long secondsLeft, boolean warn) implements Outcome {}

    public record Reached() implements Outcome {}

    /**
     * @param serverUsedSeconds billable + over-limit seconds the server has for the week
     * @param localTrackedSeconds tracked seconds of each segment of the week not on the server yet
     */
    public static Outcome check(Integer limitHours, long serverUsedSeconds, boolean serverOverLimit, int[] localTrackedSeconds,
                                BillingRounding rounding) {
        if (limitHours == null) return new NoLimit();
        if (serverOverLimit) return new Reached();
        long used = serverUsedSeconds;
        for (int t : localTrackedSeconds) used += TrackedTime.billableSeconds(t, rounding);
        long left = limitHours * 3600L - used;
        return left <= 0 ? new Reached() : new Within(left, left <= WARN_SECONDS);
    }

    public static OptionalLong left(Outcome o) {
        return switch (o) {
            case NoLimit n -> OptionalLong.empty();
            case Within w -> OptionalLong.of(w.secondsLeft());
            case Reached r -> OptionalLong.of(0);
        };
    }
}
