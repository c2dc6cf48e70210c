package org.hourbook.core.week;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hourbook.core.Fixtures;
import org.hourbook.core.contract.BillingRounding;
import org.hourbook.core.contract.BillingTerms;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.segment.Segment;
import org.junit.jupiter.api.Test;

class TermsInForceTest {
    static final BillingWeek W46 = new BillingWeek(LocalDate.parse("2026-11-09"));
    static final BillingWeek W47 = W46.next();
    static final Instant WED_OF_W47 = Instant.parse("2026-11-18T15:00:00Z");
    static final Instant MONDAY_MORNING_OF_W47 = Instant.parse("2026-11-16T08:00:00Z");

    final ContractTerms before = Fixtures.withRate(Fixtures.hourlyContractWithLimit(10), 7000, "USD");
    final BillingTerms raised = new BillingTerms(8000, "USD", 40, BillingRounding.SEGMENT);

    @Test
    void a_contract_whose_terms_never_changed_uses_its_current_terms_for_every_week() {
        assertThat(TermsInForce.forWeek(before, List.of(), W46)).isEqualTo(before);
    }

    @Test
    void a_limit_raised_this_week_leaves_earlier_weeks_as_they_were() {
        List<TermsInForce.Change> history = TermsInForce.afterChange(List.of(), BillingTerms.of(before), raised, WED_OF_W47);
        ContractTerms current = raised.applyTo(before);

        assertThat(TermsInForce.forWeek(current, history, W46).weeklyLimitHours()).isEqualTo(10);
        assertThat(TermsInForce.forWeek(current, history, W46).rateMinor()).isEqualTo(7000);
        assertThat(TermsInForce.forWeek(current, history, W47).weeklyLimitHours()).isEqualTo(40);
        assertThat(TermsInForce.forWeek(current, history, W47.next()).rateMinor()).isEqualTo(8000);
    }

    @Test
    void a_change_on_monday_morning_does_not_reach_back_into_the_still_open_previous_week() {
        assertThat(EditWindowPolicy.isLocked(W46, MONDAY_MORNING_OF_W47)).as("W46 still open").isFalse();
        List<TermsInForce.Change> history = TermsInForce.afterChange(List.of(), BillingTerms.of(before), raised, MONDAY_MORNING_OF_W47);

        assertThat(TermsInForce.forWeek(raised.applyTo(before), history, W46).weeklyLimitHours()).isEqualTo(10);
    }

    @Test
    void a_second_change_in_the_same_week_replaces_the_first_and_keeps_the_older_weeks() {
        List<TermsInForce.Change> once = TermsInForce.afterChange(List.of(), BillingTerms.of(before), raised, WED_OF_W47);
        BillingTerms again = new BillingTerms(9000, "USD", 20, BillingRounding.EXACT);
        List<TermsInForce.Change> twice = TermsInForce.afterChange(once, raised, again, WED_OF_W47.plusSeconds(3600));

        assertThat(twice).hasSize(2);
        ContractTerms current = again.applyTo(before);
        assertThat(TermsInForce.forWeek(current, twice, W47)).isEqualTo(current);
        assertThat(TermsInForce.forWeek(current, twice, W46)).isEqualTo(before);
    }

    @Test
    void only_billing_terms_come_from_history_status_and_labels_stay_current() {
        List<TermsInForce.Change> history = TermsInForce.afterChange(List.of(), BillingTerms.of(before), raised, WED_OF_W47);
        ContractTerms closedNow = Fixtures.contract(40, true, org.hourbook.core.contract.ContractStatus.CLOSED, BillingRounding.SEGMENT);

        ContractTerms old = TermsInForce.forWeek(closedNow, history, W46);
        assertThat(old.isClosed()).isTrue();
        assertThat(old.weeklyLimitHours()).isEqualTo(10);
    }

    @Test
    void a_final_timesheet_keeps_its_amount_when_the_limit_is_raised_later() {
        List<Segment> week46 = new ArrayList<>();
        for (int i = 0; i < 90; i++) week46.add(Fixtures.tracked(W46.start().plusSeconds(32_400 + 600L * i)));
        Timesheet asBilled = Timesheet.of(before, W46, week46);
        assertThat(asBilled.billableSeconds()).isEqualTo(36_000);

        List<TermsInForce.Change> history = TermsInForce.afterChange(List.of(), BillingTerms.of(before), raised, WED_OF_W47);
        Timesheet later = Timesheet.of(TermsInForce.forWeek(raised.applyTo(before), history, W46), W46, week46);

        assertThat(later).isEqualTo(asBilled);
    }
}
