package org.hourbook.server.importing;

import org.hourbook.core.importing.DayOrder;
import org.hourbook.core.importing.ImportFormat;
import org.hourbook.core.importing.ImportOptions;

/**
 * How to read an uploaded file, as the person chose after the first preview.
 *
 * @param dayOrder       the answer to "is 03/04 the 3rd of April or March 4th?", {@code null} to decide from the file
 * @param format         {@code null} to detect it from the header
 * @param filterBy       {@code client} or {@code project} (with {@code filterValue}), {@code null} for every row
 * @param skipProblemRows import the good rows and leave out the rows with problems (else any problem refuses the import)
 */
public record ImportRequest(String fileName, DayOrder dayOrder, ImportFormat format, ImportOptions.Filter.By filterBy,
                            String filterValue, boolean skipProblemRows) {

    public static ImportRequest of(String fileName) {
        return new ImportRequest(fileName, null, null, null, null, false);
    }

    ImportOptions options(java.time.ZoneId zone) {
        ImportOptions o = new ImportOptions(zone, dayOrder, format, null);
        return filterBy != null && filterValue != null && !filterValue.isBlank() ? o.withFilter(filterBy, filterValue) : o;
    }

    public String name() {
        return fileName == null || fileName.isBlank() ? "upload.csv" : fileName.strip();
    }
}
