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

    private DedupeKey() {}

    static String base(ImportFormat format, RowParser.ParsedRow r) {
        SourceRow s = r.source();
        return new StringBuilder(128).append(format.name()).append(SEPARATOR).append(normalize(s.user())).append(SEPARATOR)
                .append(r.date()).append(SEPARATOR).append(r.startTime() == null ? "" : r.startTime().toString()).append(SEPARATOR)
                .append(r.seconds()).append(SEPARATOR).append(normalize(s.description())).append(SEPARATOR)
                .append(normalize(s.project())).append(SEPARATOR).append(normalize(s.client())).append(SEPARATOR)
                .append(normalize(s.task())).toString();
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
     * {@code String.join(" ", n.split("\\s+"))}. A regex there (compiled per call and field,
     * later precompiled) was the largest share of the import's Java samples (bench/README.md),
     * so the runs are collapsed by hand.
     */
    static String normalize(String text) {
        String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        return collapseSpaces(nfc.strip().toLowerCase(Locale.ROOT));
    }

    /** Runs of the regex {@code \s} characters (space, tab, LF, VT, FF, CR) as one space; {@code t} itself when that changes nothing. */
    private static String collapseSpaces(String t) {
        int n = t.length();
        int i = 0;
        // Up to the first character that changes: a space other than ' ', or a ' ' that starts a run.
        while (i < n && !(isSpace(t.charAt(i)) && (t.charAt(i) != ' ' || i + 1 < n && isSpace(t.charAt(i + 1))))) i++;
        if (i == n) return t;
        StringBuilder out = new StringBuilder(n).append(t, 0, i);
        boolean inRun = false;
        for (; i < n; i++) {
            char c = t.charAt(i);
            if (!isSpace(c)) out.append(c);
            else if (!inRun) out.append(' ');
            inRun = isSpace(c);
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
