package org.hourbook.tracker.session;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.hourbook.core.segment.TrackedTime;
import org.hourbook.core.week.BillingWeek;
import org.hourbook.tracker.session.Tracker.CycleUsage;
import org.hourbook.tracker.session.Tracker.WeekUsage;

/**
 * The weekly limit and a retainer's cap as the tracker sees them while it runs: the server's count
 * (fetched after each sync pass) plus what this journal has not uploaded yet. Warns once per
 * session near either; says whether the weekly limit is reached (the tracker then stops or goes
 * on, as the contract says). Looked at when tracking starts and every 30 s of running.
 * <pre>
 *  server's count ──┐
 *  not uploaded ────┴─> used ── warn at 30 min left ── reached ──> stop, or "over the limit"
 * </pre>
 */
final class LimitWatch {
    static final Duration EVERY = Duration.ofSeconds(30);

    private final Map<Long, WeekUsage> usage = new ConcurrentHashMap<>();
    private final Map<Long, CycleUsage> cycles = new ConcurrentHashMap<>();
    /** Tracked seconds of a contract's segments since a moment that the server does not count yet. */
    private final BiFunction<ContractInfo, Instant, int[]> notOnServer;
    private final Consumer<String> notice;
    private boolean limitWarned;
    private boolean capWarned;
    private Instant lastCheck = Instant.EPOCH;

    LimitWatch(BiFunction<ContractInfo, Instant, int[]> notOnServer, Consumer<String> notice) {
        this.notOnServer = notOnServer;
        this.notice = notice;
    }

    void setUsage(long contractId, WeekUsage u) {
        usage.put(contractId, u);
    }

    void setCycle(long contractId, CycleUsage u) {
        if (u == null) cycles.remove(contractId);
        else cycles.put(contractId, u);
    }

    WeekUsage usage(long contractId) {
        return usage.get(contractId);
    }

    /** A new session warns again. */
    void newSession() {
        limitWarned = false;
        capWarned = false;
    }

    boolean due(Instant now) {
        return Duration.between(lastCheck, now).compareTo(EVERY) >= 0;
    }

    /** Warns near the limit or the cap (once each per session); whether the weekly limit is reached. */
    boolean reached(ContractInfo c, Instant now) {
        lastCheck = now;
        capCheck(c);
        WeeklyLimitWatch.Outcome o = limit(c, now);
        if (o instanceof WeeklyLimitWatch.Within w && w.warn() && !limitWarned) {
            limitWarned = true;
            notice.accept("Less than " + (w.secondsLeft() / 60 + 1) + " minutes left under the weekly limit of " + c.weeklyLimitHours() + " h.");
        }
        return o instanceof WeeklyLimitWatch.Reached;
    }

    static String overLimitNotice(ContractInfo c) {
        return "The weekly limit of " + c.weeklyLimitHours() + " h is reached; this contract keeps tracking, and the time past the limit "
                + "shows as over the limit and is not billed.";
    }

    WeeklyLimitWatch.Outcome limit(ContractInfo c, Instant now) {
        WeekUsage u = usage.get(c.id());
        return WeeklyLimitWatch.check(c.weeklyLimitHours(), u == null ? 0 : u.usedSeconds(), u != null && u.overLimit(),
                notOnServer.apply(c, BillingWeek.of(now).start()), c.rounding());
    }

    /** Of the retainer's cycle: cap − the server's count − what is not uploaded yet; below zero when over; {@code null}: not a retainer. */
    Long cycleLeft(ContractInfo c) {
        CycleUsage u = cycles.get(c.id());
        return u == null ? null : cycleLeft(c, u);
    }

    /** Retainers without overage warn at 30 minutes left and at the cap; tracking goes on (the time is kept, as over the cap). */
    private void capCheck(ContractInfo c) {
        CycleUsage u = cycles.get(c.id());
        if (u == null || u.overageAllowed()) return;
        long left = cycleLeft(c, u);
        String cap = hours(u.capSeconds());
        if (left <= 0) {
            notice.accept("This cycle's " + cap + " h are used up (the retainer resets on " + u.resetsOn() + "). The client has not agreed to "
                    + "more: time from now shows as over the cap.");
        } else if (left <= WeeklyLimitWatch.WARN_SECONDS && !capWarned) {
            capWarned = true;
            notice.accept("Less than " + (left / 60 + 1) + " minutes left of this cycle's " + cap + " h (the retainer resets on " + u.resetsOn()
                    + ").");
        }
    }

    private long cycleLeft(ContractInfo c, CycleUsage u) {
        long used = u.usedSeconds();
        for (int t : notOnServer.apply(c, u.cycleStart())) used += TrackedTime.billableSeconds(t, c.rounding());
        return u.capSeconds() - used;
    }

    private static String hours(long seconds) {
        return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
