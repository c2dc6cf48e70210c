package org.hourbook.core.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as exports and people write them, to whole seconds:
 * {@code 1:30:00}, {@code 1:30} (h:mm), {@code 1.5} and {@code 1,5} (decimal hours), {@code 90 min},
 * {@code 45m}, {@code 2h}, {@code 1h 30m}, {@code 1 hr 30 mins 10 s}. A minus sign makes it negative
 * and over 24 h is too long for one entry; both are problems, as is anything else.
 */
final class DurationText {
    static final long MAX_SECONDS = 24 * 3600;

    private static final Pattern CLOCK = Pattern.compile("(\\d{1,9}):(\\d{1,2})(?::(\\d{1,2})(?:[.,]\\d{1,9})?)?");
    static final Pattern DECIMAL = Pattern.compile("\\d{0,9}(?:[.,]\\d{1,9})?");
    private static final Pattern UNIT = Pattern.compile(
            "(\\d{1,9}(?:[.,]\\d{1,9})?)\\s*(hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)(?![a-z])");
    private static final String EXAMPLES = "expected e.g. 1:30:00, 1:30, 1.5, 90 min or 1h 30m";

    private DurationText() {}

    static Parsed<Long> parse(String text) {
        String shown = text.strip();
        String t = shown.toLowerCase(Locale.ROOT);
        boolean negative = t.startsWith("-") || t.startsWith("\u2212");
        if (negative) t = t.substring(1).strip();
        BigDecimal exact = seconds(t);
        if (exact == null) return Parsed.bad("duration.bad", "bad duration '" + shown + "': " + EXAMPLES);
        if (negative && exact.signum() > 0) return Parsed.bad("duration.negative", "negative duration '" + shown + "'");
        if (exact.compareTo(BigDecimal.valueOf(MAX_SECONDS)) > 0) {
            return Parsed.bad("duration.over_24h", "duration '" + shown + "' is over 24 h");
        }
        return Parsed.ok(exact.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    /** Seconds, or {@code null} when the text is no duration. */
    private static BigDecimal seconds(String t) {
        // Decimal hours first and without the regexes (they have no colon, so CLOCK cannot match them):
        // two matchers per row were a share of the import's reading (bench/README.md, e).
        if (isDecimal(t)) return new BigDecimal(t.replace(',', '.')).multiply(BigDecimal.valueOf(3600));
        Matcher clock = CLOCK.matcher(t);
        if (clock.matches()) {
            int minutes = Integer.parseInt(clock.group(2));
            int secs = clock.group(3) == null ? 0 : Integer.parseInt(clock.group(3));
            if (minutes > 59 || secs > 59) return null;
            return BigDecimal.valueOf(Long.parseLong(clock.group(1)) * 3600 + minutes * 60L + secs);
        }
        if (DECIMAL.matcher(t).matches() && t.chars().anyMatch(Character::isDigit)) {
            return new BigDecimal(t.replace(',', '.')).multiply(BigDecimal.valueOf(3600));
        }
        return units(t);
    }

    /** What {@link #DECIMAL} matches, with at least one digit: up to 9 digits, then optionally [.,] and 1 to 9 digits. */
    static boolean isDecimal(String t) {
        int n = t.length();
        int i = 0;
        while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') i++;
        int whole = i;
        if (whole > 9) return false;
        if (i == n) return whole > 0;
        if (t.charAt(i) != '.' && t.charAt(i) != ',') return false;
        int from = ++i;
        while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') i++;
        int fraction = i - from;
        return i == n && fraction >= 1 && fraction <= 9;
    }

    /** "1h 30m", "90 min", "1.5 hours": each unit at most once, separated by spaces or commas. */
    private static BigDecimal units(String t) {
        Matcher m = UNIT.matcher(t);
        Set<Character> seen = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        int pos = 0;
        while (true) {
            while (pos < t.length() && (t.charAt(pos) == ' ' || t.charAt(pos) == ',')) pos++;
            if (pos == t.length()) break;
            m.region(pos, t.length());
            if (!m.lookingAt()) return null;
            char unit = m.group(2).charAt(0);
            if (!seen.add(unit)) return null;
            long factor = unit == 'h' ? 3600 : unit == 'm' ? 60 : 1;
            total = total.add(new BigDecimal(m.group(1).replace(',', '.')).multiply(BigDecimal.valueOf(factor)));
            pos = m.end();
        }
        return seen.isEmpty() ? null : total;
    }
}
