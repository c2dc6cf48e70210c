package org.hourbook.server.retainer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.hourbook.api.retainer.RetainerStatus;

/**
 * The work log of a retainer's current cycle as an Atom feed (RFC 4287): one entry per line,
 * titled as the page shows it. Entry ids are hashes of the link and the line, so they are stable
 * and reveal nothing. Every text is XML-escaped here.
 */
final class AtomFeed {
    private AtomFeed() {}

    static String of(ShareLinkService.Opened o, String pageUrl) {
        RetainerStatus s = o.status();
        Instant updated = o.at();
        StringBuilder x = new StringBuilder(2048);
        x.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        x.append("<title>").append(esc(s.title() + ": work log")).append("</title>\n");
        x.append("<subtitle>").append(esc(s.headline())).append("</subtitle>\n");
        x.append("<id>urn:hourbook:retainer:").append(hash("link:" + o.link().id())).append("</id>\n");
        x.append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(esc(pageUrl)).append("\"/>\n");
        x.append("<updated>").append(updated).append("</updated>\n");
        x.append("<author><name>").append(esc(s.title())).append("</name></author>\n");
        for (RetainerStatus.Line l : s.lines()) {
            String title = l.text() + " — " + PublicPage.hours(l.hours()) + "h";
            Instant day = l.day().atStartOfDay(java.time.ZoneId.of(s.zone())).toInstant();
            x.append("<entry>\n<title>").append(esc(title)).append("</title>\n");
            x.append("<id>urn:hourbook:retainer-line:").append(hash(o.link().id() + ":" + l.day() + ":" + l.text())).append("</id>\n");
            x.append("<updated>").append(day).append("</updated>\n");
            x.append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(esc(pageUrl)).append("\"/>\n");
            x.append("<content type=\"text\">").append(esc(l.day() + ": " + title)).append("</content>\n</entry>\n");
        }
        return x.append("</feed>\n").toString();
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    // Characters XML 1.0 cannot carry at all are dropped.
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') b.append(c);
                }
            }
        }
        return b.toString();
    }

    private static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
