package org.hourbook.server.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hourbook.server.auth.Viewer;
import org.hourbook.server.contract.ContractUrls;
import org.hourbook.server.web.Fmt;

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
    private static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("contract.create", "Created the contract"),
            Map.entry("contract.update", "Changed terms"),
            Map.entry("contract.close", "Closed the contract"),
            Map.entry("offer.make", "Offered the contract"),
            Map.entry("offer.resend", "Sent the offer again"),
            Map.entry("offer.accept", "Accepted the offer"),
            Map.entry("offer.decline", "Declined the offer"),
            Map.entry("offer.withdraw", "Withdrew the offer"),
            Map.entry("segment.memo", "Edited a memo"),
            Map.entry("segment.label", "Set an activity label"),
            Map.entry("segment.delete", "Deleted time"),
            Map.entry("segment.manual", "Added manual time"),
            Map.entry("segment.create", "Uploaded tracked time"));

    static AuditLogPage of(Viewer viewer, long contractId, String title, List<AuditService.Named> rows, long total, int page,
                           ObjectMapper json) {
        ZoneId zone = viewer.zone();
        List<Entry> entries = new ArrayList<>();
        for (AuditService.Named named : rows) {
            var r = named.entry();
            JsonNode before = read(json, r.beforeJson());
            JsonNode after = read(json, r.afterJson());
            boolean segment = "segment".equals(r.objectType());
            String object = segment ? AuditedSegments.name(before, after, zone)
                    : r.objectType() + (r.objectId() == null ? "" : " " + r.objectId());
            String objectId = segment ? AuditedSegments.ids(before, after, r.objectId()) : r.objectId();
            entries.add(new Entry(WHEN.format(r.at().atZone(zone)), named.actor(), ACTIONS.getOrDefault(r.action(), r.action()),
                    object, objectId, segment ? segmentChanges(before, after) : changes(before, after)));
        }
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        return new AuditLogPage(viewer, contractId, title, zone.getId(), entries, page, pages, total);
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

    /**
     * A segment's changes in words: its id and start already name it (the "What" column), tracked
     * seconds read as minutes, a screenshot as "attached", and an upload of many segments as its
     * total and memos rather than the first 160 characters of its JSON.
     */
    static List<Change> segmentChanges(JsonNode before, JsonNode after) {
        if ((before != null && before.isArray()) || (after != null && after.isArray())) {
            List<Change> out = new ArrayList<>();
            out.add(new Change("tracked", summary(before, AuditLogPage::tracked), summary(after, AuditLogPage::tracked)));
            out.add(new Change("memos", summary(before, AuditLogPage::memos), summary(after, AuditLogPage::memos)));
            return out;
        }
        List<Change> out = new ArrayList<>();
        for (Change c : changes(before, after)) {
            switch (c.field()) {
                case "id", "start", "source" -> { }
                case "trackedSeconds" -> out.add(new Change("tracked", minutes(c.before()), minutes(c.after())));
                case "screenshot" -> out.add(new Change("screenshot", c.before().equals("—") ? "—" : "attached",
                        c.after().equals("—") ? "—" : "attached"));
                default -> out.add(c);
            }
        }
        return out;
    }

    private static String summary(JsonNode list, java.util.function.Function<JsonNode, String> of) {
        return list == null || list.isNull() ? "—" : of.apply(list.isArray() ? list : json1(list));
    }

    private static JsonNode json1(JsonNode single) {
        return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add(single);
    }

    private static String tracked(JsonNode list) {
        long seconds = 0;
        for (JsonNode s : list) seconds += s.path("trackedSeconds").asLong();
        return Fmt.hours(seconds);
    }

    private static String memos(JsonNode list) {
        Set<String> memos = new LinkedHashSet<>();
        for (JsonNode s : list) if (s.hasNonNull("memo")) memos.add(s.get("memo").asText());
        String joined = String.join("; ", memos);
        return memos.isEmpty() ? "—" : joined.length() > 160 ? joined.substring(0, 157) + "…" : joined;
    }

    private static String minutes(String seconds) {
        try {
            return Fmt.hours(Long.parseLong(seconds));
        } catch (NumberFormatException e) {
            return seconds;
        }
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
        return ContractUrls.audit(contractId) + "?page=" + p;
    }

    public boolean hasPrev() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
