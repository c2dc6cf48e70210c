package org.hourbook.server.retainer;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Map;
import java.util.Set;
import org.hourbook.core.worklog.Curation;
import org.hourbook.server.http.Json;

/** The stored form of a work-log curation: one JSON object of its five parts. */
final class CurationCodec {
    private record Stored(Map<String, String> renames, Map<String, String> merges, Map<String, String> moves, Set<String> hidden,
                          Set<String> published) {}

    private CurationCodec() {}

    static String encode(Curation c) {
        try {
            return Json.mapper().writeValueAsString(new Stored(c.renames(), c.merges(), c.moves(), c.hidden(), c.published()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Curation decode(String json) {
        try {
            Stored s = Json.mapper().readValue(json, Stored.class);
            return new Curation(orEmpty(s.renames()), orEmpty(s.merges()), orEmpty(s.moves()), s.hidden() == null ? Set.of() : s.hidden(),
                    s.published() == null ? Set.of() : s.published());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable work-log curation", e);
        }
    }

    private static Map<String, String> orEmpty(Map<String, String> m) {
        return m == null ? Map.of() : m;
    }
}
