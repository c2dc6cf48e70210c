package org.hourbook.server.retainer;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.hourbook.server.auth.Tokens;
import org.hourbook.server.http.ClientAddress;
import org.hourbook.server.http.FastLane;
import org.hourbook.store.Database;

/**
 * The public page of each link as last answered — its bytes and headers — sent again from memory
 * while nothing in the database changed since, in the same minute, with no last-opened time due
 * and the client under its rate limit; otherwise the request goes to {@link PublicRetainerPages},
 * which works it out and keeps the new answer here. "Nothing changed" is the database's change
 * stamp ({@link Database#changeStamp()}), read before the answer was worked out and on every
 * request, so time that arrives from any source, a revoked link or new terms show on the next load.
 * PostgreSQL cannot tell that cheaply (other nodes write to it): there nothing is kept.
 * <pre>
 *  GET /r/{token} ─ kept? same stamp? same minute? no touch due? under the limit? ─ yes ─> bytes from memory
 *                                                                                └ no ──> PublicRetainerPages
 * </pre>
 */
public final class PublicPageCache implements FastLane.Shortcut {
    /** One link's answer as {@link PublicRetainerPages} wrote it. */
    private record Kept(long stamp, long minute, long touchDueMs, List<HttpField> headers, ByteBuffer body) {}

    private static final String PREFIX = RetainerUrls.PUBLIC.substring(0, RetainerUrls.PUBLIC.indexOf('{'));

    private final ShareLinkService links;
    private final ClientAddress clientAddress;
    private final Clock clock;
    /** By the token's hash, like the database: no secret is kept in memory longer than a request. */
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    public PublicPageCache(ShareLinkService links, ClientAddress clientAddress) {
        this.links = links;
        this.clientAddress = clientAddress;
        this.clock = links.clock();
    }

    @Override
    public String route() {
        return RetainerUrls.PUBLIC;
    }

    /**
     * Keeps the page of {@code token} as answered. {@code stamp} is the change stamp read before
     * the link and its retainer were read; {@code headers} every header the answer carried (name,
     * value), without its length.
     */
    void keep(String token, long stamp, ShareLinkService.Opened opened, List<Map.Entry<String, String>> headers, byte[] html) {
        if (stamp == Database.NO_STAMP) return;
        List<HttpField> fields = new ArrayList<>(headers.size() + 1);
        for (Map.Entry<String, String> h : headers) {
            if (h.getKey().equalsIgnoreCase("Set-Cookie")) return; // never hand one client's cookie to another
            fields.add(new PreEncodedHttpField(h.getKey(), h.getValue()));
        }
        fields.add(new PreEncodedHttpField(HttpHeader.CONTENT_LENGTH, Integer.toString(html.length)));
        if (kept.size() >= ShareLinkService.CACHED) kept.clear();
        kept.put(Tokens.sha256(token), new Kept(stamp, opened.at().getEpochSecond() / 60, opened.touchDue().toEpochMilli(),
                Collections.unmodifiableList(fields), ByteBuffer.wrap(html).asReadOnlyBuffer()));
    }

    /** Forgets the page of {@code token} (revoked, unknown, or answered otherwise). */
    void forget(String token) {
        kept.remove(Tokens.sha256(token));
    }

    @Override
    public boolean answer(Request request, Response response, Callback callback) {
        if (kept.isEmpty() || !HttpMethod.GET.is(request.getMethod())) return false;
        String path = request.getHttpURI().getPath();
        if (path == null || !path.startsWith(PREFIX) || path.indexOf('/', PREFIX.length()) >= 0) return false;
        if (PublicRetainerPages.wantsJson(request.getHeaders().get(HttpHeader.ACCEPT))) return false;
        Kept k = kept.get(Tokens.sha256(path.substring(PREFIX.length())));
        if (k == null) return false;
        long nowMs = clock.millis();
        if (nowMs / 60_000 != k.minute() || nowMs >= k.touchDueMs() || links.changeStamp() != k.stamp()) return false;
        String address = clientAddress.of(Request.getRemoteAddr(request), request.getHeaders().getValuesList("X-Forwarded-For"));
        if (!links.admits(address)) return false; // refused the usual way, with its page and Retry-After
        response.setStatus(200);
        for (HttpField f : k.headers()) response.getHeaders().add(f);
        response.write(true, k.body().duplicate(), callback);
        return true;
    }
}
