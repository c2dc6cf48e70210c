package org.hourbook.core.retainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.hourbook.core.policy.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetainerTermsPolicyTest {

    static String outcome(Decision d) {
        return d instanceof Decision.Rejected r ? r.violation().code() : "accepted";
    }

    @ParameterizedTest(name = "cap {0} h: {1}")
    @CsvSource(textBlock = """
            # cap hours, outcome
              20,        accepted
              12.5,      accepted
              0.25,      accepted
              0,         retainer.cap
              -1,        retainer.cap
              12.51,     retainer.cap
              10000,     accepted
              10001,     retainer.cap
            """)
    void a_cap_is_more_than_zero_whole_minutes_and_within_reason(BigDecimal hours, String outcome) {
        assertThat(outcome(RetainerTermsPolicy.checkCap(RetainerTerms.secondsOf(hours)))).isEqualTo(outcome);
    }

    @ParameterizedTest(name = "day {0}: {1}")
    @CsvSource({"1, accepted", "31, accepted", "0, retainer.cycle_day", "32, retainer.cycle_day"})
    void a_monthly_cycle_day_is_1_to_31(int day, String outcome) {
        assertThat(outcome(RetainerTermsPolicy.checkMonthlyDay(day))).isEqualTo(outcome);
    }

    @ParameterizedTest(name = "{0} weeks: {1}")
    @CsvSource({"1, accepted", "52, accepted", "0, retainer.cycle_weeks", "53, retainer.cycle_weeks"})
    void a_cycle_is_1_to_52_weeks(int weeks, String outcome) {
        assertThat(outcome(RetainerTermsPolicy.checkEveryWeeks(weeks))).isEqualTo(outcome);
    }

    @Test
    void whole_terms_are_checked_for_cap_and_rollover_maximum() {
        RetainerTerms ok = Retainers.monthlyOn(1, "UTC", 20).withRollover(Rollover.upTo(5 * 3600));
        assertThat(outcome(RetainerTermsPolicy.check(ok))).isEqualTo("accepted");
        assertThat(outcome(RetainerTermsPolicy.check(ok.withRollover(Rollover.upTo(90))))).isEqualTo("retainer.rollover_max");
        assertThat(outcome(RetainerTermsPolicy.check(ok.withCap(0)))).isEqualTo("retainer.cap");
        assertThat(RetainerTerms.secondsOf(new BigDecimal("12.5"))).isEqualTo(45_000);
        assertThat(ok.capHours()).isEqualByComparingTo("20");
    }
}
