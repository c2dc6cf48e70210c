package org.hourbook.server.diary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.contract.OfferPolicy;
import org.hourbook.core.diary.DayRange;
import org.hourbook.core.diary.DiaryDay;
import org.hourbook.core.policy.Decision;
import org.hourbook.core.segment.ProtectedTime;
import org.hourbook.core.segment.Segment;
import org.hourbook.core.segment.TrackedTime;
import org.hourbook.core.week.BillingWeek;
import org.hourbook.core.week.EditWindowPolicy;
import org.hourbook.core.week.WeeklyLimitPolicy;
import org.hourbook.server.Refusal;
import org.hourbook.server.auth.Viewer;
import org.hourbook.server.contract.ContractService;
import org.hourbook.server.contract.Visible;
import org.hourbook.store.Database;

/**
 * The Work Diary of one contract for one day in the viewer's zone or UTC: hour rows, segments
 * with over-limit marks (decided in time order within each billing week), and day/week totals.
 */
public final class DiaryService {
    private final Database db;
    private final ContractService contracts;
    private final Clock clock;

    public DiaryService(Database db, ContractService contracts, Clock clock) {
        this.db = db;
        this.contracts = contracts;
        this.clock = clock;
    }

    /** What the viewer may do on this diary right now; {@code readOnlyReason} explains a lock. */
    public record Permissions(boolean editMemo, boolean delete, boolean addManual, boolean editLabel, String readOnlyReason) {}

    /**
     * One diary day.
     *
     * @param contract          the contract with the billing terms (limit, rate) in force in {@code week}
     * @param overLimit         ids of the day's segments beyond the weekly limit
     * @param weekSeconds       all time in the billing week containing {@code date}
     * @param weekBillableSeconds time within the limit in that week
     * @param remainingSeconds  hours left under the limit in that week, empty when there is no limit
     */
    public record Day(Visible contract, DiaryDay day, ZoneId zone, Set<UUID> overLimit, BillingWeek week, long weekSeconds,
                      long weekBillableSeconds, OptionalLong remainingSeconds, Permissions permissions) {}

    public Day day(Viewer viewer, long contractId, LocalDate date, boolean utc) {
        // The contract, its terms history, the weeks' timing and the day: one connection for all.
        return db.reading(() -> read(viewer, contractId, date, utc));
    }

    private Day read(Viewer viewer, long contractId, LocalDate date, boolean utc) {
        Visible v = contracts.visible(viewer, contractId);
        ZoneId zone = shownZone(viewer, utc);
        DayRange range = DayRange.of(date, zone);
        // A local day can touch two billing weeks; load whole weeks so over-limit marks are exact.
        BillingWeek first = BillingWeek.of(range.start());
        BillingWeek last = BillingWeek.of(range.end().minusNanos(1));
        BillingWeek dateWeek = BillingWeek.containing(date);
        Instant from = min(first.start(), dateWeek.start());
        Instant to = max(last.end(), dateWeek.end());
        // Whole weeks of timing only (no memos or per-minute counts), the day itself in full.
        List<Segment> all = db.segments().findTimingByContract(contractId, from, to);
        List<BillingWeek> weeks = new ArrayList<>();
        for (BillingWeek w = BillingWeek.of(from); w.start().isBefore(to); w = w.next()) weeks.add(w);
        // Each week under the limit and rounding in force that week: a later change never re-marks a final week.
        Map<BillingWeek, ContractTerms> terms = contracts.inForce(v, weeks);
        Set<UUID> over = new HashSet<>();
        for (BillingWeek w : weeks) {
            ContractTerms tw = terms.get(w);
            over.addAll(WeeklyLimitPolicy.overLimit(inWeek(all, w), tw.weeklyLimitHours(), tw.rounding()));
        }
        List<Segment> daySegments = db.segments().findByContract(contractId, range.start(), range.end());
        DiaryDay layout = DiaryDay.layout(date, zone, daySegments);
        ContractTerms t = terms.get(dateWeek);
        List<Segment> week = inWeek(all, dateWeek);
        long weekSeconds = week.stream().mapToLong(s -> TrackedTime.billableSeconds(s, t.rounding())).sum();
        long weekBillable = week.stream().filter(s -> !over.contains(s.id())).mapToLong(s -> TrackedTime.billableSeconds(s, t.rounding())).sum();
        OptionalLong remaining = WeeklyLimitPolicy.remainingSeconds(week, t.weeklyLimitHours(), t.rounding());
        Set<UUID> dayOver = new HashSet<>();
        daySegments.forEach(s -> { if (over.contains(s.id())) dayOver.add(s.id()); });
        return new Day(new Visible(t, v.access()), layout, zone, dayOver, dateWeek, weekSeconds, weekBillable, remaining,
                permissions(v, range));
    }

    /** The zone a diary is shown in: UTC, or the viewer's own ("mine"). */
    public static ZoneId shownZone(Viewer viewer, boolean utc) {
        return utc ? ZoneOffset.UTC : viewer.zone();
    }

    /**
     * One segment with what both the API and its page say about it: whether it is beyond its
     * week's limit (under the terms in force that week), whether the viewer may delete it now
     * (freelancer, edit window open), and whether it is protected time.
     */
    public record SegmentDetail(Visible contract, Segment segment, boolean overLimit, boolean deletable, boolean protectedTime) {}

    public SegmentDetail segment(Viewer viewer, long contractId, UUID segmentId) {
        return db.reading(() -> {
            Visible v = contracts.visible(viewer, contractId);
            Segment s = db.segments().findById(segmentId).filter(x -> x.contractId() == contractId)
                    .orElseThrow(() -> Refusal.notFound("segment"));
            boolean over = isOverLimit(v, s);
            boolean deletable = v.access().canEditTime() && EditWindowPolicy.check(s.start(), clock.instant(), v.terms().status()).isAccepted();
            return new SegmentDetail(v, s, over, deletable, ProtectedTime.isProtected(s, over));
        });
    }

    /** Whether one segment is beyond its week's limit, under the terms in force that week. */
    boolean isOverLimit(Visible v, Segment s) {
        BillingWeek w = BillingWeek.of(s.start());
        ContractTerms t = contracts.inForce(v, w).terms();
        List<Segment> week = db.segments().findTimingByContract(v.id(), w.start(), w.end());
        return WeeklyLimitPolicy.overLimit(week, t.weeklyLimitHours(), t.rounding()).contains(s.id());
    }

    Permissions permissions(Visible v, DayRange range) {
        Instant now = clock.instant();
        String reason = null;
        if (v.terms().isClosed()) {
            reason = "This contract is closed; its diary is read-only.";
        } else if (OfferPolicy.timeAllowed(v.terms().status()) instanceof Decision.Rejected offer) {
            reason = offer.violation().message();
        } else if (EditWindowPolicy.isLocked(BillingWeek.of(range.end().minusNanos(1)), now)) {
            reason = "This billing week is locked; its timesheet is final.";
        }
        boolean editable = reason == null && v.access().canEditTime();
        // Labels follow the memo's edit window: the label is part of the week's record, and a
        // locked week's record is final for both parties (see SegmentEdits.setLabel).
        return new Permissions(editable, editable, editable && v.terms().manualTimeAllowed(),
                reason == null && v.access().canEditLabels(), reason);
    }

    static List<Segment> inWeek(List<Segment> segments, BillingWeek w) {
        List<Segment> out = new ArrayList<>();
        for (Segment s : segments) if (w.contains(s.start())) out.add(s);
        return out;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
