package org.hourbook.core.importing;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One record of a CSV file as the tokenizer hands it over: its cells, and the physical line it
 * starts on (1-based; a quoted field with newlines makes the next record start further down).
 */
public record Row(int line, List<String> cells) {
    public Row {
        // A loop, not a stream: this runs for every record of every read of a file.
        String[] copy = new String[cells.size()];
        int i = 0;
        for (String c : cells) copy[i++] = c == null ? "" : c;
        cells = Collections.unmodifiableList(Arrays.asList(copy));
    }

    public static Row of(int line, String... cells) {
        return new Row(line, List.of(cells));
    }

    /** The cell at {@code index}, or "" where the row is shorter than the header. */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    public boolean isBlank() {
        for (String c : cells) if (!c.isBlank()) return false;
        return true;
    }
}
