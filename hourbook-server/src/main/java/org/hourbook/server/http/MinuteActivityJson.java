package org.hourbook.server.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import org.hourbook.core.segment.MinuteActivity;

/**
 * Reads {@code {"keys":1,"clicks":0,"scrolls":0,"moves":3}} and, when a count is missing, not a
 * whole number or negative, fails with the path of that count ({@code …minutes[2].keys}) so the
 * error says which number to fix. The record's own check only knows "counts must be >= 0".
 * <p>Reads the tokens as they come, without building a tree: an upload of 50 segments has 500 of
 * these, and the tree per minute was a tenth of the upload's CPU (bench/README.md, ingest).
 * Other fields are skipped.
 */
public final class MinuteActivityJson extends StdDeserializer<MinuteActivity> {
    private static final String[] COUNTS = {"keys", "clicks", "scrolls", "moves"};
    private static final int MISSING = -1;

    MinuteActivityJson() {
        super(MinuteActivity.class);
    }

    @Override
    public MinuteActivity deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) t = p.nextToken();
        else if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
            throw new JsonErrors.Plain(p, "must be an object with keys, clicks, scrolls and moves");
        }
        int[] v = {MISSING, MISSING, MISSING, MISSING};
        for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            int i = indexOf(p.currentName());
            JsonToken value = p.nextToken();
            if (i < 0) {
                p.skipChildren();
                continue;
            }
            String problem = value == JsonToken.VALUE_NULL ? "is required (a count of 0 or more)"
                    : value != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT ? "must be a whole number"
                    : p.getIntValue() < 0 ? "must be 0 or more" : null;
            if (problem != null) throw at(p, i, problem);
            v[i] = p.getIntValue();
        }
        for (int i = 0; i < COUNTS.length; i++) {
            if (v[i] == MISSING) throw at(p, i, "is required (a count of 0 or more)");
        }
        return new MinuteActivity(v[0], v[1], v[2], v[3]);
    }

    private static int indexOf(String name) {
        for (int i = 0; i < COUNTS.length; i++) {
            if (COUNTS[i].equals(name)) return i;
        }
        return -1;
    }

    private static JsonMappingException at(JsonParser p, int count, String problem) {
        JsonMappingException e = new JsonErrors.Plain(p, problem);
        e.prependPath(MinuteActivity.class, COUNTS[count]);
        return e;
    }

    /**
     * Writes a segment's minutes as one raw JSON array, exactly as {@link Writer} writes each
     * element: counts and names are digits and letters only, so nothing needs escaping, and one
     * raw write replaces a diary segment's 50 generator calls.
     */
    public static void writeArray(List<MinuteActivity> minutes, JsonGenerator g) throws IOException {
        StringBuilder b = new StringBuilder(2 + minutes.size() * 48).append('[');
        for (int i = 0; i < minutes.size(); i++) {
            MinuteActivity m = minutes.get(i);
            if (i > 0) b.append(',');
            b.append("{\"").append(COUNTS[0]).append("\":").append(m.keys())
                    .append(",\"").append(COUNTS[1]).append("\":").append(m.clicks())
                    .append(",\"").append(COUNTS[2]).append("\":").append(m.scrolls())
                    .append(",\"").append(COUNTS[3]).append("\":").append(m.moves()).append('}');
        }
        g.writeRawValue(b.append(']').toString());
    }

    /**
     * Writes the four counts straight out, in the same order: a diary day has ~360 of these, and
     * the generic record serializer spent a fifth of the day's JSON in reflective accessor calls.
     */
    static final class Writer extends StdSerializer<MinuteActivity> {
        Writer() {
            super(MinuteActivity.class);
        }

        @Override
        public void serialize(MinuteActivity m, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartObject(m, 4);
            g.writeNumberField(COUNTS[0], m.keys());
            g.writeNumberField(COUNTS[1], m.clicks());
            g.writeNumberField(COUNTS[2], m.scrolls());
            g.writeNumberField(COUNTS[3], m.moves());
            g.writeEndObject();
        }
    }
}
