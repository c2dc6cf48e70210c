package org.hourbook.server.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.hourbook.core.importing.CsvImport;
import org.hourbook.core.importing.ImportFormat;
import org.hourbook.core.importing.ImportOptions;
import org.hourbook.core.importing.ImportPreview;
import org.hourbook.core.importing.ImportProblem;
import org.hourbook.core.importing.ImportedEntry;
import org.hourbook.core.importing.Row;

/**
 * What every fuzzed input must keep true: the parsers never throw (a malformed quote is the one
 * refusal the tokenizer may give), every problem names a line of the file, and every entry is a
 * real piece of time of at most 24 hours.
 */
final class FuzzChecks {
    static final ZoneId ZONE = ZoneId.of("America/Santiago");

    private FuzzChecks() {}

    /** The bytes as a file: tokenize (encoding, delimiter, quotes), then the import rules on the rows. */
    static void file(byte[] bytes) {
        List<Row> rows = new ArrayList<>();
        try {
            CsvFile f = CsvFile.of(() -> new ByteArrayInputStream(bytes));
            try (CsvFile.Rows r = f.rows()) {
                r.forEachRemaining(rows::add);
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            return; // Commons CSV's "EOF reached before encapsulated token finished": a refusal, not a crash
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        int last = rows.isEmpty() ? 1 : rows.getLast().line();
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).line() <= rows.get(i - 1).line()) throw new AssertionError("line numbers go back: " + rows);
        }
        check(CsvImport.preview(rows, ImportOptions.in(ZONE)), last);
    }

    /** A known header, then fuzzed rows (cells split at '|', rows at newlines) read as {@code format}. */
    static void rows(ImportFormat format, String header, String body) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(1, List.of(header.split(","))));
        int line = 2;
        for (String r : body.split("\n", -1)) rows.add(new Row(line++, List.of(r.split("\\|", -1))));
        check(CsvImport.preview(rows, ImportOptions.in(ZONE).withFormat(format)), line);
    }

    private static void check(ImportPreview p, int lastLine) {
        for (ImportProblem x : p.problems()) {
            if (x.line() < 1 || x.line() > lastLine) throw new AssertionError("problem outside the file: " + x);
            if (x.reason().isBlank()) throw new AssertionError("a problem without a reason: " + x);
        }
        for (ImportedEntry e : p.entries()) {
            if (e.seconds() <= 0 || e.seconds() > 24 * 3600) throw new AssertionError("entry of " + e.seconds() + " s: " + e);
            if (e.dedupeKey() == null || e.dedupeKey().isBlank()) throw new AssertionError("no dedupe key: " + e);
        }
        if (p.totalSeconds() != p.entries().stream().mapToLong(ImportedEntry::seconds).sum()) throw new AssertionError("totals differ");
    }
}
