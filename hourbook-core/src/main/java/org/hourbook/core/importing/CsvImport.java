package org.hourbook.core.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The rules of CSV import, after tokenizing: the server reads the file with a CSV library (BOM,
 * encoding, delimiter, quoted newlines) and hands over the records with their line numbers. This
 * detects the format from the header row, reads every row, collects every problem with line and
 * column, and returns the preview; the server saves its entries in one transaction, skipping the
 * dedupe keys it already has.
 */
public final class CsvImport {
    private CsvImport() {}

    public static ImportPreview preview(List<Row> rows, ImportOptions options) {
        List<ImportProblem> problems = new ArrayList<>();
        int headerAt = 0;
        while (headerAt < rows.size() && rows.get(headerAt).isBlank()) headerAt++;
        if (headerAt == rows.size()) {
            problems.add(new ImportProblem(rows.isEmpty() ? 1 : rows.getLast().line(), null, "file.empty", "the file has no header row"));
            return empty(null, 0, problems);
        }
        Header header = Header.of(rows.get(headerAt));
        List<Row> data = rows.subList(headerAt + 1, rows.size()).stream().filter(r -> !r.isBlank()).toList();
        Optional<FormatMapper> detected = options.format() != null
                ? Optional.of(FormatDetector.mapperFor(options.format())) : FormatDetector.detect(header);
        if (detected.isEmpty()) {
            problems.add(new ImportProblem(header.line(), null, "format.unknown", "unknown columns: not a Toggl Track, Clockify or"
                    + " Harvest detailed report, nor a date, description, hours file (columns: " + String.join(", ", header.names()) + ")"));
            return empty(null, data.size(), problems);
        }
        FormatMapper mapper = detected.get();
        for (List<String> alternatives : mapper.required()) {
            if (alternatives.stream().noneMatch(header::has)) {
                String names = alternatives.stream().map(a -> "'" + a + "'").collect(Collectors.joining(" or "));
                problems.add(new ImportProblem(header.line(), alternatives.getFirst(), "column.missing",
                        "missing column " + names + " (a " + mapper.format().title() + " has it)"));
            }
        }
        if (!problems.isEmpty()) return empty(mapper.format(), data.size(), problems);

        List<SourceRow> read = data.stream().map(r -> mapper.read(header, r)).toList();
        List<String> dates = new ArrayList<>();
        for (SourceRow s : read) {
            if (!s.date().isBlank()) dates.add(s.date().text());
            if (!s.endDate().isBlank()) dates.add(s.endDate().text());
        }
        DayOrderDetector.Decision order = DayOrderDetector.decide(dates, options.dayOrder());
        if (order.ask()) {
            String column = read.isEmpty() ? null : read.getFirst().date().column();
            problems.add(new ImportProblem(header.line(), column, "date.ambiguous_order", "ambiguous: the file's dates read both as"
                    + " day/month and as month/day (e.g. 03/04/2026); ask the user which comes first"));
        }

        SortedSet<String> clients = new TreeSet<>();
        SortedSet<String> projects = new TreeSet<>();
        List<RowParser.ParsedRow> parsed = new ArrayList<>();
        int skipped = 0, filteredOut = 0;
        for (SourceRow s : read) {
            if (!s.client().isBlank()) clients.add(s.client());
            if (!s.project().isBlank()) projects.add(s.project());
            if (!matches(options.filter(), s)) {
                filteredOut++;
                continue;
            }
            RowParser.Outcome outcome = RowParser.parse(s, order.order(), options.zone());
            problems.addAll(outcome.problems());
            if (outcome.row() == null) continue;
            if (outcome.row().seconds() == 0) skipped++;
            else parsed.add(outcome.row());
        }

        List<ImportedEntry> entries = entries(mapper.format(), parsed);
        long total = entries.stream().mapToLong(ImportedEntry::seconds).sum();
        long billable = entries.stream().filter(ImportedEntry::billable).mapToLong(ImportedEntry::seconds).sum();
        LocalDate first = entries.stream().map(ImportedEntry::date).min(LocalDate::compareTo).orElse(null);
        LocalDate last = entries.stream().map(ImportedEntry::date).max(LocalDate::compareTo).orElse(null);
        return new ImportPreview(mapper.format(), data.size(), entries, skipped, filteredOut, total, billable, first, last,
                order.order(), order.ask(), clients, projects, problems);
    }

    private static List<ImportedEntry> entries(ImportFormat format, List<RowParser.ParsedRow> parsed) {
        Map<String, Integer> seen = new HashMap<>();
        List<ImportedEntry> out = new ArrayList<>();
        for (RowParser.ParsedRow r : parsed) {
            String base = DedupeKey.base(format, r);
            int occurrence = seen.merge(base, 1, Integer::sum);
            SourceRow s = r.source();
            out.add(new ImportedEntry(s.line(), r.date(), r.startTime(), r.start(), r.seconds(), s.description(), s.project(),
                    s.client(), s.task(), s.user(), r.billable(), s.category(), DedupeKey.of(format, base, occurrence)));
        }
        return out;
    }

    private static boolean matches(ImportOptions.Filter filter, SourceRow s) {
        if (filter == null) return true;
        String value = filter.by() == ImportOptions.Filter.By.CLIENT ? s.client() : s.project();
        return DedupeKey.normalize(value).equals(DedupeKey.normalize(filter.value()));
    }

    private static ImportPreview empty(ImportFormat format, int rows, List<ImportProblem> problems) {
        return new ImportPreview(format, rows, List.of(), 0, 0, 0, 0, null, null, null, false, new TreeSet<>(), new TreeSet<>(), problems);
    }
}
