package org.hourbook.core.week;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.hourbook.core.contract.BillingRounding;
import org.hourbook.core.segment.Segment;
import org.hourbook.core.segment.TrackedTime;

/**
 * Which segments of one contract in one billing week are over the client's weekly limit. Time
 * beyond the limit is kept but not billed. Segments fill the limit in time order, tracked and
 * manual alike; a segment is billed whole or not at all.
 * <pre>
 *  limit 1 h, SEGMENT rounding (each segment counts 600 s)
 *  Mon 09:00 |s1|s2|s3|s4|s5|s6|      = 3600 s, the limit is full
 *  Mon 10:00                  |s7|    over-limit; and so is everything after it
 *
 *  limit 1 h, EXACT rounding (segments count their tracked seconds)
 *  used 3300 s | s7: 400 s would make 3700 > 3600  -> s7 over-limit as a whole
 *              | s8:  60 s would still fit         -> over-limit too: the limit was reached at s7
 * </pre>
 * Why EXACT does not split or back-fill: a segment is the unit a client reviews (one screenshot,
 * one memo), so it is billed whole or not at all; and filling strictly in time order keeps the
 * result stable when later time is added (adding a segment never changes the fate of an earlier
 * one). The freelancer loses at most 599 s of a week, and only in EXACT mode.
 */
public final class WeeklyLimitPolicy {
    private static final Comparator<Segment> TIME_ORDER =
            Comparator.comparing(Segment::start).thenComparing(Segment::id);

    private WeeklyLimitPolicy() {}

    /**
     * @param segmentsOfOneContractInOneWeek the caller's selection; not checked here
     * @param limitHours                     {@code null} for no limit (nothing is over)
     * @return ids of over-limit segments; the input list is not changed
     */
    public static Set<UUID> overLimit(List<Segment> segmentsOfOneContractInOneWeek, Integer limitHours, BillingRounding rounding) {
        Set<UUID> over = new LinkedHashSet<>();
        if (limitHours == null) return over;
        long limitSeconds = Math.max(0, limitHours) * 3600L;
        long used = 0;
        boolean reached = false;
        for (Segment s : segmentsOfOneContractInOneWeek.stream().sorted(TIME_ORDER).toList()) {
            long counted = TrackedTime.billableSeconds(s, rounding);
            if (!reached && used + counted <= limitSeconds) {
                used += counted;
            } else {
                reached = true;
                over.add(s.id());
            }
        }
        return over;
    }

    /**
     * Over-limit segments of one contract across several billing weeks: each week is decided on
     * its own. Pass whole weeks: a week cut short (a local day that starts on Sunday evening UTC)
     * would leave out the earlier time that filled the limit.
     */
    public static Set<UUID> overLimitByWeek(List<Segment> segmentsOfOneContract, Integer limitHours, BillingRounding rounding) {
        Set<UUID> over = new LinkedHashSet<>();
        if (limitHours == null) return over;
        Map<BillingWeek, List<Segment>> byWeek = new TreeMap<>();
        for (Segment s : segmentsOfOneContract) byWeek.computeIfAbsent(BillingWeek.of(s.start()), w -> new ArrayList<>()).add(s);
        byWeek.values().forEach(week -> over.addAll(overLimit(week, limitHours, rounding)));
        return over;
    }

    /**
     * Seconds still billable this week (what the tracker shows as "hours left"); empty when the
     * contract has no limit.
     */
    public static OptionalLong remainingSeconds(List<Segment> segmentsOfOneContractInOneWeek, Integer limitHours, BillingRounding rounding) {
        if (limitHours == null) return OptionalLong.empty();
        Set<UUID> over = overLimit(segmentsOfOneContractInOneWeek, limitHours, rounding);
        long billed = segmentsOfOneContractInOneWeek.stream()
                .filter(s -> !over.contains(s.id()))
                .mapToLong(s -> TrackedTime.billableSeconds(s, rounding))
                .sum();
        // Once a segment was over, the limit counts as reached even if EXACT left a few seconds unused.
        long left = over.isEmpty() ? Math.max(0, limitHours) * 3600L - billed : 0;
        return OptionalLong.of(Math.max(0, left));
    }
}
