package org.hourbook.core.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hourbook.core.importing.Exports.BERLIN;
import static org.hourbook.core.importing.Exports.TOGGL_HEADER;
import static org.hourbook.core.importing.Exports.preview;
import static org.hourbook.core.importing.Exports.problems;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TogglImportTest {

    @Test
    void a_toggl_detailed_report_becomes_entries_in_the_given_zone() {
        ImportPreview p = preview(Exports.TOGGL, BERLIN);

        assertThat(p.format()).isEqualTo(ImportFormat.TOGGL);
        assertThat(p.problems()).isEmpty();
        assertThat(p.rows()).isEqualTo(3);
        assertThat(p.entries()).extracting(ImportedEntry::start).containsExactly(
                Instant.parse("2026-03-02T08:00:00Z"), Instant.parse("2026-03-02T22:30:00Z"), Instant.parse("2026-03-03T13:00:00Z"));
        assertThat(p.entries()).extracting(ImportedEntry::seconds).containsExactly(5400L, 4500L, 1200L);
        assertThat(p.totalSeconds()).isEqualTo(11_100);
        assertThat(p.billableSeconds()).isEqualTo(9_900);
        assertThat(p.firstDate()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(p.lastDate()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(p.clients()).containsExactly("Acme");
        assertThat(p.projects()).containsExactly("Homepage redesign", "SEO");
    }

    @Test
    void each_entry_keeps_its_texts_and_groups_by_project() {
        ImportedEntry hero = preview(Exports.TOGGL, BERLIN).entries().get(1);
        assertThat(hero.line()).isEqualTo(3);
        assertThat(hero.description()).isEqualTo("hero, spacing");
        assertThat(hero.category()).isEqualTo("Homepage redesign");
        assertThat(hero.user()).isEqualTo("Ana Lima");
        assertThat(hero.client()).isEqualTo("Acme");
        assertThat(hero.billable()).isTrue();
        assertThat(hero.toWorkEntry().id()).isEqualTo(hero.dedupeKey()).startsWith("toggl:");
        assertThat(hero.toWorkEntry().end()).isEqualTo(Instant.parse("2026-03-02T23:45:00Z"));
    }

    @Test
    void bad_cells_are_each_reported_with_line_and_column() {
        String csv = TOGGL_HEADER + """

                Ana,a@x,Acme,Web,,fine,Yes,2026-03-02,09:00:00,2026-03-02,10:00:00,01:00:00,,
                Ana,a@x,Acme,Web,,bad date,Yes,2026-02-30,09:00:00,2026-03-02,10:00:00,01:00:00,,
                Ana,a@x,Acme,Web,,too long,Yes,2026-03-02,09:00:00,2026-03-03,10:00:00,25:00:00,,
                Ana,a@x,Acme,Web,,negative,Yes,2026-03-02,09:00:00,2026-03-02,10:00:00,-01:00:00,,
                Ana,a@x,Acme,Web,,backwards,Yes,2026-03-02,09:00:00,2026-03-02,08:00:00,01:00:00,,
                Ana,a@x,Acme,Web,,two at once,maybe,2026-03-02,9 o'clock,2026-03-02,10:00:00,an hour,,
                """;
        ImportPreview p = preview(csv, BERLIN);
        assertThat(problems(p)).containsExactly(
                "3/Start date/date.bad",
                "4/Duration/duration.over_24h",
                "5/Duration/duration.negative",
                "6/End time/time.end_before_start",
                "7/Start time/time.bad",
                "7/Duration/duration.bad",
                "7/Billable/billable.bad");
        assertThat(p.entries()).extracting(ImportedEntry::line).containsExactly(2);
        assertThat(p.problems().get(3).reason()).isEqualTo("end 2026-03-02T08:00 is before start 2026-03-02T09:00".replace('T', ' '));
    }

    @Test
    void a_time_that_dst_skips_moves_forward_with_the_clocks() {
        String csv = TOGGL_HEADER + "\nAna,a@x,Acme,Web,,night,Yes,2026-03-29,02:30:00,2026-03-29,03:30:00,00:30:00,,\n";
        ImportedEntry e = preview(csv, BERLIN).entries().getFirst();
        assertThat(e.start()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(e.startTime()).hasToString("02:30");
    }

    @Test
    void without_a_duration_the_time_from_start_to_end_counts() {
        String csv = TOGGL_HEADER + "\nAna,a@x,Acme,Web,,late,Yes,2026-03-02,23:00:00,2026-03-03,01:30:00,,,\n";
        assertThat(preview(csv, BERLIN).entries()).extracting(ImportedEntry::seconds).containsExactly(9000L);
    }

    @Test
    void a_row_of_no_time_imports_nothing_and_is_not_a_problem() {
        String csv = TOGGL_HEADER + "\nAna,a@x,Acme,Web,,oops,Yes,2026-03-02,09:00:00,2026-03-02,09:00:00,00:00:00,,\n";
        ImportPreview p = preview(csv, BERLIN);
        assertThat(p.entries()).isEmpty();
        assertThat(p.problems()).isEmpty();
        assertThat(p.skippedRows()).isEqualTo(1);
    }
}
