package org.hourbook.core.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hourbook.core.Fixtures.at;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import org.hourbook.core.Fixtures;
import org.hourbook.core.segment.MinuteActivity;
import org.hourbook.core.segment.Segment;
import org.hourbook.core.segment.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActivityLevelTest {
    static final Instant NINE = at("2026-11-16T09:00:00Z");

    /** {@code pattern}: one character per minute entry, 'x' active, '.' idle. */
    static Segment segment(int trackedSeconds, String pattern) {
        List<MinuteActivity> minutes = new ArrayList<>();
        for (char c : pattern.toCharArray()) minutes.add(c == 'x' ? new MinuteActivity(0, 0, 0, 3) : MinuteActivity.NONE);
        return new Segment(UUID.randomUUID(), 1, 1, NINE, trackedSeconds, minutes, "m", null, Source.TRACKED, null);
    }

    @ParameterizedTest(name = "{0} s tracked, minutes ''{1}'' -> {2} bars")
    @CsvSource(textBlock = """
            # tracked, minutes,      bars
              600,     xxxxxxxxxx,   10
              600,     ..........,   0
              600,     x.........,   1
              600,     xxxxx.....,   5
              60,      x,            10
              120,     x.,           5
              180,     x..,          3
              180,     xx.,          7
              420,     ..xx.xxxx.,   9
              300,     .....xxxxx,   10
              300,     xxxxxxxxxx,   10
              1,       x,            10
            """)
    void level_is_active_minutes_out_of_tracked_minutes_in_bars(int tracked, String minutes, int bars) {
        assertThat(ActivityLevel.of(segment(tracked, minutes))).hasValue(bars);
    }

    @Test
    void manual_time_has_no_activity_level() {
        assertThat(ActivityLevel.of(Fixtures.manual(NINE))).isEmpty();
    }

    @Test
    void the_average_weighs_segments_by_tracked_minutes_and_skips_manual_time() {
        // 10 of 10 active + 0 of 2 active = 10 of 12 -> 8.33 -> 8 bars (a plain mean of levels would say 5)
        List<Segment> day = List.of(segment(600, "xxxxxxxxxx"), segment(120, ".."), Fixtures.manual(NINE.plusSeconds(1200)));
        assertThat(ActivityLevel.average(day)).hasValue(8);
    }

    @Test
    void tracked_time_without_any_minute_entry_has_activity_not_recorded_rather_than_zero() {
        // What the tracker sends when it could not listen to the keyboard and mouse.
        assertThat(ActivityLevel.of(segment(600, ""))).isEmpty();
        assertThat(ActivityLevel.average(List.of(segment(600, ""), segment(600, "xxxxx.....")))).hasValue(5);
    }

    @Test
    void the_average_of_no_tracked_time_is_empty() {
        assertThat(ActivityLevel.average(List.of())).isEqualTo(OptionalInt.empty());
        assertThat(ActivityLevel.average(List.of(Fixtures.manual(NINE)))).isEmpty();
    }
}
