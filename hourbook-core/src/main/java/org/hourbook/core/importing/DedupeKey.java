package org.hourbook.core.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What makes a row the same row in another export. None of the formats carries an entry id, so
 * the key is the row's normalized content: format, person, local date, local start time, seconds,
 * description, project, client and task — parsed values, so a 12-hour export and a 24-hour one of
 * the same entry agree, and the zone chosen at import does not matter. Case and spacing are ignored.
 * <pre>
 *  export 1 (Mar 1..15)    r1 r2 r3 r3'        r3' is a second, identical row: occurrence #2
 *  export 2 (Mar 10..31)         r3 r3' r4 r5  r3 and r3' again get #1 and #2 -> already imported
 * </pre>
 * Two identical rows are kept apart by their occurrence index within the file. That is safe across
 * exports because identical rows share a date and exports are cut by date: an export holds all of
 * a day's copies or none. An entry edited between exports (new description or duration) is a new
 * row; that is the limit of content keys.
 */
final class DedupeKey {
    private static final char SEPARATOR = '\u001F';
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private DedupeKey() {}

    static String base(ImportFormat format, RowParser.ParsedRow r) {
        SourceRow s = r.source();
        return String.join(String.valueOf(SEPARATOR), format.name(), normalize(s.user()), r.date().toString(),
                r.startTime() == null ? "" : r.startTime().toString(), Long.toString(r.seconds()),
                normalize(s.description()), normalize(s.project()), normalize(s.client()), normalize(s.task()));
    }

    /** {@code toggl:} and 32 hex digits (128 bits of SHA-256) of the base and its occurrence (1, 2, ...). */
    static String of(ImportFormat format, String base, int occurrence) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((base + SEPARATOR + "#" + occurrence).getBytes(StandardCharsets.UTF_8));
            return format.name().toLowerCase(Locale.ROOT) + ":" + HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * NFC, stripped, lower case, runs of white space as one space. The keys of earlier imports
     * depend on it: {@code DedupePropertyTest} holds it to its first spelling,
     * {@code String.join(" ", n.split("\\s+"))}, which compiled a regex per call and per field
     * (the largest share of an import's Java samples in a JFR profile, 2026-12-03; the import's
     * rows/s did not move measurably, so its time is mostly SQLite's own).
     */
    static String normalize(String text) {
        String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        return SPACES.matcher(nfc.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }
}
