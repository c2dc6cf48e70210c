package org.hourbook.core.retainer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Time that spans a cycle boundary is split at it: each part counts in the cycle it lies in.
 * <pre>
 *  cycle A                          | cycle B (starts local midnight)
 *  entry        [======= 2 h =======|=== 1 h ===)     3 h from 22:00 local
 *  pieces       [A: 7200 s          )[B: 3600 s )     the parts sum to the entry
 * </pre>
 * Segments are split too: where a 30/45-minute offset puts midnight inside a 10-minute slot
 * (Asia/Kathmandu: 18:15Z), the slot's first 5 minutes count in one cycle, the rest in the next.
 */
public final class CycleSplit {
    /** The part of one entry that lies inside one cycle (same id, start clipped to the cycle). */
    public record Piece(Cycle cycle, WorkEntry part) {}

    private CycleSplit() {}

    /** The entry cut at cycle boundaries, oldest first; empty for an entry of 0 seconds. */
    public static List<Piece> split(CycleSchedule schedule, WorkEntry entry) {
        List<Piece> out = new ArrayList<>();
        long left = entry.seconds();
        Instant t = entry.start();
        Cycle cycle = schedule.containing(t);
        while (left > 0) {
            long fits = Math.max(0, Duration.between(t, cycle.end()).getSeconds());
            long part = Math.min(left, fits);
            if (part > 0) out.add(new Piece(cycle, entry.withTime(t, part)));
            left -= part;
            t = cycle.end();
            cycle = schedule.next(cycle);
        }
        return out;
    }

    /**
     * Seconds used per cycle: the sum of every piece inside it. Cycles without time are absent.
     * An entry wholly inside the cycle of the entry before it is added without asking the
     * schedule again (cycles tile time, so that cycle is the one {@code containing} would give):
     * entries in time order, as the store gives them, cost one cycle lookup per cycle, not per entry.
     */
    public static SortedMap<Cycle, Long> usedSeconds(CycleSchedule schedule, Collection<WorkEntry> entries) {
        SortedMap<Cycle, Long> used = new TreeMap<>();
        Cycle last = null;
        for (WorkEntry e : entries) {
            if (e.seconds() == 0) continue;
            if (last != null && last.contains(e.start()) && !e.end().isAfter(last.end())) {
                used.merge(last, e.seconds(), Long::sum);
                continue;
            }
            for (Piece p : split(schedule, e)) {
                used.merge(p.cycle(), p.part().seconds(), Long::sum);
                last = p.cycle();
            }
        }
        return used;
    }

    /**
     * The parts of {@code entries} inside {@code cycle}, in the given order, for the cycle's work
     * log; entries outside it are left out.
     * <pre>
     *  cycle              [=============== cycle ===============)
     *  e1  [=====|===)                                           -> the part from the cycle start
     *  e2                       [====)                            -> whole
     *  e3                                              [=====|==)-> the part up to the cycle end
     * </pre>
     */
    public static List<WorkEntry> within(Cycle cycle, Collection<WorkEntry> entries) {
        List<WorkEntry> out = new ArrayList<>();
        for (WorkEntry e : entries) {
            if (e.seconds() == 0 || !cycle.overlaps(e.start(), e.end())) continue;
            Instant from = e.start().isBefore(cycle.start()) ? cycle.start() : e.start();
            Instant to = e.end().isAfter(cycle.end()) ? cycle.end() : e.end();
            out.add(e.withTime(from, Duration.between(from, to).getSeconds()));
        }
        return out;
    }
}
