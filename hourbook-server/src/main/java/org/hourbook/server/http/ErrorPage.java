package org.hourbook.server.http;

import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * The small HTML page a browser gets when a request fails outside the pages' own error handling
 * (an expired form's CSRF check, an unknown path, a 500): the status is kept, the page says what
 * happened in words and links back to where the user came from (same site only) or home.
 */
final class ErrorPage {
    private ErrorPage() {}

    static String render(Context ctx, int status, ErrorMapping.ErrorBody body) {
        String title = title(status, body.code());
        String back = back(ctx);
        String hint = switch (body.code()) {
            case "auth.csrf" -> "<p>The page was open too long or you signed in again elsewhere. Go back, reload the page and try again.</p>";
            case "auth.required" -> "<p><a href=\"/signin\">Sign in</a> to continue.</p>";
            case "request.cross_site" -> "<p>A page on another site tried to send this form to Hourbook, so it was refused. If you meant "
                    + "to do this, open Hourbook directly (type its address or use a bookmark) and try again there.</p>";
            case "storage.full" -> "<p>Nothing was saved. The people who run this Hourbook need to free some disk space; "
                    + "everything already saved is still there and can be read.</p>";
            default -> "";
        };
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + " · Hourbook</title><link rel=\"stylesheet\" href=\"/static/hourbook.css\"></head>"
                + "<body><main id=\"main\" class=\"error-page\"><h1>" + escape(title) + "</h1>"
                + "<p>" + escape(sentence(body.message())) + "</p>" + hint
                + "<p><a href=\"" + escape(back) + "\">" + (back.equals("/") ? "Go to the start page" : "Back to the previous page")
                + "</a></p><p class=\"muted\">Error " + status + "</p></main></body></html>";
    }

    static String title(int status, String code) {
        if ("auth.csrf".equals(code)) return "This form has expired";
        if ("request.cross_site".equals(code)) return "Request from another site refused";
        return switch (status) {
            case 400 -> "That request could not be read";
            case 401 -> "Please sign in";
            case 403 -> "Not allowed";
            case 404 -> "Page not found";
            case 409 -> "That conflicts with a change already made";
            case 410 -> "This link no longer works";
            case 413 -> "That is too large";
            case 422 -> "That could not be saved";
            case 429 -> "Too many attempts";
            case 503 -> "Hourbook is restarting";
            case 507 -> "Hourbook's storage is full";
            default -> status >= 500 ? "Something went wrong" : "That did not work";
        };
    }

    /** The Referer's path when it is this site, so the link cannot send anyone elsewhere. */
    static String back(Context ctx) {
        String referer = ctx.header("Referer");
        String host = ctx.header("Host");
        if (referer == null || host == null) return "/";
        try {
            URI uri = new URI(referer);
            if (uri.getRawAuthority() == null || !uri.getRawAuthority().equalsIgnoreCase(host)) return "/";
            String path = uri.getRawPath() == null || !uri.getRawPath().startsWith("/") ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (URISyntaxException e) {
            return "/";
        }
    }

    private static String sentence(String message) {
        if (message == null || message.isBlank()) return "";
        String s = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return s.endsWith(".") ? s : s + ".";
    }

    static String escape(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
