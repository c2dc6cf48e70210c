package org.hourbook.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hourbook.server.web.TermsBackend.AuditPage;
import org.hourbook.server.web.TermsBackend.AuditRow;
import org.hourbook.server.web.WebBackend.Viewer;

/**
 * A contract's audit log, newest first, a page at a time: who changed what and when, and each
 * changed field as before → after (read from the recorded JSON).
 */
public record AuditLogPage(Viewer viewer, long contractId, String title, String zone, List<Entry> entries, int page,
                           int pages, long total) {

    /** {@code object} names what changed for people; {@code objectId} is its id for support (null when none). */
    public record Entry(String when, String who, String what, String object, String objectId, List<Change> changes) {}

    /** One field; {@code before}/{@code after} are "—" when the field did not exist on that side. */
    public record Change(String field, String before, String after) {}

    static final int PAGE_SIZE = 25;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Map<String, String> ACTIONS = Map.of(
            "contract.create", "Created the contract",
            "contract.update", "Changed terms",
            "contract.close", "Closed the contract",
            "segment.memo", "Edited a memo",
            "segment.label", "Set an activity label",
            "segment.delete", "Deleted time",
            "segment.manual", "Added manual time",
            "segment.create", "Uploaded tracked time");

    static AuditLogPage of(Viewer viewer, long contractId, String title, AuditPage data, int page, ObjectMapper json) {
        ZoneId zone = viewer.zone();
        List<Entry> entries = new ArrayList<>();
        for (AuditRow r : data.rows()) {
            JsonNode before = read(json, r.beforeJson());
            JsonNode after = read(json, r.afterJson());
            boolean segment = "segment".equals(r.objectType());
            String object = segment ? AuditedSegments.name(before, after, zone)
                    : r.objectType() + (r.objectId() == null ? "" : " " + r.objectId());
            String objectId = segment ? AuditedSegments.ids(before, after, r.objectId()) : r.objectId();
            entries.add(new Entry(WHEN.format(r.at().atZone(zone)), r.actor(), ACTIONS.getOrDefault(r.action(), r.action()),
                    object, objectId, changes(before, after)));
        }
        int pages = (int) Math.max(1, (data.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        return new AuditLogPage(viewer, contractId, title, zone.getId(), entries, page, pages, data.total());
    }

    static List<Change> changes(JsonNode before, JsonNode after) {
        Set<String> fields = new LinkedHashSet<>();
        if (before != null && before.isObject()) before.fieldNames().forEachRemaining(fields::add);
        if (after != null && after.isObject()) after.fieldNames().forEachRemaining(fields::add);
        List<Change> out = new ArrayList<>();
        if (fields.isEmpty()) {
            if (before != null || after != null) out.add(new Change("", text(before), text(after)));
            return out;
        }
        for (String f : fields) {
            String b = text(before == null ? null : before.get(f));
            String a = text(after == null ? null : after.get(f));
            // Unchanged fields (and empty ones of a create or delete) say nothing.
            if (b.equals(a)) continue;
            out.add(new Change(f, b, a));
        }
        return out;
    }

    private static JsonNode read(ObjectMapper json, String text) {
        if (text == null) return null;
        try {
            return json.readTree(text);
        } catch (java.io.IOException e) {
            return json.getNodeFactory().textNode(text);
        }
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) return "—";
        String s = n.isTextual() ? n.asText() : n.toString();
        return s.length() > 160 ? s.substring(0, 157) + "…" : s;
    }

    public String href(int p) {
        return "/contracts/" + contractId + "/audit?page=" + p;
    }

    public boolean hasPrev() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
