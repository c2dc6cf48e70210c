package org.hourbook.tracker;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.hourbook.core.contract.BillingRounding;
import org.hourbook.core.contract.ScreenshotPolicy;
import org.hourbook.core.week.BillingWeek;
import org.hourbook.tracker.activity.ActivityCounter;
import org.hourbook.tracker.activity.InputHooks;
import org.hourbook.tracker.activity.NativeHooks;
import org.hourbook.tracker.capture.RobotScreens;
import org.hourbook.tracker.capture.Screens;
import org.hourbook.tracker.config.Account;
import org.hourbook.tracker.config.TrackerConfig;
import org.hourbook.tracker.journal.Journal;
import org.hourbook.tracker.journal.ShotFiles;
import org.hourbook.tracker.log.TrackerLog;
import org.hourbook.tracker.session.ContractInfo;
import org.hourbook.tracker.session.Tracker;
import org.hourbook.tracker.sync.Api;
import org.hourbook.tracker.sync.Backoff;
import org.hourbook.tracker.sync.Syncer;
import org.hourbook.tracker.wire.Wire;

/**
 * One running tracker: journal, input hooks, screen capture, the tracking session on its timer
 * thread and the sync loop on another. The window, the tray and the headless process all run
 * this same object; only what shows its status differs.
 */
public final class TrackerRuntime implements AutoCloseable {
    private static final ObjectMapper JSON = Wire.mapper();

    private final TrackerConfig config;
    private final Account account;
    private final TrackerLog log;
    private final Journal journal;
    private final ShotFiles files;
    private final InputHooks hooks;
    private final Api api;
    private final Syncer syncer;
    private final java.util.Set<Long> hourlyOnly = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Tracker tracker;
    private final ScheduledExecutorService timer;
    private final Thread syncThread;
    private final Semaphore syncPokes = new Semaphore(0);
    private volatile boolean closed;

