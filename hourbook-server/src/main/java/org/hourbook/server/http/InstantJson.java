package org.hourbook.server.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Writes an instant exactly as {@link DateTimeFormatter#ISO_INSTANT} does ({@code
 * 2026-11-30T08:10:00Z}), which is what the Java time module writes too. Segment starts and ends
 * are whole seconds in years with four digits, and those are spelled out here directly: a diary
 * day has ~160 instants, and the formatter's general machinery (fields, parsed padding, a
 * StringBuilder each) was a sixth of the day's JSON (bench/README.md). Anything else, e.g. an
 * instant with milliseconds, goes through the formatter.
 */
public final class InstantJson extends StdSerializer<Instant> {
    /** 0001-01-01T00:00:00Z and 10000-01-01T00:00:00Z: the formatter writes exactly four year digits in between. */
    private static final long FIRST = -62_135_596_800L;
    private static final long END = 253_402_300_800L;

    InstantJson() {
        super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator g, SerializerProvider provider) throws IOException {
        write(value, g);
    }

    /** Writes {@code value} as a JSON string value; for serializers that write an object's fields themselves. */
    public static void write(Instant value, JsonGenerator g) throws IOException {
        long s = value.getEpochSecond();
        if (value.getNano() != 0 || s < FIRST || s >= END) {
            g.writeString(DateTimeFormatter.ISO_INSTANT.format(value));
            return;
        }
        char[] c = new char[20];
        format(s, c);
        g.writeString(c, 0, c.length);
    }

    /** {@code yyyy-MM-ddTHH:mm:ssZ} of a whole second in years 1 to 9999, into {@code c[0..20)}. */
    static void format(long epochSecond, char[] c) {
        LocalDate d = LocalDate.ofEpochDay(Math.floorDiv(epochSecond, 86_400));
        int secondOfDay = (int) Math.floorMod(epochSecond, 86_400);
        int year = d.getYear();
        digits(c, 0, year / 100);
        digits(c, 2, year % 100);
        c[4] = '-';
        digits(c, 5, d.getMonthValue());
        c[7] = '-';
        digits(c, 8, d.getDayOfMonth());
        c[10] = 'T';
        digits(c, 11, secondOfDay / 3600);
        c[13] = ':';
        digits(c, 14, secondOfDay / 60 % 60);
        c[16] = ':';
        digits(c, 17, secondOfDay % 60);
        c[19] = 'Z';
    }

    private static void digits(char[] c, int at, int twoDigits) {
        c[at] = (char) ('0' + twoDigits / 10);
        c[at + 1] = (char) ('0' + twoDigits % 10);
    }
}
