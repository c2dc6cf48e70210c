package org.hourbook.tracker.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import org.hourbook.core.contract.BillingRounding;
import org.hourbook.tracker.idle.IdlePolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TimeRulesTest {
    static final Instant T = Instant.parse("2026-11-18T12:03:20Z");

    @Test
    void the_screenshot_moment_is_uniform_over_the_rest_of_the_slot() {
        SplittableRandom random = new SplittableRandom(42);
        int[] buckets = new int[8];
        int n = 80_000;
        for (int i = 0; i < n; i++) {
            Instant at = CaptureMoment.plan(T, random);
            assertThat(at).isAfterOrEqualTo(T).isBefore(Instant.parse("2026-11-18T12:10:00Z"));
            buckets[(int) (Duration.between(T, at).toMillis() * 8 / 400_000)]++;
        }
        double chi2 = 0;
        for (int b : buckets) chi2 += Math.pow(b - n / 8.0, 2) / (n / 8.0);
        assertThat(chi2).as("chi-square with 7 degrees of freedom, p=0.001 at 24.3").isLessThan(24.3);
    }

    @Test
    void a_wall_clock_that_moves_with_the_monotonic_clock_is_no_jump() {
        assertThat(ClockJump.between(T, 0, T.plusSeconds(1), 1_000_000_000L, ClockJump.TOLERANCE)).isEmpty();
        assertThat(ClockJump.between(T, 0, T.plusSeconds(6), 1_000_000_000L, ClockJump.TOLERANCE)).as("NTP steps of a few seconds").isEmpty();
    }

    @Test
    void sleep_is_a_jump_forward_and_ends_tracking_at_the_last_tick_before_it() {
        var jump = ClockJump.between(T, 0, T.plus(Duration.ofMinutes(47)), 1_000_000_000L, ClockJump.TOLERANCE).orElseThrow();
        assertThat(jump.lastGood()).isEqualTo(T);
        assertThat(jump.describe()).contains("slept").contains("46 min");
    }

    @Test
    void a_clock_set_back_is_a_jump_too() {
        var jump = ClockJump.between(T, 0, T.minus(Duration.ofMinutes(5)), 1_000_000_000L, ClockJump.TOLERANCE).orElseThrow();
        assertThat(jump.describe()).contains("set back").contains("5 min");
    }

    @ParameterizedTest(name = "last input {0} min ago, limit {1} min, hooks {2}: idle {3}")
    @CsvSource({"9, 10, true, false", "10, 10, true, true", "30, 10, true, true", "30, 10, false, false", "5, 0, true, false"})
    void idle_starts_when_the_contract_limit_passes_without_input(int ago, int limit, boolean hooks, boolean idle) {
        IdlePolicy.State s = IdlePolicy.at(T, T.minus(Duration.ofMinutes(ago)), limit, hooks);
        assertThat(s instanceof IdlePolicy.Idle).isEqualTo(idle);
        if (s instanceof IdlePolicy.Idle i) {
            assertThat(i.since()).isEqualTo(T.minus(Duration.ofMinutes(ago)));
            assertThat(i.detectedAt()).isEqualTo(i.since().plus(Duration.ofMinutes(limit)));
        }
    }

    @ParameterizedTest(name = "limit {0} h, server {1} s, local {2} s ({3}): {4}")
    @CsvSource({
            ", 0, 600, SEGMENT, none",
            "2, 3600, 600, SEGMENT, 3000",
            "2, 3600, 30, SEGMENT, 3000",
            "2, 3600, 30, EXACT, 3570",
            "2, 6600, 600, SEGMENT, reached",
            "1, 1800, 600, SEGMENT, 1200 warn"})
    void hours_left_count_the_servers_week_and_the_unsynced_segments_as_the_contract_bills(Integer limit, long server, int local, BillingRounding r,
                                                                                         String expected) {
        WeeklyLimitWatch.Outcome o = WeeklyLimitWatch.check(limit, server, false, new int[] {local}, r);
        String got = switch (o) {
            case WeeklyLimitWatch.NoLimit n -> "none";
            case WeeklyLimitWatch.Reached x -> "reached";
            case WeeklyLimitWatch.Within w -> w.secondsLeft() + (w.warn() ? " warn" : "");
        };
        assertThat(got).isEqualTo(expected);
    }

    @ParameterizedTest(name = "oldest unsynced {0}, now {1}: {2}")
    @CsvSource({
            "2026-11-18T10:00:00Z, 2026-11-18T12:00:00Z, none",
            "2026-11-22T10:00:00Z, 2026-11-23T00:00:00Z, warn",
            "2026-11-22T10:00:00Z, 2026-11-23T11:59:59Z, warn",
            "2026-11-22T10:00:00Z, 2026-11-23T12:00:00Z, locked"})
    void unsynced_time_warns_twelve_hours_before_its_week_locks_on_monday_noon(Instant oldest, Instant now, String expected) {
        String got = WeekLockWarning.check(oldest, now).map(w -> w.alreadyLocked() ? "locked" : "warn").orElse("none");
        assertThat(got).isEqualTo(expected);
    }
}