    private TrackerRuntime(TrackerConfig config, Account account, TrackerLog log, InputHooks hooks, Screens screens) {
        this.config = config;
        this.account = account;
        this.log = log;
        this.journal = Journal.open(config.journalFile());
        this.files = new ShotFiles(config.shotsDir());
        this.hooks = hooks;
        RandomGenerator random = RandomGenerator.of("L64X128MixRandom");
        ActivityCounter counter = new ActivityCounter(config.time());
        String hooksProblem = switch (hooks.start(counter)) {
            case InputHooks.Available a -> null;
            case InputHooks.Unavailable u -> {
                log.problem("permission", "input hooks unavailable: " + u.reason() + "; activity is recorded as unknown. " + u.fix(), null);
                yield "unknown: " + u.reason() + "; to record it, " + u.fix();
            }
        };
        Syncer[] holder = new Syncer[1];
        this.api = new Api(account.server(), account.token(), d -> {
            if (holder[0] != null) holder[0].serverDate(d);
        });
        this.syncer = new Syncer(journal, files, api, account.key(), config.time(), random, log, Backoff.DEFAULT);
        holder[0] = syncer;
        Tracker.Settings settings = new Tracker.Settings(config.checkpoint(), Duration.ofSeconds(1), java.time.ZoneId.systemDefault());
        this.tracker = new Tracker(config.time(), journal, files, counter, hooksProblem, screens, random, log, account.key(), settings, syncPokes::release);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "tracker-timer"));
        this.syncThread = daemon(this::syncLoop, "tracker-sync");
    }

    /** Opens the journal, recovers what a crashed tracker left, and starts the timer and sync threads. */
    public static TrackerRuntime start(TrackerConfig config, Account account, TrackerLog log) {
        InputHooks hooks = config.inputHooks() ? new NativeHooks() : InputHooks.switchedOff();
        return start(config, account, log, hooks, new RobotScreens());
    }

    public static TrackerRuntime start(TrackerConfig config, Account account, TrackerLog log, InputHooks hooks, Screens screens) {
        TrackerRuntime rt = new TrackerRuntime(config, account, log, hooks, screens);
        Thread warm = daemon(screens::warmUp, "tracker-capture-warm-up");
        warm.setPriority(Thread.MIN_PRIORITY);
        warm.start();
        rt.tracker.recover();
        rt.timer.schedule(rt::tickLoop, 0, TimeUnit.MILLISECONDS);
        rt.syncThread.start();
        rt.syncPokes.release();
        return rt;
    }

    public Tracker tracker() {
        return tracker;
    }

    public Syncer syncer() {
        return syncer;
    }

    public Journal journal() {
        return journal;
    }

    public ShotFiles files() {
        return files;
    }

    public Account account() {
        return account;
    }

    public TrackerLog log() {
        return log;
    }

    public TrackerConfig config() {
        return config;
    }

    public Api api() {
        return api;
    }

    /** Asks the sync loop for a pass now. */
    public void syncSoon() {
        syncPokes.release();
    }

    /** A pass on the caller's thread (stop and {@code track sync} wait for it). */
    public Syncer.Pass syncNow() {
        Syncer.Pass p = syncer.syncNow();
        refreshUsage();
        return p;
    }

    /**
     * The person's active contracts: from the server, kept in the journal so that tracking can
     * start offline with the terms last seen.
     */
    public List<ContractInfo> contracts() {
        try {
            List<org.hourbook.api.contract.ContractView> list = api.contracts().stream().filter(Wire::active)
                    .filter(c -> c.freelancerId() == account.userId()).toList();
            journal.put("contracts", JSON.writeValueAsString(list));
            return list.stream().map(TrackerRuntime::info).toList();
        } catch (Api.Refused | Api.Unreachable | IOException e) {
            log.problem("sync", "contracts not refreshed: " + e.getMessage() + "; using the last list seen", null);
            return cachedContracts();
        }
    }

    public List<ContractInfo> cachedContracts() {
        return journal.get("contracts").map(text -> {
            try {
                List<org.hourbook.api.contract.ContractView> list = JSON.readValue(text, new TypeReference<List<org.hourbook.api.contract.ContractView>>() {});
                return list.stream().map(TrackerRuntime::info).toList();
            } catch (IOException e) {
                return List.<ContractInfo>of();
            }
        }).orElse(List.of());
    }

    /** A contract by id or by (a unique part of) its title. */
    public static Optional<ContractInfo> pick(List<ContractInfo> contracts, String idOrTitle) {
        if (idOrTitle == null || idOrTitle.isBlank()) return contracts.size() == 1 ? Optional.of(contracts.get(0)) : Optional.empty();
        for (ContractInfo c : contracts) if (Long.toString(c.id()).equals(idOrTitle.trim())) return Optional.of(c);
        List<ContractInfo> byTitle = new ArrayList<>();
        for (ContractInfo c : contracts) {
            if (c.title().toLowerCase(Locale.ROOT).contains(idOrTitle.trim().toLowerCase(Locale.ROOT))) byTitle.add(c);
        }
        return byTitle.size() == 1 ? Optional.of(byTitle.get(0)) : Optional.empty();
    }

    static ContractInfo info(org.hourbook.api.contract.ContractView c) {
        ScreenshotPolicy shots;
        try {
            shots = ScreenshotPolicy.valueOf(c.screenshotPolicy());
        } catch (RuntimeException e) {
            shots = ScreenshotPolicy.NORMAL;
        }
        BillingRounding rounding;
        try {
            rounding = BillingRounding.valueOf(c.rounding());
        } catch (RuntimeException e) {
            rounding = BillingRounding.SEGMENT;
        }
        return new ContractInfo(c.id(), c.title(), shots, c.idleMinutes(), c.weeklyLimitHours(), !"WARN".equals(c.atLimit()), rounding,
                c.activityLabels());
    }

    private void tickLoop() {
        if (closed) return;
        Duration next = Duration.ofSeconds(1);
        try {
            tracker.tick();
            next = tracker.nextWake();
        } catch (RuntimeException e) {
            log.problem("session", "tick failed: " + e, e);
        }
        long ms = Math.max(2, Math.min(1000, next.toMillis() + 1));
        if (!closed) timer.schedule(this::tickLoop, ms, TimeUnit.MILLISECONDS);
    }

    private void syncLoop() {
        while (!closed) {
            try {
                syncPokes.tryAcquire(config.time().toReal(Duration.ofSeconds(30)).toMillis() + 1, TimeUnit.MILLISECONDS);
                syncPokes.drainPermits();
                if (closed) return;
                if (syncer.due()) syncNow();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.problem("sync", "sync loop: " + e, e);
            }
            // Waits out the backoff without spinning: the next poke or the timeout decides.
            Syncer.State s = syncer.state();
            if (s.nextAttempt() != null) {
                long wait = Duration.between(config.time().machineClock().instant(), s.nextAttempt()).toMillis();
                if (wait > 0) {
                    try {
                        Thread.sleep(Math.min(wait, 60_000));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }
    }

    private void refreshUsage() {
        tracker.contract().ifPresent(c -> {
            try {
                Wire.Timesheet t = api.timesheet(c.id(), BillingWeek.of(config.time().now()).monday());
                tracker.setUsage(c.id(), new Tracker.WeekUsage(t.billableSeconds() + t.overLimitSeconds(), t.trackedSeconds() + t.manualSeconds(),
                        t.overLimitSeconds() > 0));
            } catch (Api.Refused | Api.Unreachable e) {
                // the week's count stays as last seen
            }
            if (c.weeklyLimitHours() == null) refreshCycle(c);
        });
    }

    /**
     * A contract without a weekly limit may be a retainer: its cycle's balance, for the hours left and the warning at the cap.
     * A contract is a retainer or not from the day it is made, so one "not a retainer" answer is asked once per run.
     */
    private void refreshCycle(ContractInfo c) {
        if (hourlyOnly.contains(c.id())) return;
        try {
            Optional<Wire.Retainer> r = api.retainer(c.id());
            if (r.isEmpty()) hourlyOnly.add(c.id());
            tracker.setCycle(c.id(), r.map(TrackerRuntime::cycle).orElse(null));
        } catch (Api.Refused | Api.Unreachable | RuntimeException e) {
            // the cycle's count stays as last seen
        }
    }

    static Tracker.CycleUsage cycle(Wire.Retainer r) {
        var s = r.status();
        long cap = Wire.seconds(s.capHours()) + Wire.seconds(s.rolloverHours());
        java.time.Instant start = s.cycleStart().atStartOfDay(java.time.ZoneId.of(s.zone())).toInstant();
        return new Tracker.CycleUsage(cap, Wire.seconds(s.usedHours()), !Boolean.FALSE.equals(r.terms().overageAllowed()), start, s.resetsOn());
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Stops the timer and sync threads and closes the journal (tracking should be stopped first). */
    @Override
    public void close() {
        closed = true;
        timer.shutdownNow();
        syncThread.interrupt();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
            syncThread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        hooks.close();
        journal.close();
        log.close();
    }
}
