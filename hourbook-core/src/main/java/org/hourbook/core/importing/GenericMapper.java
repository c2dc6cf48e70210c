package org.hourbook.core.importing;

import java.util.List;

/**
 * A hand-made file: {@code date, description, hours} (or {@code duration}); optionally start and
 * end times, project, client, task, a category (or label) and billable. The work log groups by
 * category, else project, else task.
 */
final class GenericMapper implements FormatMapper {
    @Override
    public ImportFormat format() {
        return ImportFormat.GENERIC;
    }

    @Override
    public List<String> signature() {
        // Every column it reads, so that "date, description, hours, client, project" stays generic
        // rather than passing for a Harvest report that lacks most of its columns.
        return List.of("date", "day", "description", "notes", "memo", "hours", "duration", "start", "start time", "from",
                "end", "end time", "to", "end date", "project", "client", "task", "category", "label", "user", "person",
                "billable", "billable?");
    }

    @Override
    public List<List<String>> required() {
        return List.of(List.of("date", "day"), List.of("hours", "duration"));
    }

    @Override
    public SourceRow read(Header h, Row row) {
        String project = h.text(row, "project");
        String task = h.text(row, "task");
        return new SourceRow(row.line(), h.cell(row, "date", "day"), h.cell(row, "start", "start time", "from"),
                h.cell(row, "end date"), h.cell(row, "end", "end time", "to"), List.of(h.cell(row, "hours", "duration")),
                h.text(row, "description", "notes", "memo"), project, h.text(row, "client"), task, h.text(row, "user", "person"),
                h.cell(row, "billable", "billable?"), FormatMapper.firstOf(h.text(row, "category", "label"), project, task));
    }
}
