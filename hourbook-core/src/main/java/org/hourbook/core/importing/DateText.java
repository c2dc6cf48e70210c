package org.hourbook.core.importing;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in ISO form ({@code 2026-03-15}, also with {@code /} or {@code .}) and in the numeric
 * locale forms exports use ({@code 15/03/2026}, {@code 03/15/2026}, {@code 15.03.26},
 * {@code 3-15-2026}). Which of the first two numbers is the day is the file's {@link DayOrder};
 * a date such as {@code 03/04/2026} cannot say, so without an order it is {@code Undecided}.
 */
final class DateText {
    static final Pattern ISO = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})");
    static final int FIRST_YEAR = 1970, LAST_YEAR = 2100;

    private DateText() {}

    /** The two leading numbers of a day/month date, or {@code null} for an ISO or unreadable one. */
    static int[] dayMonthPair(String text) {
        Matcher m = NUMERIC.matcher(text.strip());
        return m.matches() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3))} : null;
    }

    /** @param order {@code null} when the file has not settled it */
    static Parsed<LocalDate> parse(String text, DayOrder order) {
        String t = text.strip();
        // yyyy-mm-dd, the common case, without the regex (a matcher per row was a share of the import's reading: bench/README.md, e).
        if (isoShape(t)) return date(t, digits(t, 0, 4), digits(t, 5, 7), digits(t, 8, 10), null);
        Matcher iso = ISO.matcher(t);
        if (iso.matches()) return date(t, Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(3)), Integer.parseInt(iso.group(4)), null);
        Matcher m = NUMERIC.matcher(t);
        if (!m.matches()) return bad(t, null);
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        int year = Integer.parseInt(m.group(4));
        if (m.group(4).length() == 2) year += 2000;
        DayOrder use = order;
        if (use == null) {
            if (a == b || (a > 12 && b > 12)) use = DayOrder.DAY_FIRST; // reads the same either way, or is bad either way
            else if (a > 12) use = DayOrder.DAY_FIRST;
            else if (b > 12) use = DayOrder.MONTH_FIRST;
            else return new Parsed.Undecided<>();
        }
        return use == DayOrder.DAY_FIRST ? date(t, year, b, a, use) : date(t, year, a, b, use);
    }

    /** Exactly what {@link #ISO} matches with two-digit month and day: {@code 2026-03-15}, {@code 2026/03/15}, {@code 2026.03.15}. */
    static boolean isoShape(String t) {
        if (t.length() != 10) return false;
        char sep = t.charAt(4);
        if ((sep != '-' && sep != '/' && sep != '.') || t.charAt(7) != sep) return false;
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (t.charAt(i) < '0' || t.charAt(i) > '9')) return false;
        }
        return true;
    }

    private static int digits(String t, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) n = n * 10 + (t.charAt(i) - '0');
        return n;
    }

    private static Parsed<LocalDate> date(String text, int year, int month, int day, DayOrder readAs) {
        if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1
                || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return bad(text, readAs);
        }
        return Parsed.ok(LocalDate.of(year, month, day));
    }

    private static Parsed<LocalDate> bad(String text, DayOrder readAs) {
        String as = readAs == null ? "" : readAs == DayOrder.DAY_FIRST ? " (read as day/month/year)" : " (read as month/day/year)";
        return Parsed.bad("date.bad", "bad date '" + text + "'" + as + ": expected e.g. 2026-03-15, 15/03/2026 or 03/15/2026");
    }
}
