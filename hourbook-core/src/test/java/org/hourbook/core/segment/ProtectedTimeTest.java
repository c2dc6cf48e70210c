package org.hourbook.core.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hourbook.core.Fixtures.at;

import java.time.Instant;
import java.util.Collections;
import org.hourbook.core.Fixtures;
import org.junit.jupiter.api.Test;

class ProtectedTimeTest {
    static final Instant NINE = at("2026-11-16T09:00:00Z");
    final Segment full = Fixtures.tracked(NINE);

    @Test
    void tracked_time_with_screenshot_memo_and_activity_within_the_limit_is_protected() {
        assertThat(ProtectedTime.isProtected(full, false)).isTrue();
    }

    @Test
    void over_limit_time_is_not_protected() {
        assertThat(ProtectedTime.isProtected(full, true)).isFalse();
    }

    @Test
    void manual_time_is_never_protected() {
        assertThat(ProtectedTime.isProtected(Fixtures.manual(NINE).withScreenshot(Fixtures.screenshot(NINE)), false)).isFalse();
    }

    @Test
    void time_without_a_screenshot_is_not_protected() {
        assertThat(ProtectedTime.isProtected(full.withScreenshot(null), false)).isFalse();
    }

    @Test
    void time_with_a_blank_memo_is_not_protected() {
        assertThat(ProtectedTime.isProtected(full.withMemo("   "), false)).isFalse();
    }

    @Test
    void time_without_any_activity_is_not_protected() {
        Segment idle = Fixtures.trackedWith(NINE, Collections.nCopies(10, MinuteActivity.NONE));
        assertThat(ProtectedTime.isProtected(idle, false)).isFalse();
        Segment oneActiveMinute = Fixtures.trackedWith(NINE, java.util.List.of(Fixtures.TYPING));
        assertThat(ProtectedTime.isProtected(oneActiveMinute, false)).isTrue();
    }
}
