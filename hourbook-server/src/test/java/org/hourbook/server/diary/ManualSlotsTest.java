package org.hourbook.server.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ManualSlotsTest {
    @ParameterizedTest(name = "{0} {1} at {2}: {3} slots, last {4}-{5}")
    @CsvSource(textBlock = """
            # zone,           day,        now,                   slots, last from, last to
              Europe/London,  2026-11-18, 2026-11-18T15:00:00Z,  90,    14:50,     15:00
              Europe/London,  2026-11-18, 2026-11-18T15:05:00Z,  90,    14:50,     15:00
              Europe/London,  2026-11-18, 2026-11-18T15:10:00Z,  91,    15:00,     15:10
              Europe/London,  2026-11-17, 2026-11-18T15:00:00Z,  144,   23:50,     00:00
              Asia/Kathmandu, 2026-11-18, 2026-11-18T15:00:00Z,  124,   20:35,     20:45
              Asia/Kathmandu, 2026-11-17, 2026-11-18T15:00:00Z,  144,   23:55,     00:05 (next day)
            """)
    void on_today_only_slots_that_have_ended_are_offered(ZoneId zone, LocalDate day, Instant now, int slots, String lastFrom,
                                                         String lastTo) {
        var choices = ManualSlots.of(day, zone, now);

        assertThat(choices.from()).hasSize(slots);
        assertThat(choices.to()).hasSize(slots);
        assertThat(choices.from().getLast().label()).isEqualTo(lastFrom);
        assertThat(choices.to().getLast().label()).isEqualTo(lastTo);
        assertThat(choices.to()).allSatisfy(c -> assertThat(Instant.parse(c.value())).isBeforeOrEqualTo(now));
    }

    @ParameterizedTest(name = "{0} at {1}: nothing to offer yet")
    @CsvSource({"Europe/London, 2026-11-18T00:05:00Z", "Asia/Tokyo, 2026-11-18T15:00:00Z", "Asia/Kathmandu, 2026-11-18T18:25:00Z"})
    void just_after_midnight_no_slot_is_offered(ZoneId zone, Instant now) {
        var choices = ManualSlots.of(LocalDate.ofInstant(now, zone), zone, now);

        assertThat(choices.from()).isEmpty();
        assertThat(choices.to()).isEmpty();
    }
}
