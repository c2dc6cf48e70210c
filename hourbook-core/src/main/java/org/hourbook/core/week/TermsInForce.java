package org.hourbook.core.week;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.hourbook.core.contract.BillingTerms;
import org.hourbook.core.contract.ContractTerms;

/**
 * Which billing terms (rate, currency, weekly limit, rounding) apply to a billing week. A change
 * takes effect from the billing week in which it is made; earlier weeks keep the terms they were
 * worked under, so a final timesheet never changes.
 * <pre>
 *  history: (since the beginning: 10 h, 50/h)  (from W47: 40 h, 60/h)
 *  ... W45 | W46 |  W47  | W48 ...
 *   10 h 50/h    |  40 h 60/h from here on          change made on Wed of W47
 * </pre>
 * Why not the previous week too, while it is still open (before Monday 12:00 UTC)? That grace
 * window exists for the freelancer to finish their diary, not for the client to re-price work
 * already done: a client lowering the limit on Monday morning would otherwise take back hours
 * billed last week. Upwork likewise applies a limit change to the current week.
 */
public final class TermsInForce {
    /** One recorded set of terms, in force from {@code from} until the next change. */
    public record Change(BillingWeek from, BillingTerms terms) {
        public Change {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(terms, "terms");
        }
    }

    /** The week before any real one: the first recorded terms apply "since the beginning". */
    public static final BillingWeek BEGINNING = BillingWeek.of(Instant.EPOCH);

    private TermsInForce() {}

    /** The first billing week a change made at {@code now} applies to. */
    public static BillingWeek effectiveFrom(Instant now) {
        return BillingWeek.of(now);
    }

    /**
     * The contract's terms as they were for {@code week}: billing fields from the latest change
     * that started on or before {@code week}; with no such change, the current terms (a contract
     * whose terms never changed has no history).
     */
    public static ContractTerms forWeek(ContractTerms current, List<Change> history, BillingWeek week) {
        Change inForce = null;
        for (Change c : history) {
            if (c.from().compareTo(week) <= 0 && (inForce == null || c.from().compareTo(inForce.from()) > 0)) inForce = c;
        }
        return inForce == null ? current : inForce.terms().applyTo(current);
    }

    /**
     * The history after changing the billing terms from {@code before} to {@code after} at
     * {@code now}: the first change also records {@code before} as in force since the beginning,
     * and a second change in the same week replaces that week's entry. The input is not changed.
     */
    public static List<Change> afterChange(List<Change> history, BillingTerms before, BillingTerms after, Instant now) {
        BillingWeek from = effectiveFrom(now);
        List<Change> out = new ArrayList<>();
        if (history.isEmpty()) out.add(new Change(BEGINNING, before));
        for (Change c : history) if (!c.from().equals(from)) out.add(c);
        out.add(new Change(from, after));
        out.sort(Comparator.comparing(Change::from));
        return List.copyOf(out);
    }
}
