package org.hourbook.tracker.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hourbook.tracker.journal.JournalSegment;
import org.hourbook.tracker.journal.Minutes;
import org.hourbook.tracker.journal.Run;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrackedPartTest {
    static final Instant SLOT = Instant.parse("2026-11-18T12:00:00Z");

    static JournalSegment segment(List<Run> runs, Instant shot) {
        return new JournalSegment(UUID.randomUUID(), "a", 1, SLOT, "m", null, "closed", false, true, Minutes.none(), runs,
                shot == null ? "failed" : "taken", null, shot, null, null, null, "waiting", "waiting", null, null);
    }

    static Run run(String from, String to) {
        return new Run(Instant.parse("2026-11-18T12:" + from + "Z"), Instant.parse("2026-11-18T12:" + to + "Z"));
    }

    @ParameterizedTest(name = "runs {0}..{1} and {2}..{3}, shot {4}: from {5}, {6} s")
    @CsvSource({
            "03:20.400, 10:00, , , 07:00, 12:03:20, 399",
            "00:00, 02:00, 07:00, 08:00, 01:00, 12:00:00, 180",
            "00:00, 02:00, 07:00, 08:00, 07:30, 12:07:00, 180",
            "00:00, 02:00, 09:00, 10:00, 09:59.5, 12:07:00, 180"})
    void the_tracked_part_starts_at_the_first_run_unless_the_screenshot_lies_beyond_it(String a, String b, String c, String d, String shot,
                                                                                       String from, int seconds) {
        List<Run> runs = c == null ? List.of(run(a, b)) : List.of(run(a, b), run(c, d));
        TrackedPart p = TrackedPart.of(segment(runs, Instant.parse("2026-11-18T12:" + shot + "Z")));
        assertThat(p.from()).isEqualTo(Instant.parse("2026-11-18T" + from + "Z"));
        assertThat(p.seconds()).isEqualTo(seconds);
        Instant taken = Instant.parse("2026-11-18T12:" + shot + "Z");
        assertThat(!taken.isBefore(p.from()) && taken.isBefore(p.from().plusSeconds(p.seconds()))).as("shot inside").isTrue();
        assertThat(p.from().plusSeconds(p.seconds())).isBeforeOrEqualTo(SLOT.plusSeconds(600));
    }
}
