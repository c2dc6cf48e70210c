package org.hourbook.core.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hourbook.core.Fixtures.at;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.hourbook.core.Fixtures;
import org.hourbook.core.contract.BillingRounding;
import org.hourbook.core.segment.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiaryDayTest {
    static final ZoneId UTC = ZoneId.of("UTC");

    @ParameterizedTest(name = "{0} in {1} has {2} rows")
    @CsvSource(textBlock = """
            # date,      zone,                rows, minutes
              2026-11-18, UTC,                 24,   1440
              2026-03-08, America/New_York,    23,   1380
              2026-11-01, America/New_York,    25,   1500
              2026-03-29, Europe/London,       23,   1380
              2026-10-25, Europe/London,       25,   1500
              2026-11-18, Asia/Kathmandu,      24,   1440
              2026-10-04, Australia/Lord_Howe, 24,   1410
              2026-04-05, Australia/Lord_Howe, 25,   1470
              2026-09-27, Pacific/Chatham,     24,   1380
              2026-04-05, Pacific/Chatham,     26,   1500
            """)
    void rows_are_the_local_clock_hours_of_the_day(LocalDate date, ZoneId zone, int rows, long minutes) {
        DiaryDay day = DiaryDay.layout(date, zone, List.of());
        assertThat(day.rows()).hasSize(rows);
        assertThat(day.rows().getFirst().start().toInstant()).isEqualTo(day.range().start());
        assertThat(day.rows().getLast().end().toInstant()).isEqualTo(day.range().end());
        for (int i = 1; i < day.rows().size(); i++) {
            assertThat(day.rows().get(i).start()).isEqualTo(day.rows().get(i - 1).end());
        }
        int slots = day.rows().stream().mapToInt(r -> r.slots().size()).sum();
        assertThat(slots * 10L).isEqualTo(minutes);
    }

    @Test
    void a_utc_day_has_six_slots_per_row_on_the_hour() {
        DiaryDay day = DiaryDay.layout(LocalDate.of(2026, 11, 18), UTC, List.of());
        assertThat(day.rows()).allSatisfy(r -> assertThat(r.slots()).hasSize(6));
        assertThat(day.rows().get(9).slots()).extracting(s -> s.localStart().toLocalTime())
                .containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 10), LocalTime.of(9, 20), LocalTime.of(9, 30), LocalTime.of(9, 40), LocalTime.of(9, 50));
    }

    @Test
    void in_kathmandu_rows_hold_six_slots_starting_at_five_past() {
        DiaryDay day = DiaryDay.layout(LocalDate.of(2026, 11, 18), ZoneId.of("Asia/Kathmandu"), List.of());
        DiaryDay.HourRow ten = day.rows().get(10);
        assertThat(ten.start().toLocalTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(ten.start().toInstant()).isEqualTo(at("2026-11-18T04:15:00Z"));
        assertThat(ten.slots()).extracting(s -> s.localStart().toLocalTime())
                .containsExactly(LocalTime.of(10, 5), LocalTime.of(10, 15), LocalTime.of(10, 25), LocalTime.of(10, 35), LocalTime.of(10, 45), LocalTime.of(10, 55));
        assertThat(day.rows()).allSatisfy(r -> assertThat(r.slots()).hasSize(6));
    }

    @Test
    void the_lord_howe_fall_back_row_lasts_thirty_minutes() {
        DiaryDay day = DiaryDay.layout(LocalDate.of(2026, 4, 5), ZoneId.of("Australia/Lord_Howe"), List.of());
        DiaryDay.HourRow half = day.rows().get(2);
        assertThat(half.start().toLocalTime()).isEqualTo(LocalTime.of(1, 30));
        assertThat(Duration.between(half.start(), half.end())).isEqualTo(Duration.ofMinutes(30));
        assertThat(half.slots()).hasSize(3);
        assertThat(day.rows().get(1).start().toLocalTime()).isEqualTo(LocalTime.of(1, 0));
        assertThat(day.rows().get(3).start().toLocalTime()).isEqualTo(LocalTime.of(2, 0));
    }

    @Test
    void chatham_changes_clocks_at_quarter_to_so_its_dst_days_have_short_rows() {
        // 02:45 (+12:45) -> 03:45 (+13:45): the 02:00 row ends at 02:45 and a 15-minute row 03:45-04:00 follows.
        DiaryDay day = DiaryDay.layout(LocalDate.of(2026, 9, 27), ZoneId.of("Pacific/Chatham"), List.of());
        assertThat(day.rows()).extracting(r -> r.start().toLocalTime().toString()).startsWith("00:00", "01:00", "02:00", "03:45", "04:00");
        assertThat(day.rows().get(2).slots()).extracting(s -> s.localStart().toLocalTime().toString()).containsExactly("02:05", "02:15", "02:25", "02:35");
        assertThat(day.rows().get(3).slots()).extracting(s -> s.localStart().toLocalTime().toString()).containsExactly("03:45", "03:55");
    }

    @Test
    void on_fall_back_the_repeated_hour_gets_two_rows_with_different_offsets() {
        DiaryDay day = DiaryDay.layout(LocalDate.of(2026, 11, 1), ZoneId.of("America/New_York"), List.of());
        assertThat(day.rows().get(1).start().toLocalTime()).isEqualTo(LocalTime.of(1, 0));
        assertThat(day.rows().get(2).start().toLocalTime()).isEqualTo(LocalTime.of(1, 0));
        assertThat(day.rows().get(1).start().getOffset()).isNotEqualTo(day.rows().get(2).start().getOffset());
    }

    @Test
    void segments_land_in_the_slot_and_row_of_their_start_and_the_day_totals_them() {
        Segment nine = Fixtures.tracked(at("2026-11-18T09:00:00Z"), 300);
        Segment nineTwenty = Fixtures.manual(at("2026-11-18T09:20:00Z"));
        Segment otherDay = Fixtures.tracked(at("2026-11-19T00:00:00Z"));
        DiaryDay day = DiaryDay.layout(LocalDate.of(2026, 11, 18), UTC, List.of(otherDay, nineTwenty, nine));
        assertThat(day.rows().get(9).slots().get(0).segments()).containsExactly(nine);
        assertThat(day.rows().get(9).slots().get(1).isEmpty()).isTrue();
        assertThat(day.rows().get(9).slots().get(2).segments()).containsExactly(nineTwenty);
        assertThat(day.segmentCount()).isEqualTo(2);
        assertThat(day.trackedSeconds()).isEqualTo(300);
        assertThat(day.manualSeconds()).isEqualTo(600);
        assertThat(day.totalSeconds()).isEqualTo(900);
        assertThat(day.countedSeconds(BillingRounding.SEGMENT)).isEqualTo(1200);
        assertThat(day.segments()).containsExactly(nine, nineTwenty);
    }

    @Test
    void a_slot_that_starts_before_local_midnight_belongs_to_the_previous_day() {
        // Kathmandu's 2026-11-18 starts at 18:15Z on the 17th; the slot 18:10Z-18:20Z starts on the 17th (local 23:55).
        Segment straddling = Fixtures.tracked(at("2026-11-17T18:10:00Z"));
        ZoneId kathmandu = ZoneId.of("Asia/Kathmandu");
        assertThat(DiaryDay.layout(LocalDate.of(2026, 11, 18), kathmandu, List.of(straddling)).segmentCount()).isZero();
        DiaryDay before = DiaryDay.layout(LocalDate.of(2026, 11, 17), kathmandu, List.of(straddling));
        assertThat(before.segmentCount()).isOne();
        assertThat(before.rows().getLast().slots().getLast().localStart().toLocalTime()).isEqualTo(LocalTime.of(23, 55));
    }

    @Test
    void mine_and_utc_views_are_the_same_segments_cut_at_different_midnights() {
        Segment lateEvening = Fixtures.tracked(at("2026-11-18T23:30:00Z"));
        ZoneId kolkata = ZoneId.of("Asia/Kolkata");
        assertThat(DiaryDay.layout(LocalDate.of(2026, 11, 18), UTC, List.of(lateEvening)).segmentCount()).isOne();
        assertThat(DiaryDay.layout(LocalDate.of(2026, 11, 19), kolkata, List.of(lateEvening)).segmentCount()).isOne();
        assertThat(DiaryDay.layout(LocalDate.of(2026, 11, 18), kolkata, List.of(lateEvening)).segmentCount()).isZero();
    }
}
