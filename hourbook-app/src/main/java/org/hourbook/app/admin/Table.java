package org.hourbook.app.admin;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Rows printed in columns as wide as their widest cell, the last column left ragged. */
final class Table {
    private final List<String[]> rows = new ArrayList<>();

    Table(String... header) {
        rows.add(header);
    }

    Table row(String... cells) {
        rows.add(cells);
        return this;
    }

    void print(PrintStream out) {
        int columns = rows.getFirst().length;
        int[] width = new int[columns];
        for (String[] r : rows) for (int i = 0; i < columns; i++) width[i] = Math.max(width[i], r[i].length());
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(r[i]);
                if (i < columns - 1) line.append(" ".repeat(width[i] - r[i].length() + 2));
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
