package org.hourbook.core.week;

import java.time.Duration;
import java.time.Instant;
import org.hourbook.core.contract.ContractStatus;
import org.hourbook.core.contract.OfferPolicy;
import org.hourbook.core.policy.Decision;

/**
 * When a freelancer may still add, edit or delete time: in the current billing week, and in the
 * previous one until Monday 12:00 UTC. From that instant on the previous week is locked and its
 * timesheet is final. A closed contract's diary is read-only, and an offer not accepted has none.
 * <pre>
 *  week W-1 (Mon..Sun)           | week W: Mon 00:00 ........ 12:00 ........ Sun 24:00
 *  editable  ====================|=========================|                           until T
 *  locked                                                  T = W.start + 12 h (T itself is locked)
 *  week W    ====================================================================== editable all week
 *  now ..................................................... time after now: "time.future"
 * </pre>
 */
public final class EditWindowPolicy {
    /** How long into a new week the previous week stays open. */
    public static final Duration GRACE = Duration.ofHours(12);

    private EditWindowPolicy() {}

    /**
     * May time starting at {@code segmentStart} be changed at {@code now}? Time that has not
     * started yet ({@code segmentStart >= now}) is {@code time.future}.
     */
    public static Decision check(Instant segmentStart, Instant now, ContractStatus status) {
        if (status == ContractStatus.CLOSED) {
            return Decision.rejected("contract.closed", null, "This contract is closed; its diary is read-only.");
        }
        if (!OfferPolicy.timeAllowed(status).isAccepted()) return OfferPolicy.timeAllowed(status);
        if (!segmentStart.isBefore(now)) {
            return Decision.rejected("time.future", "start", "Time cannot be recorded in the future (" + segmentStart + ").");
        }
        BillingWeek week = BillingWeek.of(segmentStart);
        if (isLocked(week, now)) {
            return Decision.rejected("week.locked", "start",
                    "The billing week " + week + " locked at " + lockedAt(week) + "; its time can no longer change.");
        }
        return Decision.accepted();
    }

    /**
     * May any time of {@code week} still change at {@code now}? For pages that show a whole day or
     * week: unlike {@link #check}, the current week is open even though its end is in the future.
     * A week that has not begun is {@code time.future}.
     */
    public static Decision checkWeek(BillingWeek week, Instant now, ContractStatus status) {
        if (status == ContractStatus.CLOSED) {
            return Decision.rejected("contract.closed", null, "This contract is closed; its diary is read-only.");
        }
        if (!OfferPolicy.timeAllowed(status).isAccepted()) return OfferPolicy.timeAllowed(status);
        if (!week.start().isBefore(now)) {
            return Decision.rejected("time.future", "start", "The billing week " + week + " has not begun.");
        }
        if (isLocked(week, now)) {
            return Decision.rejected("week.locked", "start",
                    "The billing week " + week + " locked at " + lockedAt(week) + "; its time can no longer change.");
        }
        return Decision.accepted();
    }

    /** The instant {@code week} locks: the following Monday 12:00 UTC. */
    public static Instant lockedAt(BillingWeek week) {
        return week.end().plus(GRACE);
    }

    /** True from {@link #lockedAt} on (inclusive); the timesheet of a locked week is final. */
    public static boolean isLocked(BillingWeek week, Instant now) {
        return !now.isBefore(lockedAt(week));
    }
}
