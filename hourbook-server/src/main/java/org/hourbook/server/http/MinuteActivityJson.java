package org.hourbook.server.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import org.hourbook.core.segment.MinuteActivity;

/**
 * Reads {@code {"keys":1,"clicks":0,"scrolls":0,"moves":3}} and, when a count is missing, not a
 * whole number or negative, fails with the path of that count ({@code …minutes[2].keys}) so the
 * error says which number to fix. The record's own check only knows "counts must be >= 0".
 */
final class MinuteActivityJson extends StdDeserializer<MinuteActivity> {
    private static final String[] COUNTS = {"keys", "clicks", "scrolls", "moves"};

    MinuteActivityJson() {
        super(MinuteActivity.class);
    }

    @Override
    public MinuteActivity deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode node = p.readValueAsTree();
        if (node == null || !node.isObject()) {
            throw new JsonErrors.Plain(p, "must be an object with keys, clicks, scrolls and moves");
        }
        int[] v = new int[COUNTS.length];
        for (int i = 0; i < COUNTS.length; i++) {
            JsonNode n = node.get(COUNTS[i]);
            String problem = n == null || n.isNull() ? "is required (a count of 0 or more)"
                    : !n.isIntegralNumber() || !n.canConvertToInt() ? "must be a whole number"
                    : n.intValue() < 0 ? "must be 0 or more" : null;
            if (problem != null) {
                JsonMappingException e = new JsonErrors.Plain(p, problem);
                e.prependPath(node, COUNTS[i]);
                throw e;
            }
            v[i] = n.intValue();
        }
        return new MinuteActivity(v[0], v[1], v[2], v[3]);
    }
}
