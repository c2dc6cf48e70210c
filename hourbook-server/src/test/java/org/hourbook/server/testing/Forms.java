package org.hourbook.server.testing;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Posting the web pages' forms over plain HTTP, as a browser without JavaScript would: open the
 * page (which gives this "browser" its cookies), read the form's {@code _csrf}, post fields back
 * with {@code Accept: text/html}; redirects are not followed.
 * <pre>
 * Forms.Page signIn = Forms.open(server.anonymous(), "/signin");
 * Api.Response r = signIn.post("/signin", Map.of("email", "fran@pixel.test", "password", PASSWORD));
 * r.status();                    // 303
 * r.header("Location");          // /contracts
 * </pre>
 */
public final class Forms {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

    private Forms() {}

    /** A page as one browser saw it: its cookies (sent back on every post) and the form's CSRF token. */
    public record Page(Api browser, Api.Response response, String csrf) {
        /** Posts {@code fields} plus this page's {@code _csrf}. */
        public Api.Response post(String path, Map<String, String> fields) {
            Map<String, String> all = new LinkedHashMap<>(fields);
            if (csrf != null) all.putIfAbsent("_csrf", csrf);
            return postRaw(browser, path, all);
        }

        /** The same browser with one more header (e.g. {@code Origin}). */
        public Page with(String header, String value) {
            return new Page(browser.with(header, value), response, csrf);
        }
    }

    /** GETs {@code path} with the cookies {@code browser} already has, keeping any cookie the answer sets. */
    public static Page open(Api browser, String path) {
        Api.Response r = browser.with("Accept", "text/html").get(path);
        Api withCookies = browser;
        String cookies = cookies(browser, r);
        if (cookies != null) withCookies = browser.with("Cookie", cookies);
        Matcher m = CSRF.matcher(r.body());
        return new Page(withCookies, r, m.find() ? m.group(1).replace("&#61;", "=") : null);
    }

    /** Posts a form as-is: no token is added. */
    public static Api.Response postRaw(Api browser, String path, Map<String, String> fields) {
        StringJoiner body = new StringJoiner("&");
        fields.forEach((k, v) -> body.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return browser.with("Accept", "text/html")
                .send("POST", path, HttpRequest.BodyPublishers.ofString(body.toString()), "application/x-www-form-urlencoded");
    }

    /** The Cookie header after this answer: what the client sent, with what the answer set merged in. */
    private static String cookies(Api browser, Api.Response r) {
        Map<String, String> jar = new LinkedHashMap<>();
        String sent = browser.header("Cookie");
        if (sent != null) {
            for (String c : sent.split(";\\s*")) {
                int eq = c.indexOf('=');
                if (eq > 0) jar.put(c.substring(0, eq), c.substring(eq + 1));
            }
        }
        for (String set : r.raw().headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) jar.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        if (jar.isEmpty()) return null;
        StringJoiner j = new StringJoiner("; ");
        jar.forEach((k, v) -> j.add(k + "=" + v));
        return j.toString();
    }
}
