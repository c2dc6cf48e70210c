package org.hourbook.tracker.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.hourbook.core.week.BillingWeek;
import org.hourbook.core.week.EditWindowPolicy;

/**
 * Unsynced time that would miss its billing week's lock (the following Monday 12:00 UTC): the
 * server refuses it from then on, so the person is told while there is still time to get online.
 * <pre>
 *  week W (Mon..Sun)        | Mon 00:00 ..... 12:00 lock of W
 *  oldest unsynced in W     |   warn from 00:00 (12 h before) ... "locked" after
 * </pre>
 */
public final class WeekLockWarning {
    public static final Duration AHEAD = Duration.ofHours(12);

    private WeekLockWarning() {}

    public record Warning(Instant locksAt, boolean alreadyLocked) {
        public String message() {
            return alreadyLocked ? "Unsynced time of a week that locked at " + locksAt + " can no longer be uploaded."
                    : "Unsynced time must reach the server before " + locksAt + ", when its billing week locks.";
        }
    }

    public static Optional<Warning> check(Instant oldestUnsynced, Instant now) {
        if (oldestUnsynced == null) return Optional.empty();
        Instant lock = EditWindowPolicy.lockedAt(BillingWeek.of(oldestUnsynced));
        if (!now.isBefore(lock)) return Optional.of(new Warning(lock, true));
        if (!now.isBefore(lock.minus(AHEAD))) return Optional.of(new Warning(lock, false));
        return Optional.empty();
    }
}
