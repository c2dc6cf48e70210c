package org.hourbook.server.web;

/**
 * Where sign-in may send the browser back to: a path on this server only. Anything that a browser
 * could read as another origin ({@code //evil.example}, {@code /\evil.example}, {@code https://...},
 * control characters) is refused, so the {@code next} parameter can never be an open redirect.
 */
final class SignInTarget {
    static final String HOME = "/contracts";

    private SignInTarget() {}

    /** {@code next} when it is a safe local path, else {@code null}. */
    static String local(String next) {
        if (next == null || next.isEmpty() || next.length() > 2000) return null;
        if (next.charAt(0) != '/') return null;
        if (next.length() > 1 && (next.charAt(1) == '/' || next.charAt(1) == '\\')) return null;
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            // Browsers drop tabs/newlines and turn backslashes into slashes before resolving.
            if (c < 0x20 || c == 0x7f || c == '\\') return null;
        }
        if (next.startsWith("/signin") || next.startsWith("/signout")) return null;
        return next;
    }

    /** The page to land on after signing in. */
    static String orHome(String next) {
        String safe = local(next);
        return safe == null ? HOME : safe;
    }
}
