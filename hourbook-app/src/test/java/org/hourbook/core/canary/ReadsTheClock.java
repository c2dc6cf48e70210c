package org.hourbook.core.canary;

import java.time.Instant;

/** A deliberate offender for LayeringTest: core code that reads the system clock. Test sources only. */
public final class ReadsTheClock {
    public Instant now() {
        return Instant.now();
    }
}
