package org.hourbook.server.screenshot;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.Instant;
import org.hourbook.server.auth.Auth;
import org.hourbook.server.Refusal;
import org.hourbook.server.contract.ContractUrls;
import org.hourbook.server.http.Params;
import org.hourbook.server.openapi.Endpoints;
import org.hourbook.server.openapi.Operation;
import org.hourbook.server.openapi.Operation.Param;
import org.hourbook.store.blob.Blob;

/**
 * {@code PUT .../segments/{sid}/screenshot}: either {@code multipart/form-data} with a part
 * {@code image} and optionally {@code thumbnail} (and a field {@code takenAt}), or the raw image as
 * the body with {@code Content-Type: image/jpeg|image/png} (the server then makes the thumbnail).
 * {@code GET .../screenshot} and {@code .../thumbnail} serve the stored bytes. (Deleting a
 * screenshot deletes its segment: a diary edit, in {@code diary.DiaryRoutes}.)
 */
public final class ScreenshotRoutes implements Endpoints.Feature {
    private static final Param SID = Param.path("sid", "uuid", "segment id");

    private final ScreenshotService shots;

    public ScreenshotRoutes(ScreenshotService shots) {
        this.shots = shots;
    }

    @Override
    public void register(Endpoints endpoints) {
        Param id = ContractUrls.API_ID;
        endpoints.add(Operation.put(ScreenshotUrls.API_SCREENSHOT).tag("screenshots").forDevices().summary("Upload the screenshot of a segment")
                .description("multipart/form-data with part `image` (JPEG/PNG) and optional part `thumbnail` and field `takenAt`; or "
                        + "the raw image as the body (Content-Type image/jpeg|image/png, `?takenAt=`). Checked by signature and header: "
                        + "at most 5 MiB and 40 megapixels, before any decoding. Stored as sent; the server makes a thumbnail only when "
                        + "none was sent. The same image again is a no-op; another image → 409 screenshot.conflict.")
                .params(id, SID, Param.query("takenAt", "date-time", false, "with a raw image body: when the capture was taken (UTC, "
                        + "inside the segment's tracked part; default: the segment start)"))
                .response("Screenshot").errors(403, 404, 409, 413, 422), ctx -> put(ctx, shots));
        endpoints.add(Operation.get(ScreenshotUrls.API_SCREENSHOT).tag("screenshots").summary("Download the screenshot")
                .description("Served as stored, with nosniff and private caching, to anyone who may view the diary.")
                .params(id, SID).errors(404), ctx -> serve(ctx, shots, false));
        endpoints.add(Operation.get(ScreenshotUrls.API_THUMBNAIL).tag("screenshots").summary("Download the thumbnail")
                .params(id, SID).errors(404), ctx -> serve(ctx, shots, true));
    }

    static void put(Context ctx, ScreenshotService shots) throws IOException {
        var me = Auth.require(ctx);
        long contractId = Params.contractId(ctx);
        var segmentId = Params.segmentId(ctx);
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
        if (f.size() > max) throw Refusal.tooLarge("screenshot.too_large", field, field + " is larger than " + max + " bytes");
        try (InputStream in = f.content()) {
            return readLimited(in, max, field);
        }
    }

    /** Reads at most {@code max} bytes; one byte more means too large (never buffers more than that). */
    static byte[] readLimited(InputStream in, int max, String field) throws IOException {
        byte[] bytes = in.readNBytes(max + 1);
        if (bytes.length > max) throw Refusal.tooLarge("screenshot.too_large", field, field + " is larger than " + max + " bytes");
        if (bytes.length == 0) throw Refusal.invalid("screenshot.missing", field, "send the " + field);
        return bytes;
    }

    private static Instant parseInstant(String v) {
        if (v == null || v.isBlank()) return null;
        try {
            return Instant.parse(v);
        } catch (DateTimeException e) {
            throw Refusal.invalid("validation", "takenAt", "takenAt must be an ISO-8601 instant");
        }
    }

    static void serve(Context ctx, ScreenshotService shots, boolean thumbnail) throws IOException {
        var me = Auth.require(ctx);
        Blob blob = shots.open(me, Params.contractId(ctx), Params.segmentId(ctx), thumbnail)
                .orElseThrow(() -> Refusal.notFound(thumbnail ? "thumbnail" : "screenshot"));
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
