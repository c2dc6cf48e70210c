package org.hourbook.core.week;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hourbook.core.contract.BillingRounding;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.money.Money;
import org.hourbook.core.segment.ProtectedTime;
import org.hourbook.core.segment.Segment;
import org.hourbook.core.segment.TrackedTime;

/**
 * One contract's billing week: what was worked, what is over the limit, what is billed and for
 * how much. All seconds are counted with the contract's rounding, so
 * {@code tracked + manual = total = billable + overLimit}.
 * <pre>
 *  Mon 00:00 UTC ........................................ Sun 24:00 UTC
 *  | Mon | Tue | Wed | Thu | Fri | Sat | Sun |   seven UTC days, each a {@link Day}
 *  segments are placed by their start; a segment never straddles a UTC midnight (600 s grid)
 * </pre>
 *
 * @param rateMinor hourly rate in minor units of the contract currency
 * @param amount    {@code billable seconds x rate / 3600}, rounded half-up to a minor unit
 * @param protectedSeconds billed seconds that are protected time (see {@link ProtectedTime})
 */
public record Timesheet(
        long contractId,
        BillingWeek week,
        BillingRounding rounding,
        Integer weeklyLimitHours,
        long trackedSeconds,
        long manualSeconds,
        long overLimitSeconds,
        long billableSeconds,
        long protectedSeconds,
        long rateMinor,
        Money amount,
        List<Day> days,
        Set<UUID> overLimitSegments) {

    public Timesheet {
        days = List.copyOf(days);
        overLimitSegments = Set.copyOf(overLimitSegments);
    }

    /**
     * One UTC day of the week; its seconds sum to the week's. Its {@code amount} is rounded on its
     * own, so day amounts may differ from the week's amount by up to half a minor unit per day:
     * the week's amount is the one that is billed.
     */
    public record Day(LocalDate date, long trackedSeconds, long manualSeconds, long overLimitSeconds, long billableSeconds,
                      long protectedSeconds, Money amount) {
        public long totalSeconds() {
            return trackedSeconds + manualSeconds;
        }
    }

    public boolean isOverLimit(UUID segmentId) {
        return overLimitSegments.contains(segmentId);
    }

    private static final int TRACKED = 0, MANUAL = 1, OVER = 2, BILLABLE = 3, PROTECTED = 4;

    /**
     * Builds the timesheet from any segments: those of other contracts or outside the week are
     * ignored, so a caller may pass a wider selection.
     */
    public static Timesheet of(ContractTerms terms, BillingWeek week, List<Segment> segments) {
        List<Segment> mine = segments.stream()
                .filter(s -> s.contractId() == terms.id() && week.contains(s.start()))
                .toList();
        BillingRounding rounding = terms.rounding();
        Set<UUID> over = WeeklyLimitPolicy.overLimit(mine, terms.weeklyLimitHours(), rounding);

        Map<LocalDate, long[]> perDay = new LinkedHashMap<>();
        for (LocalDate d : week.days()) perDay.put(d, new long[5]);
        for (Segment s : mine) {
            long counted = TrackedTime.billableSeconds(s, rounding);
            boolean isOver = over.contains(s.id());
            long[] day = perDay.get(LocalDate.ofInstant(s.start(), ZoneOffset.UTC));
            day[s.isManual() ? MANUAL : TRACKED] += counted;
            day[isOver ? OVER : BILLABLE] += counted;
            if (ProtectedTime.isProtected(s, isOver)) day[PROTECTED] += counted;
        }
        List<Day> days = new ArrayList<>();
        long[] sum = new long[5];
        perDay.forEach((date, v) -> {
            days.add(new Day(date, v[TRACKED], v[MANUAL], v[OVER], v[BILLABLE], v[PROTECTED],
                    amount(v[BILLABLE], terms.rateMinor(), terms.currency())));
            for (int i = 0; i < sum.length; i++) sum[i] += v[i];
        });
        return new Timesheet(terms.id(), week, rounding, terms.weeklyLimitHours(),
                sum[TRACKED], sum[MANUAL], sum[OVER], sum[BILLABLE], sum[PROTECTED], terms.rateMinor(),
                amount(sum[BILLABLE], terms.rateMinor(), terms.currency()), days, over);
    }

    /** {@code seconds x rateMinor / 3600}, half-up, exact in BigDecimal. */
    public static Money amount(long billableSeconds, long rateMinor, String currency) {
        BigDecimal minor = BigDecimal.valueOf(billableSeconds)
                .multiply(BigDecimal.valueOf(rateMinor))
                .divide(BigDecimal.valueOf(3600), 0, RoundingMode.HALF_UP);
        return new Money(minor.longValueExact(), currency);
    }

    public long totalSeconds() {
        return trackedSeconds + manualSeconds;
    }

    /** A timesheet is final once its week is locked (Monday 12:00 UTC after the week). */
    public boolean isFinal(java.time.Instant now) {
        return EditWindowPolicy.isLocked(week, now);
    }

    public BigDecimal trackedHours() {
        return Hours.decimal(trackedSeconds);
    }

    public BigDecimal manualHours() {
        return Hours.decimal(manualSeconds);
    }

    public BigDecimal overLimitHours() {
        return Hours.decimal(overLimitSeconds);
    }

    public BigDecimal billableHours() {
        return Hours.decimal(billableSeconds);
    }

    public BigDecimal protectedHours() {
        return Hours.decimal(protectedSeconds);
    }
}
