package org.hourbook.tracker.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hourbook.core.segment.MinuteActivity;
import org.hourbook.core.segment.SegmentGrid;
import org.hourbook.tracker.journal.JournalSegment;
import org.hourbook.tracker.journal.Run;

/** The segment being tracked, in memory between checkpoints (only the tracker thread touches it). */
final class OpenSegment {
    final UUID id;
    final String account;
    final long contractId;
    final Instant slotStart;
    String memo;
    String label;
    final boolean activityKnown;
    final int[][] minutes = new int[SegmentGrid.MINUTES_PER_SEGMENT][4];
    final List<Run> runs = new ArrayList<>();
    Instant runFrom; // the run in progress, or null
    Instant runTo;
    String shot;
    Instant shotPlannedAt;
    Instant shotTakenAt;
    String shotFile;
    String thumbFile;
    String shotNote;
    boolean inserted;

    OpenSegment(UUID id, String account, long contractId, Instant slotStart, String memo, String label, boolean activityKnown, String shot) {
        this.id = id;
        this.account = account;
        this.contractId = contractId;
        this.slotStart = slotStart;
        this.memo = memo;
        this.label = label;
        this.activityKnown = activityKnown;
        this.shot = shot;
    }

    Instant slotEnd() {
        return SegmentGrid.slotEnd(slotStart);
    }

    void startRun(Instant at) {
        runFrom = at;
        runTo = at;
    }

    /** Extends the run in progress to {@code t} (never past the slot's end). */
    void extend(Instant t) {
        if (runFrom == null) return;
        Instant to = t.isAfter(slotEnd()) ? slotEnd() : t;
        if (to.isAfter(runTo)) runTo = to;
    }

    void endRun() {
        if (runFrom != null && runTo.isAfter(runFrom)) runs.add(new Run(runFrom, runTo));
        runFrom = null;
        runTo = null;
    }

    boolean running() {
        return runFrom != null;
    }

    /** Adds counts of a minute that lies inside a tracked part of this slot. */
    void add(Instant minuteStart, MinuteActivity m) {
        int i = (int) ((minuteStart.getEpochSecond() - slotStart.getEpochSecond()) / 60);
        if (i < 0 || i >= minutes.length) return;
        minutes[i][0] += m.keys();
        minutes[i][1] += m.clicks();
        minutes[i][2] += m.scrolls();
        minutes[i][3] += m.moves();
    }

    /** Whether {@code [minuteStart, +60 s)} overlaps tracked time of this slot. */
    boolean tracked(Instant minuteStart) {
        Instant end = minuteStart.plusSeconds(60);
        for (Run r : allRuns()) if (r.from().isBefore(end) && r.to().isAfter(minuteStart)) return true;
        return runFrom != null && runFrom.isBefore(end);
    }

    List<Run> allRuns() {
        List<Run> all = new ArrayList<>(runs);
        if (runFrom != null && runTo.isAfter(runFrom)) all.add(new Run(runFrom, runTo));
        return all;
    }

    Instant trackedFrom() {
        List<Run> all = allRuns();
        return all.isEmpty() ? runFrom : all.get(0).from();
    }

    Instant trackedEnd() {
        List<Run> all = allRuns();
        return all.isEmpty() ? slotStart : all.get(all.size() - 1).to();
    }

    JournalSegment snapshot(String state) {
        List<MinuteActivity> m = new ArrayList<>(minutes.length);
        for (int[] c : minutes) m.add(new MinuteActivity(c[0], c[1], c[2], c[3]));
        return new JournalSegment(id, account, contractId, slotStart, memo, label, state, false, activityKnown, List.copyOf(m),
                List.copyOf(allRuns()), shot, shotPlannedAt, shotTakenAt, shotFile, thumbFile, shotNote, "waiting", "waiting", null, null);
    }

    int trackedSeconds() {
        return snapshot("open").trackedSeconds();
    }

    /** Takes over runs and screenshot state from the journal after it cut them (idle discard). */
    void reload(JournalSegment s) {
        runs.clear();
        runs.addAll(s.runs());
        runFrom = null;
        runTo = null;
        shot = s.shot();
        shotTakenAt = s.shotTakenAt();
        shotNote = s.shotNote();
    }
}
