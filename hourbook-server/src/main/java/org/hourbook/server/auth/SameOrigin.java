package org.hourbook.server.auth;

import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.hourbook.server.Refusal;

/**
 * Refuses a state-changing request that a browser sent from another site: the answer to a forged
 * form (login CSRF: a foreign page signing the victim into the attacker's account) before any
 * token is even looked at. What the browser says about where the request comes from decides:
 * <pre>
 * Sec-Fetch-Site: same-origin | none        → on           (our own page, or typed/bookmarked)
 * Sec-Fetch-Site: cross-site | same-site    → 403 request.cross_site
 * no Sec-Fetch-Site, Origin: ours           → on           (older browsers send only Origin)
 * no Sec-Fetch-Site, Origin: other or null  → 403 request.cross_site
 * neither header                            → on           (not a browser: curl, the tracker, tests)
 * </pre>
 * "same-site" is refused too: a sibling subdomain ({@code evil.example.com} next to
 * {@code hours.example.com}) is another party. "Ours" is the {@code Host} the request was sent to
 * or the configured public URL ({@code HOURBOOK_PUBLIC_URL}), for a reverse proxy that rewrites
 * {@code Host}. Bearer requests never get here (a browser does not attach them on its own), and the
 * CSRF token is still required on top of this: the headers are a second, independent lock.
 */
final class SameOrigin {
    private final String publicOrigin;

    /** @param publicUrl the configured public URL, or {@code null} */
    SameOrigin(String publicUrl) {
        this.publicOrigin = publicUrl == null ? null : origin(publicUrl);
    }

    void check(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null) {
            String s = site.trim().toLowerCase(Locale.ROOT);
            if (s.equals("same-origin") || s.equals("none")) return;
            throw refused();
        }
        String origin = ctx.header("Origin");
        if (origin == null) return;
        if (!isOurs(origin, ctx.header("Host"))) throw refused();
    }

    boolean isOurs(String origin, String host) {
        String o = origin(origin);
        if (o == null) return false; // "null" (sandboxed frames, some redirects) or garbage
        if (o.equals(publicOrigin)) return true;
        if (host == null) return false;
        String scheme = o.substring(0, o.indexOf(':'));
        return o.substring(scheme.length() + 3).equals(authority(scheme, host.trim().toLowerCase(Locale.ROOT)));
    }

    /** {@code scheme://host[:port]} lower-cased, without a default port; {@code null} when it is not an http(s) origin. */
    static String origin(String url) {
        try {
            URI u = new URI(url.trim());
            String scheme = u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT);
            if (!("http".equals(scheme) || "https".equals(scheme)) || u.getRawAuthority() == null) return null;
            return scheme + "://" + authority(scheme, u.getRawAuthority().toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String authority(String scheme, String authority) {
        String defaultPort = scheme.equals("https") ? ":443" : ":80";
        return authority.endsWith(defaultPort) ? authority.substring(0, authority.length() - defaultPort.length()) : authority;
    }

    private static Refusal refused() {
        return Refusal.forbidden("request.cross_site", null,
                "this request was sent from another site; Hourbook accepts changes only from its own pages");
    }
}
