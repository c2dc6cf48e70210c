package org.hourbook.core.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hourbook.core.importing.Exports.NEW_YORK;
import static org.hourbook.core.importing.Exports.preview;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HarvestImportTest {

    @Test
    void harvest_hours_count_as_exported_not_as_rounded() {
        ImportPreview p = preview(Exports.HARVEST, NEW_YORK);
        assertThat(p.format()).isEqualTo(ImportFormat.HARVEST);
        assertThat(p.problems()).isEmpty();
        assertThat(p.entries()).extracting(ImportedEntry::seconds).containsExactly(4788L, 1800L);
    }

    @Test
    void a_date_only_entry_starts_at_the_first_instant_of_its_local_date() {
        ImportedEntry e = preview(Exports.HARVEST, NEW_YORK).entries().getFirst();
        assertThat(e.startTime()).isNull();
        assertThat(e.start()).isEqualTo(Instant.parse("2026-03-02T05:00:00Z"));
    }

    @Test
    void harvest_rows_group_by_task_and_name_the_person() {
        ImportPreview p = preview(Exports.HARVEST, NEW_YORK);
        assertThat(p.entries()).extracting(ImportedEntry::category).containsExactly("Design", "Project Management");
        assertThat(p.entries()).extracting(ImportedEntry::user).containsOnly("Ana Lima");
        assertThat(p.entries()).extracting(ImportedEntry::description).containsExactly("Mobile nav", "Weekly call");
        assertThat(p.billableSeconds()).isEqualTo(4788);
    }

    @Test
    void a_bad_hours_cell_names_the_hours_column() {
        String csv = Exports.HARVEST_HEADER + "\n2026-03-02,Acme,Web,W,Design,x,lots,1.5,Yes,No,No,Ana,Lima,,,,,,,USD,\n";
        assertThat(Exports.problems(preview(csv, NEW_YORK))).containsExactly("2/Hours/duration.bad");
    }
}
