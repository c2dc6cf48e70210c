package org.hourbook.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/** Segment rows as the tracker sends them (JSON) and as the store writes them (bare JDBC). */
final class Rows {
    record Row(UUID id, long contractId, long freelancerId, Instant start, int[][] minutes, String memo, String label) {}

    static final String INSERT = """
            INSERT INTO segments (id, contract_id, freelancer_id, start_utc, tracked_seconds, minutes, memo, label, source,
                content_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'TRACKED', ?, ?)""";

    private Rows() {}

    static Row row(SplittableRandom rnd, long contractId, long freelancerId, Instant start) {
        int[][] minutes = new int[10][];
        for (int m = 0; m < 10; m++) {
            minutes[m] = rnd.nextInt(8) == 0 ? new int[] {0, 0, 0, 0}
                    : new int[] {rnd.nextInt(20, 200), rnd.nextInt(2, 25), rnd.nextInt(40), rnd.nextInt(50, 500)};
        }
        return new Row(new UUID(rnd.nextLong(), rnd.nextLong()), contractId, freelancerId, start, minutes,
                "Checkout flow: fix address validation on mobile (" + rnd.nextInt(1000) + ")", "Build");
    }

    /** The upload JSON of {@code POST /api/v1/contracts/{id}/segments}. */
    static String json(List<Row> batch) {
        StringBuilder sb = new StringBuilder(batch.size() * 420).append("{\"segments\":[");
        for (int i = 0; i < batch.size(); i++) {
            Row r = batch.get(i);
            if (i > 0) sb.append(',');
            sb.append("{\"id\":\"").append(r.id()).append("\",\"start\":\"").append(r.start()).append("\",\"trackedSeconds\":600,\"minutes\":[");
            for (int m = 0; m < r.minutes().length; m++) {
                int[] c = r.minutes()[m];
                if (m > 0) sb.append(',');
                sb.append("{\"keys\":").append(c[0]).append(",\"clicks\":").append(c[1]).append(",\"scrolls\":").append(c[2])
                        .append(",\"moves\":").append(c[3]).append('}');
            }
            sb.append("],\"memo\":\"").append(r.memo()).append("\",\"label\":\"").append(r.label()).append("\"}");
        }
        return sb.append("]}").toString();
    }

    /** The per-minute column as the store encodes it: {@code keys.clicks.scrolls.moves} joined by commas. */
    static String minutesText(int[][] minutes) {
        StringBuilder sb = new StringBuilder(160);
        for (int m = 0; m < minutes.length; m++) {
            if (m > 0) sb.append(',');
            int[] c = minutes[m];
            sb.append(c[0]).append('.').append(c[1]).append('.').append(c[2]).append('.').append(c[3]);
        }
        return sb.toString();
    }

    static void bind(PreparedStatement ps, Row r, long now) throws SQLException {
        String minutes = minutesText(r.minutes());
        ps.setString(1, r.id().toString());
        ps.setLong(2, r.contractId());
        ps.setLong(3, r.freelancerId());
        ps.setLong(4, r.start().getEpochSecond());
        ps.setInt(5, 600);
        ps.setString(6, minutes);
        ps.setString(7, r.memo());
        ps.setString(8, r.label());
        // The store hashes the content too (to recognise replays), so the bare insert does the same work.
        ps.setString(9, sha256(r.id() + "|" + r.start().getEpochSecond() + "|600|" + minutes + "|" + r.memo() + "|" + r.label()));
        ps.setLong(10, now);
    }

    /** A connection configured like the server's pool (WAL, foreign keys, busy timeout). */
    static Connection connect(String jdbcUrl) throws SQLException {
        java.util.Properties p = new java.util.Properties();
        p.putAll(Map.of("journal_mode", "WAL", "synchronous", "NORMAL", "foreign_keys", "true", "busy_timeout", "10000",
                "transaction_mode", "IMMEDIATE"));
        return DriverManager.getConnection(jdbcUrl, p);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
