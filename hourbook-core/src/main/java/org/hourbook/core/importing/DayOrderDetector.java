package org.hourbook.core.importing;

import java.util.Collection;

/**
 * Day/month order from a file's own dates. A date whose first number is over 12 can only be day
 * first ({@code 15/03/2026}); one whose second number is, month first ({@code 03/15/2026}). If the
 * file holds only dates that read either way ({@code 03/04/2026}), it is left open: ask the person.
 * <pre>
 *  03/04/2026  04/05/2026  13/05/2026     -> day first (13 is no month)
 *  03/04/2026  04/05/2026                  -> ask
 *  05/05/2026  2026-03-04                  -> not needed: each reads one way only
 *  13/05/2026  05/14/2026  15/05/2026      -> day first by 2 to 1; 05/14/2026 is then a bad date
 * </pre>
 */
final class DayOrderDetector {
    /** @param order {@code null} when no date needs one, or when {@code ask} */
    record Decision(DayOrder order, boolean ask) {}

    private DayOrderDetector() {}

    static Decision decide(Collection<String> dateTexts, DayOrder chosen) {
        Tally tally = new Tally();
        for (String text : dateTexts) tally.add(text);
        return tally.decide(chosen);
    }

    /**
     * The counts the decision needs, one date at a time: a file of a million rows is read again
     * from its first day/month date once the order is known, instead of keeping its dates.
     */
    static final class Tally {
        private long dayFirst, monthFirst, open;

        /**
         * Counts one date; returns whether it is a day/month date, whose reading (even as a bad
         * date) depends on the order the whole file settles. ISO and unreadable dates do not.
         */
        boolean add(String text) {
            int[] p = DateText.dayMonthPair(text);
            if (p == null) return false;
            if (p[0] > 12 && p[1] <= 12) dayFirst++;
            else if (p[1] > 12 && p[0] <= 12) monthFirst++;
            else if (p[0] != p[1] && p[0] <= 12 && p[1] <= 12) open++;
            return true;
        }

        Decision decide(DayOrder chosen) {
            if (chosen != null) return new Decision(chosen, false);
            if (dayFirst > monthFirst) return new Decision(DayOrder.DAY_FIRST, false);
            if (monthFirst > dayFirst) return new Decision(DayOrder.MONTH_FIRST, false);
            // A tie of settling dates, or none but some that read either way: only the person knows.
            return dayFirst + open > 0 ? new Decision(null, true) : new Decision(null, false);
        }
    }
}
