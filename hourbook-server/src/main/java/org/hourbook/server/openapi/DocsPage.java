package org.hourbook.server.openapi;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A readable, dependency-free HTML rendering of the operations: the site's stylesheet, no
 * scripts, `code` in descriptions shown as code, and every body schema linked to a table of its
 * fields at the end of the page.
 */
final class DocsPage {
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    private DocsPage() {}

    static String render(List<Operation> ops) {
        StringBuilder b = new StringBuilder(32_768);
        b.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">")
                .append("<title>Hourbook API</title><link rel=\"stylesheet\" href=\"/static/hourbook.css\"></head>")
                .append("<body><main id=\"main\" class=\"api-docs\">")
                .append("<h1>Hourbook API v1</h1><p>Machine-readable: <a href=\"/api/v1/openapi.json\">openapi.json</a>. ")
                .append("Errors are JSON <code>{code, field, message}</code> (<a href=\"#schema-Error\">Error</a>); anything you may not "
                        + "see answers 404. Authenticate with <code>Authorization: Bearer &lt;token&gt;</code> from "
                        + "<code>POST /api/v1/auth/tokens</code>. Unknown JSON fields are ignored, so newer clients keep working.</p>");
        String tag = null;
        for (Operation op : ops) {
            if (!op.tag().equals(tag)) {
                tag = op.tag();
                b.append("<h2>").append(esc(tag)).append("</h2>");
            }
            b.append("<section><h3><code>").append(op.method()).append(' ').append(esc(op.path())).append("</code></h3><p><strong>")
                    .append(esc(op.summary())).append("</strong>").append(op.auth() ? "" : " (no sign-in needed)")
                    .append(op.auth() && op.devices() ? " (device tokens too)" : "").append("</p>");
            if (!op.description().isEmpty()) b.append("<p>").append(inline(op.description())).append("</p>");
            if (!op.params().isEmpty()) {
                b.append("<ul>");
                for (Operation.Param p : op.params()) {
                    b.append("<li><code>").append(esc(p.name())).append("</code> (").append(p.in()).append(", ").append(p.type())
                            .append(p.required() ? ", required" : "").append(") ").append(inline(p.description())).append("</li>");
                }
                b.append("</ul>");
            }
            if (op.request() != null) b.append("<p>Body: ").append(link(op.request())).append("</p>");
            b.append("<p>Success: ").append(op.status()).append(op.response() == null ? "" : " " + link(op.response()))
                    .append(op.errors().isEmpty() ? "" : "; errors: " + op.errors()).append("</p></section>");
        }
        b.append("<h2 id=\"schemas\">Schemas</h2>");
        Schemas.all().forEach((name, schema) -> schema(b, name, schema));
        return b.append("</main></body></html>").toString();
    }

    private static void schema(StringBuilder b, String name, Object schema) {
        b.append("<section id=\"schema-").append(esc(name)).append("\"><h3>").append(esc(name)).append("</h3>");
        Map<?, ?> s = (Map<?, ?>) schema;
        if (s.get("properties") instanceof Map<?, ?> props) {
            List<?> required = s.get("required") instanceof List<?> r ? r : List.of();
            b.append("<table><thead><tr><th>Field</th><th>Type</th><th>Notes</th></tr></thead><tbody>");
            props.forEach((field, def) -> b.append("<tr><td><code>").append(esc(String.valueOf(field))).append("</code></td><td>")
                    .append(type(def)).append("</td><td>").append(required.contains(field) ? "required. " : "")
                    .append(def instanceof Map<?, ?> m && m.get("description") != null ? inline(String.valueOf(m.get("description"))) : "")
                    .append("</td></tr>"));
            b.append("</tbody></table>");
        } else {
            b.append("<p>").append(type(schema)).append("</p>");
        }
        b.append("</section>");
    }

    /** "string (date-time)", "one of a, b", "array of <a>Minute</a>", "object", … */
    static String type(Object def) {
        if (!(def instanceof Map<?, ?> m)) return "";
        if (m.get("$ref") instanceof String ref) return link(ref.substring(ref.lastIndexOf('/') + 1));
        if (m.get("oneOf") instanceof List<?> alternatives) return String.join(" or ", alternatives.stream().map(DocsPage::type).toList());
        if (m.get("enum") instanceof List<?> values) {
            return "one of " + String.join(", ", values.stream().map(v -> "<code>" + esc(String.valueOf(v)) + "</code>").toList());
        }
        Object t = m.get("type");
        if ("array".equals(t)) return "array of " + type(m.get("items"));
        String type = t instanceof List<?> l ? String.join(" or ", l.stream().map(String::valueOf).toList()) : String.valueOf(t);
        if ("object".equals(t) && m.get("properties") instanceof Map<?, ?> props) {
            return "object with " + String.join(", ", props.keySet().stream().map(k -> "<code>" + esc(String.valueOf(k)) + "</code>").toList());
        }
        return esc(type) + (m.get("format") != null ? " (" + esc(String.valueOf(m.get("format"))) + ")" : "");
    }

    private static String link(String schema) {
        return "<a href=\"#schema-" + esc(schema) + "\"><code>" + esc(schema) + "</code></a>";
    }

    /** Escapes, then shows `backticked` text as code. */
    static String inline(String s) {
        Matcher m = CODE.matcher(esc(s));
        return m.replaceAll(r -> "<code>" + Matcher.quoteReplacement(r.group(1)) + "</code>");
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
