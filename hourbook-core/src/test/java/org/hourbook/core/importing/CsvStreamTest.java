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
    void the_occurrence_count_tells_identical_rows_apart_across_many_distinct_ones() {
        Occurrences seen = new Occurrences();
        for (int i = 0; i < 50_000; i++) assertThat(seen.next("row " + i)).isEqualTo(1);
        assertThat(seen.next("row 7")).isEqualTo(2);
        assertThat(seen.next("row 7")).isEqualTo(3);
        assertThat(seen.next("row 49999")).isEqualTo(2);
    }
}
