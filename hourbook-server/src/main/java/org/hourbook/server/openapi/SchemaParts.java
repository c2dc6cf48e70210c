package org.hourbook.server.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The small pieces every JSON Schema here is built of ({@code obj}, {@code str}, {@code enumOf}, ...). */
final class SchemaParts {
    private SchemaParts() {}

    static Map<String, Object> ref(String name) {
        return Map.of("$ref", "#/components/schemas/" + name);
    }

    static Map<String, Object> obj(List<String> required, Object... props) {
        Map<String, Object> p = new LinkedHashMap<>();
        for (int i = 0; i < props.length; i += 2) p.put((String) props[i], props[i + 1]);
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "object");
        if (!required.isEmpty()) o.put("required", required);
        o.put("properties", p);
        return o;
    }

    static Map<String, Object> array(Object items) {
        return Map.of("type", "array", "items", items);
    }

    static Map<String, Object> str(String description) {
        return description == null ? Map.of("type", "string") : Map.of("type", "string", "description", description);
    }

    static Map<String, Object> nullable(String type) {
        return Map.of("type", List.of(type, "null"));
    }

    static Map<String, Object> enumOf(String... values) {
        return Map.of("type", "string", "enum", List.of(values));
    }

    static Map<String, Object> integer() {
        return Map.of("type", "integer");
    }

    static Map<String, Object> bool() {
        return Map.of("type", "boolean");
    }

    static Map<String, Object> instant() {
        return Map.of("type", "string", "format", "date-time");
    }

    static Map<String, Object> date() {
        return Map.of("type", "string", "format", "date");
    }

    static Map<String, Object> uuid() {
        return Map.of("type", "string", "format", "uuid");
    }

    static Map<String, Object> num(String description) {
        return description == null ? Map.of("type", "number") : Map.of("type", "number", "description", description);
    }
}
