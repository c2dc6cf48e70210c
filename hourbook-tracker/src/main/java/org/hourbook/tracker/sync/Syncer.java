package org.hourbook.tracker.sync;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.hourbook.tracker.journal.Journal;
import org.hourbook.tracker.journal.JournalSegment;
import org.hourbook.tracker.journal.ShotFiles;
import org.hourbook.tracker.log.TrackerLog;
import org.hourbook.tracker.time.TimeSource;
import org.hourbook.tracker.wire.Wire;

/**
 * Moves what the journal holds to the server: segments in batches by contract (their ids are made
 * here, so a batch sent again after a lost answer is recognised as a replay), then screenshots.
 * A segment the server refuses is set aside with the reason and never blocks the others: a batch
 * refused as a whole is split until the one item at fault stands alone. Network and server
 * failures wait with {@link Backoff}; offline time has no limit.
 */
public final class Syncer {
    public static final int BATCH = 50;

    /** What the person sees about sync. {@code skew}: server clock minus this machine's. */
    public record State(Instant lastSuccess, Instant offlineSince, String problem, Duration skew, int failures, Instant nextAttempt,
                        boolean signedOut) {}

    /** One pass: what it did, and whether it stopped early because of a failure. */
    public record Pass(int stored, int shots, int refused, int deleted, boolean complete) {}

    private final Journal journal;
    private final ShotFiles files;
    private final Api api;
    private final String account;
    private final TimeSource time;
    private final RandomGenerator random;
    private final TrackerLog log;
    private final Backoff backoff;
    private volatile State state = new State(null, null, null, null, 0, null, false);

    public Syncer(Journal journal, ShotFiles files, Api api, String account, TimeSource time, RandomGenerator random, TrackerLog log, Backoff backoff) {
        this.journal = journal;
        this.files = files;
        this.api = api;
        this.account = account;
        this.time = time;
        this.random = random;
        this.log = log;
        this.backoff = backoff;
    }

    public State state() {
        return state;
    }

    /** Called with every answer's {@code Date}: keeps the last measured skew. */
    public void serverDate(Instant serverNow) {
        Duration skew = Duration.between(time.machineClock().instant(), serverNow);
        State s = state;
        state = new State(s.lastSuccess(), s.offlineSince(), s.problem(), skew, s.failures(), s.nextAttempt(), s.signedOut());
    }

    /** Whether a pass is due now (nothing failed, or the backoff has passed). */
    public boolean due() {
        State s = state;
        return !s.signedOut() && (s.nextAttempt() == null || !time.machineClock().instant().isBefore(s.nextAttempt()));
    }

    /** One pass over everything waiting; stops at the first network or server failure. */
    public synchronized Pass syncNow() {
        int stored = 0;
        int shots = 0;
        int refused = 0;
        int deleted = 0;
        try {
            for (JournalSegment s : journal.toDelete(account)) {
                try {
                    api.deleteScreenshot(s.contractId(), s.id());
                } catch (Api.Refused r) {
                    if (r.transientFailure() || r.status() == 401) throw r;
                    // 404: gone already; anything else: nothing more the tracker can do
                }
                journal.markDeleted(s.id());
                files.delete(s.shotFile());
                files.delete(s.thumbFile());
                deleted++;
            }
            while (true) {
                List<JournalSegment> waiting = journal.toUpload(account, BATCH * 4);
                if (waiting.isEmpty()) break;
                Map<Long, List<JournalSegment>> byContract = new LinkedHashMap<>();
                for (JournalSegment s : waiting) byContract.computeIfAbsent(s.contractId(), k -> new ArrayList<>()).add(s);
                for (var e : byContract.entrySet()) {
                    List<JournalSegment> all = e.getValue();
                    for (int i = 0; i < all.size(); i += BATCH) {
                        int[] n = upload(e.getKey(), all.subList(i, Math.min(all.size(), i + BATCH)));
                        stored += n[0];
                        refused += n[1];
                        deleted += n[2];
                    }
                }
            }
            for (JournalSegment s : journal.shotsToUpload(account, 1000)) {
                if (uploadShot(s)) shots++;
            }
            succeeded();
            return new Pass(stored, shots, refused, deleted, true);
        } catch (Api.Unreachable e) {
            failed(e.getMessage(), false);
        } catch (Api.Refused e) {
            failed(describe(e), e.status() == 401);
        } catch (RuntimeException e) {
            log.problem("sync", "sync failed: " + e, e);
            failed("sync failed: " + e.getMessage(), false);
        }
        return new Pass(stored, shots, refused, deleted, false);
    }

