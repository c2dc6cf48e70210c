package org.hourbook.server.auth;

/**
 * A User-Agent header in words, for the sessions page: "Firefox on Linux", "Chrome on Android",
 * "Safari on iPhone". Only the browser family and the system are named (never versions: they
 * change with every update and say nothing to the person deciding which session to end). The
 * order of the checks matters: Edge and Opera also say "Chrome", Chrome also says "Safari".
 * <pre>
 * Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0             → Firefox on Linux
 * Mozilla/5.0 (Windows NT 10.0; Win64; x64) ... Chrome/139.0.0.0 Safari/537.36 Edg/139 → Edge on Windows
 * curl/8.5.0                                                                         → curl
 * </pre>
 */
public final class UserAgents {
    private UserAgents() {}

    public static String describe(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) return "Unknown browser";
        String ua = userAgent;
        String browser = browser(ua);
        String system = system(ua);
        if (browser == null) return system == null ? "Unknown browser" : "A browser on " + system;
        return system == null ? browser : browser + " on " + system;
    }

    private static String browser(String ua) {
        if (ua.contains("hourbook-tracker")) return "Hourbook tracker";
        if (ua.startsWith("curl/")) return "curl";
        if (ua.startsWith("Java-http-client") || ua.startsWith("Java/")) return "A Java program";
        if (ua.contains("python-requests") || ua.contains("python-httpx") || ua.startsWith("Python-urllib")) return "A Python program";
        if (ua.contains("Edg/") || ua.contains("EdgA/") || ua.contains("EdgiOS/")) return "Edge";
        if (ua.contains("OPR/") || ua.contains("Opera")) return "Opera";
        if (ua.contains("SamsungBrowser/")) return "Samsung Internet";
        if (ua.contains("Vivaldi/")) return "Vivaldi";
        if (ua.contains("Firefox/") || ua.contains("FxiOS/")) return "Firefox";
        if (ua.contains("Chromium/")) return "Chromium";
        if (ua.contains("Chrome/") || ua.contains("CriOS/")) return "Chrome";
        if (ua.contains("Safari/") && ua.contains("Version/")) return "Safari";
        return null;
    }

    private static String system(String ua) {
        if (ua.contains("iPhone")) return "iPhone";
        if (ua.contains("iPad")) return "iPad";
        if (ua.contains("Android")) return "Android";
        if (ua.contains("CrOS")) return "ChromeOS";
        if (ua.contains("Windows")) return "Windows";
        if (ua.contains("Mac OS X") || ua.contains("Macintosh")) return "macOS";
        if (ua.contains("Linux") || ua.contains("X11")) return "Linux";
        return null;
    }
}
