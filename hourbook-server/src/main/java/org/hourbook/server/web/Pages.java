package org.hourbook.server.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders the precompiled jte templates (generated at build time by jte-maven-plugin; each
 * feature's under {@code jte/<feature>/}) into the response. jte escapes every {@code ${...}} for
 * HTML, so user text is safe by default.
 */
public final class Pages {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    public String render(String template, Object model) {
        StringOutput out = new StringOutput();
        engine.render(template, model, out);
        return out.toString();
    }

    public String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        engine.render(template, params, out);
        return out.toString();
    }

    public void show(Context ctx, String template, Object model) {
        headers(ctx);
        ctx.html(render(template, model));
    }

    public void show(Context ctx, int status, String template, Object model) {
        headers(ctx);
        ctx.status(status).html(render(template, model));
    }

    public void show(Context ctx, int status, String template, Map<String, Object> params) {
        headers(ctx);
        ctx.status(status).html(render(template, params));
    }


    /** The "not found" page, with the header of whoever is signed in (for the one error mapping). */
    public String notFound(Context ctx) {
        headers(ctx);
        Map<String, Object> params = new HashMap<>();
        params.put("viewer", WebContext.signedIn(ctx).orElse(null));
        return render("web/notfound.jte", params);
    }

    /**
     * Pages hold private diaries: never cached, never framed, and only our own scripts and
     * styles run (there is no inline script or style to allow).
     */
    static void headers(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; "
                + "script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'");
    }
}
