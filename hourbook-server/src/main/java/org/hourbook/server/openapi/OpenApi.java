package org.hourbook.server.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The OpenAPI 3.1 document ({@code /api/v1/openapi.json}) of every endpoint registered through
 * {@link Endpoints} — {@code /api/v1}, {@code /metrics} and the web pages — and a plain HTML
 * reference ({@code /api/v1/docs}, no scripts, no CDN). Each feature describes its own
 * operations where it registers them; this class only writes them out.
 */
public final class OpenApi implements Endpoints.Feature {
    private final String version;
    private volatile Map<String, Object> document;
    private volatile String html;

    public OpenApi(String version) {
        this.version = version;
    }

    @Override
    public void register(Endpoints endpoints) {
        // Built on first request, when every feature has registered its operations.
        endpoints.add(Operation.get("/api/v1/openapi.json").tag("ops").summary("This OpenAPI document").open(), ctx -> {
            if (document == null) document = document(version, endpoints.documented());
            ctx.json(document);
        });
        endpoints.add(Operation.get("/api/v1/docs").tag("ops").summary("Readable API reference (HTML)").open(), ctx -> {
            if (html == null) html = DocsPage.render(endpoints.documented());
            ctx.contentType("text/html; charset=utf-8").result(html);
        });
    }

    private static boolean isWeb(Operation op) {
        return !op.path().startsWith("/api/") && !op.path().equals("/metrics");
    }

