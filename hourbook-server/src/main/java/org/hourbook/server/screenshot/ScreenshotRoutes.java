package org.hourbook.server.screenshot;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hourbook.server.auth.Auth;
import org.hourbook.server.diary.SegmentEdits;
import org.hourbook.server.http.ApiException;
import org.hourbook.server.http.Paths;
import org.hourbook.store.blob.Blob;

/**
 * {@code PUT .../segments/{sid}/screenshot}: either {@code multipart/form-data} with a part
 * {@code image} and optionally {@code thumbnail} (and a field {@code takenAt}), or the raw image as
 * the body with {@code Content-Type: image/jpeg|image/png} (the server then makes the thumbnail).
 * {@code GET .../screenshot} and {@code .../thumbnail} serve the stored bytes;
 * {@code DELETE .../screenshot} deletes the segment (its time is not billed).
 */
public final class ScreenshotRoutes {
    private ScreenshotRoutes() {}

    public static void register(RoutesConfig routes, ScreenshotService shots, SegmentEdits edits) {
        String base = "/api/v1/contracts/{id}/segments/{sid}";
        routes.put(base + "/screenshot", ctx -> put(ctx, shots));
        routes.get(base + "/screenshot", ctx -> serve(ctx, shots, false));
        routes.get(base + "/thumbnail", ctx -> serve(ctx, shots, true));
        routes.delete(base + "/screenshot", ctx -> {
            int n = edits.delete(Auth.require(ctx), Paths.contractId(ctx), List.of(Paths.segmentId(ctx)));
            ctx.json(Map.of("deleted", n));
        });
    }

    static void put(Context ctx, ScreenshotService shots) throws IOException {
        var me = Auth.require(ctx);
        long contractId = Paths.contractId(ctx);
        var segmentId = Paths.segmentId(ctx);
        int max = shots.limits().maxBytes();
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        byte[] image;
        byte[] thumb = null;
        String takenAt;
        if (type.startsWith("multipart/form-data")) {
            image = read(ctx.uploadedFile("image"), max, "image");
            thumb = read(ctx.uploadedFile("thumbnail"), max, "thumbnail");
            takenAt = ctx.formParam("takenAt");
        } else {
            image = readLimited(ctx.bodyInputStream(), max, "image");
            takenAt = ctx.queryParam("takenAt");
        }
        var ref = shots.put(me, contractId, segmentId, image, thumb, parseInstant(takenAt));
        ctx.json(ref);
    }

    private static byte[] read(UploadedFile f, int max, String field) throws IOException {
        if (f == null) return null;
        if (f.size() > max) throw new ApiException(413, "screenshot.too_large", field, field + " is larger than " + max + " bytes");
        try (InputStream in = f.content()) {
            return readLimited(in, max, field);
        }
    }

    /** Reads at most {@code max} bytes; one byte more means too large (never buffers more than that). */
    static byte[] readLimited(InputStream in, int max, String field) throws IOException {
        byte[] bytes = in.readNBytes(max + 1);
        if (bytes.length > max) throw new ApiException(413, "screenshot.too_large", field, field + " is larger than " + max + " bytes");
        if (bytes.length == 0) throw ApiException.invalid("screenshot.missing", field, "send the " + field);
        return bytes;
    }

    private static Instant parseInstant(String v) {
        if (v == null || v.isBlank()) return null;
        try {
            return Instant.parse(v);
        } catch (DateTimeException e) {
            throw ApiException.invalid("validation", "takenAt", "takenAt must be an ISO-8601 instant");
        }
    }

    static void serve(Context ctx, ScreenshotService shots, boolean thumbnail) throws IOException {
        var me = Auth.require(ctx);
        Blob blob = shots.open(me, Paths.contractId(ctx), Paths.segmentId(ctx), thumbnail)
                .orElseThrow(() -> ApiException.notFound(thumbnail ? "thumbnail" : "screenshot"));
        String mediaType = "image/png".equals(blob.mediaType()) ? "image/png" : "image/jpeg";
        ctx.header("X-Content-Type-Options", "nosniff");
        // Content-addressed, so it never changes; private because it is one person's work.
        ctx.header("Cache-Control", "private, max-age=86400");
        ctx.header("Content-Disposition", "inline");
        ctx.contentType(mediaType);
        ctx.header("Content-Length", Long.toString(blob.size()));
        ctx.result(blob.stream());
    }
}
