package org.hourbook.server.testing;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without a browser: pages and form posts over real HTTP, keeping the session cookie it
 * is given and the CSRF token of the last page it read, following no redirects (tests look at them).
 * <pre>
 * WebClient web = new WebClient(server);
 * web.get("/setup/" + secret);                           // 200, the form
 * var r = web.post("/setup/" + secret, "name", "Maya", ...);  // 303 to the new organization
 * web.get(r.header("Location"));                        // signed in now
 * </pre>
 */
public final class WebClient {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final TestServer server;
    /** Every cookie the server set, as a browser keeps them (hb_session, and hb_form for public forms). */
    private final java.util.Map<String, String> cookies = new java.util.LinkedHashMap<>();
    private String csrf;

    public WebClient(TestServer server) {
        this.server = server;
    }

    public Api.Response get(String path) {
        return remember(api().get(path));
    }

    /**
     * A form post of {@code name, value, ...}; the CSRF token of the last page read goes along (the
     * session's, or on a public form this browser's pre-session token: auth.PublicForms).
     */
    public Api.Response post(String path, String... fields) {
        // A browser posts a form from a page it has open; one that has read none yet opens the sign-in page for its
        // pre-session token (the same on every public form of this browser), so tests of a form's rules need not.
        if (csrf == null) get("/signin");
        StringJoiner form = new StringJoiner("&");
        for (int i = 0; i < fields.length; i += 2) {
            form.add(URLEncoder.encode(fields[i], StandardCharsets.UTF_8) + "=" + URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        if (csrf != null) form.add("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        return remember(api().send("POST", path, HttpRequest.BodyPublishers.ofString(form.toString()), "application/x-www-form-urlencoded"));
    }

    /** Signs in through the sign-in form (opened first, as a browser would, for its token). */
    public Api.Response signIn(String email, String password) {
        get("/signin");
        return post("/signin", "email", email, "password", password);
    }

    public boolean signedIn() {
        return cookies.containsKey("hb_session");
    }

    /** The session cookie ("hb_session=..."), e.g. to use it from another client. */
    public String cookie() {
        return signedIn() ? "hb_session=" + cookies.get("hb_session") : null;
    }

    private Api api() {
        Api a = server.anonymous().with("Accept", "text/html");
        if (cookies.isEmpty()) return a;
        StringJoiner header = new StringJoiner("; ");
        cookies.forEach((k, v) -> header.add(k + "=" + v));
        return a.with("Cookie", header.toString());
    }

    private Api.Response remember(Api.Response r) {
        for (String set : r.raw().headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq <= 0) continue;
            if (eq == pair.length() - 1) cookies.remove(pair.substring(0, eq));
            else cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        Matcher m = CSRF.matcher(r.body());
        if (m.find()) csrf = m.group(1);
        return r;
    }
}
