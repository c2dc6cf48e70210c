package org.hourbook.core.week;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.hourbook.core.Fixtures;
import org.hourbook.core.TimeArbitraries;
import org.hourbook.core.contract.BillingRounding;
import org.hourbook.core.contract.ContractStatus;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.segment.Segment;
import org.hourbook.core.segment.TrackedTime;

class TimesheetPropertyTest {

    @Provide
    Arbitrary<BillingWeek> weeks() {
        return TimeArbitraries.weeks();
    }

    @Provide
    Arbitrary<List<TimeArbitraries.Spec>> specs() {
        return TimeArbitraries.specs(300);
    }

    @Provide
    Arbitrary<Integer> limits() {
        return Arbitraries.integers().between(0, 50).injectNull(0.2);
    }

    @Property(tries = 300)
    void over_limit_plus_billable_is_the_total_and_billable_stays_within_the_limit(
            @ForAll("weeks") BillingWeek week, @ForAll("specs") List<TimeArbitraries.Spec> specs, @ForAll("limits") Integer limit,
            @ForAll BillingRounding rounding, @ForAll @LongRange(min = 0, max = 50_000_00) long rate) {
        ContractTerms terms = Fixtures.withRate(Fixtures.contract(limit, true, ContractStatus.ACTIVE, rounding), rate, "USD");
        List<Segment> segments = TimeArbitraries.place(week, specs, terms.id());
        Timesheet t = Timesheet.of(terms, week, segments);

        long total = segments.stream().mapToLong(s -> TrackedTime.billableSeconds(s, rounding)).sum();
        assertThat(t.totalSeconds()).isEqualTo(total);
        assertThat(t.billableSeconds() + t.overLimitSeconds()).isEqualTo(total);
        if (limit != null) assertThat(t.billableSeconds()).isLessThanOrEqualTo(limit * 3600L);
        else assertThat(t.overLimitSeconds()).isZero();
        assertThat(t.protectedSeconds()).isBetween(0L, t.billableSeconds());

        assertThat(t.days()).hasSize(7);
        assertThat(t.days().stream().mapToLong(Timesheet.Day::trackedSeconds).sum()).isEqualTo(t.trackedSeconds());
        assertThat(t.days().stream().mapToLong(Timesheet.Day::manualSeconds).sum()).isEqualTo(t.manualSeconds());
        assertThat(t.days().stream().mapToLong(Timesheet.Day::billableSeconds).sum()).isEqualTo(t.billableSeconds());
        assertThat(t.days().stream().mapToLong(Timesheet.Day::overLimitSeconds).sum()).isEqualTo(t.overLimitSeconds());
        assertThat(t.days().stream().mapToLong(Timesheet.Day::protectedSeconds).sum()).isEqualTo(t.protectedSeconds());
        assertThat(t.overLimitSegments()).isEqualTo(WeeklyLimitPolicy.overLimit(segments, limit, rounding));

        BigDecimal exact = BigDecimal.valueOf(t.billableSeconds()).multiply(BigDecimal.valueOf(rate)).divide(BigDecimal.valueOf(3600), 6, RoundingMode.HALF_UP);
        assertThat(BigDecimal.valueOf(t.amount().minor()).subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.5"));
    }

    @Property(tries = 300)
    void over_limit_segments_are_the_latest_ones(
            @ForAll("weeks") BillingWeek week, @ForAll("specs") List<TimeArbitraries.Spec> specs,
            @ForAll @IntRange(min = 0, max = 50) int limit, @ForAll BillingRounding rounding) {
        List<Segment> segments = TimeArbitraries.place(week, specs, Fixtures.CONTRACT);
        Set<UUID> over = WeeklyLimitPolicy.overLimit(segments, limit, rounding);
        List<Segment> inOrder = segments.stream().sorted(Comparator.comparing(Segment::start)).toList();
        int firstOver = inOrder.size();
        for (int i = 0; i < inOrder.size(); i++) {
            if (over.contains(inOrder.get(i).id())) {
                firstOver = i;
                break;
            }
        }
        // Everything from the first over-limit segment on is over; everything before it is billed.
        for (int i = 0; i < inOrder.size(); i++) {
            assertThat(over.contains(inOrder.get(i).id())).isEqualTo(i >= firstOver);
        }
        // Adding later time never changes the fate of earlier time.
        List<Segment> earlier = inOrder.subList(0, inOrder.size() / 2);
        Set<UUID> overEarlier = WeeklyLimitPolicy.overLimit(earlier, limit, rounding);
        assertThat(earlier).allMatch(s -> overEarlier.contains(s.id()) == over.contains(s.id()));
    }
}
