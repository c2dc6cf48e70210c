package org.hourbook.core.retainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CyclePropertyTest {

    @Provide
    Arbitrary<RetainerArbitraries.Case> cases() {
        return RetainerArbitraries.cases();
    }

    /** A schedule whose terms changed up to three times, each change made at a random later instant. */
    record History(ZoneId zone, CycleSchedule schedule, Instant since) {}

    @Provide
    Arbitrary<History> histories() {
        return RetainerArbitraries.zones().flatMap(zone -> Combinators.combine(
                        RetainerArbitraries.terms(zone).list().ofMinSize(1).ofMaxSize(4),
                        Arbitraries.longs().between(1, 120 * 86_400L).list().ofSize(4),
                        Arbitraries.longs().between(RetainerArbitraries.FROM.getEpochSecond(), Instant.parse("2030-01-01T00:00:00Z").getEpochSecond()))
                .as((terms, gaps, since) -> {
                    List<CycleSchedule.Change> history = List.of();
                    Instant now = Instant.ofEpochSecond(since);
                    for (int i = 1; i < terms.size(); i++) {
                        now = now.plusSeconds(gaps.get(i));
                        history = CycleSchedule.afterChange(history, terms.get(i - 1), terms.get(i), now);
                    }
                    return new History(zone, CycleSchedule.of(terms.getFirst(), history), Instant.ofEpochSecond(since));
                }));
    }

    @Property(tries = 1000)
    void cycles_tile_time_with_no_gap_or_overlap_and_start_at_local_midnight(@ForAll("cases") RetainerArbitraries.Case c) {
        CycleSchedule schedule = CycleSchedule.of(c.terms());
        Cycle cycle = schedule.containing(c.at());
        assertThat(cycle.contains(c.at())).isTrue();
        for (int i = 0; i < 6; i++) {
            Cycle next = schedule.next(cycle);
            assertThat(next.start()).isEqualTo(cycle.end());
            assertThat(schedule.previous(next)).isEqualTo(cycle);
            assertThat(schedule.containing(cycle.start())).isEqualTo(cycle);
            assertThat(schedule.containing(cycle.end().minusNanos(1))).isEqualTo(cycle);
            assertStartsAtLocalMidnightOrAfterAGap(cycle, c.terms().cycle());
            assertThat(cycle.length()).isBetween(shortest(c.terms().cycle()), longest(c.terms().cycle()));
            cycle = next;
        }
    }

    @Property(tries = 500)
    void a_monthly_cycle_on_day_d_starts_on_d_or_on_the_last_day_of_a_shorter_month(@ForAll("cases") RetainerArbitraries.Case c) {
        if (!(c.terms().cycle() instanceof CycleRule.Monthly monthly)) return;
        Cycle cycle = CycleSchedule.of(c.terms()).containing(c.at());
        LocalDate nominal = monthly.firstDayOfCycleContaining(cycle.firstDay());
        assertThat(nominal.getDayOfMonth()).isEqualTo(Math.min(monthly.day(), nominal.lengthOfMonth()));
        // Only a skipped date (Apia, 2011-12-30) moves the first day off the nominal one.
        if (!nominal.equals(cycle.firstDay())) {
            assertThat(c.zone().getId()).isEqualTo("Pacific/Apia");
            assertThat(nominal).isEqualTo(LocalDate.of(2011, 12, 30));
        }
    }

    @Property(tries = 500)
    void every_entry_second_lands_in_exactly_one_cycle_and_the_sums_agree(
            @ForAll("cases") RetainerArbitraries.Case c,
            @ForAll("offsets") List<Long> offsets, @ForAll("lengths") List<Long> lengths) {
        CycleSchedule schedule = CycleSchedule.of(c.terms());
        Cycle around = schedule.containing(c.at());
        List<WorkEntry> entries = new ArrayList<>();
        for (int i = 0; i < Math.min(offsets.size(), lengths.size()); i++) {
            // Near the cycle's end half of the time, so that many entries straddle it.
            Instant start = (i % 2 == 0 ? around.end() : around.start()).plusSeconds(offsets.get(i));
            entries.add(new WorkEntry("e" + i, start, lengths.get(i), EntrySource.IMPORTED, "Design", "raw " + i));
        }
        long total = 0;
        for (WorkEntry e : entries) {
            List<CycleSplit.Piece> pieces = CycleSplit.split(schedule, e);
            Instant cursor = e.start();
            for (CycleSplit.Piece p : pieces) {
                assertThat(p.part().start()).isEqualTo(cursor);
                assertThat(p.cycle().contains(p.part().start())).isTrue();
                assertThat(p.part().end()).isBeforeOrEqualTo(p.cycle().end());
                assertThat(p.part().id()).isEqualTo(e.id());
                cursor = p.part().end();
            }
            assertThat(cursor).isEqualTo(e.end());
            assertThat(pieces.stream().map(CycleSplit.Piece::cycle)).doesNotHaveDuplicates();
            total += e.seconds();
        }
        Map<Cycle, Long> used = CycleSplit.usedSeconds(schedule, entries);
        assertThat(used.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
        for (Map.Entry<Cycle, Long> u : used.entrySet()) {
            long inside = CycleSplit.within(u.getKey(), entries).stream().mapToLong(WorkEntry::seconds).sum();
            assertThat(inside).isEqualTo(u.getValue());
        }
    }

    @Provide
    Arbitrary<List<Long>> offsets() {
        return Arbitraries.longs().between(-3 * 86_400, 3 * 86_400).list().ofMaxSize(30);
    }

    @Provide
    Arbitrary<List<Long>> lengths() {
        return Arbitraries.oneOf(Arbitraries.of(0L, 600L, 86_400L), Arbitraries.longs().between(1, 40 * 86_400L)).list().ofMaxSize(30);
    }

    @Property(tries = 500)
    void rollover_never_exceeds_its_maximum_nor_the_previous_cycles_unused_cap(
            @ForAll("histories") History h, @ForAll("usage") List<Long> usage) {
        CycleSchedule schedule = h.schedule();
        List<Cycle> cycles = new ArrayList<>();
        Cycle c = schedule.containing(h.since());
        for (int i = 0; i < usage.size(); i++, c = schedule.next(c)) cycles.add(c);
        Map<Cycle, Long> used = new java.util.HashMap<>();
        for (int i = 0; i < cycles.size(); i++) used.put(cycles.get(i), usage.get(i));

        List<CycleBalance> ledger = RetainerLedger.balances(schedule, h.since(), cycles.getLast().end().minusNanos(1), used);
        assertThat(ledger).extracting(CycleBalance::cycle).containsExactlyElementsOf(cycles);
        assertThat(ledger.getFirst().rolloverSeconds()).isZero();
        for (int i = 1; i < ledger.size(); i++) {
            CycleBalance b = ledger.get(i);
            CycleBalance before = ledger.get(i - 1);
            switch (schedule.termsFor(b.cycle()).rollover()) {
                case Rollover.None none -> assertThat(b.rolloverSeconds()).isZero();
                case Rollover.Carry carry -> {
                    if (carry.maxSeconds() != null) assertThat(b.rolloverSeconds()).isLessThanOrEqualTo(carry.maxSeconds());
                }
            }
            assertThat(b.rolloverSeconds()).isLessThanOrEqualTo(before.capSeconds());
            assertThat(b.rolloverSeconds()).isLessThanOrEqualTo(Math.max(0, before.availableSeconds() - before.usedSeconds()));
            assertThat(b.remainingSeconds() - b.overSeconds()).isEqualTo(b.capSeconds() + b.rolloverSeconds() - b.usedSeconds());
        }
    }

    @Provide
    Arbitrary<List<Long>> usage() {
        return Arbitraries.longs().between(0, 80 * 3600).list().ofMinSize(1).ofMaxSize(24);
    }

    @Property(tries = 500)
    void a_change_of_terms_leaves_every_cycle_before_it_takes_effect_as_it_was(
            @ForAll("histories") History h, @ForAll @net.jqwik.api.constraints.LongRange(min = 0, max = 400 * 86_400L) long later) {
        CycleSchedule before = h.schedule();
        // Changes are made in time order: this one comes after every recorded one.
        Instant lastChange = before.changes().getLast().from();
        Instant now = (lastChange.isAfter(h.since()) ? lastChange : h.since()).plusSeconds(later);
        RetainerTerms inForce = before.termsAt(now);
        RetainerTerms changed = inForce.withCap(inForce.capSeconds() + 3600).withCycle(new CycleRule.Monthly(31));
        CycleSchedule after = CycleSchedule.of(inForce, CycleSchedule.afterChange(before.changes(), inForce, changed, now));

        Instant from = before.effectiveFrom(now);
        assertThat(from).isEqualTo(before.containing(now).end());
        // The cycles just before the change are where it could leak; a dozen of them is plenty.
        Cycle c = before.containing(now);
        for (int i = 0; i < 12 && c.start().isAfter(h.since()); i++, c = before.previous(c)) {
            assertThat(after.containing(c.start())).isEqualTo(c);
            assertThat(after.termsFor(c)).isEqualTo(before.termsFor(c));
        }
        assertThat(after.termsAt(from)).isEqualTo(changed);
        Cycle first = after.containing(from);
        assertThat(first.start()).isEqualTo(from);
        assertThat(first.length()).isBetween(shortest(changed.cycle()).dividedBy(2), longest(changed.cycle()).multipliedBy(3).dividedBy(2));
        assertThat(after.next(first).start()).isEqualTo(first.end());
    }

    private static void assertStartsAtLocalMidnightOrAfterAGap(Cycle cycle, CycleRule rule) {
        LocalTime local = LocalTime.ofInstant(cycle.start(), cycle.zone());
        if (local.equals(LocalTime.MIDNIGHT)) return;
        LocalDate nominal = rule.firstDayOfCycleContaining(cycle.firstDay());
        assertThat(cycle.zone().getRules().getValidOffsets(nominal.atStartOfDay())).as("midnight of %s is in a gap", nominal).isEmpty();
        assertThat(cycle.zone().getRules().getTransition(nominal.atStartOfDay()).getInstant()).isEqualTo(cycle.start());
    }

    private static Duration shortest(CycleRule rule) {
        return days(rule, 28).minusDays(1).minusHours(2);
    }

    private static Duration longest(CycleRule rule) {
        return days(rule, 31).plusDays(1).plusHours(2);
    }

    private static Duration days(CycleRule rule, int monthDays) {
        return switch (rule) {
            case CycleRule.Monthly m -> Duration.ofDays(monthDays);
            case CycleRule.Weekly w -> Duration.ofDays(7);
            case CycleRule.EveryNWeeks n -> Duration.ofDays(7L * n.weeks());
        };
    }
}
