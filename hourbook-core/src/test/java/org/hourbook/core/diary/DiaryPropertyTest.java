package org.hourbook.core.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hourbook.core.Fixtures;
import org.hourbook.core.TimeArbitraries;
import org.hourbook.core.segment.Segment;
import org.hourbook.core.segment.SegmentGrid;
import org.hourbook.core.week.BillingWeek;

class DiaryPropertyTest {
    static final Set<Duration> DAY_LENGTHS = Set.of(Duration.ofHours(23), Duration.ofHours(24), Duration.ofHours(25),
            Duration.ofMinutes(23 * 60 + 30), Duration.ofMinutes(24 * 60 + 30));

    @Provide
    Arbitrary<TimeArbitraries.ZoneDate> zoneDates() {
        return TimeArbitraries.zoneDates();
    }

    @Provide
    Arbitrary<TimeArbitraries.ZoneWeek> zoneWeeks() {
        return TimeArbitraries.zoneWeeks();
    }

    @Provide
    Arbitrary<List<TimeArbitraries.Spec>> specs() {
        return TimeArbitraries.specs(120);
    }

    /** The local days that overlap a billing week in {@code zone}. */
    static List<LocalDate> daysCovering(BillingWeek week, ZoneId zone) {
        LocalDate first = LocalDate.ofInstant(week.start(), zone);
        LocalDate last = LocalDate.ofInstant(week.end().minusNanos(1), zone);
        return first.datesUntil(last.plusDays(1)).toList();
    }

    @Property(tries = 200)
    void day_totals_in_any_zone_sum_to_the_week_and_no_segment_is_shown_twice(
            @ForAll("zoneWeeks") TimeArbitraries.ZoneWeek zw, @ForAll("specs") List<TimeArbitraries.Spec> specs) {
        ZoneId zone = zw.zone();
        BillingWeek week = zw.week();
        List<Segment> segments = TimeArbitraries.place(week, specs, Fixtures.CONTRACT);
        long expected = segments.stream().mapToLong(Segment::trackedSeconds).sum();

        long total = 0;
        List<UUID> shown = new ArrayList<>();
        for (LocalDate date : daysCovering(week, zone)) {
            DiaryDay day = DiaryDay.layout(date, zone, segments);
            total += day.totalSeconds();
            for (DiaryDay.HourRow row : day.rows()) {
                for (DiaryDay.Slot slot : row.slots()) {
                    slot.segments().forEach(s -> shown.add(s.id()));
                    assertThat(slot.segments()).allMatch(s -> s.start().equals(slot.start()));
                }
            }
        }
        assertThat(total).isEqualTo(expected);
        assertThat(shown).doesNotHaveDuplicates().hasSameSizeAs(segments);
    }

    @Property(tries = 500)
    void days_last_23_24_or_25_hours_or_half_hours_on_lord_howe_and_tile_the_timeline(@ForAll("zoneDates") TimeArbitraries.ZoneDate zd) {
        ZoneId zone = zd.zone();
        DayRange day = DayRange.of(zd.date(), zone);
        assertThat(day.length()).isIn(DAY_LENGTHS);
        assertThat(day.next().start()).isEqualTo(day.end());
        assertThat(DayRange.containing(day.start(), zone)).isEqualTo(day);
        assertThat(DayRange.containing(day.end().minusNanos(1), zone)).isEqualTo(day);
    }

    @Property(tries = 300)
    void rows_tile_the_day_and_hold_every_grid_slot_of_it_once(@ForAll("zoneDates") TimeArbitraries.ZoneDate zd) {
        DiaryDay day = DiaryDay.layout(zd.date(), zd.zone(), List.of());
        Instant cursor = day.range().start();
        Set<Instant> slots = new HashSet<>();
        for (DiaryDay.HourRow row : day.rows()) {
            assertThat(row.start().toInstant()).isEqualTo(cursor);
            assertThat(row.end().toInstant()).isAfter(cursor);
            assertThat(Duration.between(row.start(), row.end())).isLessThanOrEqualTo(Duration.ofHours(1));
            for (DiaryDay.Slot slot : row.slots()) {
                assertThat(slot.start()).isBetween(row.start().toInstant(), row.end().toInstant().minusNanos(1));
                assertThat(SegmentGrid.isAligned(slot.start())).isTrue();
                assertThat(slots.add(slot.start())).isTrue();
            }
            cursor = row.end().toInstant();
        }
        assertThat(cursor).isEqualTo(day.range().end());
        long gridPoints = 0;
        for (Instant t = SegmentGrid.slotStart(day.range().start()); t.isBefore(day.range().end()); t = SegmentGrid.slotEnd(t)) {
            if (day.range().contains(t)) gridPoints++;
        }
        assertThat(slots).hasSize((int) gridPoints);
        assertThat(day.rows().size()).isBetween(23, 26);
    }
}
