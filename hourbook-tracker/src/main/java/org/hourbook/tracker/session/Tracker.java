package org.hourbook.tracker.session;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.hourbook.core.contract.ScreenshotPolicy;
import org.hourbook.core.segment.SegmentGrid;
import org.hourbook.core.week.BillingWeek;
import org.hourbook.tracker.activity.ActivityCounter;
import org.hourbook.tracker.capture.Screens;
import org.hourbook.tracker.idle.IdlePolicy;
import org.hourbook.tracker.journal.Journal;
import org.hourbook.tracker.journal.JournalException;
import org.hourbook.tracker.journal.JournalSegment;
import org.hourbook.tracker.journal.ShotFiles;
import org.hourbook.tracker.log.TrackerLog;
import org.hourbook.tracker.time.TimeSource;

/**
 * The tracking session: slices tracked time into segments on the 600 s UTC grid, counts input
 * per minute, takes each segment's screenshot, stops at idle, a clock jump or the weekly limit,
 * and writes every segment to the {@link Journal} before anything may upload it.
 * <pre>
 *  start 12:03:20      slot 12:00      | slot 12:10                 | slot 12:20     stop 12:24:05
 *  runs                [12:03:20,12:10)| [12:10,12:20)              | [12:20,12:24:05)
 *  segments            400 s, closed   | 600 s, closed              | 245 s, closed at stop
 * </pre>
 * All methods run under the object's lock; {@link #tick()} is called by a timer thread (see
 * {@link #nextWake()}) and does the work due at that moment. The open segment is checkpointed
 * every {@code checkpoint} of tracked time, so kill -9 loses at most that much of it. The
 * screenshot is taken by {@link SegmentShots}, and the open segment's journal writes, which must
 * never stop tracking, go through {@link SegmentWrites}.
 */
