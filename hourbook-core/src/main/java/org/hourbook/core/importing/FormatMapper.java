package org.hourbook.core.importing;

import java.util.List;

/**
 * What one source format's columns mean. One class per format; everything after reading a row
 * (dates, durations, problems, dedupe keys) is shared, so the formats cannot drift apart.
 */
interface FormatMapper {
    ImportFormat format();

    /** The format's usual columns (normalized names); detection counts how many a header has. */
    List<String> signature();

    /** Columns rows cannot do without, each as a list of alternatives (normalized names). */
    List<List<String>> required();

    SourceRow read(Header header, Row row);

    /** The first non-blank of the texts, "" when all are blank. */
    static String firstOf(String... texts) {
        for (String t : texts) if (!t.isBlank()) return t;
        return "";
    }
}
