package org.hourbook.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CredentialsTest {
    @ParameterizedTest(name = "current {0}, previous {1}, {2} s into the window → wait {3} s")
    @CsvSource({
            " 9,  0,   0,    0",   // under the ceiling
            "10,  0,   0,  901",   // at the ceiling: its own failures must slide out of the next window
            "10,  0, 899,    2",
            " 0, 10,   0,    1",   // the previous window still counts fully at the boundary
            " 0, 10, 450,    0",   // half slid out: 5 < 10
            " 5, 10, 300,  151",   // 5 + 10 × (1 − f) < 10 once f > 0.5, i.e. after 450 s
            "20,  0, 100, 1251",   // far over: half of the next window too
    })
    void the_wait_is_until_the_sliding_estimate_drops_below_the_ceiling(int current, int previous, long into, long wait) {
        assertThat(Credentials.waitSeconds(current, previous, 10, 0, into)).isEqualTo(wait);
    }
}
