package org.hourbook.server.retainer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hourbook.api.retainer.RetainerStatus;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.retainer.Cycle;
import org.hourbook.core.retainer.CycleBalance;
import org.hourbook.core.retainer.CycleSchedule;
import org.hourbook.core.retainer.CycleSplit;
import org.hourbook.core.retainer.ResetDate;
import org.hourbook.core.retainer.RetainerLedger;
import org.hourbook.core.retainer.WorkEntry;
import org.hourbook.core.week.Hours;
import org.hourbook.core.worklog.Curation;
import org.hourbook.core.worklog.WorkLog;
import org.hourbook.core.worklog.WorkLogLine;
import org.hourbook.store.retainer.StoredRetainer;

/**
 * One retainer worked out at one instant: its cycles from the first to the current, each with
 * its balance, and the curated work log of any of them. Made fresh per request from the stored
 * entries, so time that just arrived is in it ("live").
 */
public record RetainerBook(ContractTerms contract, StoredRetainer retainer, CycleSchedule schedule, List<WorkEntry> entries,
                           Curation curation, List<CycleBalance> balances, Instant now) {

    static RetainerBook of(ContractTerms contract, StoredRetainer retainer, List<CycleSchedule.Change> history, List<WorkEntry> entries,
                           Curation curation, Instant now) {
        CycleSchedule schedule = CycleSchedule.of(retainer.terms(), history);
        Map<Cycle, Long> used = CycleSplit.usedSeconds(schedule, entries);
        Instant since = retainer.startedAt().isAfter(now) ? now : retainer.startedAt();
        return new RetainerBook(contract, retainer, schedule, entries, curation, RetainerLedger.balances(schedule, since, now, used), now);
    }

    public CycleBalance current() {
        return balances.getLast();
    }

    /** Past cycles, newest first. */
    public List<CycleBalance> past() {
        List<CycleBalance> out = new ArrayList<>(balances.subList(0, balances.size() - 1));
        java.util.Collections.reverse(out);
        return out;
    }

    public ResetDate reset() {
        return ResetDate.of(current().cycle(), now);
    }

    /** The cycle's entries (the parts inside it), in time order. */
    public List<WorkEntry> entriesOf(Cycle cycle) {
        return CycleSplit.within(cycle, entries).stream().sorted(java.util.Comparator.comparing(WorkEntry::start)).toList();
    }

    public List<WorkLogLine> lines(Cycle cycle) {
        return WorkLog.lines(entriesOf(cycle), cycle.zone(), curation);
    }

    /** The balance of the cycle that starts on {@code firstDay}, if the retainer had one. */
    public java.util.Optional<CycleBalance> cycleStarting(LocalDate firstDay) {
        return balances.stream().filter(b -> b.cycle().firstDay().equals(firstDay)).findFirst();
    }

    /** Seconds per local day of the cycle, every day present (0 where nothing was done), for the chart. */
    public TreeMap<LocalDate, Long> perDay(Cycle cycle) {
        TreeMap<LocalDate, Long> out = new TreeMap<>();
        for (LocalDate d = cycle.firstDay(); !d.isAfter(cycle.lastDay()); d = d.plusDays(1)) out.put(d, 0L);
        for (WorkEntry e : entriesOf(cycle)) out.merge(LocalDate.ofInstant(e.start(), cycle.zone()), e.seconds(), Long::sum);
        return out;
    }

    /** What the client may read: balance, curated lines, past totals. Never an entry's raw text or id. */
    public RetainerStatus status(Instant updatedAt) {
        CycleBalance c = current();
        ResetDate reset = reset();
        List<RetainerStatus.Line> lines = lines(c.cycle()).stream()
                .map(l -> new RetainerStatus.Line(l.firstDay(), l.lastDay(), l.text(), Hours.decimal(l.seconds()))).toList();
        List<RetainerStatus.PastCycle> past = past().stream().map(b -> new RetainerStatus.PastCycle(b.cycle().firstDay(), b.cycle().lastDay(),
                Hours.decimal(b.capSeconds()), Hours.decimal(b.rolloverSeconds()), Hours.decimal(b.usedSeconds()))).toList();
        return new RetainerStatus(contract.title(), Hours.decimal(c.capSeconds()), Hours.decimal(c.rolloverSeconds()),
                Hours.decimal(c.usedSeconds()), Hours.decimal(c.remainingSeconds()), Hours.decimal(c.overSeconds()), c.percentUsed(),
                c.headline(), c.cycle().firstDay(), c.cycle().lastDay(), reset.date(), reset.daysAway(), c.cycle().zone().getId(),
                lines, past, updatedAt);
    }
}
