package org.hourbook.core.importing;

import java.time.LocalTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times of day in 24-hour or 12-hour form, as the exporting user's locale wrote them:
 * {@code 09:30}, {@code 09:30:00}, {@code 21:30:15.250}, {@code 9:30 AM}, {@code 9:30:00 p.m.}, {@code 9am}.
 * 12 AM is midnight and 12 PM is noon. Fractions of a second are dropped.
 */
final class ClockText {
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?\\s*(?:([ap])\\.?\\s*m\\.?)?");
    private static final Pattern HOUR_ONLY = Pattern.compile("(\\d{1,2})\\s*([ap])\\.?\\s*m\\.?");

    private ClockText() {}

    static Parsed<LocalTime> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = TIME.matcher(t);
        if (m.matches()) return of(text, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3)), m.group(4));
        m = HOUR_ONLY.matcher(t);
        if (m.matches()) return of(text, Integer.parseInt(m.group(1)), 0, 0, m.group(2));
        return bad(text);
    }

    private static Parsed<LocalTime> of(String text, int hour, int minute, int second, String half) {
        if (minute > 59 || second > 59) return bad(text);
        if (half == null) return hour <= 23 ? Parsed.ok(LocalTime.of(hour, minute, second)) : bad(text);
        if (hour < 1 || hour > 12) return bad(text);
        int h24 = (hour % 12) + (half.equals("p") ? 12 : 0);
        return Parsed.ok(LocalTime.of(h24, minute, second));
    }

    private static Parsed<LocalTime> bad(String text) {
        return Parsed.bad("time.bad", "bad time '" + text.strip() + "': expected e.g. 09:30, 09:30:00 or 9:30 AM");
    }
}
