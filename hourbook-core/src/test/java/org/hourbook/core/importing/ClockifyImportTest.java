package org.hourbook.core.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hourbook.core.importing.Exports.CLOCKIFY_HEADER;
import static org.hourbook.core.importing.Exports.NEW_YORK;
import static org.hourbook.core.importing.Exports.preview;
import static org.hourbook.core.importing.Exports.problems;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ClockifyImportTest {

    @Test
    void a_us_export_reads_month_first_dates_and_12_hour_times() {
        ImportPreview p = preview(Exports.CLOCKIFY_US, NEW_YORK);
        assertThat(p.format()).isEqualTo(ImportFormat.CLOCKIFY);
        assertThat(p.problems()).isEmpty();
        assertThat(p.dayOrder()).isEqualTo(DayOrder.MONTH_FIRST);
        assertThat(p.entries()).extracting(ImportedEntry::start)
                .containsExactly(Instant.parse("2026-03-15T13:00:00Z"), Instant.parse("2026-03-16T17:15:00Z"));
        assertThat(p.entries()).extracting(ImportedEntry::seconds).containsExactly(5400L, 2700L);
    }

    @Test
    void a_german_export_reads_day_first_dates_24_hour_times_and_decimal_commas() {
        ImportPreview p = preview(Exports.CLOCKIFY_DE, Exports.BERLIN);
        assertThat(p.problems()).isEmpty();
        assertThat(p.dayOrder()).isEqualTo(DayOrder.DAY_FIRST);
        assertThat(p.entries()).extracting(ImportedEntry::date).containsExactly(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 2));
        assertThat(p.entries()).extracting(ImportedEntry::billable).containsExactly(true, false);
    }

    @Test
    void the_exact_duration_wins_over_the_rounded_decimal_which_is_only_a_fallback() {
        String csv = CLOCKIFY_HEADER + """

                Web,Acme,exact,,Ana,,a@x,,Yes,03/15/2026,09:00 AM,03/15/2026,09:20 AM,00:20:00,0.33,,
                Web,Acme,decimal only,,Ana,,a@x,,Yes,03/16/2026,09:00 AM,03/16/2026,09:20 AM,,0.33,,
                """;
        assertThat(preview(csv, NEW_YORK).entries()).extracting(ImportedEntry::seconds).containsExactly(1200L, 1188L);
    }

    @Test
    void when_every_date_reads_both_ways_the_preview_asks_and_an_answer_settles_it() {
        String csv = CLOCKIFY_HEADER + """

                Web,Acme,a,,Ana,,a@x,,Yes,03/04/2026,09:00,03/04/2026,10:00,01:00:00,1.00,,
                Web,Acme,b,,Ana,,a@x,,Yes,05/06/2026,09:00,05/06/2026,10:00,01:00:00,1.00,,
                Web,Acme,c,,Ana,,a@x,,Yes,07/07/2026,09:00,07/07/2026,x,01:00:00,1.00,,
                """;
        ImportPreview asked = preview(csv, NEW_YORK);
        assertThat(asked.askDayOrder()).isTrue();
        assertThat(asked.dayOrder()).isNull();
        assertThat(problems(asked)).containsExactly("1/Start Date/date.ambiguous_order", "4/End Time/time.bad");
        assertThat(asked.problems().getFirst().reason()).startsWith("ambiguous:").contains("ask the user");
        assertThat(asked.entries()).as("07/07 reads one way, but the row has a bad time").isEmpty();

        ImportPreview answered = CsvImport.preview(Exports.rows(csv), ImportOptions.in(NEW_YORK).withDayOrder(DayOrder.DAY_FIRST));
        assertThat(answered.askDayOrder()).isFalse();
        assertThat(answered.entries()).extracting(ImportedEntry::date).containsExactly(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 6, 5));
        assertThat(problems(answered)).containsExactly("4/End Time/time.bad");
    }

    @Test
    void a_date_against_the_files_order_is_a_bad_date() {
        String csv = CLOCKIFY_HEADER + """

                Web,Acme,a,,Ana,,a@x,,Yes,13/04/2026,09:00,13/04/2026,10:00,01:00:00,1.00,,
                Web,Acme,b,,Ana,,a@x,,Yes,14/04/2026,09:00,14/04/2026,10:00,01:00:00,1.00,,
                Web,Acme,c,,Ana,,a@x,,Yes,04/15/2026,09:00,04/15/2026,10:00,01:00:00,1.00,,
                """;
        ImportPreview p = preview(csv, NEW_YORK);
        assertThat(p.dayOrder()).isEqualTo(DayOrder.DAY_FIRST);
        assertThat(problems(p)).containsExactly("4/Start Date/date.bad", "4/End Date/date.bad");
    }
}
