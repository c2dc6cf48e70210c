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
    private String cookie;
    private String csrf;

    public WebClient(TestServer server) {
        this.server = server;
    }

    public Api.Response get(String path) {
        return remember(api().get(path));
    }

    /** A form post of {@code name, value, ...}; the page's CSRF token goes along once a session exists. */
    public Api.Response post(String path, String... fields) {
        StringJoiner form = new StringJoiner("&");
        for (int i = 0; i < fields.length; i += 2) {
            form.add(URLEncoder.encode(fields[i], StandardCharsets.UTF_8) + "=" + URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        if (csrf != null && cookie != null) form.add("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        return remember(api().send("POST", path, HttpRequest.BodyPublishers.ofString(form.toString()), "application/x-www-form-urlencoded"));
    }

    /** Signs in through the sign-in form. */
    public Api.Response signIn(String email, String password) {
        return post("/signin", "email", email, "password", password);
    }

    public boolean signedIn() {
        return cookie != null;
    }

    /** The session cookie ("hb_session=..."), e.g. to use it from another client. */
    public String cookie() {
        return cookie;
    }

    private Api api() {
        Api a = server.anonymous().with("Accept", "text/html");
        return cookie == null ? a : a.with("Cookie", cookie);
    }

    private Api.Response remember(Api.Response r) {
        for (String set : r.raw().headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            if (!pair.startsWith("hb_session=")) continue;
            cookie = pair.equals("hb_session=") ? null : pair;
        }
        Matcher m = CSRF.matcher(r.body());
        if (m.find()) csrf = m.group(1);
        return r;
    }
}
