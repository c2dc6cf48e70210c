package org.hourbook.core.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The rules of CSV import, after tokenizing: the server reads the file with a CSV library (BOM,
 * encoding, delimiter, quoted newlines) and hands over the records with their line numbers. This
 * detects the format from the header row, reads every row, collects every problem with line and
 * column, and returns the preview; the server saves its entries in one transaction, skipping the
 * dedupe keys it already has.
 * <pre>
 *  header -> format, missing columns
 *  read 1  every row -> day/month tally; clients, projects; entry (to the sink) or its problems,
 *          up to the first row whose dates need the order
 *  read 2  only if a row waited: from it on -> entry or its problems (rows are never all in memory)
 * </pre>
 * {@link #preview} keeps the entries for a small file; {@link #stream} hands them to a sink one by
 * one and keeps only totals, for files of a million rows.
 */
public final class CsvImport {
    /** The problems a preview lists; beyond this it counts them ({@link ImportPreview#problemCount}). */
    public static final int MAX_LISTED_PROBLEMS = 1000;

    private CsvImport() {}

    public static ImportPreview preview(List<Row> rows, ImportOptions options) {
        List<ImportedEntry> entries = new ArrayList<>();
        ImportPreview p = stream(rows::iterator, options, entries::add);
        return new ImportPreview(p.format(), p.rows(), entries, p.skippedRows(), p.filteredOut(), p.totalSeconds(), p.billableSeconds(),
                p.firstDate(), p.lastDate(), p.dayOrder(), p.askDayOrder(), p.clients(), p.projects(), p.problems(), p.problemCount());
    }

    /**
     * Reads the rows and hands every entry to {@code sink} in file order; the preview returned
     * lists no entries, only their totals. Rows go to the sink as they are read until the first
     * one whose dates need the file's day/month order (unless the options give it); from that
     * row on they wait for the end of the file, which settles the order, and are read again (the
     * supplier must give the same rows each time). Toggl and Harvest export ISO dates, so their
     * files are read once.
     * <pre>
     *  ISO dates only      read 1: tally + every row -> sink
     *  03/04/2026 at L     read 1: tally + rows before L -> sink | read 2: rows from L -> sink
     * </pre>
     */
    public static ImportPreview stream(Supplier<Iterator<Row>> rows, ImportOptions options, Consumer<ImportedEntry> sink) {
        Problems problems = new Problems();
        Iterator<Row> it = rows.get();
        Row headerRow = null;
        int lastLine = 0;
        while (it.hasNext()) {
            Row r = it.next();
            lastLine = r.line();
            if (!r.isBlank()) {
                headerRow = r;
                break;
            }
        }
        if (headerRow == null) {
            problems.add(new ImportProblem(Math.max(1, lastLine), null, "file.empty", "the file has no header row"));
            return empty(null, 0, problems);
        }
        Header header = Header.of(headerRow);
        Optional<FormatMapper> detected = options.format() != null
                ? Optional.of(FormatDetector.mapperFor(options.format())) : FormatDetector.detect(header);
        detected.ifPresent(m -> missingColumns(m, header, problems));
        FormatMapper mapper = problems.count == 0 ? detected.orElse(null) : null;

        // Read 1: count the rows, tally the day/month order, collect the filter values, and read
        // every row up to the first one that needs the order.
        int dataRows = 0;
        DayOrderDetector.Tally tally = new DayOrderDetector.Tally();
        SortedSet<String> clients = new TreeSet<>();
        SortedSet<String> projects = new TreeSet<>();
        String dateColumn = null;
        Entries entries = mapper == null ? null : new Entries(mapper, options, problems, sink);
        int waitFrom = -1; // the line of the first row that waits for the order
        while (it.hasNext()) {
            Row r = it.next();
            if (r.isBlank()) continue;
            dataRows++;
            if (mapper == null) continue;
            SourceRow s = mapper.read(header, r);
            if (dateColumn == null) dateColumn = s.date().column();
            boolean needsOrder = !s.date().isBlank() && tally.add(s.date().text());
            if (!s.endDate().isBlank() && tally.add(s.endDate().text())) needsOrder = true;
            if (!s.client().isBlank()) clients.add(s.client());
            if (!s.project().isBlank()) projects.add(s.project());
            if (waitFrom < 0 && needsOrder && options.dayOrder() == null) waitFrom = r.line();
            if (waitFrom < 0) entries.read(s, options.dayOrder());
        }
        if (detected.isEmpty()) {
            problems.add(new ImportProblem(header.line(), null, "format.unknown", "unknown columns: not a Toggl Track, Clockify or"
                    + " Harvest detailed report, nor a date, description, hours file (columns: " + String.join(", ", header.names()) + ")"));
            return empty(null, dataRows, problems);
        }
        if (mapper == null) return empty(detected.get().format(), dataRows, problems);
        DayOrderDetector.Decision order = tally.decide(options.dayOrder());
        if (order.ask()) {
            // On the header's line, so it comes before the problems of the rows read already.
            problems.addFirst(new ImportProblem(header.line(), dateColumn, "date.ambiguous_order", "ambiguous: the file's dates read both"
                    + " as day/month and as month/day (e.g. 03/04/2026); ask the user which comes first"));
        }

        // Read 2, only if a row waited: from that row on, with the order settled.
        if (waitFrom >= 0) {
            Iterator<Row> again = rows.get();
            while (again.hasNext()) {
                Row r = again.next();
                if (r.line() < waitFrom || r.isBlank()) continue;
                entries.read(mapper.read(header, r), order.order());
            }
        }
        return new ImportPreview(mapper.format(), dataRows, List.of(), entries.skipped, entries.filteredOut, entries.total,
                entries.billable, entries.first, entries.last, order.order(), order.ask(), clients, projects, problems.listed, problems.count);
    }

    private static void missingColumns(FormatMapper mapper, Header header, Problems problems) {
        for (List<String> alternatives : mapper.required()) {
            if (alternatives.stream().noneMatch(header::has)) {
                String names = alternatives.stream().map(a -> "'" + a + "'").collect(Collectors.joining(" or "));
                problems.add(new ImportProblem(header.line(), alternatives.getFirst(), "column.missing",
                        "missing column " + names + " (a " + mapper.format().title() + " has it)"));
            }
        }
    }

    /** Rows to entries, in file order: each entry to the sink, its totals and its problems counted. */
    private static final class Entries {
        private final FormatMapper mapper;
        private final ImportOptions options;
        private final Problems problems;
        private final Consumer<ImportedEntry> sink;
        private final Occurrences seen = new Occurrences();
        int skipped, filteredOut;
        long total, billable;
        LocalDate first, last;

        Entries(FormatMapper mapper, ImportOptions options, Problems problems, Consumer<ImportedEntry> sink) {
            this.mapper = mapper;
            this.options = options;
            this.problems = problems;
            this.sink = sink;
        }

        void read(SourceRow s, DayOrder order) {
            if (!matches(options.filter(), s)) {
                filteredOut++;
                return;
            }
            RowParser.Outcome outcome = RowParser.parse(s, order, options.zone());
            outcome.problems().forEach(problems::add);
            RowParser.ParsedRow p = outcome.row();
            if (p == null) return;
            if (p.seconds() == 0) {
                skipped++;
                return;
            }
            ImportFormat format = mapper.format();
            String base = DedupeKey.base(format, p);
            ImportedEntry e = new ImportedEntry(s.line(), p.date(), p.startTime(), p.start(), p.seconds(), s.description(), s.project(),
                    s.client(), s.task(), s.user(), p.billable(), s.category(), DedupeKey.of(format, base, seen.next(base)));
            total += e.seconds();
            if (e.billable()) billable += e.seconds();
            if (first == null || e.date().isBefore(first)) first = e.date();
            if (last == null || e.date().isAfter(last)) last = e.date();
            sink.accept(e);
        }
    }

    /** Every problem counted, the first {@link #MAX_LISTED_PROBLEMS} kept. */
    private static final class Problems {
        final List<ImportProblem> listed = new ArrayList<>();
        int count;

        void add(ImportProblem p) {
            count++;
            if (listed.size() < MAX_LISTED_PROBLEMS) listed.add(p);
        }

        /** Before every other: a problem of the whole file found once the rows are read. */
        void addFirst(ImportProblem p) {
            count++;
            listed.addFirst(p);
            if (listed.size() > MAX_LISTED_PROBLEMS) listed.removeLast();
        }
    }

    private static boolean matches(ImportOptions.Filter filter, SourceRow s) {
        if (filter == null) return true;
        String value = filter.by() == ImportOptions.Filter.By.CLIENT ? s.client() : s.project();
        return DedupeKey.normalize(value).equals(DedupeKey.normalize(filter.value()));
    }

    private static ImportPreview empty(ImportFormat format, int rows, Problems problems) {
        return new ImportPreview(format, rows, List.of(), 0, 0, 0, 0, null, null, null, false, new TreeSet<>(), new TreeSet<>(),
                problems.listed, problems.count);
    }
}
