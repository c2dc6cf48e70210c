package org.hourbook.core.week;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hourbook.core.Fixtures.at;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hourbook.core.Fixtures;
import org.hourbook.core.contract.BillingRounding;
import org.hourbook.core.segment.Segment;
import org.junit.jupiter.api.Test;

class WeeklyLimitPolicyTest {
    static final Instant MONDAY_NINE = at("2026-11-16T09:00:00Z");

    /** {@code n} full tracked segments back to back from {@code start}. */
    static List<Segment> run(Instant start, int n) {
        List<Segment> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(Fixtures.tracked(start.plusSeconds(600L * i)));
        return out;
    }

    @Test
    void no_limit_means_nothing_is_over() {
        assertThat(WeeklyLimitPolicy.overLimit(run(MONDAY_NINE, 30), null, BillingRounding.SEGMENT)).isEmpty();
        assertThat(WeeklyLimitPolicy.remainingSeconds(run(MONDAY_NINE, 30), null, BillingRounding.SEGMENT)).isEmpty();
    }

    @Test
    void the_earliest_segments_fill_the_limit_and_the_rest_is_over() {
        List<Segment> week = run(MONDAY_NINE, 8);
        List<Segment> shuffled = new ArrayList<>(week);
        Collections.shuffle(shuffled, new java.util.Random(42));
        Set<UUID> over = WeeklyLimitPolicy.overLimit(shuffled, 1, BillingRounding.SEGMENT);
        assertThat(over).containsExactlyInAnyOrder(week.get(6).id(), week.get(7).id());
        assertThat(WeeklyLimitPolicy.remainingSeconds(week, 1, BillingRounding.SEGMENT)).hasValue(0);
        assertThat(WeeklyLimitPolicy.remainingSeconds(week.subList(0, 4), 1, BillingRounding.SEGMENT)).hasValue(1200);
    }

    @Test
    void manual_time_counts_against_the_limit() {
        List<Segment> week = new ArrayList<>(run(MONDAY_NINE, 5));
        Segment manualEarlier = Fixtures.manual(at("2026-11-16T08:00:00Z"));
        week.add(manualEarlier);
        week.add(Fixtures.tracked(at("2026-11-17T09:00:00Z")));
        Set<UUID> over = WeeklyLimitPolicy.overLimit(week, 1, BillingRounding.SEGMENT);
        assertThat(over).containsExactly(week.get(6).id());
    }

    @Test
    void in_segment_mode_a_short_segment_counts_ten_minutes() {
        List<Segment> week = List.of(Fixtures.tracked(MONDAY_NINE, 30), Fixtures.tracked(MONDAY_NINE.plusSeconds(600), 30));
        // 2 x 600 s counted; a 0-hour limit makes both over, a 1-hour limit none.
        assertThat(WeeklyLimitPolicy.overLimit(week, 0, BillingRounding.SEGMENT)).hasSize(2);
        assertThat(WeeklyLimitPolicy.overLimit(week, 1, BillingRounding.SEGMENT)).isEmpty();
    }

    @Test
    void in_exact_mode_a_segment_that_would_cross_the_limit_is_over_as_a_whole_and_so_is_all_later_time() {
        List<Segment> week = new ArrayList<>();
        for (int i = 0; i < 6; i++) week.add(Fixtures.tracked(MONDAY_NINE.plusSeconds(600L * i), 550)); // 3300 s
        Segment crossing = Fixtures.tracked(MONDAY_NINE.plusSeconds(3600), 400);                       // 3700 > 3600
        Segment smallLater = Fixtures.tracked(MONDAY_NINE.plusSeconds(4200), 60);                      // would fit
        week.add(crossing);
        week.add(smallLater);
        assertThat(WeeklyLimitPolicy.overLimit(week, 1, BillingRounding.EXACT)).containsExactlyInAnyOrder(crossing.id(), smallLater.id());
        assertThat(WeeklyLimitPolicy.remainingSeconds(week, 1, BillingRounding.EXACT)).hasValue(0);
        assertThat(WeeklyLimitPolicy.remainingSeconds(week.subList(0, 6), 1, BillingRounding.EXACT)).hasValue(300);
    }

    @Test
    void in_exact_mode_a_segment_that_ends_exactly_at_the_limit_is_billed() {
        List<Segment> week = List.of(Fixtures.tracked(MONDAY_NINE, 600), Fixtures.tracked(MONDAY_NINE.plusSeconds(600), 600));
        assertThat(WeeklyLimitPolicy.overLimit(week, 0, BillingRounding.EXACT)).hasSize(2);
        List<Segment> hour = run(MONDAY_NINE, 6);
        assertThat(WeeklyLimitPolicy.overLimit(hour, 1, BillingRounding.EXACT)).isEmpty();
    }

    @Test
    void the_input_list_is_not_changed() {
        List<Segment> week = new ArrayList<>(run(MONDAY_NINE, 3));
        Collections.reverse(week);
        List<Segment> before = List.copyOf(week);
        WeeklyLimitPolicy.overLimit(week, 0, BillingRounding.SEGMENT);
        assertThat(week).isEqualTo(before);
    }

    @Test
    void each_billing_week_fills_its_own_limit() {
        List<Segment> twoWeeks = new ArrayList<>(run(at("2026-11-22T22:00:00Z"), 12)); // Sun 22:00 .. Mon 00:00 UTC, then
        twoWeeks.addAll(run(at("2026-11-23T09:00:00Z"), 7));                             // seven more on Monday
        Set<UUID> over = WeeklyLimitPolicy.overLimitByWeek(twoWeeks, 1, BillingRounding.SEGMENT);
        // Week of Nov 16: 12 segments, the last 6 over. Week of Nov 23: 7 segments, the last one over.
        assertThat(over).containsExactlyInAnyOrderElementsOf(List.of(
                twoWeeks.get(6).id(), twoWeeks.get(7).id(), twoWeeks.get(8).id(), twoWeeks.get(9).id(),
                twoWeeks.get(10).id(), twoWeeks.get(11).id(), twoWeeks.get(18).id()));
        assertThat(WeeklyLimitPolicy.overLimitByWeek(twoWeeks, null, BillingRounding.SEGMENT)).isEmpty();
    }
}
