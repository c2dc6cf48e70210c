package org.hourbook.core.week;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hourbook.core.Fixtures.at;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BillingWeekTest {

    @ParameterizedTest(name = "{0} is in the week of Monday {1}")
    @CsvSource(textBlock = """
            # instant,                   monday
              2026-11-16T00:00:00Z,       2026-11-16
              2026-11-15T23:59:59.999Z,   2026-11-09
              2026-11-22T23:59:59.999Z,   2026-11-16
              2026-11-23T00:00:00Z,       2026-11-23
              2026-11-18T12:00:00Z,       2026-11-16
              2027-01-01T05:00:00Z,       2026-12-28
              2024-02-29T12:00:00Z,       2024-02-26
            """)
    void a_week_runs_from_monday_0000_to_sunday_2400_utc(Instant t, LocalDate monday) {
        BillingWeek week = BillingWeek.of(t);
        assertThat(week.monday()).isEqualTo(monday);
        assertThat(week.contains(t)).isTrue();
    }

    @Test
    void start_is_inclusive_and_end_exclusive() {
        BillingWeek week = BillingWeek.of(at("2026-11-18T10:00:00Z"));
        assertThat(week.start()).isEqualTo(at("2026-11-16T00:00:00Z"));
        assertThat(week.end()).isEqualTo(at("2026-11-23T00:00:00Z"));
        assertThat(week.contains(week.start())).isTrue();
        assertThat(week.contains(week.end())).isFalse();
        assertThat(week.contains(week.start().minusMillis(1))).isFalse();
        assertThat(week.contains(week.end().minusMillis(1))).isTrue();
    }

    @Test
    void weeks_follow_each_other_without_gaps() {
        BillingWeek week = BillingWeek.of(at("2026-11-18T10:00:00Z"));
        assertThat(week.next().start()).isEqualTo(week.end());
        assertThat(week.previous().end()).isEqualTo(week.start());
        assertThat(week.next().previous()).isEqualTo(week);
        assertThat(week.previous()).isLessThan(week);
    }

    @Test
    void a_week_has_seven_utc_days_and_an_iso_name() {
        BillingWeek week = new BillingWeek(LocalDate.of(2026, 12, 28));
        assertThat(week.days()).hasSize(7).startsWith(LocalDate.of(2026, 12, 28)).endsWith(LocalDate.of(2027, 1, 3));
        assertThat(week.isoWeek()).isEqualTo("2026-W53");
    }

    @Test
    void a_week_must_start_on_a_monday() {
        assertThatThrownBy(() -> new BillingWeek(LocalDate.of(2026, 11, 17))).isInstanceOf(IllegalArgumentException.class);
    }
}
