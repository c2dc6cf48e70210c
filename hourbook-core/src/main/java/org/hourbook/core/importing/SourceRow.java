package org.hourbook.core.importing;

import java.util.List;

/**
 * One data row as a format mapper read it: the cells that say when and how long, and the texts
 * that say what. Nothing is parsed yet, so every problem can still name its column.
 *
 * @param durations duration cells in order of preference; the first non-blank one counts
 * @param category  what the work log groups by, chosen by the format
 */
record SourceRow(int line, Cell date, Cell startTime, Cell endDate, Cell endTime, List<Cell> durations,
                 String description, String project, String client, String task, String user, Cell billable, String category) {

    SourceRow {
        durations = List.copyOf(durations);
    }
}
