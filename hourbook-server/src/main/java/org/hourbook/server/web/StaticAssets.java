package org.hourbook.server.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.hourbook.server.Refusal;
import org.hourbook.server.openapi.Endpoints;
import org.hourbook.server.openapi.Operation;
import org.hourbook.server.openapi.Operation.Param;

/**
 * The pages' stylesheet and scripts, read from the jar once and served from memory with an ETag.
 * Jetty's classpath resource handler mounts the whole 40 MB jar as a zip file system when the
 * server starts, a quarter of a second of the start-up budget (bench/README.md) for three files.
 */
public final class StaticAssets implements Endpoints.Feature {
    public static final String PREFIX = "/static/";
    /** Every file under {@code /public} the pages use; any other name is a 404. */
    static final Set<String> FILES = Set.of("hourbook.css", "htmx.min.js", "lightbox.js", "zone.js", "upload-progress.js");

    private record Asset(byte[] bytes, String contentType, String etag) {}

    private final Map<String, Asset> assets = new LinkedHashMap<>();

    public StaticAssets() {
        for (String name : FILES) assets.put(name, load(name));
    }

    @Override
    public void register(Endpoints endpoints) {
        endpoints.add(Operation.get(PREFIX + "{file}").tag("web pages").summary("The pages' stylesheet and scripts").open()
                .description("Public, cached for an hour; the ETag answers `If-None-Match` with 304.")
                .params(Param.path("file", "string", "hourbook.css, htmx.min.js, lightbox.js, zone.js or upload-progress.js")).errors(404), this::serve);
    }

    private void serve(Context ctx) {
        Asset a = assets.get(ctx.pathParam("file"));
        if (a == null) throw Refusal.notFound("file");
        ctx.header("Cache-Control", "public, max-age=3600");
        ctx.header("ETag", a.etag());
        if (a.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(a.contentType()).result(a.bytes());
    }

    private static Asset load(String name) {
        try (InputStream in = StaticAssets.class.getResourceAsStream("/public/" + name)) {
            if (in == null) throw new IllegalStateException("missing /public/" + name + " in the jar");
            byte[] bytes = in.readAllBytes();
            String type = name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
            String etag = "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 12) + "\"";
            return new Asset(bytes, type, etag);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
