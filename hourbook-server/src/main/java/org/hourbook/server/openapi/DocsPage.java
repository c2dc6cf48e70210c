package org.hourbook.server.openapi;

import java.util.List;

/** A readable, dependency-free HTML rendering of the operations. */
final class DocsPage {
    private DocsPage() {}

    static String render(List<Operation> ops) {
        StringBuilder b = new StringBuilder(16_384);
        b.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">")
                .append("<title>Hourbook API</title></head><body><main>")
                .append("<h1>Hourbook API v1</h1><p>Machine-readable: <a href=\"/api/v1/openapi.json\">openapi.json</a>. ")
                .append("Errors are JSON <code>{code, field, message}</code>; anything you may not see answers 404. ")
                .append("Authenticate with <code>Authorization: Bearer &lt;token&gt;</code> from <code>POST /api/v1/auth/tokens</code>.</p>");
        String tag = null;
        for (Operation op : ops) {
            if (!op.tag().equals(tag)) {
                tag = op.tag();
                b.append("<h2>").append(esc(tag)).append("</h2>");
            }
            b.append("<section><h3><code>").append(op.method()).append(' ').append(esc(op.path())).append("</code></h3><p><strong>")
                    .append(esc(op.summary())).append("</strong>").append(op.auth() ? "" : " (no sign-in needed)").append("</p>");
            if (!op.description().isEmpty()) b.append("<p>").append(esc(op.description())).append("</p>");
            if (!op.params().isEmpty()) {
                b.append("<ul>");
                for (Operation.Param p : op.params()) {
                    b.append("<li><code>").append(esc(p.name())).append("</code> (").append(p.in()).append(", ").append(p.type())
                            .append(p.required() ? ", required" : "").append(") ").append(esc(p.description())).append("</li>");
                }
                b.append("</ul>");
            }
            if (op.request() != null) b.append("<p>Body: <code>").append(esc(op.request())).append("</code></p>");
            b.append("<p>Success: ").append(op.status()).append(op.response() == null ? "" : " <code>" + esc(op.response()) + "</code>")
                    .append(op.errors().isEmpty() ? "" : "; errors: " + op.errors()).append("</p></section>");
        }
        return b.append("</main></body></html>").toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
