package org.hourbook.core.retainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hourbook.core.retainer.Retainers.HOUR;
import static org.hourbook.core.retainer.Retainers.at;
import static org.hourbook.core.retainer.Retainers.entry;
import static org.hourbook.core.retainer.Retainers.monthlyOn;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetainerLedgerTest {
    final RetainerTerms carryUpTo5 = monthlyOn(1, "America/New_York", 20).withRollover(Rollover.upTo(5 * HOUR));

    @Test
    void each_cycle_gets_its_cap_and_the_rollover_of_the_cycle_before() {
        CycleSchedule schedule = CycleSchedule.of(carryUpTo5);
        Map<Cycle, Long> used = CycleSplit.usedSeconds(schedule, List.of(
                entry("may", at("2026-05-10T14:00:00Z"), 12 * HOUR),
                entry("june", at("2026-06-10T14:00:00Z"), 27 * HOUR),
                entry("july", at("2026-07-10T14:00:00Z"), 3 * HOUR)));

        List<CycleBalance> ledger = RetainerLedger.balances(schedule, at("2026-05-03T12:00:00Z"), at("2026-07-20T12:00:00Z"), used);

        assertThat(ledger).extracting(b -> b.cycle().firstDay())
                .containsExactly(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1));
        assertThat(ledger).extracting(CycleBalance::rolloverSeconds).containsExactly(0L, 5 * HOUR, 0L);
        assertThat(ledger.get(1).overSeconds()).isEqualTo(2 * HOUR);
        assertThat(ledger.get(2).remainingSeconds()).isEqualTo(17 * HOUR);
        assertThat(ledger.get(2).cycle().resetsOn()).isEqualTo(LocalDate.of(2026, 8, 1));
    }

    @Test
    void past_cycles_keep_the_cap_they_were_worked_under() {
        RetainerTerms thirty = carryUpTo5.withCap(30 * HOUR).withRollover(Rollover.NONE);
        CycleSchedule schedule = CycleSchedule.of(thirty, CycleSchedule.afterChange(List.of(), carryUpTo5, thirty, at("2026-05-20T12:00:00Z")));
        Map<Cycle, Long> used = CycleSplit.usedSeconds(schedule, List.of(entry("may", at("2026-05-10T14:00:00Z"), 10 * HOUR)));

        List<CycleBalance> ledger = RetainerLedger.balances(schedule, at("2026-05-01T12:00:00Z"), at("2026-06-02T12:00:00Z"), used);
        assertThat(ledger).extracting(CycleBalance::capSeconds).containsExactly(20 * HOUR, 30 * HOUR);
        assertThat(ledger.get(1).rolloverSeconds()).as("June's terms carry nothing").isZero();
    }

    @Test
    void the_current_balance_is_the_last_cycle_up_to_now() {
        CycleSchedule schedule = CycleSchedule.of(carryUpTo5);
        CycleBalance now = RetainerLedger.current(schedule, at("2026-05-03T12:00:00Z"), at("2026-06-02T12:00:00Z"), Map.of());
        assertThat(now.cycle().firstDay()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(now.availableSeconds()).isEqualTo(25 * HOUR);
        assertThat(RetainerLedger.balances(schedule, at("2026-06-03T12:00:00Z"), at("2026-06-02T12:00:00Z"), Map.of())).isEmpty();
    }
}
