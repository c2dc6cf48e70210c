package org.hourbook.tracker.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackoffTest {
    @Test
    void waits_double_up_to_the_cap_and_are_spread_between_half_and_all_of_it() {
        SplittableRandom random = new SplittableRandom(7);
        Backoff b = Backoff.DEFAULT;
        assertThat(b.delay(0, random)).isZero();
        for (int failures = 1; failures < 40; failures++) {
            long ceiling = Math.min(300_000, 2000L << Math.min(failures - 1, 20));
            for (int i = 0; i < 100; i++) {
                Duration d = b.delay(failures, random);
                assertThat(d.toMillis()).isBetween(ceiling / 2, ceiling);
            }
        }
    }
}
