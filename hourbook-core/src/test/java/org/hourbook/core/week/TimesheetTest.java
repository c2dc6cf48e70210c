package org.hourbook.core.week;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hourbook.core.Fixtures.at;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hourbook.core.Fixtures;
import org.hourbook.core.contract.BillingRounding;
import org.hourbook.core.contract.ContractStatus;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.money.Money;
import org.hourbook.core.segment.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimesheetTest {
    static final BillingWeek WEEK = new BillingWeek(LocalDate.of(2026, 11, 16));
    static final Instant MONDAY_NINE = at("2026-11-16T09:00:00Z");

    static List<Segment> sevenTrackedOnMondayAndOneManualOnTuesday() {
        List<Segment> out = new ArrayList<>();
        for (int i = 0; i < 7; i++) out.add(Fixtures.tracked(MONDAY_NINE.plusSeconds(600L * i)));
        out.add(Fixtures.manual(at("2026-11-17T08:00:00Z")));
        return out;
    }

    @Test
    void a_week_over_its_limit_bills_only_the_limit() {
        Timesheet t = Timesheet.of(Fixtures.hourlyContractWithLimit(1), WEEK, sevenTrackedOnMondayAndOneManualOnTuesday());
        assertThat(t.trackedSeconds()).isEqualTo(4200);
        assertThat(t.manualSeconds()).isEqualTo(600);
        assertThat(t.overLimitSeconds()).isEqualTo(1200);
        assertThat(t.billableSeconds()).isEqualTo(3600);
        assertThat(t.protectedSeconds()).isEqualTo(3600);
        assertThat(t.rateMinor()).isEqualTo(4500);
        assertThat(t.amount()).isEqualTo(new Money(4500, "USD"));
        assertThat(t.billableHours()).isEqualByComparingTo("1.00");
        assertThat(t.overLimitHours()).isEqualByComparingTo("0.33");
        assertThat(t.totalSeconds()).isEqualTo(t.billableSeconds() + t.overLimitSeconds());
        List<Segment> segments = sevenTrackedOnMondayAndOneManualOnTuesday();
        Timesheet again = Timesheet.of(Fixtures.hourlyContractWithLimit(1), WEEK, segments);
        assertThat(again.overLimitSegments()).containsExactlyInAnyOrder(segments.get(6).id(), segments.get(7).id());
        assertThat(again.isOverLimit(segments.get(0).id())).isFalse();
    }

    @Test
    void without_a_limit_everything_is_billed_and_manual_time_is_not_protected() {
        Timesheet t = Timesheet.of(Fixtures.hourlyContract(), WEEK, sevenTrackedOnMondayAndOneManualOnTuesday());
        assertThat(t.billableSeconds()).isEqualTo(4800);
        assertThat(t.overLimitSeconds()).isZero();
        assertThat(t.protectedSeconds()).isEqualTo(4200);
        assertThat(t.amount()).isEqualTo(new Money(6000, "USD"));
    }

    @Test
    void days_are_the_seven_utc_days_with_the_same_sums() {
        Timesheet t = Timesheet.of(Fixtures.hourlyContractWithLimit(1), WEEK, sevenTrackedOnMondayAndOneManualOnTuesday());
        assertThat(t.days()).extracting(Timesheet.Day::date).containsExactlyElementsOf(WEEK.days());
        Timesheet.Day monday = t.days().get(0);
        Timesheet.Day tuesday = t.days().get(1);
        assertThat(monday).isEqualTo(new Timesheet.Day(LocalDate.of(2026, 11, 16), 4200, 0, 600, 3600, 3600, new Money(4500, "USD")));
        assertThat(tuesday).isEqualTo(new Timesheet.Day(LocalDate.of(2026, 11, 17), 0, 600, 600, 0, 0, Money.zero("USD")));
        assertThat(t.days().subList(2, 7)).allMatch(d -> d.totalSeconds() == 0);
    }

    @Test
    void other_contracts_and_other_weeks_are_left_out() {
        List<Segment> mixed = new ArrayList<>(sevenTrackedOnMondayAndOneManualOnTuesday());
        mixed.add(Fixtures.onContract(Fixtures.tracked(at("2026-11-18T09:00:00Z")), 999));
        mixed.add(Fixtures.tracked(at("2026-11-15T23:50:00Z")));
        mixed.add(Fixtures.tracked(at("2026-11-23T00:00:00Z")));
        Timesheet t = Timesheet.of(Fixtures.hourlyContract(), WEEK, mixed);
        assertThat(t.totalSeconds()).isEqualTo(4800);
    }

    @Test
    void exact_rounding_bills_tracked_seconds() {
        ContractTerms exact = Fixtures.contract(null, true, ContractStatus.ACTIVE, BillingRounding.EXACT);
        Timesheet t = Timesheet.of(exact, WEEK, List.of(Fixtures.tracked(MONDAY_NINE, 90), Fixtures.tracked(MONDAY_NINE.plusSeconds(600), 600)));
        assertThat(t.billableSeconds()).isEqualTo(690);
        // 690 s x 45.00/h = 8.625 -> 8.63 USD
        assertThat(t.amount()).isEqualTo(new Money(863, "USD"));
    }

    @Test
    void an_empty_week_is_all_zeros() {
        Timesheet t = Timesheet.of(Fixtures.hourlyContractWithLimit(10), WEEK, List.of());
        assertThat(t.totalSeconds()).isZero();
        assertThat(t.amount()).isEqualTo(Money.zero("USD"));
        assertThat(t.days()).hasSize(7);
    }

    @Test
    void the_timesheet_is_final_once_its_week_locks() {
        Timesheet t = Timesheet.of(Fixtures.hourlyContract(), WEEK, List.of());
        assertThat(t.isFinal(at("2026-11-23T11:59:59.999Z"))).isFalse();
        assertThat(t.isFinal(at("2026-11-23T12:00:00Z"))).isTrue();
    }

    @ParameterizedTest(name = "{0} s at {1} minor/h in {2} = {3} minor")
    @CsvSource(textBlock = """
            # seconds, rate,    currency, amount
              3600,     4500,   USD,      4500
              1,        1800,   USD,      1
              1,        1799,   USD,      0
              600,      1,      USD,      0
              1800,     1,      USD,      1
              5400,     3333,   EUR,      5000
              600,      5000,   JPY,      833
              604800,   999999999, USD,   167999999832
              0,        4500,   USD,      0
            """)
    void amount_is_seconds_times_rate_over_3600_rounded_half_up(long seconds, long rate, String currency, long amount) {
        assertThat(Timesheet.amount(seconds, rate, currency)).isEqualTo(new Money(amount, currency));
    }

    @Test
    void hours_show_as_decimals_and_clock_text() {
        assertThat(Hours.decimal(5400)).isEqualByComparingTo(new BigDecimal("1.50"));
        assertThat(Hours.decimal(600)).isEqualByComparingTo("0.17");
        assertThat(Hours.clock(22800)).isEqualTo("6:20");
        assertThat(Hours.clock(0)).isEqualTo("0:00");
        assertThat(Hours.clock(360000)).isEqualTo("100:00");
    }
}
