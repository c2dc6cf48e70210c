package org.hourbook.server.openapi;

import static org.hourbook.server.openapi.SchemaParts.*;

import java.util.List;
import java.util.Map;

/** The JSON Schemas of retainers, their public page and CSV import (kept apart from {@link Schemas} to keep both short). */
final class RetainerSchemas {
    private RetainerSchemas() {}

    @SuppressWarnings("unchecked")
    static void addTo(Map<String, Object> s) {
        Map<String, Object> terms = obj(List.of(), "capHours", num("hours per cycle, e.g. 20 or 12.5"),
                "cycle", enumOf("monthly", "weekly", "every_n_weeks"), "cycleDay", nullable("integer"),
                "cycleWeekday", nullable("string"), "cycleWeeks", nullable("integer"), "cycleAnchor", nullable("string"),
                "rollover", enumOf("none", "carry"), "rolloverMaxHours", nullable("number"), "overageAllowed", bool(), "alertClient", bool());
        s.put("RetainerTerms", terms);
        if (s.get("NewContract") instanceof Map<?, ?> nc && nc.get("properties") instanceof Map<?, ?> props) {
            ((Map<String, Object>) props).put("kind", enumOf("hourly", "retainer"));
            ((Map<String, Object>) props).put("retainer", ref("RetainerTerms"));
        }
        Map<String, Object> line = obj(List.of(), "day", date(), "lastDay", date(), "text", str(null), "hours", num(null));
        s.put("RetainerStatus", obj(List.of("capHours", "usedHours", "remainingHours", "resetsOn", "cycleStart", "lines"),
                "title", str(null), "capHours", num(null), "rolloverHours", num(null), "usedHours", num(null), "remainingHours", num("0 when over"),
                "overHours", num(null), "percentUsed", integer(), "headline", str("14 of 20 hours used · 6 remain"), "cycleStart", date(),
                "cycleEnd", date(), "resetsOn", date(), "daysToReset", integer(), "zone", str(null), "lines", array(line),
                "pastCycles", array(obj(List.of(), "cycleStart", date(), "cycleEnd", date(), "capHours", num(null), "rolloverHours", num(null),
                        "usedHours", num(null))), "updatedAt", instant()));
        s.put("Retainer", obj(List.of(), "contractId", integer(), "terms", ref("RetainerTerms"),
                "nextTerms", Map.of("type", List.of("object", "null")), "status", ref("RetainerStatus")));
        Map<String, Object> entry = obj(List.of(), "id", str(null), "start", instant(), "hours", num(null), "source", enumOf("TRACKED", "MANUAL", "IMPORTED"),
                "category", str(null), "description", str("raw text: internal"), "published", bool(), "moved", bool());
        s.put("WorkLog", obj(List.of(), "cycleStart", date(), "lines", array(obj(List.of(), "id", str(null), "day", date(), "lastDay", date(),
                "text", str(null), "hours", num(null), "renamed", bool(), "entries", array(entry))), "hidden", array(entry)));
        s.put("CurationAction", obj(List.of("action"), "action", enumOf("rename", "unrename", "merge", "unmerge", "move", "unmove", "hide",
                "unhide", "publish", "unpublish"), "line", str("a line id"), "into", str("a line id"), "entry", str("an entry id"),
                "text", str("a line's text")));
        Map<String, Object> link = obj(List.of(), "id", integer(), "note", str(null), "createdAt", instant(), "lastOpenedAt", nullable("string"),
                "revokedAt", nullable("string"), "url", str("only when made or rotated"));
        s.put("RetainerLink", link);
        s.put("RetainerLinkList", array(ref("RetainerLink")));
        s.put("NewRetainerLink", obj(List.of(), "note", str("who it is for, e.g. for the finance team")));
        s.put("CsvFile", Map.of("type", "string", "description", "the CSV file's bytes (text/csv)"));
        s.put("ImportSummary", obj(List.of("format", "rows", "hours", "problems"), "format", nullable("string"), "rows", integer(), "hours", num(null),
                "problems", array(obj(List.of("line", "reason"), "line", integer(), "column", nullable("string"), "code", str(null), "reason", str(null))),
                "problemCount", integer(), "entries", integer(), "alreadyThere", integer(), "firstDate", nullable("string"),
                "lastDate", nullable("string"), "dayOrder", nullable("string"), "askDayOrder", bool(), "clients", array(str(null)),
                "projects", array(str(null)), "warning", nullable("string"), "importId", nullable("integer"), "added", nullable("integer")));
        Map<String, Object> imp = obj(List.of(), "id", integer(), "fileName", str(null), "format", str(null), "createdAt", instant(), "rows", integer(),
                "added", integer(), "alreadyThere", integer(), "hours", num(null), "undoneAt", nullable("string"));
        s.put("Import", imp);
        s.put("ImportList", array(ref("Import")));
        Map<String, Object> csrf = str("the session's CSRF token");
        s.put("CurationForm", obj(List.of("_csrf", "action"), "_csrf", csrf, "action", str("as in CurationAction"), "line", str(null),
                "into", str(null), "entry", str(null), "text", str(null)));
        s.put("LinkForm", obj(List.of("_csrf"), "_csrf", csrf, "note", str(null)));
        s.put("AlertsForm", obj(List.of("_csrf"), "_csrf", csrf, "alertClient", str("present = on")));
        s.put("RetainerTermsForm", obj(List.of("_csrf", "capHours"), "_csrf", csrf, "capHours", str(null), "cycle", str(null), "cycleDay", str(null),
                "cycleWeekday", str(null), "cycleWeeks", str(null), "cycleAnchor", str(null), "rollover", str(null), "rolloverMaxHours", str(null),
                "overageAllowed", str("present = allowed")));
        s.put("ImportUploadForm", obj(List.of("_csrf", "file"), "_csrf", csrf, "file", Map.of("type", "string", "format", "binary")));
        s.put("ImportForm", obj(List.of("_csrf", "upload", "seal"), "_csrf", csrf, "upload", str("the uploaded file's key"),
                "seal", str("proves who uploaded it"), "fileName", str(null), "dayOrder", enumOf("DAY_FIRST", "MONTH_FIRST"),
                "filter", str("client:NAME or project:NAME"), "skipProblemRows", str("present = leave out rows with problems")));
    }
}
