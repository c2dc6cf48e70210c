package org.hourbook.core.retainer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CycleBalanceTest {

    @ParameterizedTest(name = "cap {0} s + rollover {1} s, used {2} s: \"{3}\"")
    @CsvSource(delimiter = '|', textBlock = """
            # cap   | rollover | used   | headline                               | percent
              72000 | 0        | 50400  | 14 of 20 hours used · 6 remain         | 70
              72000 | 10800    | 50400  | 14 of 23 hours used · 9 remain         | 60
              72000 | 0        | 81000  | 22.5 of 20 hours used · 2.5 over       | 112
              45000 | 0        | 45000  | 12.5 of 12.5 hours used · 0 remain     | 100
              72000 | 0        | 0      | 0 of 20 hours used · 20 remain         | 0
              72000 | 0        | 900    | 0.25 of 20 hours used · 19.75 remain   | 1
            """)
    void the_balance_reads_as_used_of_available_and_what_remains_or_is_over(long cap, long rollover, long used, String headline, int percent) {
        CycleBalance b = new CycleBalance(RolloverPolicyTest.ANY, cap, rollover, used);
        assertThat(b.headline()).isEqualTo(headline);
        assertThat(b.percentUsed()).isEqualTo(percent);
        assertThat(b.remainingSeconds() - b.overSeconds()).isEqualTo(cap + rollover - used);
        assertThat(Math.min(b.remainingSeconds(), b.overSeconds())).isZero();
    }
}
