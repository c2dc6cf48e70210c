package org.hourbook.core.retainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hourbook.core.retainer.Retainers.at;
import static org.hourbook.core.retainer.Retainers.monthlyOn;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResetDateTest {

    @ParameterizedTest(name = "{0}, monthly on 1, now {1}: resets {2}, {3}")
    @CsvSource(textBlock = """
            # zone,             now,                    resets on,  from now
              Asia/Kolkata,     2026-06-28T17:30:00Z,   2026-07-01, in 3 days
              Asia/Kolkata,     2026-06-30T18:29:59Z,   2026-07-01, tomorrow
              UTC,              2026-06-30T23:59:59Z,   2026-07-01, tomorrow
              America/New_York, 2026-07-01T03:59:59Z,   2026-07-01, tomorrow
              America/New_York, 2026-06-01T04:00:00Z,   2026-07-01, in 30 days
              Pacific/Chatham,  2026-06-30T11:14:59Z,   2026-07-01, tomorrow
              Pacific/Chatham,  2026-06-30T11:15:00Z,   2026-08-01, in 31 days
            """)
    void the_reset_date_is_the_next_cycles_first_day_counted_in_local_days(String zone, Instant now, LocalDate resetsOn, String fromNow) {
        Cycle cycle = CycleSchedule.of(monthlyOn(1, zone, 20)).containing(now);
        ResetDate reset = ResetDate.of(cycle, now);
        assertThat(reset.date()).isEqualTo(resetsOn);
        assertThat(reset.fromNow()).isEqualTo(fromNow);
    }

    @Test
    void a_pinned_clock_gives_the_same_answer_as_the_instant() {
        Instant now = at("2026-06-28T17:30:00Z");
        Cycle cycle = CycleSchedule.of(monthlyOn(1, "Asia/Kolkata", 20)).containing(now);
        assertThat(ResetDate.of(cycle, Clock.fixed(now, ZoneOffset.UTC))).isEqualTo(ResetDate.of(cycle, now));
    }

    @Test
    void a_past_cycle_reset_some_days_ago() {
        Cycle may = CycleSchedule.of(monthlyOn(1, "UTC", 20)).containing(at("2026-05-10T00:00:00Z"));
        assertThat(ResetDate.of(may, at("2026-06-04T10:00:00Z")).fromNow()).isEqualTo("3 days ago");
        assertThat(ResetDate.of(may, at("2026-06-01T10:00:00Z")).fromNow()).isEqualTo("today");
    }
}
