package org.hourbook.core.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.hourbook.core.contract.BillingRounding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrackedTimeTest {

    @ParameterizedTest(name = "{0} tracked seconds bill {2} s with {1} rounding")
    @CsvSource(textBlock = """
            # tracked, rounding, billed
              1,       SEGMENT,  600
              59,      SEGMENT,  600
              600,     SEGMENT,  600
              0,       SEGMENT,  0
              1,       EXACT,    1
              250,     EXACT,    250
              600,     EXACT,    600
              700,     EXACT,    600
              -5,      EXACT,    0
            """)
    void billable_seconds_follow_the_contract_rounding(int tracked, BillingRounding rounding, long billed) {
        assertThat(TrackedTime.billableSeconds(tracked, rounding)).isEqualTo(billed);
    }

    @ParameterizedTest(name = "{0} tracked seconds are {1} tracked minutes")
    @CsvSource(textBlock = """
            # tracked, minutes
              1,       1
              60,      1
              61,      2
              599,     10
              600,     10
            """)
    void tracked_minutes_round_up(int tracked, int minutes) {
        assertThat(TrackedTime.trackedMinutes(org.hourbook.core.Fixtures.tracked(org.hourbook.core.Fixtures.at("2026-11-16T09:00:00Z"), tracked)))
                .isEqualTo(minutes);
    }
}
