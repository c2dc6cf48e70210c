package org.hourbook.server.importing;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.hourbook.core.week.Hours;
import org.hourbook.server.auth.Viewer;
import org.hourbook.store.importing.StoredImport;

/**
 * The import pages: the upload form with the past imports, and the preview of an uploaded file.
 *
 * @param preview {@code null} on the upload form
 */
public record ImportPage(Viewer viewer, long contractId, String title, List<StoredImport> imports, ImportService.Preview preview,
                         ImportRequest request, String notice, String error) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm", Locale.ENGLISH);

    public String when(Instant t) {
        return WHEN.format(t.atZone(viewer.zone()));
    }

    public String hours(long seconds) {
        return Hours.decimal(seconds).stripTrailingZeros().toPlainString();
    }

    /** "client:Acme" / "project:Web" of the current filter, for the select. */
    public String filter() {
        if (request == null || request.filterBy() == null || request.filterValue() == null) return "";
        return request.filterBy().name().toLowerCase(Locale.ROOT) + ":" + request.filterValue();
    }

    public String dayOrder() {
        return request == null || request.dayOrder() == null ? "" : request.dayOrder().name();
    }

    public boolean canImport() {
        var s = preview.summary();
        return s.format() != null && !s.askDayOrder() && preview.entryCount() > 0;
    }

    public int newRows() {
        return Math.max(0, preview.entryCount() - preview.alreadyThere());
    }
}
