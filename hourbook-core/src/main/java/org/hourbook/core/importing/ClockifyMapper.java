package org.hourbook.core.importing;

import java.util.List;

/**
 * Clockify's detailed report: {@code Project, Client, Description, Task, User, Group, Email, Tags,
 * Billable, Start Date, Start Time, End Date, End Time, Duration (h), Duration (decimal), ...}.
 * Dates and times follow the exporting user's locale (day/month order, 12 or 24 hours).
 * {@code Duration (h)} ({@code hh:mm:ss}) is exact; {@code Duration (decimal)} is rounded to 36 s,
 * so it is only the fallback. The work log groups by project.
 */
final class ClockifyMapper implements FormatMapper {
    @Override
    public ImportFormat format() {
        return ImportFormat.CLOCKIFY;
    }

    @Override
    public List<String> signature() {
        return List.of("project", "client", "description", "task", "user", "group", "email", "tags", "billable",
                "start date", "start time", "end date", "end time", "duration (h)", "duration (decimal)");
    }

    @Override
    public List<List<String>> required() {
        return List.of(List.of("start date"), List.of("start time"), List.of("duration (h)", "duration (decimal)", "end time"));
    }

    @Override
    public SourceRow read(Header h, Row row) {
        String project = h.text(row, "project");
        String task = h.text(row, "task");
        return new SourceRow(row.line(), h.cell(row, "start date"), h.cell(row, "start time"), h.cell(row, "end date"),
                h.cell(row, "end time"), List.of(h.cell(row, "duration (h)"), h.cell(row, "duration (decimal)")),
                h.text(row, "description"), project, h.text(row, "client"), task,
                FormatMapper.firstOf(h.text(row, "user"), h.text(row, "email")), h.cell(row, "billable"),
                FormatMapper.firstOf(project, task));
    }
}
