package org.hourbook.core.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A file's header row: columns found by name, ignoring case, surrounding spaces and quotes, runs
 * of inner spaces and a byte-order mark. Unknown extra columns are simply not asked for.
 */
final class Header {
    private final int line;
    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();

    private Header(Row row) {
        this.line = row.line();
        this.names = row.cells().stream().map(c -> c.replace("\uFEFF", "").strip()).toList();
        for (int i = 0; i < names.size(); i++) index.putIfAbsent(normalize(names.get(i)), i);
    }

    static Header of(Row row) {
        return new Header(row);
    }

    /** {@code " Start  Date "} and {@code "start date"} are the same column. */
    static String normalize(String name) {
        String n = name.replace("\uFEFF", "").strip();
        if (n.length() >= 2 && n.startsWith("\"") && n.endsWith("\"")) n = n.substring(1, n.length() - 1).strip();
        return String.join(" ", n.toLowerCase(Locale.ROOT).split("\\s+"));
    }

    int line() {
        return line;
    }

    List<String> names() {
        return names;
    }

    boolean has(String normalizedName) {
        return index.containsKey(normalizedName);
    }

    /** The first of {@code alternatives} the file has, as a cell of {@code row}. */
    Cell cell(Row row, String... alternatives) {
        for (String a : alternatives) {
            Integer i = index.get(a);
            if (i != null) return new Cell(names.get(i), row.cell(i).strip(), true);
        }
        return Cell.absent(alternatives[0]);
    }

    /** The text of the first of {@code alternatives} the file has, "" when none. */
    String text(Row row, String... alternatives) {
        return cell(row, alternatives).text();
    }
}