    public static Map<String, Object> document(String version, List<Operation> all) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.1.0");
        doc.put("info", Map.of("title", "Hourbook API", "version", version,
                "description", "Work Diary and hours tracking. Errors are {code, field, message} with a 4xx status; objects you may "
                        + "not see are 404. Authenticate with `Authorization: Bearer <token>` (POST /api/v1/auth/tokens) or a browser "
                        + "session cookie plus the X-CSRF-Token header on changes. A device token (the tracker's) reaches only the operations "
                        + "marked x-device-token: allowed."));
        Map<String, Object> paths = new TreeMap<>();
        for (Operation op : all) {
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(op.path(), p -> new LinkedHashMap<String, Object>());
            item.put(op.method().toLowerCase(Locale.ROOT), operation(op));
        }
        doc.put("paths", paths);
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("schemas", Schemas.all());
        components.put("securitySchemes", Map.of(
                "bearer", Map.of("type", "http", "scheme", "bearer"),
                "session", Map.of("type", "apiKey", "in", "cookie", "name", "hb_session")));
        doc.put("components", components);
        return doc;
    }

    private static Map<String, Object> operation(Operation op) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("tags", List.of(op.tag()));
        o.put("summary", op.summary());
        if (!op.description().isEmpty()) o.put("description", op.description());
        o.put("operationId", (op.method() + op.path()).replaceAll("[^A-Za-z0-9]+", "_"));
        if (!op.params().isEmpty()) {
            o.put("parameters", op.params().stream().map(p -> Map.of("name", p.name(), "in", p.in(), "required", p.required(),
                    "description", p.description(), "schema", schema(p.type()))).toList());
        }
        if (op.request() != null && isWeb(op)) {
            o.put("requestBody", Map.of("required", true, "content", Map.of("application/x-www-form-urlencoded",
                    Map.of("schema", SchemaParts.ref(op.request())))));
        } else if (op.request() != null) {
            o.put("requestBody", Map.of("required", true, "content", Map.of("application/json", Map.of("schema", SchemaParts.ref(op.request())))));
        } else if (op.path().endsWith("/screenshot") && op.method().equals("PUT")) {
            o.put("requestBody", Map.of("required", true, "content", Map.of(
                    "multipart/form-data", Map.of("schema", Map.of("type", "object", "required", List.of("image"), "properties", Map.of(
                            "image", Map.of("type", "string", "contentMediaType", "image/jpeg",
                                    "description", "the screenshot, JPEG or PNG, at most 5 MiB and 40 megapixels"),
                            "thumbnail", Map.of("type", "string", "contentMediaType", "image/jpeg",
                                    "description", "optional; made by the server when absent"),
                            "takenAt", Map.of("type", "string", "format", "date-time",
                                    "description", "when the capture was taken (default: the segment start)"))),
                            "encoding", Map.of("image", Map.of("contentType", "image/jpeg, image/png"),
                                    "thumbnail", Map.of("contentType", "image/jpeg, image/png"))),
                    "image/jpeg", Map.of("schema", Map.of("type", "string", "contentMediaType", "image/jpeg")),
                    "image/png", Map.of("schema", Map.of("type", "string", "contentMediaType", "image/png")))));
        }
        Map<String, Object> responses = new TreeMap<>();
        Map<String, Object> ok = new LinkedHashMap<>();
        ok.put("description", op.status() == 204 ? "done" : op.status() == 303 ? "done; redirects (Location) to the page to show next" : "success");
        if (isWeb(op)) {
            if (op.status() == 200 && !op.path().endsWith("/thumb") && !op.path().endsWith("/screenshot")) {
                ok.put("content", Map.of("text/html", Map.of("schema", Map.of("type", "string"))));
            } else if (op.status() == 200) {
                ok.put("content", Map.of("image/jpeg", Map.of("schema", Map.of("type", "string")), "image/png",
                        Map.of("schema", Map.of("type", "string"))));
            }
        } else if (op.response() != null) ok.put("content", Map.of("application/json", Map.of("schema", SchemaParts.ref(op.response()))));
        else if (op.path().endsWith("/timesheet")) ok.put("content", Map.of("text/csv", Map.of("schema", Map.of("type", "string"))));
        else if (op.path().equals("/metrics")) ok.put("content", Map.of("text/plain", Map.of("schema", Map.of("type", "string"))));
        else if (op.path().endsWith("/docs")) ok.put("content", Map.of("text/html", Map.of("schema", Map.of("type", "string"))));
        else if (op.path().endsWith("/screenshot") || op.path().endsWith("/thumbnail")) {
            ok.put("content", Map.of("image/jpeg", Map.of("schema", Map.of("type", "string", "contentMediaType", "image/jpeg")),
                    "image/png", Map.of("schema", Map.of("type", "string", "contentMediaType", "image/png"))));
        }
        responses.put(Integer.toString(op.status()), ok);
        // Any change may find the disk full (http.ErrorMapping), whichever feature makes it.
        boolean changes = !op.method().equals("GET");
        if (isWeb(op)) {
            if (changes) responses.putIfAbsent("507", Map.of("description", "storage is full: nothing was saved",
                    "content", Map.of("text/html", Map.of("schema", Map.of("type", "string")))));
            for (int e : op.errors()) responses.put(Integer.toString(e), Map.of("description", "a page saying what went wrong",
                    "content", Map.of("text/html", Map.of("schema", Map.of("type", "string")))));
            o.put("responses", responses);
            o.put("security", List.of(Map.of("session", List.of())));
            return o;
        }
        for (int e : op.errors()) responses.put(Integer.toString(e), error(e));
        if (op.auth()) responses.put("401", error(401));
        if (op.auth() && !op.devices()) responses.putIfAbsent("403", error(403));
        if (changes) responses.putIfAbsent("507", error(507));
        if (op.auth()) o.put("x-device-token", op.devices() ? "allowed" : "refused: 403 auth.device_scope");
        o.put("responses", responses);
        o.put("security", op.auth() ? List.of(Map.of("bearer", List.of()), Map.of("session", List.of())) : List.of());
        return o;
    }

    private static Map<String, Object> error(int status) {
        String d = switch (status) {
            case 400 -> "the body is not JSON (json.malformed)";
            case 401 -> "not signed in";
            case 403 -> "signed in and may see it, but not change this (or CSRF token missing, a browser request from another site: "
                    + "request.cross_site, or a device token where only a tracker's calls are open to it: auth.device_scope)";
            case 404 -> "does not exist or is not yours to see";
            case 409 -> "conflicts with what is stored";
            case 413 -> "too large";
            case 422 -> "breaks a rule, or a JSON value is of the wrong kind (json.invalid); code and field say which";
            case 429 -> "too many attempts (see Retry-After)";
            case 503 -> "not available now (stopping, or the database does not answer)";
            case 507 -> "the server's storage is full (storage.full): nothing was saved; try again later";
            default -> "error";
        };
        return Map.of("description", d, "content", Map.of("application/json", Map.of("schema", SchemaParts.ref("Error"))));
    }

    private static Map<String, Object> schema(String type) {
        return switch (type) {
            case "integer" -> Map.of("type", "integer");
            case "uuid" -> Map.of("type", "string", "format", "uuid");
            case "date" -> Map.of("type", "string", "format", "date");
            case "date-time" -> Map.of("type", "string", "format", "date-time");
            default -> Map.of("type", "string");
        };
    }
}
