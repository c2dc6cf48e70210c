package org.hourbook.server.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 10);

    @ParameterizedTest(name = "after attempt {0} the wait is {1}-{2} s")
    @CsvSource({"1, 15, 30", "2, 30, 60", "3, 60, 120", "7, 960, 1920", "8, 1800, 3600", "9, 1800, 3600", "40, 1800, 3600"})
    void the_wait_doubles_per_attempt_up_to_the_cap_and_is_drawn_from_its_upper_half(int attempt, long min, long max) {
        Random random = new Random(attempt);
        for (int i = 0; i < 200; i++) {
            assertThat(policy.delay(attempt, random)).isBetween(Duration.ofSeconds(min), Duration.ofSeconds(max));
        }
    }

    @Test
    void mails_that_failed_together_come_back_spread_out() {
        Random random = new Random(1);
        long distinct = java.util.stream.IntStream.range(0, 50).mapToObj(i -> policy.delay(4, random)).distinct().count();

        assertThat(distinct).isGreaterThan(40);
    }

    @Test
    void another_attempt_is_allowed_until_the_last_one_failed() {
        assertThat(policy.allowsAnother(9)).isTrue();
        assertThat(policy.allowsAnother(10)).isFalse();
    }
}
