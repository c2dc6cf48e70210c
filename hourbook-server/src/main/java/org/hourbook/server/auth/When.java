package org.hourbook.server.auth;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Moments on the security pages, in the viewer's own zone: "18 Nov 2026, 16:00". */
public final class When {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private When() {}

    public static String of(Instant at, ZoneId zone) {
        return at == null ? "never" : FORMAT.format(at.atZone(zone));
    }
}
