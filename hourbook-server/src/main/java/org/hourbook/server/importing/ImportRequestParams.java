package org.hourbook.server.importing;

import java.util.Locale;
import java.util.function.Function;
import org.hourbook.core.importing.DayOrder;
import org.hourbook.core.importing.ImportFormat;
import org.hourbook.core.importing.ImportOptions;
import org.hourbook.server.Refusal;

/** Reads the import's choices from query or form parameters (same names in the API and the pages). */
public final class ImportRequestParams {
    private ImportRequestParams() {}

    public static ImportRequest from(Function<String, String> param) {
        DayOrder order = switch (lower(param.apply("dayOrder"))) {
            case "" -> null;
            case "day_first", "dmy", "day" -> DayOrder.DAY_FIRST;
            case "month_first", "mdy", "month" -> DayOrder.MONTH_FIRST;
            default -> throw Refusal.invalid("import.day_order", "dayOrder", "dayOrder is DAY_FIRST or MONTH_FIRST");
        };
        ImportFormat format;
        try {
            String f = lower(param.apply("format"));
            format = f.isEmpty() ? null : ImportFormat.valueOf(f.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("import.format", "format", "format is TOGGL, CLOCKIFY, HARVEST or GENERIC");
        }
        String filter = param.apply("filter");
        ImportOptions.Filter.By by = null;
        String value = null;
        if (filter != null && filter.contains(":")) {
            // "client:Acme" or "project:Website": one select in the form offers both.
            String kind = filter.substring(0, filter.indexOf(':'));
            value = filter.substring(filter.indexOf(':') + 1);
            by = kind.equals("client") ? ImportOptions.Filter.By.CLIENT : kind.equals("project") ? ImportOptions.Filter.By.PROJECT : null;
        }
        String filterBy = lower(param.apply("filterBy"));
        if (!filterBy.isEmpty()) {
            by = switch (filterBy) {
                case "client" -> ImportOptions.Filter.By.CLIENT;
                case "project" -> ImportOptions.Filter.By.PROJECT;
                default -> throw Refusal.invalid("import.filter", "filterBy", "filterBy is client or project");
            };
            value = param.apply("filterValue");
        }
        String skip = lower(param.apply("skipProblemRows"));
        return new ImportRequest(param.apply("fileName"), order, format, by, value, skip.equals("true") || skip.equals("on"));
    }

    private static String lower(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
