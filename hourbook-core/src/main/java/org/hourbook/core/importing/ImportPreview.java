package org.hourbook.core.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import org.hourbook.core.week.Hours;

/**
 * What an import would do, shown before anything is saved: the format found, the rows read, the
 * hours and dates they cover, and every problem by line and column.
 *
 * @param format        {@code null} when the header matched no known format
 * @param rows          data rows read (blank rows not counted)
 * @param entries       the rows that can be imported, in file order
 * @param skippedRows   rows of no time (0:00:00), which import nothing
 * @param filteredOut   rows of another client or project than the filter's
 * @param firstDate     the earliest entry date, {@code null} without entries
 * @param dayOrder      how numeric dates were read; {@code null} when no date needed it or it is undecided
 * @param askDayOrder   true when the file leaves day/month order open: ask, then preview again with the answer
 * @param clients       the client column's distinct values across the file, to offer as filters
 * @param problems      the first {@link CsvImport#MAX_LISTED_PROBLEMS} problems, in file order
 * @param problemCount  all problems, also those beyond the listed ones
 */
public record ImportPreview(ImportFormat format, int rows, List<ImportedEntry> entries, int skippedRows, int filteredOut,
                            long totalSeconds, long billableSeconds, LocalDate firstDate, LocalDate lastDate,
                            DayOrder dayOrder, boolean askDayOrder, SortedSet<String> clients, SortedSet<String> projects,
                            List<ImportProblem> problems, int problemCount) {

    public ImportPreview {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
        clients = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(clients));
        projects = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(projects));
    }

    public BigDecimal hours() {
        return Hours.decimal(totalSeconds);
    }

    public boolean hasProblems() {
        return problemCount > 0;
    }

    /** Problems counted but not listed (a file with more than {@link CsvImport#MAX_LISTED_PROBLEMS}). */
    public int unlistedProblems() {
        return problemCount - problems.size();
    }
}
