package org.hourbook.tracker.journal;

import java.time.Duration;
import java.time.Instant;

/** One continuous stretch of tracked time inside a segment's slot, {@code [from, to)}. */
public record Run(Instant from, Instant to) {
    public Run {
        if (to.isBefore(from)) throw new IllegalArgumentException("run ends before it starts: " + from + " .. " + to);
    }

    public Duration length() {
        return Duration.between(from, to);
    }

    public boolean contains(Instant t) {
        return !t.isBefore(from) && t.isBefore(to);
    }
}
