package org.hourbook.core.retainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hourbook.core.retainer.Retainers.HOUR;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RolloverPolicyTest {
    static final Cycle ANY = new Cycle(Retainers.at("2026-06-01T00:00:00Z"), Retainers.at("2026-07-01T00:00:00Z"), java.time.ZoneOffset.UTC);

    static Rollover rollover(String text) {
        return switch (text) {
            case "none" -> Rollover.NONE;
            case "all" -> Rollover.unlimited();
            default -> Rollover.upTo(Long.parseLong(text) * HOUR);
        };
    }

    @ParameterizedTest(name = "previous: cap {0} h, rolled in {1} h, used {2} h; carry {3} -> {4} h")
    @CsvSource(textBlock = """
            # cap, rolled in, used, carry, rolls over
              20,  0,         14,   none,  0
              20,  0,         14,   all,   6
              20,  0,         14,   5,     5
              20,  0,         14,   10,    6
              20,  0,         20,   all,   0
              20,  0,         25,   all,   0
              20,  4,         10,   all,   14
              20,  4,         3,    all,   20
              20,  4,         3,    8,     8
              20,  4,         24,   all,   0
              20,  4,         22,   all,   2
              20,  0,         0,    0,     0
            """)
    void only_the_unused_part_of_the_previous_cap_carries_and_never_above_the_maximum(long cap, long rolledIn, long used, String carry, long expected) {
        CycleBalance previous = new CycleBalance(ANY, cap * HOUR, rolledIn * HOUR, used * HOUR);
        assertThat(RolloverPolicy.into(rollover(carry), previous)).isEqualTo(expected * HOUR);
    }

    @ParameterizedTest(name = "carry {0}: a first cycle gets nothing")
    @CsvSource({"none", "all", "5"})
    void a_first_cycle_has_no_rollover(String carry) {
        assertThat(RolloverPolicy.into(rollover(carry), null)).isZero();
    }
}
