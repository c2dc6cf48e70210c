package org.hourbook.core.retainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hourbook.core.retainer.Retainers.HOUR;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OveragePolicyTest {

    static String outcome(OveragePolicy.Outcome o) {
        return switch (o) {
            case OveragePolicy.WithinCap w -> "within " + w.remainingSeconds() / 60 + " min left";
            case OveragePolicy.Over over -> "over " + over.overSeconds() / 60 + " min";
            case OveragePolicy.Warned w -> "warned " + w.overSeconds() / 60 + " min over: " + w.warning().code();
        };
    }

    @ParameterizedTest(name = "used {0} h of 20, add {1} min, overage allowed {2}: {3}")
    @CsvSource(textBlock = """
            # used h, added min, overage, outcome
              18,     60,        false,   within 60 min left
              18,     120,       false,   warned 0 min over: retainer.cap_reached
              18,     180,       false,   warned 60 min over: retainer.cap_reached
              18,     120,       true,    within 0 min left
              18,     180,       true,    over 60 min
              21,     10,        false,   warned 70 min over: retainer.cap_reached
              0,      0,         false,   within 1200 min left
            """)
    void without_overage_the_cap_warns_and_with_it_time_simply_goes_over(long usedHours, long addedMinutes, boolean overage, String expected) {
        RetainerTerms terms = Retainers.monthlyOn(1, "UTC", 20).withOverageAllowed(overage);
        CycleBalance balance = new CycleBalance(RolloverPolicyTest.ANY, 20 * HOUR, 0, usedHours * HOUR);
        assertThat(outcome(OveragePolicy.check(terms, balance, addedMinutes * 60))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "used 19 h, add {0} min: \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
              60  | This reaches the cycle's cap (20 of 20 hours); the retainer does not allow overage.
              90  | This goes 0.5 h over the cycle's cap (20.5 of 20 hours); the retainer does not allow overage.
            """)
    void the_warning_says_where_the_cycle_stands(long addedMinutes, String message) {
        RetainerTerms terms = Retainers.monthlyOn(1, "UTC", 20).withOverageAllowed(false);
        CycleBalance balance = new CycleBalance(RolloverPolicyTest.ANY, 20 * HOUR, 0, 19 * HOUR);
        OveragePolicy.Warned w = (OveragePolicy.Warned) OveragePolicy.check(terms, balance, addedMinutes * 60);
        assertThat(w.warning().message()).isEqualTo(message);
    }
}
