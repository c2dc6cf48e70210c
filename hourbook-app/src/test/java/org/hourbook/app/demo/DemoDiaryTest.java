package org.hourbook.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hourbook.core.contract.ContractStatus;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.segment.ScreenshotRef;
import org.hourbook.core.segment.Segment;
import org.hourbook.core.segment.SegmentGrid;
import org.hourbook.core.segment.Source;
import org.junit.jupiter.api.Test;

class DemoDiaryTest {
    // A Wednesday afternoon: the previous week is complete, the current one is half done.
    private static final Instant NOW = Instant.parse("2026-11-18T15:47:12Z");
    private static final Instant PREVIOUS_WEEK = Instant.parse("2026-11-09T00:00:00Z");
    private static final Instant CURRENT_WEEK = Instant.parse("2026-11-16T00:00:00Z");

    private final DemoDiary diary = new DemoDiary(Clock.fixed(NOW, ZoneOffset.UTC),
            (scene, rnd, takenAt) -> new ScreenshotRef("sha" + scene, "thumb" + scene, "image/jpeg", 1280, 800, 1000, takenAt));

    @Test
    void time_starts_with_the_previous_billing_week_and_never_reaches_past_now() {
        assertThat(DemoDiary.previousWeekStart(NOW)).isEqualTo(PREVIOUS_WEEK);
        assertThat(allSegments()).allSatisfy(s -> {
            assertThat(s.start()).isAfterOrEqualTo(PREVIOUS_WEEK);
            assertThat(s.end()).isBeforeOrEqualTo(NOW);
            assertThat(SegmentGrid.isAligned(s.start())).isTrue();
            assertThat(s.trackedSeconds()).isBetween(60, 600);
        });
    }

    @Test
    void a_freelancer_never_has_two_segments_in_one_slot_across_contracts() {
        Map<Long, List<Instant>> byFreelancer = allSegments().stream()
                .collect(Collectors.groupingBy(Segment::freelancerId, Collectors.mapping(Segment::start, Collectors.toList())));
        byFreelancer.values().forEach(starts -> assertThat(starts).doesNotHaveDuplicates());
    }

    @Test
    void manual_time_appears_only_where_the_contract_allows_it_and_has_no_screenshot() {
        Map<Long, ContractTerms> terms = terms();
        List<Segment> manual = allSegments().stream().filter(Segment::isManual).toList();
        assertThat(manual).isNotEmpty().allSatisfy(s -> {
            assertThat(terms.get(s.contractId()).manualTimeAllowed()).isTrue();
            assertThat(s.screenshot()).isNull();
            assertThat(s.minutes()).isEmpty();
        });
    }

    @Test
    void the_contract_with_a_low_limit_gets_more_hours_than_its_limit_in_the_previous_week() {
        ContractTerms ordersApi = terms().values().stream().filter(t -> t.title().startsWith("Order API")).findFirst().orElseThrow();
        long seconds = allSegments().stream()
                .filter(s -> s.contractId() == ordersApi.id() && s.start().isBefore(CURRENT_WEEK))
                .mapToLong(s -> SegmentGrid.SEGMENT_SECONDS).sum();
        assertThat(Duration.ofSeconds(seconds).toHours()).isGreaterThan(ordersApi.weeklyLimitHours());
    }

    @Test
    void the_closed_contract_has_time_only_in_the_previous_week() {
        ContractTerms closed = terms().values().stream().filter(t -> t.status() == ContractStatus.CLOSED).findFirst().orElseThrow();
        List<Instant> starts = allSegments().stream().filter(s -> s.contractId() == closed.id()).map(Segment::start).toList();
        assertThat(starts).isNotEmpty();
        assertThat(starts).filteredOn(start -> !start.isBefore(CURRENT_WEEK)).isEmpty();
    }

    @Test
    void activity_varies_with_idle_minutes_and_low_activity_segments() {
        List<Segment> tracked = allSegments().stream().filter(s -> s.source() == Source.TRACKED).toList();
        assertThat(tracked).allSatisfy(s -> assertThat(s.minutes()).hasSize(10));
        assertThat(tracked).anySatisfy(s -> assertThat(s.minutes().stream().filter(m -> m.isActive()).count()).isLessThanOrEqualTo(3));
        assertThat(tracked).anySatisfy(s -> assertThat(s.minutes().stream().filter(m -> m.isActive()).count()).isEqualTo(10));
        assertThat(tracked).anySatisfy(s -> assertThat(s.trackedSeconds()).isLessThan(600));
    }

    @Test
    void the_same_seed_and_clock_give_the_same_diary() {
        assertThat(allSegments()).isEqualTo(allSegments());
    }

    private static Map<Long, ContractTerms> terms() {
        Map<Long, ContractTerms> out = new HashMap<>();
        List<DemoCast.Contract> specs = DemoCast.contracts();
        for (int i = 0; i < specs.size(); i++) out.put((long) i + 1, DemoData.terms(specs.get(i), i + 1, key -> 7L, key -> 9L));
        return out;
    }

    private List<Segment> allSegments() {
        List<DemoCast.Contract> specs = DemoCast.contracts();
        List<Segment> all = new ArrayList<>();
        Map<Long, ContractTerms> terms = terms();
        long freelancerId = 0;
        for (DemoCast.Person p : DemoCast.people()) {
            freelancerId++;
            List<DemoDiary.Work> work = new ArrayList<>();
            for (int i = 0; i < specs.size(); i++) {
                if (!specs.get(i).freelancerKey().equals(p.key())) continue;
                ContractTerms t = terms.get((long) i + 1);
                work.add(new DemoDiary.Work(withFreelancer(t, freelancerId), specs.get(i)));
            }
            if (!work.isEmpty()) all.addAll(diary.generate(p.zone(), work, freelancerId));
        }
        return all;
    }

    private static ContractTerms withFreelancer(ContractTerms t, long freelancerId) {
        return new ContractTerms(t.id(), t.clientOrgId(), freelancerId, t.agencyOrgId(), t.title(), t.rateMinor(), t.currency(),
                t.weeklyLimitHours(), t.manualTimeAllowed(), t.activityLabels(), t.screenshotPolicy(), t.idleMinutes(),
                ZoneId.of(t.zone().getId()), t.status(), t.rounding());
    }
}
