package org.hourbook.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.validation.ValidationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.hourbook.server.Refusal;
import org.hourbook.server.ops.StorageStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become responses: a service's {@link Refusal} (and the HTTP
 * layer's own failures: unreadable JSON, a bad parameter) becomes {@code {code, field, message}}
 * JSON with its status. A rule rejection is never a 200; a missing object is never a 500. Pages
 * (non-API paths asked for by a browser) get the same status with a readable page: the pages'
 * own "not found" page for a 404, {@link ErrorPage} otherwise. Forms that re-render themselves
 * catch the refusal and take its status from {@link #status}. A write that failed because the disk
 * is full ({@link DiskFull}: SQLITE_FULL, PostgreSQL's disk_full, ENOSPC) answers
 * {@code 507 storage.full}, not {@code 500 internal}.
 */
public final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {}

    public record ErrorBody(String code, String field, String message) {}

    /** A failure found by the HTTP layer itself, already as the status and body to answer. */
    public record Problem(int status, ErrorBody body) {}

    /** The status each kind of refusal answers with, for the API and for re-rendered forms alike. */
    public static int status(Refusal refusal) {
        return switch (refusal) {
            case Refusal.NotFound n -> 404;
            case Refusal.Forbidden f -> 403;
            case Refusal.RuleBroken r -> 422;
            case Refusal.Conflict c -> 409;
            case Refusal.Gone g -> 410;
            case Refusal.TooLarge t -> 413;
            case Refusal.Throttled t -> 429;
            case Refusal.NotSignedIn n -> 401;
            case Refusal.Unavailable u -> 503;
        };
    }

    /**
     * @param notFoundPage the HTML of the pages' "not found" page for this request (it knows who
     *                     is signed in, so the page keeps its header)
     * @param storage      told of every write that failed for lack of space (it logs the first of them)
     */
    public static void register(RoutesConfig routes, Function<Context, String> notFoundPage, StorageStatus storage) {
        routes.exception(Refusal.class, (e, ctx) -> {
            if (e instanceof Refusal.Throttled t) ctx.header("Retry-After", Long.toString(t.retryAfterSeconds()));
            ErrorBody body = new ErrorBody(e.code(), e.field(), e.getMessage());
            int status = status(e);
            if (status == 404 && !wantsJson(ctx)) {
                page(ctx, 404, notFoundPage.apply(ctx));
                return;
            }
            respond(ctx, status, body);
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
        routes.exception(JsonProcessingException.class, (e, ctx) -> respond(ctx, JsonErrors.describe(e, ctx.body())));
        routes.exception(HttpResponseException.class, (e, ctx) ->
                respond(ctx, e.getStatus(), new ErrorBody("http." + e.getStatus(), null, e.getMessage())));
        routes.exception(Exception.class, (e, ctx) -> {
            // A full disk is not a bug of ours: 507 with a code the tracker can wait on, logged once per episode (StorageStatus).
            if (DiskFull.is(e)) {
                storage.noteFull(e, !DiskFull.onDatabaseServer(e));
                respond(ctx, 507, new ErrorBody("storage.full", null,
                        "the server's storage is full, so nothing was saved; try again later (what is saved can still be read)"));
                return;
            }
            // Jackson errors arrive wrapped by Javalin's body mapper.
            var json = JsonErrors.of(e, ctx.body());
            if (json.isPresent()) {
                respond(ctx, json.get());
                return;
            }
            LOG.error("unhandled error on {} {}", ctx.method(), ctx.path(), e);
            respond(ctx, 500, new ErrorBody("internal", null, "internal error"));
        });
        routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                if (wantsJson(ctx)) respond(ctx, 404, new ErrorBody("not_found", null, "no such page"));
                else page(ctx, 404, notFoundPage.apply(ctx));
            }
        });
    }

    private static void respond(Context ctx, Problem problem) {
        respond(ctx, problem.status(), problem.body());
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
            page(ctx, status, ErrorPage.render(ctx, status, body));
        }
    }

    private static void page(Context ctx, int status, String html) {
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("text/html; charset=utf-8").result(html);
    }

    /** API paths always get JSON; elsewhere JSON unless the client asks for HTML (a browser does). */
    public static boolean wantsJson(Context ctx) {
        if (ctx.path().startsWith("/api/")) return true;
        String accept = ctx.header("Accept");
        return accept == null || !accept.contains("text/html");
    }
}
