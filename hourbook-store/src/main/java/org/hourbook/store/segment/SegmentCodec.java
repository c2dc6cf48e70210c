package org.hourbook.store.segment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.hourbook.core.segment.MinuteActivity;
import org.hourbook.core.segment.ScreenshotRef;
import org.hourbook.core.segment.Segment;
import org.hourbook.core.segment.Source;
import org.hourbook.store.Rows;

/** How a segment becomes a row and back, and the content hash that makes uploads replayable. */
final class SegmentCodec {
    private SegmentCodec() {}

    /** {@code "k.c.s.m,k.c.s.m,..."}: ten minutes in ~100 bytes, readable in a SQL shell. */
    static String encodeMinutes(List<MinuteActivity> minutes) {
        StringBuilder sb = new StringBuilder();
        for (MinuteActivity m : minutes) {
            if (!sb.isEmpty()) sb.append(',');
            sb.append(m.keys()).append('.').append(m.clicks()).append('.').append(m.scrolls()).append('.').append(m.moves());
        }
        return sb.toString();
    }

    /**
     * The inverse of {@link #encodeMinutes}, read in one pass over the characters: a diary day
     * decodes ~360 minutes, and {@code split} made two arrays and a string per number.
     */
    static List<MinuteActivity> decodeMinutes(String text) {
        if (text == null || text.isEmpty()) return List.of();
        List<MinuteActivity> out = new ArrayList<>(10);
        int[] c = new int[4];
        int field = 0;
        int value = 0;
        boolean digits = false;
        for (int i = 0, n = text.length(); i <= n; i++) {
            char ch = i == n ? ',' : text.charAt(i);
            if (ch >= '0' && ch <= '9') {
                value = Math.addExact(Math.multiplyExact(value, 10), ch - '0');
                digits = true;
            } else if ((ch == '.' && field < 3) || (ch == ',' && field == 3)) {
                if (!digits) throw new IllegalArgumentException("malformed minutes column: " + text);
                c[field] = value;
                value = 0;
                digits = false;
                if (ch == ',') {
                    out.add(new MinuteActivity(c[0], c[1], c[2], c[3]));
                    field = 0;
                } else {
                    field++;
                }
            } else {
                throw new IllegalArgumentException("malformed minutes column: " + text);
            }
        }
        return out;
    }

    /**
     * SHA-256 over everything the tracker sends (not the screenshot, attached later). Fields are
     * length-prefixed so that no two different segments encode alike.
     */
    static String contentHash(Segment s) {
        StringBuilder sb = new StringBuilder();
        field(sb, s.id().toString());
        field(sb, Long.toString(s.contractId()));
        field(sb, Long.toString(s.freelancerId()));
        field(sb, Long.toString(s.start().getEpochSecond()));
        field(sb, Integer.toString(s.trackedSeconds()));
        field(sb, encodeMinutes(s.minutes()));
        field(sb, s.memo());
        field(sb, s.label() == null ? "\u0000" : s.label());
        field(sb, s.source().name());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void field(StringBuilder sb, String value) {
        sb.append(value.length()).append(':').append(value).append(';');
    }

    static Segment read(ResultSet rs) throws SQLException {
        String sha = rs.getString("shot_sha256");
        ScreenshotRef shot = sha == null ? null : new ScreenshotRef(
                sha,
                rs.getString("shot_thumb_sha256"),
                rs.getString("shot_media_type"),
                rs.getInt("shot_width"),
                rs.getInt("shot_height"),
                rs.getLong("shot_bytes"),
                Rows.millis(rs, "shot_taken_at_ms"));
        return new Segment(
                UUID.fromString(rs.getString("id")),
                rs.getLong("contract_id"),
                rs.getLong("freelancer_id"),
                Rows.seconds(rs, "start_utc"),
                rs.getInt("tracked_seconds"),
                decodeMinutes(rs.getString("minutes")),
                rs.getString("memo"),
                rs.getString("label"),
                Source.valueOf(rs.getString("source")),
                shot);
    }
}
