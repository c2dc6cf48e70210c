package org.hourbook.server.http;

import io.javalin.http.Context;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hourbook.server.Refusal;

/** Path and query parameters validated at the edge; a malformed id is a 404 (it cannot exist). */
public final class Params {
    private Params() {}

    public static long contractId(Context ctx) {
        return longParam(ctx, "id", "contract");
    }

    public static long longParam(Context ctx, String name, String what) {
        try {
            return Long.parseLong(ctx.pathParam(name));
        } catch (NumberFormatException e) {
            throw Refusal.notFound(what);
        }
    }

    public static UUID segmentId(Context ctx) {
        try {
            return UUID.fromString(ctx.pathParam("sid"));
        } catch (IllegalArgumentException e) {
            throw Refusal.notFound("segment");
        }
    }

    public static LocalDate date(Context ctx, String name, boolean required) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            if (required) throw Refusal.invalid("validation", name, name + " is required (YYYY-MM-DD)");
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeException e) {
            throw Refusal.invalid("validation", name, name + " must be a date YYYY-MM-DD");
        }
    }

    /** {@code ?ids=a,b&ids=c}: segment ids from the query string. */
    public static List<UUID> ids(Context ctx) {
        List<UUID> out = new ArrayList<>();
        for (String v : ctx.queryParams("ids")) {
            for (String part : v.split(",")) {
                if (part.isBlank()) continue;
                try {
                    out.add(UUID.fromString(part.strip()));
                } catch (IllegalArgumentException e) {
                    throw Refusal.invalid("validation", "ids", "not a segment id: " + part);
                }
            }
        }
        return out;
    }
}
