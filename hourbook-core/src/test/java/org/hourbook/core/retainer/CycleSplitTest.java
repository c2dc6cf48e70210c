package org.hourbook.core.retainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hourbook.core.retainer.Retainers.HOUR;
import static org.hourbook.core.retainer.Retainers.at;
import static org.hourbook.core.retainer.Retainers.entry;
import static org.hourbook.core.retainer.Retainers.monthlyOn;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hourbook.core.Fixtures;
import org.hourbook.core.contract.BillingRounding;
import org.hourbook.core.segment.Segment;
import org.junit.jupiter.api.Test;

class CycleSplitTest {
    final CycleSchedule utcMonthly = CycleSchedule.of(monthlyOn(1, "UTC", 20));

    @Test
    void an_entry_across_a_cycle_boundary_counts_its_parts_in_each_cycle() {
        WorkEntry lateNight = entry("e1", at("2026-06-30T22:00:00Z"), 3 * HOUR);
        List<CycleSplit.Piece> pieces = CycleSplit.split(utcMonthly, lateNight);

        assertThat(pieces).hasSize(2);
        assertThat(pieces.get(0).cycle().firstDay()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(pieces.get(0).part().seconds()).isEqualTo(2 * HOUR);
        assertThat(pieces.get(1).cycle().firstDay()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(pieces.get(1).part().start()).isEqualTo(at("2026-07-01T00:00:00Z"));
        assertThat(pieces.get(1).part().seconds()).isEqualTo(HOUR);
        assertThat(pieces).allMatch(p -> p.part().id().equals("e1") && p.part().description().equals(lateNight.description()));
    }

    @Test
    void an_entry_ending_exactly_at_the_boundary_stays_in_its_cycle() {
        List<CycleSplit.Piece> pieces = CycleSplit.split(utcMonthly, entry("e1", at("2026-06-30T22:00:00Z"), 2 * HOUR));
        assertThat(pieces).singleElement().extracting(p -> p.cycle().firstDay()).isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void a_zero_length_entry_lands_nowhere() {
        assertThat(CycleSplit.split(utcMonthly, entry("e1", at("2026-06-30T22:00:00Z"), 0))).isEmpty();
    }

    @Test
    void a_segment_across_kathmandus_midnight_is_split_at_the_cycle_start() {
        // +05:45: July starts at 2026-06-30T18:15Z, inside the 18:10Z slot.
        CycleSchedule kathmandu = CycleSchedule.of(monthlyOn(1, "Asia/Kathmandu", 20));
        Segment slot = Fixtures.tracked(at("2026-06-30T18:10:00Z"));
        Map<Cycle, Long> used = CycleSplit.usedSeconds(kathmandu, List.of(WorkEntry.of(slot, BillingRounding.SEGMENT)));

        assertThat(used.values()).containsExactly(300L, 300L);
        assertThat(used.keySet()).extracting(Cycle::firstDay).containsExactly(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1));
    }

    @Test
    void a_segment_counts_what_the_contract_bills() {
        Segment shortSlot = Fixtures.tracked(at("2026-06-10T09:00:00Z"), 250);
        assertThat(WorkEntry.of(shortSlot, BillingRounding.SEGMENT).seconds()).isEqualTo(600);
        assertThat(WorkEntry.of(shortSlot, BillingRounding.EXACT).seconds()).isEqualTo(250);
        assertThat(WorkEntry.of(Fixtures.manual(at("2026-06-10T10:00:00Z")), BillingRounding.SEGMENT).source()).isEqualTo(EntrySource.MANUAL);
        assertThat(WorkEntry.of(shortSlot, BillingRounding.SEGMENT).category()).isEqualTo("Development");
    }

    @Test
    void hours_used_per_cycle_add_up_every_source() {
        List<WorkEntry> entries = List.of(
                entry("imported", at("2026-06-03T09:00:00Z"), 2 * HOUR),
                new WorkEntry("manual", at("2026-06-04T09:00:00Z"), HOUR, EntrySource.MANUAL, "Calls", "Weekly call"),
                new WorkEntry("tracked", at("2026-07-02T09:00:00Z"), 600, EntrySource.TRACKED, "Design", "Header"));
        Map<Cycle, Long> used = CycleSplit.usedSeconds(utcMonthly, entries);
        assertThat(used.values()).containsExactly(3 * HOUR, 600L);
    }

    @Test
    void within_a_cycle_gives_the_parts_inside_it_for_its_work_log() {
        Cycle july = utcMonthly.containing(at("2026-07-10T00:00:00Z"));
        List<WorkEntry> parts = CycleSplit.within(july, List.of(
                entry("before", at("2026-06-20T09:00:00Z"), HOUR),
                entry("across-start", at("2026-06-30T23:00:00Z"), 2 * HOUR),
                entry("inside", at("2026-07-10T09:00:00Z"), HOUR),
                entry("across-end", at("2026-07-31T23:30:00Z"), HOUR)));
        assertThat(parts).extracting(WorkEntry::id).containsExactly("across-start", "inside", "across-end");
        assertThat(parts).extracting(WorkEntry::seconds).containsExactly(HOUR, HOUR, HOUR / 2);
        assertThat(parts.getFirst().start()).isEqualTo(july.start());
    }
}
