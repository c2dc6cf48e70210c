package org.hourbook.core.retainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hourbook.core.retainer.Retainers.at;
import static org.hourbook.core.retainer.Retainers.monthlyOn;
import static org.hourbook.core.retainer.Retainers.weeklyOn;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CycleScheduleTest {

    @ParameterizedTest(name = "monthly on {0} in {1}: {2} is in [{3}, {4})")
    @CsvSource(textBlock = """
            # day, zone,                 instant,                start,                  end
              1,   UTC,                  2026-06-15T12:00:00Z,   2026-06-01T00:00:00Z,   2026-07-01T00:00:00Z
              1,   Europe/London,        2026-03-15T12:00:00Z,   2026-03-01T00:00:00Z,   2026-03-31T23:00:00Z
              1,   America/New_York,     2026-11-15T12:00:00Z,   2026-11-01T04:00:00Z,   2026-12-01T05:00:00Z
              1,   Asia/Kathmandu,       2026-04-30T18:14:59Z,   2026-03-31T18:15:00Z,   2026-04-30T18:15:00Z
              1,   Asia/Kathmandu,       2026-04-30T18:15:00Z,   2026-04-30T18:15:00Z,   2026-05-31T18:15:00Z
              1,   Asia/Kolkata,         2026-07-01T00:00:00Z,   2026-06-30T18:30:00Z,   2026-07-31T18:30:00Z
              1,   America/St_Johns,     2026-03-10T00:00:00Z,   2026-03-01T03:30:00Z,   2026-04-01T02:30:00Z
              5,   Pacific/Chatham,      2026-04-05T12:00:00Z,   2026-04-04T10:15:00Z,   2026-05-04T11:15:00Z
              4,   Australia/Lord_Howe,  2026-10-04T00:00:00Z,   2026-10-03T13:30:00Z,   2026-11-03T13:00:00Z
              31,  UTC,                  2026-03-01T00:00:00Z,   2026-02-28T00:00:00Z,   2026-03-31T00:00:00Z
              31,  UTC,                  2028-02-29T10:00:00Z,   2028-02-29T00:00:00Z,   2028-03-31T00:00:00Z
              6,   America/Santiago,     2026-09-06T04:00:00Z,   2026-09-06T04:00:00Z,   2026-10-06T03:00:00Z
              6,   America/Santiago,     2026-09-06T03:59:59Z,   2026-08-06T04:00:00Z,   2026-09-06T04:00:00Z
              5,   America/Santiago,     2026-04-05T03:30:00Z,   2026-03-05T03:00:00Z,   2026-04-05T04:00:00Z
            """)
    void a_cycle_runs_from_local_midnight_to_local_midnight(int day, String zone, Instant t, Instant start, Instant end) {
        Cycle c = CycleSchedule.of(monthlyOn(day, zone, 20)).containing(t);
        assertThat(c.start()).isEqualTo(start);
        assertThat(c.end()).isEqualTo(end);
    }

    @Test
    void where_dst_swallows_midnight_in_santiago_the_cycle_begins_at_one_in_the_morning() {
        Cycle c = CycleSchedule.of(monthlyOn(6, "America/Santiago", 20)).containing(at("2026-09-10T12:00:00Z"));
        assertThat(c.firstDay()).isEqualTo(LocalDate.of(2026, 9, 6));
        assertThat(LocalTime.ofInstant(c.start(), c.zone())).isEqualTo(LocalTime.of(1, 0));
    }

    @Test
    void in_santiago_the_repeated_hour_before_midnight_belongs_to_the_old_cycle() {
        // 2026-04-05 00:00 -03 becomes 2026-04-04 23:00 -04: 23:xx happens twice, both before the reset.
        CycleSchedule schedule = CycleSchedule.of(monthlyOn(5, "America/Santiago", 20));
        Cycle march = schedule.containing(at("2026-04-05T03:30:00Z"));
        assertThat(march.resetsOn()).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(march.contains(at("2026-04-05T02:30:00Z"))).isTrue();
        assertThat(schedule.next(march).start()).isEqualTo(at("2026-04-05T04:00:00Z"));
    }

    @Test
    void apias_skipped_day_does_not_make_an_empty_cycle() {
        // Pacific/Apia went from 2011-12-29 24:00 (-10) straight to 2011-12-31 00:00 (+14).
        CycleSchedule fridays = CycleSchedule.of(weeklyOn(DayOfWeek.FRIDAY, "Pacific/Apia", 10));
        Cycle before = fridays.containing(at("2011-12-29T12:00:00Z"));
        Cycle after = fridays.next(before);
        assertThat(before.firstDay()).isEqualTo(LocalDate.of(2011, 12, 23));
        assertThat(after.start()).isEqualTo(at("2011-12-30T10:00:00Z"));
        assertThat(after.firstDay()).as("the 30th never happened").isEqualTo(LocalDate.of(2011, 12, 31));
        assertThat(after.length()).isEqualTo(Duration.ofDays(6));
        assertThat(before.resetsOn()).isEqualTo(LocalDate.of(2011, 12, 31));

        Cycle monthly = CycleSchedule.of(monthlyOn(30, "Pacific/Apia", 10)).containing(at("2011-12-31T00:00:00Z"));
        assertThat(monthly.firstDay()).isEqualTo(LocalDate.of(2011, 12, 31));
        assertThat(monthly.resetsOn()).isEqualTo(LocalDate.of(2012, 1, 30));
    }

    @Test
    void next_and_previous_walk_the_cycles_and_overlapping_lists_those_a_range_touches() {
        CycleSchedule schedule = CycleSchedule.of(monthlyOn(31, "UTC", 20));
        Cycle feb = schedule.containing(at("2026-03-01T00:00:00Z"));
        assertThat(schedule.next(feb).firstDay()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(schedule.previous(feb).firstDay()).isEqualTo(LocalDate.of(2026, 1, 31));

        assertThat(schedule.overlapping(at("2026-01-31T00:00:00Z"), at("2026-03-31T00:00:00Z")))
                .extracting(Cycle::firstDay).containsExactly(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28));
        assertThat(schedule.overlapping(at("2026-01-31T00:00:00Z"), at("2026-03-31T00:00:01Z"))).hasSize(3);
        assertThat(schedule.overlapping(at("2026-03-01T00:00:00Z"), at("2026-03-01T00:00:00Z"))).isEmpty();
    }

    @Test
    void a_change_takes_effect_from_the_next_cycle_and_the_current_one_keeps_its_terms() {
        RetainerTerms twenty = monthlyOn(1, "Europe/London", 20);
        RetainerTerms thirty = twenty.withCap(30 * Retainers.HOUR);
        Instant madeOn = at("2026-03-10T09:00:00Z");
        CycleSchedule schedule = CycleSchedule.of(thirty, CycleSchedule.afterChange(java.util.List.of(), twenty, thirty, madeOn));

        assertThat(schedule.termsFor(schedule.containing(madeOn)).capSeconds()).isEqualTo(20 * Retainers.HOUR);
        assertThat(schedule.termsAt(at("2026-03-31T22:59:59Z")).capSeconds()).isEqualTo(20 * Retainers.HOUR);
        assertThat(schedule.termsAt(at("2026-03-31T23:00:00Z")).capSeconds()).isEqualTo(30 * Retainers.HOUR);
        assertThat(CycleSchedule.of(twenty).effectiveFrom(madeOn)).isEqualTo(at("2026-03-31T23:00:00Z"));
    }

    @Test
    void a_contract_whose_terms_never_changed_uses_its_current_terms_everywhere() {
        RetainerTerms terms = monthlyOn(1, "UTC", 20);
        assertThat(CycleSchedule.of(terms, java.util.List.of())).isEqualTo(CycleSchedule.of(terms));
        assertThat(CycleSchedule.of(terms).termsAt(at("1999-01-01T00:00:00Z"))).isEqualTo(terms);
    }

    @Test
    void a_second_change_within_the_same_cycle_replaces_the_pending_one() {
        RetainerTerms twenty = monthlyOn(1, "UTC", 20);
        var once = CycleSchedule.afterChange(java.util.List.of(), twenty, twenty.withCap(30 * Retainers.HOUR), at("2026-03-10T09:00:00Z"));
        var twice = CycleSchedule.afterChange(once, twenty, twenty.withCap(25 * Retainers.HOUR), at("2026-03-20T09:00:00Z"));
        assertThat(twice).hasSize(2);
        assertThat(CycleSchedule.of(twenty, twice).termsAt(at("2026-04-02T00:00:00Z")).capSeconds()).isEqualTo(25 * Retainers.HOUR);
    }

    @Test
    void a_new_cycle_rule_keeps_the_promised_reset_and_leads_to_its_first_day_through_one_transition_cycle() {
        RetainerTerms firsts = monthlyOn(1, "UTC", 20);
        RetainerTerms twentieths = firsts.withCycle(new CycleRule.Monthly(20));
        CycleSchedule schedule = CycleSchedule.of(twentieths,
                CycleSchedule.afterChange(java.util.List.of(), firsts, twentieths, at("2026-03-10T09:00:00Z")));

        Cycle march = schedule.containing(at("2026-03-10T09:00:00Z"));
        Cycle transition = schedule.next(march);
        Cycle regular = schedule.next(transition);
        assertThat(march.resetsOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(transition.firstDay()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(transition.resetsOn()).as("19 of the cut cycle's 31 days stand alone").isEqualTo(LocalDate.of(2026, 4, 20));
        assertThat(regular.resetsOn()).isEqualTo(LocalDate.of(2026, 5, 20));
        assertThat(schedule.termsFor(transition)).isEqualTo(twentieths);
    }

    @Test
    void a_transition_shorter_than_half_a_cycle_joins_the_next_cycle() {
        RetainerTerms firsts = monthlyOn(1, "UTC", 20);
        RetainerTerms fifths = firsts.withCycle(new CycleRule.Monthly(5));
        CycleSchedule schedule = CycleSchedule.of(fifths,
                CycleSchedule.afterChange(java.util.List.of(), firsts, fifths, at("2026-03-10T09:00:00Z")));

        Cycle first = schedule.containing(at("2026-04-01T00:00:00Z"));
        assertThat(first.firstDay()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(first.resetsOn()).as("Apr 1..4 alone would be 4 days").isEqualTo(LocalDate.of(2026, 5, 5));
        assertThat(schedule.containing(at("2026-04-20T00:00:00Z"))).isEqualTo(first);
        assertThat(schedule.next(first).resetsOn()).isEqualTo(LocalDate.of(2026, 6, 5));
    }

    @Test
    void a_new_zone_applies_from_the_old_cycles_end_and_its_few_hours_join_the_next_cycle() {
        RetainerTerms london = monthlyOn(1, "Europe/London", 20);
        RetainerTerms newYork = london.withZone(java.time.ZoneId.of("America/New_York"));
        CycleSchedule schedule = CycleSchedule.of(newYork,
                CycleSchedule.afterChange(java.util.List.of(), london, newYork, at("2026-06-10T09:00:00Z")));

        Cycle june = schedule.containing(at("2026-06-10T09:00:00Z"));
        Cycle july = schedule.next(june);
        assertThat(june.end()).isEqualTo(at("2026-06-30T23:00:00Z"));
        assertThat(july.start()).isEqualTo(june.end());
        assertThat(july.end()).isEqualTo(at("2026-08-01T04:00:00Z"));
        assertThat(july.zone().getId()).isEqualTo("America/New_York");
    }
}
