package org.hourbook.core.segment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.contract.OfferPolicy;
import org.hourbook.core.policy.Decision;
import org.hourbook.core.week.EditWindowPolicy;

/**
 * Manual time: only where the contract allows it, in whole 10-minute grid slots, never after
 * now, and inside the edit window (the same one as for tracked time).
 * <pre>
 *  grid   12:00   12:10   12:20   12:30   12:40        now = 12:37
 *  ok     [from ========================= to)          12:00..12:30 -> slots 12:00, 12:10, 12:20
 *  no           [from 12:05 ...                        "manual.granularity"
 *  no                            [from ============ to) to = 12:40 is after now: "time.future"
 * </pre>
 */
public final class ManualTimePolicy {
    private ManualTimePolicy() {}

    public static Decision check(ContractTerms terms, Instant from, Instant to, Instant now) {
        if (terms.isClosed()) {
            return Decision.rejected("contract.closed", null, "This contract is closed; its diary is read-only.");
        }
        if (!OfferPolicy.timeAllowed(terms.status()).isAccepted()) return OfferPolicy.timeAllowed(terms.status());
        if (!terms.manualTimeAllowed()) {
            return Decision.rejected("manual.not_allowed", null, "The client has not allowed manual time on this contract.");
        }
        if (!from.isBefore(to)) {
            return Decision.rejected("manual.range", "to", "The end must be after the start.");
        }
        if (!SegmentGrid.isAligned(from)) {
            return Decision.rejected("manual.granularity", "from", "Manual time starts on a 10-minute step (UTC grid); got " + from + ".");
        }
        if (!SegmentGrid.isAligned(to)) {
            return Decision.rejected("manual.granularity", "to", "Manual time ends on a 10-minute step (UTC grid); got " + to + ".");
        }
        if (endsInFuture(to, now)) {
            return Decision.rejected("time.future", "to", "Manual time cannot end in the future (" + to + ").");
        }
        // The earliest slot is the one most likely locked; every later slot is in the same or a newer week.
        return EditWindowPolicy.check(from, now, terms.status());
    }

    /**
     * What "in the future" means for manual time: it ends after now. Time that ends exactly now
     * is past, so the slot that has just finished can be added (forms offer only such slots).
     * <pre>
     *  grid   12:20   12:30   12:40        now = 12:37
     *  past   [=======)                    12:20-12:30 ends before now
     *  future         [=======)            12:30-12:40 ends after now
     * </pre>
     */
    public static boolean endsInFuture(Instant end, Instant now) {
        return end.isAfter(now);
    }

    /**
     * The slot starts covering {@code [from, to)}: from the slot holding {@code from} up to the
     * last slot starting before {@code to}. Empty when {@code to <= from}.
     */
    public static List<Instant> slots(Instant from, Instant to) {
        List<Instant> out = new ArrayList<>();
        for (Instant t = SegmentGrid.slotStart(from); t.isBefore(to); t = SegmentGrid.slotEnd(t)) out.add(t);
        return out;
    }
}
