package org.hourbook.tracker.session;

import java.io.IOException;
import java.time.Instant;
import org.hourbook.core.contract.ScreenshotPolicy;
import org.hourbook.tracker.capture.Capture;
import org.hourbook.tracker.capture.Images;
import org.hourbook.tracker.capture.Screens;
import org.hourbook.tracker.journal.Journal;
import org.hourbook.tracker.journal.ShotFiles;
import org.hourbook.tracker.log.TrackerLog;

/**
 * The open segment's screenshot: taken at its planned moment, or when tracking ends before it,
 * and always showing a moment inside the segment's tracked part.
 * <pre>
 *  slot        |-------- tracked --------|..... not tracked .....|
 *  planned                                          x  (after the run ended: taken at its end - 1 ms)
 *  planned                  x                          (inside: taken then)
 * </pre>
 * A failed capture is kept on the segment with its reason and logged once per distinct reason
 * (a locked screen fails every segment the same way).
 */
final class SegmentShots {
    private final Screens screens;
    private final ShotFiles files;
    private final Journal journal;
    private final TrackerLog log;
    /** The last capture's failure, shown in the status until a capture works again. */
    private String problem;

    SegmentShots(Screens screens, ShotFiles files, Journal journal, TrackerLog log) {
        this.screens = screens;
        this.files = files;
        this.journal = journal;
        this.log = log;
    }

    String problem() {
        return problem;
    }

    /** Takes {@code open}'s screenshot when its moment has come, or now when tracking ends before it ({@code ending}). */
    void captureIfDue(OpenSegment open, ScreenshotPolicy policy, Instant now, boolean ending) {
        if (open == null || !"planned".equals(open.shot) || open.shotPlannedAt == null) return;
        if (!ending && now.isBefore(open.shotPlannedAt)) return;
        if (open.trackedSeconds() == 0 && !open.running()) return;
        Images.Mode mode = policy == ScreenshotPolicy.BLURRED ? Images.Mode.BLURRED : Images.Mode.NORMAL;
        Instant takenAt = now;
        Instant end = open.running() ? open.runTo : open.trackedEnd();
        if (!takenAt.isBefore(end)) takenAt = end.minusMillis(1);
        if (takenAt.isBefore(open.slotStart)) takenAt = open.slotStart;
        switch (screens.capture(mode, takenAt)) {
            case Capture.Shot shot -> {
                try {
                    open.shotFile = files.write(open.id, "image", shot.jpeg());
                    open.thumbFile = files.write(open.id, "thumb", shot.thumbnail());
                    open.shot = "taken";
                    open.shotTakenAt = shot.takenAt();
                    journal.shotTaken(open.id, shot.takenAt(), open.shotFile, open.thumbFile);
                    problem = null;
                    screens.release();
                } catch (IOException e) {
                    failed(open, "the screenshot could not be saved: " + e.getMessage());
                }
            }
            case Capture.Failed f -> failed(open, f.reason());
        }
    }

    private void failed(OpenSegment open, String reason) {
        open.shot = "failed";
        open.shotNote = reason;
        journal.shotFailed(open.id, reason);
        if (!reason.equals(problem)) log.problem("capture", reason + " (segment " + open.slotStart + " has no screenshot)", null);
        problem = reason;
    }
}
