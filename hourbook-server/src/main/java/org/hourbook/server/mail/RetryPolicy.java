package org.hourbook.server.mail;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * When a failed mail is tried again: the wait doubles per attempt up to a cap, and each wait is
 * drawn from its upper half so that mails that failed together (the server was down) do not all
 * come back at the same instant.
 * <pre>
 * attempt   1     2     3     4    ...   8+     (first 30 s, cap 1 h)
 * wait    15-30s 30-60s 1-2m  2-4m  ...  30-60m
 * </pre>
 * After {@code maxAttempts} attempts the mail is given up (kept as failed, for the operator).
 */
record RetryPolicy(Duration first, Duration cap, int maxAttempts) {
    /** Ten attempts over one and a half to three hours (the nine waits add up to 92-184 minutes). */
    static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 10);

    RetryPolicy {
        if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("first > 0, cap >= first and maxAttempts >= 1 expected");
        }
    }

    /** Whether another attempt is allowed after {@code attempts} failed ones. */
    boolean allowsAnother(int attempts) {
        return attempts < maxAttempts;
    }

    /** The wait after the {@code attempt}-th failed attempt (1-based). */
    Duration delay(int attempt, RandomGenerator random) {
        long ceiling = first.toMillis() << Math.min(Math.max(attempt - 1, 0), 30);
        long full = Math.min(ceiling, cap.toMillis());
        return Duration.ofMillis(full / 2 + random.nextLong(full / 2 + 1));
    }
}
