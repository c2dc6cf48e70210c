package org.hourbook.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.validation.ValidationException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become responses: {@code {code, field, message}} JSON with the
 * right 4xx. A rule rejection is never a 200; a missing object is never a 500. Web pages (non-API
 * paths asked for by a browser) get the same status with a small readable page linking back
 * ({@link ErrorPage}) unless the web layer handled it itself; API paths always get JSON.
 */
public final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {}

    public record ErrorBody(String code, String field, String message) {}

    public static void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> {
            if (e instanceof ApiException.TooManyRequests t) ctx.header("Retry-After", Long.toString(t.retryAfterSeconds()));
            respond(ctx, e.status(), new ErrorBody(e.code(), e.field(), e.getMessage()));
        });
        routes.exception(ValidationException.class, (e, ctx) -> {
            var first = e.getErrors().entrySet().stream().findFirst();
            String field = first.map(Map.Entry::getKey).orElse(null);
            String key = first.flatMap(en -> en.getValue().stream().findFirst()).map(err -> err.getMessage()).orElse("");
            // Javalin's keys (TYPE_CONVERSION_FAILED, ...) are for programs; say it in words.
            String message = switch (key) {
                case "TYPE_CONVERSION_FAILED" -> "is not a number (or not in the expected format)";
                case "NULLCHECK_FAILED" -> "is required";
                default -> key.isEmpty() || key.equals(key.toUpperCase(java.util.Locale.ROOT)) ? "is not valid" : key;
            };
            respond(ctx, 422, new ErrorBody("validation", field, field + " " + message));
        });
        routes.exception(JsonProcessingException.class, (e, ctx) -> {
            ApiException api = JsonErrors.describe(e, ctx.body());
            respond(ctx, api.status(), new ErrorBody(api.code(), api.field(), api.getMessage()));
        });
        routes.exception(HttpResponseException.class, (e, ctx) ->
                respond(ctx, e.getStatus(), new ErrorBody("http." + e.getStatus(), null, e.getMessage())));
        routes.exception(Exception.class, (e, ctx) -> {
            // Jackson errors arrive wrapped by Javalin's body mapper.
            var json = JsonErrors.of(e, ctx.body());
            if (json.isPresent()) {
                respond(ctx, json.get().status(), new ErrorBody(json.get().code(), json.get().field(), json.get().getMessage()));
                return;
            }
            LOG.error("unhandled error on {} {}", ctx.method(), ctx.path(), e);
            respond(ctx, 500, new ErrorBody("internal", null, "internal error"));
        });
        routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                respond(ctx, 404, new ErrorBody("not_found", null, "no such page"));
            }
        });
    }

    static void respond(Context ctx, int status, ErrorBody body) {
        ctx.status(status);
        if (wantsJson(ctx)) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("code", body.code());
            json.put("field", body.field());
            json.put("message", body.message());
            ctx.json(json);
        } else {
            ctx.header("Cache-Control", "no-store");
            ctx.contentType("text/html; charset=utf-8").result(ErrorPage.render(ctx, status, body));
        }
    }

    static boolean wantsJson(Context ctx) {
        if (ctx.path().startsWith("/api/")) return true;
        String accept = ctx.header("Accept");
        return accept == null || !accept.contains("text/html");
    }

}
