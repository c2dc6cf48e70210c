package org.hourbook.server.screenshot;

import io.javalin.http.Context;
import java.io.IOException;
import org.hourbook.server.Refusal;
import org.hourbook.server.auth.Viewer;
import org.hourbook.server.contract.ContractUrls;
import org.hourbook.server.openapi.Endpoints;
import org.hourbook.server.openapi.Operation;
import org.hourbook.server.openapi.Operation.Param;
import org.hourbook.server.web.WebContext;
import org.hourbook.store.blob.Blob;

/** A segment's screenshot and thumbnail for the diary pages (the browser's session, not a token). */
public final class ScreenshotPages implements Endpoints.Feature {
    private static final Param SEGMENT = Param.path("segmentId", "uuid", "segment id");

    private final ScreenshotService shots;

    public ScreenshotPages(ScreenshotService shots) {
        this.shots = shots;
    }

    @Override
    public void register(Endpoints endpoints) {
        endpoints.add(Operation.page("GET", ScreenshotUrls.PAGE_THUMB, "Thumbnail").description("The stored bytes, private caching.")
                .params(ContractUrls.PAGE_ID, SEGMENT), ctx -> image(ctx, true));
        endpoints.add(Operation.page("GET", ScreenshotUrls.PAGE_IMAGE, "Screenshot").description("The stored bytes, private caching.")
                .params(ContractUrls.PAGE_ID, SEGMENT), ctx -> image(ctx, false));
    }

    private void image(Context ctx, boolean thumbnail) throws IOException {
        Viewer v = WebContext.viewer(ctx);
        try (Blob blob = shots.open(v, WebContext.contractId(ctx), WebContext.segmentId(ctx), thumbnail)
                .orElseThrow(() -> Refusal.notFound("screenshot"))) {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Cache-Control", "private, max-age=86400");
            ctx.contentType(blob.mediaType()).result(blob.readAllBytes());
        }
    }
}
