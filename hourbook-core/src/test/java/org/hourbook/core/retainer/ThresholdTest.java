package org.hourbook.core.retainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThresholdTest {

    static Set<Threshold> parse(String text) {
        if (text.equals("-")) return EnumSet.noneOf(Threshold.class);
        return Arrays.stream(text.split(" ")).map(p -> p.equals("80") ? Threshold.EIGHTY_PERCENT : Threshold.FULL)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Threshold.class)));
    }

    @ParameterizedTest(name = "available {0} s, used {1} -> {2}: crossed {3}")
    @CsvSource(textBlock = """
            # available, before, after,  crossed
              72000,     54000,  61200,  80
              72000,     57599,  57600,  80
              72000,     57600,  61200,  -
              72000,     54000,  75600,  80 100
              72000,     64800,  72000,  100
              72000,     72000,  75600,  -
              72000,     61200,  54000,  -
              72000,     0,      0,      -
              45000,     35999,  36000,  80
              0,         0,      3600,   -
            """)
    void a_threshold_is_crossed_when_used_time_reaches_it(long available, long before, long after, String crossed) {
        assertThat(Threshold.crossed(available, before, after)).isEqualTo(parse(crossed));
    }

    @Test
    void an_alert_key_names_the_contract_the_cycle_and_the_threshold() {
        Cycle june = RolloverPolicyTest.ANY;
        assertThat(Threshold.FULL.alertKey(7, june)).isEqualTo("retainer-threshold:7:" + june.start().getEpochSecond() + ":100");
        assertThat(Threshold.EIGHTY_PERCENT.alertKey(7, june)).isNotEqualTo(Threshold.FULL.alertKey(7, june));
    }
}
