package org.hourbook.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where sign-in may send the browser back to: a path on this server only. Anything that a browser
 * could read as another origin ({@code //evil.example}, {@code /\evil.example}, {@code https://...},
 * control characters) is refused, so the {@code next} parameter can never be an open redirect.
 * <p>
 * The path is checked <em>after</em> its dot segments are resolved the way a browser resolves
 * them (WHATWG URL: {@code .}, {@code ..} and their {@code %2e} spellings), because that is the
 * path the browser will ask for next:
 * <pre>
 * /..//evil.example        →  //evil.example      refused (a network-path reference)
 * /%2e%2e//evil.example    →  //evil.example      refused
 * /contracts/./3/../4      →  /contracts/4        kept, in its resolved form
 * /x/../signin             →  /signin             refused (would loop back to sign-in)
 * </pre>
 */
final class SignInTarget {
    static final String HOME = "/contracts";

    private SignInTarget() {}

    /** {@code next} as a safe local path with its dot segments resolved, else {@code null}. */
    static String local(String next) {
        if (next == null || next.isEmpty() || next.length() > 2000) return null;
        if (next.charAt(0) != '/') return null;
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            // Browsers drop tabs/newlines and turn backslashes into slashes before resolving.
            if (c < 0x20 || c == 0x7f || c == '\\') return null;
        }
        int end = firstOf(next, '?', '#');
        String resolved = resolveDotSegments(next.substring(0, end)) + next.substring(end);
        if (resolved.length() > 1 && resolved.charAt(1) == '/') return null;
        if (resolved.startsWith("/signin") || resolved.startsWith("/signout")) return null;
        return resolved;
    }

    /** The page to land on after signing in. */
    static String orHome(String next) {
        String safe = local(next);
        return safe == null ? HOME : safe;
    }

    /**
     * RFC 3986 §5.2.4 "remove dot segments" with WHATWG's spellings of a dot segment, on a path
     * that starts with "/". Empty segments are kept: {@code /a//b} stays as it is.
     */
    static String resolveDotSegments(String path) {
        String[] segments = path.substring(1).split("/", -1);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i].toLowerCase(Locale.ROOT);
            boolean last = i == segments.length - 1;
            if (s.equals(".") || s.equals("%2e")) {
                if (last) out.add("");
            } else if (s.equals("..") || s.equals(".%2e") || s.equals("%2e.") || s.equals("%2e%2e")) {
                if (!out.isEmpty()) out.remove(out.size() - 1);
                if (last) out.add("");
            } else {
                out.add(segments[i]);
            }
        }
        return "/" + String.join("/", out);
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        if (i < 0) return j < 0 ? s.length() : j;
        return j < 0 ? i : Math.min(i, j);
    }
}
