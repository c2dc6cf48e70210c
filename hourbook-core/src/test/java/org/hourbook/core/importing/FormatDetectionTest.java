package org.hourbook.core.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hourbook.core.importing.Exports.BERLIN;
import static org.hourbook.core.importing.Exports.problems;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatDetectionTest {

    static ImportFormat detect(String header) {
        return FormatDetector.detect(Header.of(Row.of(1, header.split(",", -1)))).map(FormatMapper::format).orElse(null);
    }

    @Test
    void each_exports_header_row_names_its_format() {
        assertThat(detect(Exports.TOGGL_HEADER)).isEqualTo(ImportFormat.TOGGL);
        assertThat(detect(Exports.CLOCKIFY_HEADER)).isEqualTo(ImportFormat.CLOCKIFY);
        assertThat(detect(Exports.HARVEST_HEADER)).isEqualTo(ImportFormat.HARVEST);
        assertThat(detect("date,description,hours")).isEqualTo(ImportFormat.GENERIC);
        assertThat(detect("Date,Description,Duration")).isEqualTo(ImportFormat.GENERIC);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # header                                                                                       | format
              "\uFEFFuser , EMAIL,client,PROJECT,task,description,billable,START DATE,start  time,end date,end time,duration,tags" | TOGGL
              User,Email,Project,Description,Start date,Start time,End date,End time,Duration,Amount (EUR),Extra thing      | TOGGL
              Project,Client,Description,User,Email,Billable,Start Date,Start Time,End Date,End Time,Duration (h),Kiosk      | CLOCKIFY
              Project,Description,Start Date,Start Time,End Date,End Time,Duration (decimal)                                | CLOCKIFY
              Date,Client,Project,Task,Notes,Hours,Hours Rounded,First Name,Last Name                                       | HARVEST
              Date,Notes,Hours                                                                                             | HARVEST
              Day,Description,Hours,Project                                                                                | GENERIC
              date,description,hours,client,project                                                                        | GENERIC
              Date,Project,Task,Description,Duration,Billable                                                              | GENERIC
            """)
    void header_matching_ignores_case_spacing_a_bom_and_extra_columns(String header, ImportFormat format) {
        assertThat(detect(header)).isEqualTo(format);
    }

    @ParameterizedTest(name = "\"{0}\" is no format")
    @CsvSource(delimiter = '|', textBlock = """
              name,email,phone
              description,hours
              ''
            """)
    void a_header_without_known_columns_is_no_format(String header) {
        assertThat(detect(header)).isNull();
    }

    @Test
    void an_unknown_header_is_a_problem_listing_its_columns() {
        ImportPreview p = CsvImport.preview(Exports.rows("name,email\nAna,ana@example.com\n"), ImportOptions.in(BERLIN));
        assertThat(p.format()).isNull();
        assertThat(problems(p)).containsExactly("1/null/format.unknown");
        assertThat(p.problems().getFirst().reason()).endsWith("(columns: name, email)");
        assertThat(p.rows()).isEqualTo(1);
    }

    @Test
    void a_known_format_missing_a_column_it_needs_names_the_column() {
        String header = "User,Email,Client,Project,Task,Description,Billable,Start date,End date,End time,Duration,Tags";
        ImportPreview p = CsvImport.preview(Exports.rows(header + "\nAna,a@x,Acme,Web,,x,Yes,2026-03-02,2026-03-02,10:00:00,01:00:00,\n"),
                ImportOptions.in(BERLIN));
        assertThat(p.format()).isEqualTo(ImportFormat.TOGGL);
        assertThat(problems(p)).containsExactly("1/start time/column.missing");
        assertThat(p.problems().getFirst().reason()).isEqualTo("missing column 'start time' (a Toggl Track detailed report has it)");
        assertThat(p.entries()).isEmpty();
    }

    @Test
    void a_generic_file_without_hours_or_duration_says_either_would_do() {
        ImportPreview p = CsvImport.preview(Exports.rows("date,description,project\n2026-03-02,x,Web\n"), ImportOptions.in(BERLIN));
        assertThat(p.problems()).extracting(ImportProblem::reason).containsExactly("missing column 'hours' or 'duration' (a date, description, hours file has it)");
    }

    @Test
    void a_chosen_format_overrides_detection() {
        ImportPreview p = CsvImport.preview(Exports.rows("Date,Notes,Hours\n2026-03-02,x,1\n"), ImportOptions.in(BERLIN).withFormat(ImportFormat.GENERIC));
        assertThat(p.format()).isEqualTo(ImportFormat.GENERIC);
        assertThat(p.entries()).extracting(ImportedEntry::seconds).containsExactly(3600L);
        assertThat(List.of(ImportFormat.values())).extracting(ImportFormat::title).contains("Toggl Track detailed report");
    }
}
