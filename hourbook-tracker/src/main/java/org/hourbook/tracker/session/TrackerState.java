package org.hourbook.tracker.session;

import java.time.Instant;

/** Where the tracking session is. */
public sealed interface TrackerState {
    /** @param reason why it stopped last (null: never started, or stopped by the person) */
    record Stopped(String reason) implements TrackerState {}

    /** Started, but this slot already has a segment that was sent: tracking begins with the next one. */
    record Waiting(Session session, Instant startsAt) implements TrackerState {}

    record Running(Session session, Instant since) implements TrackerState {}

    /**
     * No input for the idle limit: time stopped counting at {@code detectedAt}; since {@code since}
     * (the last input) it is in question. {@code returnedAt} is set once input came back: the
     * person must say keep or discard.
     */
    record Idle(Session session, Instant since, Instant detectedAt, Instant returnedAt) implements TrackerState {}

    /** What the person started: contract, memo and label. */
    record Session(ContractInfo contract, String memo, String label, Instant startedAt) {}
}