    /** @return stored, refused, deleted */
    private int[] upload(long contractId, List<JournalSegment> batch) throws Api.Refused, Api.Unreachable {
        List<org.hourbook.api.diary.SegmentUpload> items = batch.stream().map(Syncer::wire).toList();
        Api.BatchAnswer answer;
        try {
            answer = api.upload(contractId, new org.hourbook.api.diary.SegmentBatch(items));
        } catch (Api.Refused r) {
            if (r.transientFailure() || r.status() == 401) throw r;
            if (batch.size() > 1) {
                // Refused as a whole: find the item at fault by halves; the others go through.
                int mid = batch.size() / 2;
                int[] a = upload(contractId, batch.subList(0, mid));
                int[] b = upload(contractId, batch.subList(mid, batch.size()));
                return new int[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]};
            }
            JournalSegment only = batch.get(0);
            org.hourbook.api.ApiError body = r.body();
            JournalSegment.Refusal why = new JournalSegment.Refusal(body == null ? "http." + r.status() : body.code(),
                    body == null ? null : body.field(), body == null ? "the server answered " + r.status() : body.message());
            journal.markRefused(only.id(), why);
            log.problem("sync", "segment " + only.slotStart() + " refused: " + why.code() + " " + why.message(), null);
            return new int[] {0, 1, 0};
        }
        int stored = 0;
        int refused = 0;
        int deleted = 0;
        Map<UUID, JournalSegment> byId = new LinkedHashMap<>();
        for (JournalSegment s : batch) byId.put(s.id(), s);
        for (org.hourbook.api.diary.UploadResult r : answer.body().results()) {
            JournalSegment s = byId.get(r.id());
            if (s == null) continue;
            if (r.stored()) {
                journal.markStored(r.id());
                stored++;
            } else if ("deleted".equals(r.status())) {
                journal.markDeleted(r.id());
                deleted++;
            } else {
                JournalSegment.Refusal why = new JournalSegment.Refusal(r.code(), r.field(), r.message());
                journal.markRefused(r.id(), why);
                log.problem("sync", "segment " + s.slotStart() + " set aside: " + r.status() + " " + r.code() + " " + r.message(), null);
                refused++;
            }
        }
        return new int[] {stored, refused, deleted};
    }

    private boolean uploadShot(JournalSegment s) throws Api.Refused, Api.Unreachable {
        byte[] image;
        byte[] thumb;
        try {
            image = files.read(s.shotFile());
            thumb = files.read(s.thumbFile());
        } catch (NoSuchFileException e) {
            journal.markShotRefused(s.id(), "the screenshot file is missing from the journal folder");
            return false;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read screenshot " + s.shotFile() + ": " + e.getMessage(), e);
        }
        try {
            api.putScreenshot(s.contractId(), s.id(), image, thumb, s.shotTakenAt());
            journal.markShotStored(s.id());
            return true;
        } catch (Api.Refused r) {
            if (r.transientFailure() || r.status() == 401) throw r;
            String msg = r.body() == null ? "the server answered " + r.status() : r.body().code() + ": " + r.body().message();
            journal.markShotRefused(s.id(), msg);
            log.problem("sync", "screenshot of " + s.slotStart() + " refused: " + msg, null);
            return false;
        }
    }

    static org.hourbook.api.diary.SegmentUpload wire(JournalSegment s) {
        TrackedPart part = TrackedPart.of(s);
        return new org.hourbook.api.diary.SegmentUpload(s.id(), s.slotStart(), part.seconds(), s.activityKnown() ? s.minutes() : List.of(), s.memo(),
                s.label(), part.from());
    }

    private void succeeded() {
        State s = state;
        state = new State(time.machineClock().instant(), null, null, s.skew(), 0, null, false);
    }

    private void failed(String problem, boolean signedOut) {
        State s = state;
        int failures = s.failures() + 1;
        Instant now = time.machineClock().instant();
        Instant next = now.plus(backoff.delay(failures, random));
        if (s.failures() == 0) log.info("sync", "sync failed, will retry: " + problem);
        state = new State(s.lastSuccess(), s.offlineSince() == null ? now : s.offlineSince(), problem, s.skew(), failures, next, signedOut);
    }

    private static String describe(Api.Refused e) {
        if (e.status() == 401) return "signed out: the server no longer accepts this device's token; sign in again";
        return e.body() == null ? "the server answered " + e.status() : e.body().message() + " (" + e.body().code() + ")";
    }
}