public final class Tracker {
    public record Settings(Duration checkpoint, Duration tick, ZoneId zone) {
        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(30), Duration.ofSeconds(1), ZoneId.systemDefault());
        }
    }

    /** The server's count of a contract's billing week: billable + over-limit seconds, and whether it is over. */
    public record WeekUsage(long usedSeconds, long trackedAndManualSeconds, boolean overLimit) {}

    /**
     * Where a retainer's cycle stands on the server.
     *
     * @param capSeconds     the cycle's hours, rollover included
     * @param overageAllowed false: the tracker warns at the cap (and keeps recording: the time is the freelancer's)
     */
    public record CycleUsage(long capSeconds, long usedSeconds, boolean overageAllowed, Instant cycleStart, java.time.LocalDate resetsOn) {}

    private final TimeSource time;
    private final Journal journal;
    private final ShotFiles files;
    private final ActivityCounter counter;
    private final boolean hooks;
    private final String hooksProblem;
    private final RandomGenerator random;
    private final TrackerLog log;
    private final String account;
    private final Settings settings;
    private final Runnable syncSoon;
    private final LimitWatch limits = new LimitWatch(this::notOnServer, this::notice);
    private final SegmentShots shots;
    private final SegmentWrites writes;
    private final List<Consumer<TrackerStatus>> listeners = new CopyOnWriteArrayList<>();

    private TrackerState state = new TrackerState.Stopped(null);
    private OpenSegment open;
    private Instant lastWall;
    private long lastMono;
    private Instant lastCheckpoint;
    private Instant lastReleased = Instant.EPOCH;
    private long sessionSeconds;
    private final List<String> notices = new ArrayList<>();
    private volatile TrackerStatus status;
    /** Input of minutes after the open segment's slot, for the segment that follows it. */
    private final List<ActivityCounter.Minute> carried = new ArrayList<>();

    public Tracker(TimeSource time, Journal journal, ShotFiles files, ActivityCounter counter, String hooksProblem, Screens screens,
                   RandomGenerator random, TrackerLog log, String account, Settings settings, Runnable syncSoon) {
        this.time = time;
        this.journal = journal;
        this.files = files;
        this.counter = counter;
        this.hooks = hooksProblem == null;
        this.hooksProblem = hooksProblem;
        this.random = random;
        this.log = log;
        this.account = account;
        this.settings = settings;
        this.syncSoon = syncSoon;
        this.shots = new SegmentShots(screens, files, journal, log);
        this.writes = new SegmentWrites(journal, this::journalFailed);
        this.status = snapshot(time.now());
    }

    /**
     * Closes what a tracker that died left open, as it was at its last checkpoint; time after it
     * is not counted. Idle time that was in question when it died is discarded (nobody said keep).
     */
    public synchronized List<JournalSegment> recover() {
        Instant now = time.now();
        Optional<String> idleSince = journal.get("idle_since");
        if (idleSince.isPresent()) {
            long cut = journal.discardFrom(account, Instant.parse(idleSince.get()));
            log.info("session", "recovered: idle time since " + idleSince.get() + " was in question; " + cut + " s discarded");
        }
        List<JournalSegment> recovered = journal.recoverOpen(now);
        journal.releaseAll(account);
        journal.put("idle_since", null);
        journal.put("session", null);
        files.sweep();
        for (JournalSegment s : recovered) {
            log.info("session", "recovered segment " + s.slotStart() + " (" + s.trackedSeconds() + " s) left open by a tracker that stopped");
        }
        return recovered;
    }

    public void addListener(Consumer<TrackerStatus> l) {
        listeners.add(l);
    }

    public TrackerStatus status() {
        return status;
    }

    public synchronized TrackerState state() {
        return state;
    }

    /** Starts tracking now, or with the next slot when this one already has a segment. */
    public synchronized TrackerStatus start(ContractInfo contract, String memo, String label) {
        if (memo == null || memo.isBlank()) throw new IllegalArgumentException("a memo is required: say what you are working on");
        // The server's rules for a memo, checked before any time is tracked under it.
        if (org.hourbook.core.segment.SegmentPolicy.readable(memo, "memo") instanceof org.hourbook.core.policy.Decision.Rejected r) {
            throw new IllegalArgumentException(r.violation().message());
        }
        if (memo.strip().codePointCount(0, memo.strip().length()) > org.hourbook.core.segment.SegmentPolicy.MAX_MEMO_LENGTH) {
            throw new IllegalArgumentException("a memo has at most " + org.hourbook.core.segment.SegmentPolicy.MAX_MEMO_LENGTH + " characters");
        }
        if (label != null && !label.isBlank() && !contract.labels().contains(label)) {
            throw new IllegalArgumentException("\"" + label + "\" is not one of this contract's labels " + contract.labels());
        }
        if (state instanceof TrackerState.Running || state instanceof TrackerState.Idle || state instanceof TrackerState.Waiting) {
            stop(null);
        }
        Instant now = time.now();
        lastWall = now;
        lastMono = time.elapsedNanos();
        sessionSeconds = 0;
        notices.clear();
        limits.newSession();
        counter.drain();
        carried.clear();
        TrackerState.Session session = new TrackerState.Session(contract, memo.strip(), label == null || label.isBlank() ? null : label, now);
        writes.quietly(() -> journal.put("session", contract.id() + "\t" + session.memo()));
        if (limits.reached(contract, now)) {
            if (contract.stopAtLimit()) {
                state = new TrackerState.Stopped("The weekly limit of " + contract.weeklyLimitHours() + " h is reached; time beyond it is not billed.");
                return publish(now);
            }
            notice(LimitWatch.overLimitNotice(contract));
        }
        Instant slot = SegmentGrid.slotStart(now);
        if (journal.inSlot(account, slot).isPresent()) {
            Instant next = SegmentGrid.slotEnd(slot);
            state = new TrackerState.Waiting(session, next);
            notices.add("This 10-minute slot already has a segment; tracking starts at "
                    + java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(next.atZone(settings.zone())) + ".");
            log.info("session", "start on contract " + contract.id() + ": waiting for the next slot at " + next);
        } else {
            beginRun(session, now);
            log.info("session", "start on contract " + contract.id());
        }
        syncSoon.run(); // also fetches the contract's week from the server
        return publish(now);
    }

    /** Ends the current segment (screenshot taken now if it was still due) and syncs. */
    public synchronized TrackerStatus stop(String reason) {
        Instant now = time.now();
        switch (state) {
            case TrackerState.Running r -> {
                drainInput(now);
                advance(now);
                if (open != null) {
                    open.endRun();
                    captureIfDue(now, true);
                }
            }
            case TrackerState.Idle i -> {
                checkpoint(now);
                discardIdle(i.since());
            }
            default -> {
            }
        }
        closeOpen(now, false);
        writes.quietly(() -> journal.releaseAll(account));
        writes.quietly(() -> journal.put("idle_since", null));
        writes.quietly(() -> journal.put("session", null));
        state = new TrackerState.Stopped(reason);
        if (reason != null) {
            notices.add(reason);
            log.info("session", "stopped: " + reason);
        } else {
            log.info("session", "stopped");
        }
        syncSoon.run();
        return publish(now);
    }

    /** The person's answer after idle: keep the idle time, or discard it; tracking goes on either way. */
    public synchronized TrackerStatus answerIdle(boolean keep) {
        if (!(state instanceof TrackerState.Idle i)) return status;
        Instant now = time.now();
        if (keep) {
            writes.quietly(() -> journal.releaseAll(account));
            log.info("idle", "idle time since " + i.since() + " kept");
        } else {
            checkpoint(now);
            long cut = discardIdle(i.since());
            log.info("idle", "idle time since " + i.since() + " discarded (" + cut + " s)");
            writes.quietly(() -> journal.releaseAll(account));
        }
        writes.quietly(() -> journal.put("idle_since", null));
        counter.drain();
        beginRun(i.session(), now);
        syncSoon.run();
        return publish(now);
    }

    /** Deletes a segment's screenshot and the segment with it (not billed); uploads the deletion. */
    public synchronized void deleteShot(UUID segment) {
        if (open != null && open.id.equals(segment)) {
            // The segment in progress goes; tracking goes on in a new segment with the next slot.
            open.endRun();
            files.delete(open.shotFile);
            files.delete(open.thumbFile);
            journal.checkpoint(open.snapshot("open"));
            journal.deleteByFreelancer(segment);
            open = null;
            if (state instanceof TrackerState.Running r) state = new TrackerState.Waiting(r.session(), SegmentGrid.slotEnd(SegmentGrid.slotStart(time.now())));
        } else {
            journal.find(segment).ifPresent(s -> {
                if (!"stored".equals(s.upload())) {
                    files.delete(s.shotFile());
                    files.delete(s.thumbFile());
                }
            });
            journal.deleteByFreelancer(segment);
        }
        log.info("capture", "screenshot of segment " + segment + " deleted by the freelancer; the segment is not billed");
        syncSoon.run();
        publish(time.now());
    }

    /** The tracker thread's timer: when {@link #tick()} should next run (real delay). */
    public synchronized Duration nextWake() {
        Instant now = time.now();
        Instant next = now.plus(settings.tick());
        if (open != null && "planned".equals(open.shot) && open.shotPlannedAt != null && open.shotPlannedAt.isBefore(next)) next = open.shotPlannedAt;
        if (open != null && open.slotEnd().isBefore(next)) next = open.slotEnd();
        if (state instanceof TrackerState.Waiting w && w.startsAt().isBefore(next)) next = w.startsAt();
        Duration d = time.toReal(Duration.between(now, next));
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** Does what is due now: jump check, input, idle, slot boundaries, screenshot, checkpoint. */
    public synchronized TrackerStatus tick() {
        Instant now = time.now();
        long mono = time.elapsedNanos();
        if (lastWall != null && state instanceof TrackerState.Running) {
            // The tolerance is real time: under time compression, scheduling noise is compressed too.
            Optional<ClockJump.Jump> jump = ClockJump.between(lastWall, lastMono, now, mono, time.fromReal(ClockJump.TOLERANCE));
            if (jump.isPresent()) {
                lastWall = now;
                lastMono = mono;
                return onJump(jump.get());
            }
        }
        lastWall = now;
        lastMono = mono;
        try {
            writes.flush();
            switch (state) {
                case TrackerState.Running r -> running(r, now);
                case TrackerState.Idle i -> idle(i, now);
                case TrackerState.Waiting w -> {
                    counter.drain();
                    if (!now.isBefore(w.startsAt())) beginRun(w.session(), now);
                }
                case TrackerState.Stopped s -> counter.drain();
            }
        } catch (JournalException e) {
            // Disk full or the file locked: what is in memory stays there and the next tick tries again.
            journalFailed(e);
        }
        return publish(now);
    }

    private void running(TrackerState.Running r, Instant now) {
        drainInput(now);
        ContractInfo c = r.session().contract();
        Instant lastInput = counter.lastInput();
        Instant active = lastInput == null || lastInput.isBefore(r.since()) ? r.since() : lastInput;
        if (IdlePolicy.at(now, active, c.idleMinutes(), hooks) instanceof IdlePolicy.Idle idle) {
            advance(idle.detectedAt());
            if (open != null) {
                open.endRun();
                captureIfDue(now, true);
                checkpoint(now);
            }
            writes.quietly(() -> journal.put("idle_since", idle.since().toString()));
            state = new TrackerState.Idle(r.session(), idle.since(), idle.detectedAt(), null);
            log.info("idle", "no input since " + idle.since() + "; tracking paused until the person answers keep or discard");
            return;
        }
        advance(now);
        captureIfDue(now, false);
        if (hooks && lastInput != null && lastInput.isAfter(lastReleased)) {
            writes.quietly(() -> {
                if (journal.release(account, lastInput) > 0) syncSoon.run();
            });
            lastReleased = lastInput;
        }
        if (open != null && Duration.between(lastCheckpoint, now).compareTo(settings.checkpoint()) >= 0) checkpoint(now);
        if (state instanceof TrackerState.Running && limits.due(now) && limits.reached(c, now)) {
            if (c.stopAtLimit()) stop("The weekly limit of " + c.weeklyLimitHours() + " h is reached; tracking stopped (time beyond it is not billed).");
            else notice(LimitWatch.overLimitNotice(c));
        }
    }

    private void idle(TrackerState.Idle i, Instant now) {
        counter.drain();
        if (open != null && !now.isBefore(open.slotEnd())) closeOpen(now, true);
        Instant lastInput = counter.lastInput();
        if (i.returnedAt() == null && lastInput != null && lastInput.isAfter(i.detectedAt())) {
            state = new TrackerState.Idle(i.session(), i.since(), i.detectedAt(), lastInput);
            log.info("idle", "input again at " + lastInput + ": asking keep or discard");
        }
    }

    private TrackerStatus onJump(ClockJump.Jump j) {
        // Nothing after the last tick before the jump is tracked: end there and stop.
        if (open != null) {
            open.endRun();
            if ("planned".equals(open.shot)) {
                open.shot = "failed";
                open.shotNote = "tracking stopped (" + j.describe() + ") before the screenshot was due";
            }
        }
        counter.drain();
        log.info("session", "wall clock jump: " + j.describe() + "; tracking ends at " + j.lastGood());
        closeOpen(j.lastGood(), false);
        return stop("Tracking stopped at " + j.lastGood() + ": " + j.describe() + ".");
    }

    /** Extends tracked time to {@code t}, closing each slot it passes and opening the next. */
    private void advance(Instant t) {
        while (open != null && open.running()) {
            if (t.isBefore(open.slotEnd())) {
                addSession(open, t);
                open.extend(t);
                return;
            }
            Instant end = open.slotEnd();
            addSession(open, end);
            open.extend(end);
            drainInput(end);
            captureIfDue(end, false);
            open.endRun();
            TrackerState.Session session = session();
            closeOpen(end, hooks);
            if (session == null) return;
            openSegment(session, end);
            open.startRun(end);
            drainInput(t);
        }
    }

    private void addSession(OpenSegment s, Instant to) {
        if (s.runTo != null && to.isAfter(s.runTo)) sessionSeconds += Duration.between(s.runTo, to.isAfter(s.slotEnd()) ? s.slotEnd() : to).toMillis();
    }

    private void beginRun(TrackerState.Session session, Instant now) {
        if (open != null && !open.slotStart.equals(SegmentGrid.slotStart(now))) closeOpen(now, hooks);
        if (open == null) openSegment(session, now);
        else if (!"taken".equals(open.shot) && session.contract().screenshots() != ScreenshotPolicy.NONE) {
            open.shot = "planned";
            open.shotPlannedAt = CaptureMoment.plan(now, random);
        }
        open.startRun(now);
        lastCheckpoint = now;
        state = new TrackerState.Running(session, now);
    }

    private void openSegment(TrackerState.Session session, Instant from) {
        ContractInfo c = session.contract();
        boolean withShot = c.screenshots() != ScreenshotPolicy.NONE;
        open = new OpenSegment(UUID.randomUUID(), account, c.id(), SegmentGrid.slotStart(from), session.memo(), session.label(), hooks,
                withShot ? "planned" : "disabled");
        if (withShot) open.shotPlannedAt = CaptureMoment.plan(from, random);
        lastCheckpoint = from;
        writes.opened(open);
    }

    /**
     * Closes the open segment in the journal; if the journal cannot take it now (disk full), it
     * stays in memory and every tick tries again, so tracking never stalls on the disk.
     */
    private void closeOpen(Instant at, boolean held) {
        if (open == null) return;
        open.endRun();
        writes.closed(open, at, held);
        if (open.trackedSeconds() > 0) syncSoon.run();
        open = null;
    }

    private void checkpoint(Instant now) {
        if (open == null) return;
        lastCheckpoint = now;
        writes.checkpoint(open);
    }

    /** A journal write that failed without stopping tracking: logged and shown. */
    private void journalFailed(JournalException e) {
        log.problem("journal", e.getMessage(), null);
        notice(e.diskFull() ? "The disk is full: tracked time is kept in memory until the journal can save it. Free some space."
                : "The journal cannot be written: " + e.getMessage());
    }

    private long discardIdle(Instant since) {
        long cut = journal.discardFrom(account, since);
        if (open != null) journal.find(open.id).ifPresent(open::reload);
        return cut;
    }

    /**
     * Adds the input counted since the last drain to the segment it belongs to. Counts of minutes
     * after the open segment's slot (input that came while a late tick was closing it) wait for the
     * next segment; counts of untracked minutes are dropped.
     */
    private void drainInput(Instant now) {
        List<ActivityCounter.Minute> minutes = new ArrayList<>(carried);
        carried.clear();
        minutes.addAll(counter.drain());
        for (ActivityCounter.Minute m : minutes) {
            if (open == null) continue;
            if (!m.start().isBefore(open.slotEnd())) carried.add(m);
            else if (open.tracked(m.start())) open.add(m.start(), m.counts());
        }
    }

    /** Takes the open segment's screenshot when due, or now when tracking ends before its moment ({@code ending}). */
    private void captureIfDue(Instant now, boolean ending) {
        TrackerState.Session session = session();
        shots.captureIfDue(open, session == null ? null : session.contract().screenshots(), now, ending);
    }

    private TrackerState.Session session() {
        return switch (state) {
            case TrackerState.Running r -> r.session();
            case TrackerState.Idle i -> i.session();
            case TrackerState.Waiting w -> w.session();
            case TrackerState.Stopped s -> null;
        };
    }

    /** The server's count of a contract's week, fetched after each sync pass (outside the lock). */
    public void setUsage(long contractId, WeekUsage u) {
        limits.setUsage(contractId, u);
    }

    /** The server's count of a retainer's cycle, fetched with the week ({@code null}: not a retainer). */
    public void setCycle(long contractId, CycleUsage u) {
        limits.setCycle(contractId, u);
    }

    /** The contract being tracked, if any (the sync loop fetches its week). */
    public synchronized Optional<ContractInfo> contract() {
        TrackerState.Session s = session();
        return s == null ? Optional.empty() : Optional.of(s.contract());
    }

    /** Tracked seconds of the contract's segments since {@code from} that the server does not count yet (the open one included). */
    private int[] notOnServer(ContractInfo c, Instant from) {
        List<Integer> local = new ArrayList<>();
        for (JournalSegment s : journal.since(account, from)) {
            if (s.contractId() == c.id() && s.state().equals("closed") && !s.upload().equals("stored") && !s.upload().startsWith("delete")
                    && !s.upload().equals("refused")) local.add(s.trackedSeconds());
        }
        if (open != null && open.contractId == c.id()) local.add(open.trackedSeconds());
        return local.stream().mapToInt(Integer::intValue).toArray();
    }

    private void notice(String text) {
        if (!notices.contains(text)) notices.add(text);
        if (notices.size() > 8) notices.remove(0);
    }

    private TrackerStatus publish(Instant now) {
        TrackerStatus s = snapshot(now);
        status = s;
        for (Consumer<TrackerStatus> l : listeners) l.accept(s);
        return s;
    }

    private TrackerStatus snapshot(Instant now) {
        TrackerState.Session session = session();
        long today = 0;
        long week = 0;
        Long left = null;
        Long cycleLeft = null;
        TrackerStatus.LastShot last = null;
        if (session != null || open != null || journal != null) {
            long contract = session != null ? session.contract().id() : -1;
            LocalDate day = LocalDate.ofInstant(now, settings.zone());
            BillingWeek bw = BillingWeek.of(now);
            Instant from = day.atStartOfDay(settings.zone()).toInstant();
            if (bw.start().isBefore(from)) from = bw.start();
            long unsyncedWeek = 0;
            for (JournalSegment s : journal.since(account, from.minusSeconds(SegmentGrid.SEGMENT_SECONDS))) {
                if (s.shotTakenAt() != null && !"deleted".equals(s.shot())) last = new TrackerStatus.LastShot(s.id(), s.shotTakenAt(), s.thumbFile(), s.upload());
                if (s.contractId() != contract || s.upload().startsWith("delete")) continue;
                int t = open != null && open.id.equals(s.id()) ? open.trackedSeconds() : s.trackedSeconds();
                if (!LocalDate.ofInstant(s.slotStart(), settings.zone()).isBefore(day)) today += t;
                if (bw.contains(s.slotStart()) && !"stored".equals(s.upload())) unsyncedWeek += t;
            }
            WeekUsage u = limits.usage(contract);
            week = (u == null ? 0 : u.trackedAndManualSeconds()) + unsyncedWeek;
            if (session != null) {
                left = WeeklyLimitWatch.left(limits.limit(session.contract(), now)).stream().boxed().findFirst().orElse(null);
                cycleLeft = limits.cycleLeft(session.contract());
            }
        }
        org.hourbook.core.segment.MinuteActivity counts = null;
        if (open != null && hooks) {
            int[] sum = new int[4];
            for (int[] m : open.minutes) for (int i = 0; i < 4; i++) sum[i] += m[i];
            counts = new org.hourbook.core.segment.MinuteActivity(sum[0], sum[1], sum[2], sum[3]);
        }
        return new TrackerStatus(state, now, sessionSeconds / 1000, today, week, left, cycleLeft, last, hooks ? null : hooksProblem, shots.problem(),
                List.copyOf(notices), counts);
    }
}
