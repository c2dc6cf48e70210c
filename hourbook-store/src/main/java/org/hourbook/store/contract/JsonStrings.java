package org.hourbook.store.contract;

import java.util.ArrayList;
import java.util.List;

/** A JSON array of strings, the one JSON shape the store writes itself (no JSON library in this module). */
final class JsonStrings {
    private JsonStrings() {}

    static String encode(List<String> values) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append('"');
            for (char c : values.get(i).toCharArray()) {
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    default -> {
                        if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                        else sb.append(c);
                    }
                }
            }
            sb.append('"');
        }
        return sb.append(']').toString();
    }

    static List<String> decode(String json) {
        List<String> out = new ArrayList<>();
        int i = skipSpace(json, 0);
        expect(json, i++, '[');
        i = skipSpace(json, i);
        if (json.charAt(i) == ']') return out;
        while (true) {
            i = skipSpace(json, i);
            expect(json, i++, '"');
            StringBuilder sb = new StringBuilder();
            for (char c = json.charAt(i++); c != '"'; c = json.charAt(i++)) {
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                char e = json.charAt(i++);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(json.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> sb.append(e);
                }
            }
            out.add(sb.toString());
            i = skipSpace(json, i);
            char next = json.charAt(i++);
            if (next == ']') return out;
            if (next != ',') throw new IllegalArgumentException("bad JSON string array at " + (i - 1) + ": " + json);
        }
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return i;
    }

    private static void expect(String s, int i, char c) {
        if (i >= s.length() || s.charAt(i) != c) throw new IllegalArgumentException("expected '" + c + "' at " + i + ": " + s);
    }
}
