package org.hourbook.tracker.session;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything the window, the tray and {@code track status} show, as one value published after
 * every tick.
 *
 * @param sessionSeconds tracked seconds since the person pressed start
 * @param todaySeconds   tracked today (this machine's day) on the contract, from the journal
 * @param weekSeconds    this billing week on the contract: the server's count plus what is not on it yet
 * @param limitLeftSeconds under the weekly limit, or {@code null} without a limit
 * @param cycleLeftSeconds of a retainer's hours this cycle (below zero: over the cap), or {@code null} for an hourly contract
 * @param activity       {@code null} when input hooks work; otherwise why activity is unknown
 * @param notices        things the person should know (limit, clock jumps, week lock, refusals)
 * @param segmentActivity the counts of the segment in progress so far (what the client will see), or null
 */
public record TrackerStatus(TrackerState state, Instant at, long sessionSeconds, long todaySeconds, long weekSeconds,
                            Long limitLeftSeconds, Long cycleLeftSeconds, LastShot lastShot, String activity, String capture, List<String> notices,
                            org.hourbook.core.segment.MinuteActivity segmentActivity) {

    /** The last screenshot, for the preview with its "delete" button. */
    public record LastShot(UUID segment, Instant takenAt, String thumbFile, String state) {}

    public boolean tracking() {
        return state instanceof TrackerState.Running || state instanceof TrackerState.Idle || state instanceof TrackerState.Waiting;
    }
}
