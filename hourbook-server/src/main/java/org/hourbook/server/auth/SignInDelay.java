package org.hourbook.server.auth;

import java.time.Duration;

/**
 * How a sign-in attempt waits before its password is checked, when the account is being guessed
 * at ({@link Credentials}). The server sleeps; tests pass one that records the wait instead, so a
 * test of fifty guesses does not take minutes.
 */
@FunctionalInterface
public interface SignInDelay {
    void await(Duration wait);

    /** Sleeps the request's (virtual) thread. */
    SignInDelay SLEEP = wait -> {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    };
}
