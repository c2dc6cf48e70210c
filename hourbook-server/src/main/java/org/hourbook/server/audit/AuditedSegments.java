package org.hourbook.server.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hourbook.core.segment.SegmentGrid;
import org.hourbook.server.web.Fmt;

/**
 * How the audit log names the segments an entry is about: by their time in the viewer's zone, as
 * the diary shows them, never by an id nobody can place. Read from the entry's own before/after
 * JSON (each segment's {@code start}, see {@code diary.Audited}), so the page makes no query per row.
 * <pre>
 *  one segment           {"id": …, "start": "2026-11-16T09:00:00Z", …}   Mon 16 Nov, 09:00–09:10
 *  an upload of several  [{"start": "…T09:00…"}, …, {"start": "…T10:50…"}]  12 segments, Mon 16 Nov 09:00–11:00
 *  across midnight       [{"start": "…16T23:50…"}, {"start": "…17T00:00…"}]  2 segments, Mon 16 Nov 23:50 – Tue 17 Nov 00:10
 *  no start recorded     {"memo": …}  (entries written before starts were)    a segment
 * </pre>
 * The ids stay on the page for support, as the name's title.
 */
final class AuditedSegments {
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("z", Locale.ENGLISH);
    /** An upload can list hundreds; a title with the first few is enough to find the rest. */
    private static final int TITLE_IDS = 10;

    private AuditedSegments() {}

    /** The segments' time, from {@code after} (a create) or else {@code before} (a delete). */
    static String name(JsonNode before, JsonNode after, ZoneId zone) {
        List<Instant> starts = starts(after);
        if (starts.isEmpty()) starts = starts(before);
        if (starts.isEmpty()) return "a segment";
        Instant first = starts.stream().min(Instant::compareTo).orElseThrow();
        Instant end = SegmentGrid.slotEnd(starts.stream().max(Instant::compareTo).orElseThrow());
        if (starts.size() == 1) return Fmt.shortDay(first.atZone(zone).toLocalDate()) + ", " + Fmt.slotRange(first, zone) + dstZone(first, zone);
        ZonedDateTime from = first.atZone(zone);
        // A run that ends at midnight ends on its own day ("23:00–00:00"), not the next one.
        ZonedDateTime lastMoment = end.minusNanos(1).atZone(zone);
        String head = starts.size() + " segments, " + Fmt.shortDay(from.toLocalDate()) + " " + HM.format(from);
        return lastMoment.toLocalDate().equals(from.toLocalDate())
                ? head + "–" + HM.format(end.atZone(zone)) + dstZone(first, zone)
                : head + " – " + Fmt.shortDay(lastMoment.toLocalDate()) + " " + HM.format(end.atZone(zone));
    }

    /** The segment ids, space-separated, for the name's title; {@code fallback} when the JSON has none. */
    static String ids(JsonNode before, JsonNode after, String fallback) {
        if (fallback != null) return fallback;
        List<String> ids = new ArrayList<>();
        List<JsonNode> segments = segments(after);
        if (segments.isEmpty()) segments = segments(before);
        for (JsonNode s : segments) {
            if (s.path("id").isTextual()) ids.add(s.path("id").asText());
        }
        if (ids.isEmpty()) return null;
        return ids.size() <= TITLE_IDS ? String.join(" ", ids)
                : String.join(" ", ids.subList(0, TITLE_IDS)) + " … (" + ids.size() + " in all)";
    }

    /** On a day when clocks change two slots can read "01:00"; the zone's abbreviation tells them apart, as in the diary. */
    private static String dstZone(Instant at, ZoneId zone) {
        return Fmt.isDstDay(at.atZone(zone).toLocalDate(), zone) ? " " + ZONE.format(at.atZone(zone)) : "";
    }

    private static List<Instant> starts(JsonNode node) {
        List<Instant> out = new ArrayList<>();
        for (JsonNode s : segments(node)) {
            if (!s.path("start").isTextual()) continue;
            try {
                out.add(Instant.parse(s.path("start").asText()));
            } catch (DateTimeParseException e) {
                // Not a segment's start after all: the entry is still listed, just not named by it.
            }
        }
        return out;
    }

    /** One segment (an object) or an upload's list of them; anything else holds none. */
    private static List<JsonNode> segments(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node == null) return out;
        if (node.isObject()) out.add(node);
        if (node.isArray()) node.forEach(n -> {
            if (n.isObject()) out.add(n);
        });
        return out;
    }
}
