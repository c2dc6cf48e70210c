package org.hourbook.core.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hourbook.core.importing.Exports.BERLIN;
import static org.hourbook.core.importing.Exports.CLOCKIFY_HEADER;
import static org.hourbook.core.importing.Exports.NEW_YORK;
import static org.hourbook.core.importing.Exports.TOGGL_HEADER;
import static org.hourbook.core.importing.Exports.preview;
import static org.hourbook.core.importing.Exports.problems;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvImportTest {

    static List<String> keys(ImportPreview p) {
        return p.entries().stream().map(ImportedEntry::dedupeKey).toList();
    }

    @Test
    void importing_the_same_file_again_gives_the_same_keys() {
        assertThat(keys(preview(Exports.TOGGL, BERLIN))).isEqualTo(keys(preview(Exports.TOGGL, BERLIN))).doesNotHaveDuplicates();
    }

    @Test
    void an_overlapping_later_export_repeats_the_keys_of_the_rows_it_shares() {
        String march1to3 = TOGGL_HEADER + """

                Ana,a@x,Acme,Web,,standup,Yes,2026-03-01,09:00:00,2026-03-01,09:15:00,00:15:00,,
                Ana,a@x,Acme,Web,,standup,Yes,2026-03-02,09:00:00,2026-03-02,09:15:00,00:15:00,,
                Ana,a@x,Acme,Web,,build,Yes,2026-03-03,10:00:00,2026-03-03,12:00:00,02:00:00,,
                """;
        String march2to4 = TOGGL_HEADER + """

                Ana,a@x,Acme,Web,,standup,Yes,2026-03-02,09:00:00,2026-03-02,09:15:00,00:15:00,,
                Ana,a@x,Acme,Web,,build,Yes,2026-03-03,10:00:00,2026-03-03,12:00:00,02:00:00,,
                Ana,a@x,Acme,Web,,deploy,Yes,2026-03-04,10:00:00,2026-03-04,11:00:00,01:00:00,,
                """;
        List<String> first = keys(preview(march1to3, BERLIN));
        List<String> later = keys(preview(march2to4, BERLIN));
        assertThat(later.subList(0, 2)).isEqualTo(first.subList(1, 3));
        assertThat(first).doesNotContain(later.get(2));
    }

    @Test
    void two_identical_rows_in_one_file_are_two_entries_and_stay_two_on_reimport() {
        String csv = """
                date,description,hours
                2026-03-02,Design review,1
                2026-03-02,Design review,1
                2026-03-02,design  REVIEW ,1:00
                """;
        ImportPreview p = preview(csv, BERLIN);
        assertThat(p.entries()).hasSize(3);
        assertThat(keys(p)).doesNotHaveDuplicates().isEqualTo(keys(preview(csv, BERLIN)));
    }

    @Test
    void keys_come_from_what_a_row_says_not_how_the_locale_wrote_it_or_the_zone_chosen() {
        String us = CLOCKIFY_HEADER + "\nWeb,Acme,Header,,Ana,,a@x,,Yes,03/15/2026,01:30 PM,03/15/2026,02:30 PM,01:00:00,1.00,,\n";
        String de = CLOCKIFY_HEADER + "\nWeb,Acme,Header,,Ana,,a@x,,Ja,15.03.2026,13:30,15.03.2026,14:30,01:00:00,\"1,00\",,\n";
        assertThat(keys(preview(us, NEW_YORK))).isEqualTo(keys(preview(de, NEW_YORK))).isEqualTo(keys(preview(de, BERLIN)));
        assertThat(keys(preview(us, NEW_YORK)).getFirst()).matches("clockify:[0-9a-f]{32}");
    }

    @Test
    void keys_differ_when_any_part_of_what_the_row_says_differs() {
        String csv = """
                date,description,hours,project
                2026-03-02,Review,1,Web
                2026-03-02,Review,1,App
                2026-03-02,Review,2,Web
                2026-03-03,Review,1,Web
                2026-03-02,Reviews,1,Web
                """;
        assertThat(keys(preview(csv, BERLIN))).doesNotHaveDuplicates();
    }

    @Test
    void a_filter_keeps_one_client_or_project_and_the_preview_lists_them_all() {
        String csv = """
                date,description,hours,client,project
                2026-03-02,a,1,Acme,Web
                2026-03-02,b,2,Globex,Web
                2026-03-02,c,bad,Globex,App
                """;
        ImportPreview acme = CsvImport.preview(Exports.rows(csv), ImportOptions.in(BERLIN).withFilter(ImportOptions.Filter.By.CLIENT, " acme "));
        assertThat(acme.entries()).extracting(ImportedEntry::description).containsExactly("a");
        assertThat(acme.filteredOut()).isEqualTo(2);
        assertThat(acme.problems()).as("other clients' rows are not this import's problems").isEmpty();
        assertThat(acme.clients()).containsExactly("Acme", "Globex");

        ImportPreview app = CsvImport.preview(Exports.rows(csv), ImportOptions.in(BERLIN).withFilter(ImportOptions.Filter.By.PROJECT, "App"));
        assertThat(problems(app)).containsExactly("4/hours/duration.bad");
        assertThat(app.projects()).containsExactly("App", "Web");
    }

    @Test
    void blank_lines_before_the_header_and_between_rows_are_skipped() {
        List<Row> rows = List.of(Row.of(1, ""), Row.of(2, "date", "description", "hours"), Row.of(3, "2026-03-02", "a", "1"),
                Row.of(4, "", "", ""), Row.of(5, "2026-03-02", "b", "x"));
        ImportPreview p = CsvImport.preview(rows, ImportOptions.in(BERLIN));
        assertThat(p.rows()).isEqualTo(2);
        assertThat(problems(p)).containsExactly("5/hours/duration.bad");
    }

    @Test
    void a_problem_after_a_quoted_newline_names_the_line_its_row_starts_on() {
        String csv = """
                date,description,hours
                2026-03-02,"two
                lines",1
                2026-03-02,after,-1
                """;
        ImportPreview p = preview(csv, BERLIN);
        assertThat(p.entries().getFirst().description()).isEqualTo("two\nlines");
        assertThat(problems(p)).containsExactly("4/hours/duration.negative");
    }

    @Test
    void an_empty_file_is_one_problem() {
        assertThat(problems(CsvImport.preview(List.of(), ImportOptions.in(BERLIN)))).containsExactly("1/null/file.empty");
        assertThat(problems(CsvImport.preview(List.of(Row.of(1, " ")), ImportOptions.in(BERLIN)))).containsExactly("1/null/file.empty");
    }

    @Test
    void a_header_only_file_has_no_rows_and_no_problems() {
        ImportPreview p = preview(TOGGL_HEADER + "\n", BERLIN);
        assertThat(p.format()).isEqualTo(ImportFormat.TOGGL);
        assertThat(p.rows()).isZero();
        assertThat(p.problems()).isEmpty();
        assertThat(p.firstDate()).isNull();
    }
}
