package org.hourbook.core.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * A test-only stand-in for the server's CSV library: splits text into records with the line each
 * starts on, honouring quotes ({@code "a, b"}, {@code ""} for a quote, newlines inside quotes).
 */
final class CsvText {
    private CsvText() {}

    static List<Row> rows(String text) {
        return rows(text, ',');
    }

    static List<Row> rows(String text, char delimiter) {
        List<Row> out = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') quoted = false;
                else {
                    if (c == '\n') line++;
                    cell.append(c);
                }
            } else if (c == '"') quoted = true;
            else if (c == delimiter) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                cells.add(cell.toString());
                out.add(new Row(recordLine, cells));
                cells = new ArrayList<>();
                cell.setLength(0);
                recordLine = ++line;
            } else if (c != '\r') cell.append(c);
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            out.add(new Row(recordLine, cells));
        }
        return out;
    }
}
