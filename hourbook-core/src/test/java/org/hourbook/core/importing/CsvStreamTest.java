package org.hourbook.core.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hourbook.core.importing.Exports.BERLIN;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CsvStreamTest {

    @Test
    void streaming_a_file_gives_the_entries_and_totals_of_its_preview() {
        List<Row> rows = CsvText.rows(Exports.TOGGL);
        ImportPreview held = CsvImport.preview(rows, ImportOptions.in(BERLIN));
        List<ImportedEntry> streamed = new ArrayList<>();
        ImportPreview totals = CsvImport.stream(rows::iterator, ImportOptions.in(BERLIN), streamed::add);
        assertThat(streamed).isEqualTo(held.entries());
        assertThat(totals.entries()).isEmpty();
        assertThat(totals.totalSeconds()).isEqualTo(held.totalSeconds());
        assertThat(totals.problems()).isEqualTo(held.problems());
        assertThat(totals.rows()).isEqualTo(held.rows());
    }

    @Test
    void a_file_of_more_problems_than_are_listed_still_counts_every_one() {
        int bad = CsvImport.MAX_LISTED_PROBLEMS + 250;
        Iterator<Row> none = List.<Row>of().iterator();
        List<Row> rows = new ArrayList<>();
        rows.add(Row.of(1, "date", "description", "hours"));
        IntStream.rangeClosed(2, bad + 1).forEach(i -> rows.add(Row.of(i, "2026-02-30", "x", "1")));
        ImportPreview p = CsvImport.stream(rows::iterator, ImportOptions.in(BERLIN), e -> {});
        assertThat(p.problems()).hasSize(CsvImport.MAX_LISTED_PROBLEMS);
        assertThat(p.problemCount()).isEqualTo(bad);
        assertThat(p.unlistedProblems()).isEqualTo(250);
        assertThat(none.hasNext()).isFalse();
    }

    @Test
    void a_file_of_iso_dates_is_read_once() {
        List<Row> rows = CsvText.rows(Exports.TOGGL);
        int[] reads = {0};
        List<ImportedEntry> streamed = new ArrayList<>();
        CsvImport.stream(() -> {
            reads[0]++;
            return rows.iterator();
        }, ImportOptions.in(BERLIN), streamed::add);
        assertThat(reads[0]).isEqualTo(1);
        assertThat(streamed).hasSize(CsvImport.preview(rows, ImportOptions.in(BERLIN)).entries().size());
    }

    @Test
    void rows_from_the_first_day_month_date_wait_for_the_order_the_whole_file_settles() {
        // 03/04 reads either way; 13/04, two rows later, settles day first: it is 3 April.
        String csv = """
                date,description,hours
                2026-03-30,iso before,1
                2026-02-30,bad iso before,1
                03/04/2026,either way,2
                2026-03-31,iso after,3
                13/04/2026,settles it,4
                """;
        int[] reads = {0};
        List<ImportedEntry> streamed = new ArrayList<>();
        List<Row> rows = CsvText.rows(csv);
        ImportPreview p = CsvImport.stream(() -> {
            reads[0]++;
            return rows.iterator();
        }, ImportOptions.in(BERLIN), streamed::add);
        assertThat(reads[0]).isEqualTo(2);
        assertThat(streamed).extracting(ImportedEntry::description).containsExactly("iso before", "either way", "iso after", "settles it");
        assertThat(streamed).extracting(e -> e.date().toString()).containsExactly("2026-03-30", "2026-04-03", "2026-03-31", "2026-04-13");
        assertThat(streamed).extracting(ImportedEntry::line).containsExactly(2, 4, 5, 6);
        assertThat(p.problems()).extracting(ImportProblem::line).containsExactly(3);
        assertThat(p.rows()).isEqualTo(5);
        assertThat(p.totalSeconds()).isEqualTo(10 * 3600);
        // The same entries, keys included, as when the day order is given and the file is read once.
        List<ImportedEntry> told = new ArrayList<>();
        reads[0] = 0;
        CsvImport.stream(() -> {
            reads[0]++;
            return rows.iterator();
        }, ImportOptions.in(BERLIN).withDayOrder(DayOrder.DAY_FIRST), told::add);
        assertThat(reads[0]).isEqualTo(1);
        assertThat(told).isEqualTo(streamed);
    }

    @Test
    void an_open_day_month_order_is_the_first_problem_listed_even_after_problems_of_rows_read_before() {
        String csv = """
                date,description,hours
                2026-02-30,bad iso,1
                03/04/2026,either way,2
                """;
        List<Row> rows = CsvText.rows(csv);
        List<ImportedEntry> streamed = new ArrayList<>();
        ImportPreview p = CsvImport.stream(rows::iterator, ImportOptions.in(BERLIN), streamed::add);
        assertThat(p.askDayOrder()).isTrue();
        assertThat(p.problems()).extracting(ImportProblem::code).containsExactly("date.ambiguous_order", "date.bad");
        assertThat(p.problems().getFirst().line()).isEqualTo(1);
        assertThat(streamed).isEmpty();
    }

    @Test
    void the_occurrence_count_tells_identical_rows_apart_across_many_distinct_ones() {
        Occurrences seen = new Occurrences();
        for (int i = 0; i < 50_000; i++) assertThat(seen.next("row " + i)).isEqualTo(1);
        assertThat(seen.next("row 7")).isEqualTo(2);
        assertThat(seen.next("row 7")).isEqualTo(3);
        assertThat(seen.next("row 49999")).isEqualTo(2);
    }
}
