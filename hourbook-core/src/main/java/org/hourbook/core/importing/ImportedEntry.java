package org.hourbook.core.importing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.hourbook.core.retainer.EntrySource;
import org.hourbook.core.retainer.WorkEntry;

/**
 * One importable row.
 *
 * @param startTime  {@code null} when the file has dates only (Harvest, most generic files); the
 *                   entry then starts at the first instant of its date
 * @param category   what the work log groups it by: the project (Toggl, Clockify), the task (Harvest)
 * @param user       who did the work, as the file names them ("" when it does not)
 * @param dedupeKey  the same for the same row in a later or overlapping export; see {@code DedupeKey}
 */
public record ImportedEntry(int line, LocalDate date, LocalTime startTime, Instant start, long seconds,
                            String description, String project, String client, String task, String user,
                            boolean billable, String category, String dedupeKey) {

    /** The row as retainer time; its id is the dedupe key, so curations survive a re-import. */
    public WorkEntry toWorkEntry() {
        return new WorkEntry(dedupeKey, start, seconds, EntrySource.IMPORTED, category, description);
    }
}
