package org.hourbook.core.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hourbook.core.importing.Exports.BERLIN;
import static org.hourbook.core.importing.Exports.preview;
import static org.hourbook.core.importing.Exports.problems;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class GenericImportTest {

    @Test
    void a_hand_made_file_takes_every_duration_form() {
        String csv = """
                date,description,hours
                2026-03-02,Kickoff,1:30:00
                2026-03-02,Wireframes,1:30
                03.03.2026,Copy,"1,5"
                2026-03-04,Review,1.5
                2026-03-05,Call,90 min
                2026-03-06,Fixes,1h 30m
                """;
        ImportPreview p = preview(csv, BERLIN);
        assertThat(p.format()).isEqualTo(ImportFormat.GENERIC);
        assertThat(p.problems()).isEmpty();
        assertThat(p.entries()).extracting(ImportedEntry::seconds).containsOnly(5400L).hasSize(6);
        assertThat(p.hours()).isEqualByComparingTo("9");
    }

    @Test
    void optional_columns_give_start_times_projects_and_categories() {
        String csv = """
                Date,Start,End,Description,Duration,Project,Category
                2026-03-02,9:00 AM,10:15 AM,Kickoff,,Website,Meetings
                2026-03-02,,,Wireframes,2h,Website,
                """;
        ImportPreview p = preview(csv, BERLIN);
        assertThat(p.problems()).isEmpty();
        assertThat(p.entries()).extracting(ImportedEntry::start)
                .containsExactly(Instant.parse("2026-03-02T08:00:00Z"), Instant.parse("2026-03-01T23:00:00Z"));
        assertThat(p.entries()).extracting(ImportedEntry::seconds).containsExactly(4500L, 7200L);
        assertThat(p.entries()).extracting(ImportedEntry::category).containsExactly("Meetings", "Website");
    }

    @Test
    void missing_cells_are_problems_of_their_column() {
        String csv = """
                date,description,hours
                ,No date,1
                2026-03-02,No hours,
                2026-03-02,Short row
                """;
        assertThat(problems(preview(csv, BERLIN))).containsExactly(
                "2/date/date.missing", "3/hours/duration.missing", "4/hours/duration.missing");
    }
}
