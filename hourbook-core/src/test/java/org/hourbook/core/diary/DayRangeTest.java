package org.hourbook.core.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DayRangeTest {

    @ParameterizedTest(name = "{0} in {1}: starts {2}, lasts {3} min")
    @CsvSource(textBlock = """
            # date,      zone,                 start,                  minutes
              2026-11-18, UTC,                  2026-11-18T00:00:00Z,   1440
              2026-03-08, America/New_York,     2026-03-08T05:00:00Z,   1380
              2026-11-01, America/New_York,     2026-11-01T04:00:00Z,   1500
              2026-03-29, Europe/London,        2026-03-29T00:00:00Z,   1380
              2026-10-25, Europe/London,        2026-10-24T23:00:00Z,   1500
              2026-11-18, Asia/Kathmandu,       2026-11-17T18:15:00Z,   1440
              2026-11-18, Asia/Kolkata,         2026-11-17T18:30:00Z,   1440
              2026-03-08, America/St_Johns,     2026-03-08T03:30:00Z,   1380
              2026-10-04, Australia/Lord_Howe,  2026-10-03T13:30:00Z,   1410
              2026-04-05, Australia/Lord_Howe,  2026-04-04T13:00:00Z,   1470
              2026-09-27, Pacific/Chatham,      2026-09-26T11:15:00Z,   1380
              2026-04-05, Pacific/Chatham,      2026-04-04T10:15:00Z,   1500
            """)
    void a_day_lasts_what_its_zone_makes_it(LocalDate date, ZoneId zone, Instant start, long minutes) {
        DayRange day = DayRange.of(date, zone);
        assertThat(day.start()).isEqualTo(start);
        assertThat(day.length()).isEqualTo(Duration.ofMinutes(minutes));
        assertThat(day.next().start()).isEqualTo(day.end());
    }

    @Test
    void a_day_contains_its_start_but_not_its_end() {
        DayRange day = DayRange.of(LocalDate.of(2026, 11, 18), ZoneId.of("Asia/Kathmandu"));
        assertThat(day.contains(day.start())).isTrue();
        assertThat(day.contains(day.end())).isFalse();
        assertThat(day.contains(day.end().minusMillis(1))).isTrue();
        assertThat(DayRange.containing(Instant.parse("2026-11-17T18:14:59Z"), ZoneId.of("Asia/Kathmandu")).date())
                .isEqualTo(LocalDate.of(2026, 11, 17));
        assertThat(day.previous().end()).isEqualTo(day.start());
    }

    @Test
    void where_a_dst_gap_swallows_midnight_the_day_starts_at_the_end_of_the_gap() {
        // America/Santiago springs forward at 24:00 -> 01:00 on the first Sunday of September (2026-09-06).
        DayRange day = DayRange.of(LocalDate.of(2026, 9, 6), ZoneId.of("America/Santiago"));
        assertThat(day.start().atZone(day.zone()).toLocalTime()).isEqualTo(java.time.LocalTime.of(1, 0));
        assertThat(day.length()).isEqualTo(Duration.ofHours(23));
    }
}
