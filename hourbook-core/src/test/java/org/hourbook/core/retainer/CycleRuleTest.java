package org.hourbook.core.retainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CycleRuleTest {

    @ParameterizedTest(name = "monthly on {0}: {1} is in the cycle from {2}, next from {3}")
    @CsvSource(textBlock = """
            # day, date,       first day,  next first day
              31,  2026-01-31, 2026-01-31, 2026-02-28
              31,  2026-02-27, 2026-01-31, 2026-02-28
              31,  2026-02-28, 2026-02-28, 2026-03-31
              31,  2028-02-28, 2028-01-31, 2028-02-29
              31,  2028-02-29, 2028-02-29, 2028-03-31
              31,  2026-04-30, 2026-04-30, 2026-05-31
              30,  2026-03-01, 2026-02-28, 2026-03-30
              30,  2026-03-30, 2026-03-30, 2026-04-30
              29,  2026-02-28, 2026-02-28, 2026-03-29
              29,  2028-02-28, 2028-01-29, 2028-02-29
              1,   2026-07-01, 2026-07-01, 2026-08-01
              1,   2026-06-30, 2026-06-01, 2026-07-01
              15,  2026-12-20, 2026-12-15, 2027-01-15
              15,  2027-01-14, 2026-12-15, 2027-01-15
            """)
    void a_monthly_cycle_begins_on_its_day_or_on_the_last_day_of_a_shorter_month(int day, LocalDate date, LocalDate first, LocalDate next) {
        CycleRule rule = new CycleRule.Monthly(day);
        assertThat(rule.firstDayOfCycleContaining(date)).isEqualTo(first);
        assertThat(rule.firstDayOfNextCycle(date)).isEqualTo(next);
    }

    @Test
    void a_day_31_cycle_returns_to_the_31st_after_a_short_month() {
        CycleRule rule = new CycleRule.Monthly(31);
        LocalDate d = LocalDate.of(2026, 1, 31);
        StringBuilder firsts = new StringBuilder();
        for (int i = 0; i < 4; i++, d = rule.firstDayOfNextCycle(d)) firsts.append(d).append(' ');
        assertThat(firsts.toString().trim()).isEqualTo("2026-01-31 2026-02-28 2026-03-31 2026-04-30");
    }

    @ParameterizedTest(name = "weekly on {0}: {1} -> {2}")
    @CsvSource(textBlock = """
            # weekday,  date,       first day
              MONDAY,   2026-11-18, 2026-11-16
              MONDAY,   2026-11-16, 2026-11-16
              SUNDAY,   2026-11-21, 2026-11-15
              FRIDAY,   2026-11-20, 2026-11-20
            """)
    void a_weekly_cycle_begins_on_its_weekday(DayOfWeek day, LocalDate date, LocalDate first) {
        CycleRule rule = new CycleRule.Weekly(day);
        assertThat(rule.firstDayOfCycleContaining(date)).isEqualTo(first);
        assertThat(rule.firstDayOfNextCycle(date)).isEqualTo(first.plusWeeks(1));
    }

    @ParameterizedTest(name = "every 2 weeks from 2026-01-07: {0} -> {1}")
    @CsvSource(textBlock = """
            # date,       first day
              2026-01-07, 2026-01-07
              2026-01-20, 2026-01-07
              2026-01-21, 2026-01-21
              2026-01-06, 2025-12-24
              2025-12-24, 2025-12-24
            """)
    void an_n_week_cycle_counts_from_its_anchor_both_ways(LocalDate date, LocalDate first) {
        CycleRule rule = new CycleRule.EveryNWeeks(2, LocalDate.of(2026, 1, 7));
        assertThat(rule.firstDayOfCycleContaining(date)).isEqualTo(first);
        assertThat(rule.firstDayOfNextCycle(date)).isEqualTo(first.plusWeeks(2));
    }

    @Test
    void impossible_rules_cannot_be_built() {
        assertThatThrownBy(() -> new CycleRule.Monthly(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CycleRule.Monthly(32)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CycleRule.EveryNWeeks(0, LocalDate.of(2026, 1, 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CycleRule.EveryNWeeks(53, LocalDate.of(2026, 1, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rules_describe_themselves_in_plain_words() {
        assertThat(new CycleRule.Monthly(31).describe()).isEqualTo("monthly on day 31 (the last day of shorter months)");
        assertThat(new CycleRule.Monthly(1).describe()).isEqualTo("monthly on day 1");
        assertThat(new CycleRule.Weekly(DayOfWeek.MONDAY).describe()).isEqualTo("weekly on Monday");
        assertThat(new CycleRule.EveryNWeeks(2, LocalDate.of(2026, 1, 7)).describe()).isEqualTo("every 2 weeks from 2026-01-07");
    }
}
