package org.hourbook.core.retainer;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A retainer's cycles over its whole life, from its terms and their history. A change of terms
 * takes effect from the next cycle (the one after the cycle in which it is made); earlier cycles
 * keep the terms they were worked under, like {@code TermsInForce} does for billing weeks.
 * <pre>
 *  history: (since the beginning: 20 h, monthly on 1)   (from Apr 1: 30 h, monthly on 1)
 *  ... | Feb 1 ... | Mar 1 ...  ^ change made Mar 10  | Apr 1 ... | May 1 ...
 *        20 h        20 h (the current cycle keeps it)   30 h from here on
 *
 *  a change of the rule itself: (monthly on 1) -> (monthly on 20), made Mar 10
 *  ... | Mar 1 ......... | Apr 1 ....... | Apr 20 ........ | May 20 ...
 *        old rule          transition      new rule: the old cycle still resets on Apr 1 as promised,
 *                          (full cap)      and one transition cycle leads to the new rule's first day
 * </pre>
 * A transition shorter than half a cycle joins the next one (see {@link #containing}); its cap
 * is the full cap of the new terms, not prorated.
 * Cycles begin at local midnight in the zone of the terms in force. Where midnight does not exist
 * (America/Santiago springs forward at 24:00 in September) a cycle begins at the end of the gap,
 * 01:00; where a whole date is skipped (Pacific/Apia, 2011-12-30) it begins with the next date.
 */
public final class CycleSchedule {
    /** One recorded set of terms, in force from {@code from} (a cycle boundary) until the next change. */
    public record Change(Instant from, RetainerTerms terms) {
        public Change {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(terms, "terms");
        }
    }

    /** Marks the first recorded terms as in force "since the beginning"; they also reach back before it. */
    public static final Instant BEGINNING = Instant.EPOCH;

    private static final Comparator<Change> BY_FROM = Comparator.comparing(Change::from);

    private final List<Change> changes;

    private CycleSchedule(List<Change> changes) {
        this.changes = List.copyOf(changes.stream().sorted(BY_FROM).toList());
    }

    /** A retainer whose terms never changed. */
    public static CycleSchedule of(RetainerTerms terms) {
        return new CycleSchedule(List.of(new Change(BEGINNING, terms)));
    }

    /** The schedule from a history of changes; with no history, {@code current} since the beginning. */
    public static CycleSchedule of(RetainerTerms current, List<Change> history) {
        return history.isEmpty() ? of(current) : new CycleSchedule(history);
    }

    public List<Change> changes() {
        return changes;
    }

    /** The terms in force at {@code t}: those of the latest change from on or before it. */
    public RetainerTerms termsAt(Instant t) {
        return changes.get(indexAt(t)).terms();
    }

    /** The terms a cycle was (or is) worked under. */
    public RetainerTerms termsFor(Cycle cycle) {
        return termsAt(cycle.start());
    }

    /**
     * The cycle that holds {@code t}: the rule's cycle around {@code t}'s local date, cut where a
     * change of terms begins or ends; the first cycle of new terms is described above.
     * <pre>
     *  Asia/Kathmandu (+05:45), monthly on 1
     *  Apr 30 18:14:59Z = Apr 30 23:59:59 local | May 1 00:00 local = Apr 30 18:15Z  -> May cycle
     * </pre>
     */
    public Cycle containing(Instant t) {
        int i = indexAt(t);
        RetainerTerms terms = changes.get(i).terms();
        Bounds b = bounds(terms, t);
        if (i > 0) b = transition(terms, changes.get(i).from(), t, b);
        if (i + 1 < changes.size() && b.end().isAfter(changes.get(i + 1).from())) b = new Bounds(b.start(), changes.get(i + 1).from());
        return new Cycle(b.start(), b.end(), terms.zone());
    }

    private record Bounds(Instant start, Instant end) {}

    /** The rule's cycle around {@code t}, from local midnight to local midnight. */
    private static Bounds bounds(RetainerTerms terms, Instant t) {
        CycleRule rule = terms.cycle();
        ZoneId zone = terms.zone();
        LocalDate first = rule.firstDayOfCycleContaining(LocalDate.ofInstant(t, zone));
        Instant start = startOf(first, zone);
        // Local dates can step back where clocks fall back across midnight; compare instants to be sure.
        while (t.isBefore(start)) {
            first = rule.firstDayOfCycleContaining(first.minusDays(1));
            start = startOf(first, zone);
        }
        LocalDate nextFirst = rule.firstDayOfNextCycle(first);
        Instant end = startOf(nextFirst, zone);
        while (!t.isBefore(end)) {
            start = end;
            nextFirst = rule.firstDayOfNextCycle(nextFirst);
            end = startOf(nextFirst, zone);
        }
        return new Bounds(start, end);
    }

    /**
     * Where new terms cut one of their own cycles ({@code from} is the old cycle's end, not a
     * boundary of the new rule or zone), the cut part is a transition cycle of its own; shorter than
     * half the cycle it cuts, it joins the following cycle instead. So the first cycle under new
     * terms lasts between half and one and a half of their cycles, never a few hours.
     * <pre>
     *  London -> New York, monthly on 1: old cycle ends Jun 30 23:00Z = 19:00 New York
     *  new rule  | Jun 1 NY ............ |Jul 1 NY ................ | Aug 1 NY
     *  cut               from ^ 5 h stub |                                      -> [from, Aug 1 NY)
     *  monthly on 1 -> on 20, from Apr 1: rule cycle Mar 20..Apr 20, 19 of 31 days -> [Apr 1, Apr 20)
     * </pre>
     */
    private static Bounds transition(RetainerTerms terms, Instant from, Instant t, Bounds around) {
        Bounds cut = bounds(terms, from);
        if (!cut.start().isBefore(from)) return around;
        boolean joins = Duration.between(from, cut.end()).multipliedBy(2).compareTo(Duration.between(cut.start(), cut.end())) < 0;
        Instant end = joins ? bounds(terms, cut.end()).end() : cut.end();
        return t.isBefore(end) ? new Bounds(from, end) : around;
    }

    public Cycle next(Cycle cycle) {
        return containing(cycle.end());
    }

    public Cycle previous(Cycle cycle) {
        return containing(cycle.start().minusNanos(1));
    }

    /**
     * The cycles that share an instant with {@code [from, to)}, oldest first; empty when
     * {@code to <= from}.
     * <pre>
     *  cycles   | c1        | c2        | c3        | c4
     *  range           [from ==================== to)          -> c1, c2, c3
     * </pre>
     */
    public List<Cycle> overlapping(Instant from, Instant to) {
        List<Cycle> out = new ArrayList<>();
        if (!from.isBefore(to)) return out;
        for (Cycle c = containing(from); c.start().isBefore(to); c = next(c)) out.add(c);
        return out;
    }

    /** The first instant a change made at {@code now} applies to: the start of the next cycle. */
    public Instant effectiveFrom(Instant now) {
        return containing(now).end();
    }

    /**
     * The history after changing the terms from {@code before} to {@code after} at {@code now}: the
     * first change also records {@code before} as in force since the beginning, and a second change
     * within the same cycle replaces the pending one. The input is not changed.
     */
    public static List<Change> afterChange(List<Change> history, RetainerTerms before, RetainerTerms after, Instant now) {
        Instant from = of(before, history).effectiveFrom(now);
        List<Change> out = new ArrayList<>();
        if (history.isEmpty()) out.add(new Change(BEGINNING, before));
        for (Change c : history) if (!c.from().equals(from)) out.add(c);
        out.add(new Change(from, after));
        out.sort(BY_FROM);
        return List.copyOf(out);
    }

    /** The first instant of {@code date} in {@code zone}: midnight, or the end of a gap that swallows it. */
    static Instant startOf(LocalDate date, ZoneId zone) {
        return date.atStartOfDay(zone).toInstant();
    }

    private int indexAt(Instant t) {
        int found = 0;
        for (int i = 1; i < changes.size(); i++) {
            if (!changes.get(i).from().isAfter(t)) found = i;
            else break;
        }
        return found;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CycleSchedule s && s.changes.equals(changes);
    }

    @Override
    public int hashCode() {
        return changes.hashCode();
    }

    @Override
    public String toString() {
        return "CycleSchedule" + changes;
    }
}
