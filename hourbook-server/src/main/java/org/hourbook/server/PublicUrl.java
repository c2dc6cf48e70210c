package org.hourbook.server;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The address people reach this server at, for absolute links: in mails (invitations, password
 * links) and in the setup link printed at first start. It is {@code HOURBOOK_PUBLIC_URL} when
 * set (behind a reverse proxy or TLS terminator that is the only right answer), else the address
 * the server listens on, known once it has started.
 * <pre>
 * publicUrl.of("/invite/abc")   // https://hours.example.com/invite/abc
 * </pre>
 */
public final class PublicUrl {
    private final String configured;
    private volatile String listening;

    PublicUrl(String configured) {
        this.configured = configured;
    }

    /** Called by the app once it listens (the port may have been chosen by the system). */
    void listeningOn(String host, int port) {
        String shown = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
        this.listening = "http://" + shown + ":" + port;
    }

    /** The absolute URL of a path on this server ({@code path} starts with "/"). */
    public String of(String path) {
        String base = configured != null ? configured : listening;
        if (base == null) throw new IllegalStateException("the server has not started; no public address is known yet");
        return base + path;
    }

    /** A valid http(s) URL without a trailing slash, or {@code null}; anything else is a clear start-up error. */
    static String checked(String url) {
        if (url == null || url.isBlank()) return null;
        String u = url.strip();
        while (u.endsWith("/")) u = u.substring(0, u.length() - 1);
        try {
            URI uri = new URI(u);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalArgumentException("the public URL must look like https://hours.example.com, was " + url);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the public URL must look like https://hours.example.com, was " + url, e);
        }
        return u;
    }
}
