package org.hourbook.core.importing;

import java.time.ZoneId;
import java.util.Objects;

/**
 * How to read a file.
 *
 * @param zone     the zone the file's dates and times are in (usually the contract's)
 * @param dayOrder the person's answer when the file leaves day/month order open; {@code null} to decide from the data
 * @param format   a format to use instead of detecting it from the header; {@code null} to detect
 * @param filter   import only the rows of one client or project of the file; {@code null} for all rows
 */
public record ImportOptions(ZoneId zone, DayOrder dayOrder, ImportFormat format, Filter filter) {

    /** Keep the rows whose client (or project) column equals {@code value}, ignoring case and spacing. */
    public record Filter(By by, String value) {
        public enum By { CLIENT, PROJECT }

        public Filter {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(value, "value");
        }
    }

    public ImportOptions {
        Objects.requireNonNull(zone, "zone");
    }

    public static ImportOptions in(ZoneId zone) {
        return new ImportOptions(zone, null, null, null);
    }

    public ImportOptions withDayOrder(DayOrder order) {
        return new ImportOptions(zone, order, format, filter);
    }

    public ImportOptions withFormat(ImportFormat f) {
        return new ImportOptions(zone, dayOrder, f, filter);
    }

    public ImportOptions withFilter(Filter.By by, String value) {
        return new ImportOptions(zone, dayOrder, format, new Filter(by, value));
    }
}
