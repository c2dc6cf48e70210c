package org.hourbook.core.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hourbook.core.Fixtures.at;

import java.time.Instant;
import org.hourbook.core.Fixtures;
import org.hourbook.core.contract.BillingRounding;
import org.hourbook.core.contract.ContractStatus;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.policy.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ManualTimePolicyTest {
    /** Wednesday of the billing week that starts Monday 2026-11-16. */
    static final Instant NOW = at("2026-11-18T12:37:00Z");
    static final ContractTerms ALLOWED = Fixtures.contract(null, true, ContractStatus.ACTIVE, BillingRounding.SEGMENT);

    static String outcome(Decision d) {
        return d instanceof Decision.Rejected r ? r.violation().code() + "/" + r.violation().field() : "accepted";
    }

    @ParameterizedTest(name = "[{0}, {1}) at {2} -> {3}")
    @CsvSource(textBlock = """
            # from,                  to,                      now,                        outcome
              2026-11-18T12:00:00Z,  2026-11-18T12:30:00Z,    2026-11-18T12:37:00Z,       accepted
              2026-11-18T12:00:00Z,  2026-11-18T12:30:00Z,    2026-11-18T12:30:00Z,       accepted
              2026-11-18T12:00:00Z,  2026-11-18T12:30:00Z,    2026-11-18T12:29:59.999Z,   time.future/to
              2026-11-18T12:05:00Z,  2026-11-18T12:30:00Z,    2026-11-18T12:37:00Z,       manual.granularity/from
              2026-11-18T12:00:00Z,  2026-11-18T12:25:00Z,    2026-11-18T12:37:00Z,       manual.granularity/to
              2026-11-18T12:00:00.001Z, 2026-11-18T12:30:00Z, 2026-11-18T12:37:00Z,       manual.granularity/from
              2026-11-18T12:30:00Z,  2026-11-18T12:00:00Z,    2026-11-18T12:37:00Z,       manual.range/to
              2026-11-18T12:00:00Z,  2026-11-18T12:00:00Z,    2026-11-18T12:37:00Z,       manual.range/to
              2026-11-15T23:00:00Z,  2026-11-16T01:00:00Z,    2026-11-16T11:59:59.999Z,   accepted
              2026-11-15T23:00:00Z,  2026-11-16T01:00:00Z,    2026-11-16T12:00:00Z,       week.locked/start
              2026-11-08T10:00:00Z,  2026-11-08T11:00:00Z,    2026-11-16T11:00:00Z,       week.locked/start
            """)
    void manual_time_is_whole_grid_slots_in_the_past_inside_the_edit_window(Instant from, Instant to, Instant now, String outcome) {
        assertThat(outcome(ManualTimePolicy.check(ALLOWED, from, to, now))).isEqualTo(outcome);
    }

    @Test
    void manual_time_is_rejected_when_the_contract_forbids_it() {
        ContractTerms forbidden = Fixtures.contract(null, false, ContractStatus.ACTIVE, BillingRounding.SEGMENT);
        assertThat(outcome(ManualTimePolicy.check(forbidden, at("2026-11-18T12:00:00Z"), at("2026-11-18T12:10:00Z"), NOW)))
                .isEqualTo("manual.not_allowed/null");
    }

    @Test
    void manual_time_is_rejected_on_a_closed_contract() {
        ContractTerms closed = Fixtures.contract(null, true, ContractStatus.CLOSED, BillingRounding.SEGMENT);
        assertThat(outcome(ManualTimePolicy.check(closed, at("2026-11-18T12:00:00Z"), at("2026-11-18T12:10:00Z"), NOW)))
                .isEqualTo("contract.closed/null");
    }

    @Test
    void slots_cover_the_range_in_ten_minute_steps() {
        assertThat(ManualTimePolicy.slots(at("2026-11-18T12:00:00Z"), at("2026-11-18T12:30:00Z")))
                .containsExactly(at("2026-11-18T12:00:00Z"), at("2026-11-18T12:10:00Z"), at("2026-11-18T12:20:00Z"));
        assertThat(ManualTimePolicy.slots(at("2026-11-18T12:30:00Z"), at("2026-11-18T12:30:00Z"))).isEmpty();
    }

    @Test
    void slots_across_midnight_and_weeks_are_contiguous() {
        var slots = ManualTimePolicy.slots(at("2026-11-15T23:50:00Z"), at("2026-11-16T00:20:00Z"));
        assertThat(slots).containsExactly(at("2026-11-15T23:50:00Z"), at("2026-11-16T00:00:00Z"), at("2026-11-16T00:10:00Z"));
    }
}
