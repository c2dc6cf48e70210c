package org.hourbook.core.importing;

import java.util.List;

/**
 * Toggl Track's detailed report: {@code User, Email, Client, Project, Task, Description, Billable,
 * Start date, Start time, End date, End time, Duration, Tags, Amount (USD)}; ISO dates, 24-hour
 * times, {@code hh:mm:ss} durations. The work log groups by project.
 */
final class TogglMapper implements FormatMapper {
    @Override
    public ImportFormat format() {
        return ImportFormat.TOGGL;
    }

    @Override
    public List<String> signature() {
        return List.of("user", "email", "client", "project", "task", "description", "billable",
                "start date", "start time", "end date", "end time", "duration", "tags");
    }

    @Override
    public List<List<String>> required() {
        return List.of(List.of("start date"), List.of("start time"), List.of("duration", "end time"));
    }

    @Override
    public SourceRow read(Header h, Row row) {
        String project = h.text(row, "project");
        String task = h.text(row, "task");
        return new SourceRow(row.line(), h.cell(row, "start date"), h.cell(row, "start time"), h.cell(row, "end date"),
                h.cell(row, "end time"), List.of(h.cell(row, "duration")), h.text(row, "description"), project,
                h.text(row, "client"), task, FormatMapper.firstOf(h.text(row, "user"), h.text(row, "email")),
                h.cell(row, "billable"), FormatMapper.firstOf(project, task));
    }
}
