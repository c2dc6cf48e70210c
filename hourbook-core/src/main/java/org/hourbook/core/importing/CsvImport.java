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
 *  pass 1  header -> format; every date -> day/month tally; clients, projects
 *  pass 2  every row -> entry (to the sink) or its problems         (rows are never all in memory)
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
     * Reads the rows twice (the supplier must give the same rows each time) and hands every entry
     * to {@code sink} in file order; the preview returned lists no entries, only their totals.
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

        // Pass 1: count the rows, settle the day/month order, collect the filter values.
        int dataRows = 0;
        DayOrderDetector.Tally tally = new DayOrderDetector.Tally();
        SortedSet<String> clients = new TreeSet<>();
        SortedSet<String> projects = new TreeSet<>();
        String dateColumn = null;
        while (it.hasNext()) {
            Row r = it.next();
            if (r.isBlank()) continue;
            dataRows++;
            if (detected.isEmpty()) continue;
            SourceRow s = detected.get().read(header, r);
            if (dateColumn == null) dateColumn = s.date().column();
            if (!s.date().isBlank()) tally.add(s.date().text());
            if (!s.endDate().isBlank()) tally.add(s.endDate().text());
            if (!s.client().isBlank()) clients.add(s.client());
            if (!s.project().isBlank()) projects.add(s.project());
        }
        if (detected.isEmpty()) {
            problems.add(new ImportProblem(header.line(), null, "format.unknown", "unknown columns: not a Toggl Track, Clockify or"
                    + " Harvest detailed report, nor a date, description, hours file (columns: " + String.join(", ", header.names()) + ")"));
            return empty(null, dataRows, problems);
        }
        FormatMapper mapper = detected.get();
        for (List<String> alternatives : mapper.required()) {
            if (alternatives.stream().noneMatch(header::has)) {
                String names = alternatives.stream().map(a -> "'" + a + "'").collect(Collectors.joining(" or "));
                problems.add(new ImportProblem(header.line(), alternatives.getFirst(), "column.missing",
                        "missing column " + names + " (a " + mapper.format().title() + " has it)"));
            }
        }
        if (problems.count > 0) return empty(mapper.format(), dataRows, problems);
        DayOrderDetector.Decision order = tally.decide(options.dayOrder());
        if (order.ask()) {
            problems.add(new ImportProblem(header.line(), dateColumn, "date.ambiguous_order", "ambiguous: the file's dates read both as"
                    + " day/month and as month/day (e.g. 03/04/2026); ask the user which comes first"));
        }

        // Pass 2: every row, in file order.
        Occurrences seen = new Occurrences();
        int skipped = 0, filteredOut = 0;
        long total = 0, billable = 0;
        LocalDate first = null, last = null;
        Iterator<Row> again = rows.get();
        boolean pastHeader = false;
        while (again.hasNext()) {
            Row r = again.next();
            if (!pastHeader) {
                pastHeader = r.line() == header.line() && !r.isBlank();
                continue;
            }
            if (r.isBlank()) continue;
            SourceRow s = mapper.read(header, r);
            if (!matches(options.filter(), s)) {
                filteredOut++;
                continue;
            }
            RowParser.Outcome outcome = RowParser.parse(s, order.order(), options.zone());
            outcome.problems().forEach(problems::add);
            RowParser.ParsedRow p = outcome.row();
            if (p == null) continue;
            if (p.seconds() == 0) {
                skipped++;
                continue;
            }
            String base = DedupeKey.base(mapper.format(), p);
            ImportedEntry e = new ImportedEntry(s.line(), p.date(), p.startTime(), p.start(), p.seconds(), s.description(), s.project(),
                    s.client(), s.task(), s.user(), p.billable(), s.category(), DedupeKey.of(mapper.format(), base, seen.next(base)));
            total += e.seconds();
            if (e.billable()) billable += e.seconds();
            if (first == null || e.date().isBefore(first)) first = e.date();
            if (last == null || e.date().isAfter(last)) last = e.date();
            sink.accept(e);
        }
        return new ImportPreview(mapper.format(), dataRows, List.of(), skipped, filteredOut, total, billable, first, last,
                order.order(), order.ask(), clients, projects, problems.listed, problems.count);
    }

    /** Every problem counted, the first {@link #MAX_LISTED_PROBLEMS} kept. */
    private static final class Problems {
        final List<ImportProblem> listed = new ArrayList<>();
        int count;

        void add(ImportProblem p) {
            count++;
            if (listed.size() < MAX_LISTED_PROBLEMS) listed.add(p);
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
