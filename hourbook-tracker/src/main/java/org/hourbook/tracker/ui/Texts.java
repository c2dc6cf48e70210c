package org.hourbook.tracker.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How times read in the window. */
final class Texts {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private Texts() {}

    static String hms(long seconds) {
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, (seconds % 3600) / 60, seconds % 60);
    }

    static String hm(long seconds) {
        return String.format(Locale.ROOT, "%d:%02d", seconds / 3600, (seconds % 3600) / 60);
    }

    static String clock(Instant t, ZoneId zone) {
        return t == null ? "" : CLOCK.format(t.atZone(zone));
    }
}
