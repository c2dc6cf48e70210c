package org.hourbook.core.importing;

import java.util.List;

/**
 * Harvest's detailed time report: {@code Date, Client, Project, Project Code, Task, Notes, Hours,
 * Hours Rounded, Billable?, ..., First Name, Last Name, ...}. Dates only, no times of day. The
 * hours are {@code Hours}, never {@code Hours Rounded} (that is Harvest's invoice rounding). The
 * work log groups by task (Design, Development, ...), since one retainer is usually one project.
 */
final class HarvestMapper implements FormatMapper {
    @Override
    public ImportFormat format() {
        return ImportFormat.HARVEST;
    }

    @Override
    public List<String> signature() {
        return List.of("date", "client", "project", "project code", "task", "notes", "hours", "hours rounded",
                "billable?", "first name", "last name");
    }

    @Override
    public List<List<String>> required() {
        return List.of(List.of("date"), List.of("hours"));
    }

    @Override
    public SourceRow read(Header h, Row row) {
        String project = h.text(row, "project");
        String task = h.text(row, "task");
        String user = (h.text(row, "first name") + " " + h.text(row, "last name")).strip();
        return new SourceRow(row.line(), h.cell(row, "date"), Cell.absent("Start time"), Cell.absent("End date"),
                Cell.absent("End time"), List.of(h.cell(row, "hours")), h.text(row, "notes"), project, h.text(row, "client"),
                task, user, h.cell(row, "billable?", "billable"), FormatMapper.firstOf(task, project));
    }
}
