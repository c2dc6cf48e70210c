package org.hourbook.core.retainer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The balances of a retainer's cycles from its first to the current one, each with the cap of the
 * terms in force for it and the rollover from the cycle before (see {@link RolloverPolicy}).
 * <pre>
 *  since (contract start)                                   until (now)
 *     v                                                        v
 *  | cycle 1 (no rollover) | cycle 2 (+ from 1) | cycle 3 (+ from 2) ... | current |
 * </pre>
 * Past cycles stay viewable with their totals; a late import into a past cycle changes that
 * cycle and, through rollover, the ones after it.
 */
public final class RetainerLedger {
    private RetainerLedger() {}

    /**
     * @param since        the retainer's start: its first cycle is the one holding it
     * @param until        the last cycle is the one holding it (usually now)
     * @param usedSeconds  seconds used per cycle (see {@link CycleSplit#usedSeconds}); absent means 0
     * @return oldest first; empty when {@code until} is before {@code since}
     */
    public static List<CycleBalance> balances(CycleSchedule schedule, Instant since, Instant until, Map<Cycle, Long> usedSeconds) {
        List<CycleBalance> out = new ArrayList<>();
        if (until.isBefore(since)) return out;
        CycleBalance previous = null;
        for (Cycle c = schedule.containing(since); !c.start().isAfter(until); c = schedule.next(c)) {
            RetainerTerms terms = schedule.termsFor(c);
            CycleBalance balance = new CycleBalance(c, terms.capSeconds(), RolloverPolicy.into(terms.rollover(), previous),
                    usedSeconds.getOrDefault(c, 0L));
            out.add(balance);
            previous = balance;
        }
        return out;
    }

    /** The balance of the cycle holding {@code now}. */
    public static CycleBalance current(CycleSchedule schedule, Instant since, Instant now, Map<Cycle, Long> usedSeconds) {
        List<CycleBalance> all = balances(schedule, since.isAfter(now) ? now : since, now, usedSeconds);
        return all.getLast();
    }
}
