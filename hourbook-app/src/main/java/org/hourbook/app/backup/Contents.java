package org.hourbook.app.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a database holds, in the words of the manifest: row counts and the screenshot files
 * (blob keys) its segments name. Read from one connection, so on a snapshot copy it is one
 * consistent picture.
 */
record Contents(Map<String, Long> counts, List<String> blobKeys, Integer schemaVersion) {
    /** Manifest name → the query that counts it. Screenshots are segments with one; files are images and thumbnails. */
    private static final Map<String, String> COUNTS = queries();

    private static Map<String, String> queries() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("organizations", "SELECT COUNT(*) FROM organizations");
        m.put("users", "SELECT COUNT(*) FROM users");
        m.put("memberships", "SELECT COUNT(*) FROM memberships");
        m.put("contracts", "SELECT COUNT(*) FROM contracts");
        m.put("segments", "SELECT COUNT(*) FROM segments");
        m.put("screenshots", "SELECT COUNT(*) FROM segments WHERE shot_sha256 IS NOT NULL");
        m.put("audit_entries", "SELECT COUNT(*) FROM audit_log");
        return m;
    }

    static Contents read(Connection c) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        Integer schema;
        c.setAutoCommit(false); // one read transaction: counts and keys from the same moment
        try (Statement st = c.createStatement()) {
            for (var e : COUNTS.entrySet()) {
                try (ResultSet rs = st.executeQuery(e.getValue())) {
                    rs.next();
                    counts.put(e.getKey(), rs.getLong(1));
                }
            }
            try (ResultSet rs = st.executeQuery("""
                    SELECT shot_sha256 AS k FROM segments WHERE shot_sha256 IS NOT NULL
                    UNION SELECT shot_thumb_sha256 FROM segments WHERE shot_thumb_sha256 IS NOT NULL
                    ORDER BY k""")) {
                while (rs.next()) keys.add(rs.getString(1));
            }
            try (ResultSet rs = st.executeQuery("SELECT MAX(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success")) {
                rs.next();
                int v = rs.getInt(1);
                schema = rs.wasNull() ? null : v;
            }
        } finally {
            c.rollback();
        }
        Map<String, Long> ordered = new LinkedHashMap<>();
        counts.forEach((k, v) -> {
            ordered.put(k, v);
            if (k.equals("screenshots")) ordered.put("screenshot_files", (long) keys.size());
        });
        return new Contents(ordered, keys, schema);
    }

    /** Whether the live database still names this blob (a screenshot deleted after the snapshot no longer does). */
    static boolean stillReferenced(Connection c, String key) throws SQLException {
        try (var st = c.prepareStatement("SELECT COUNT(*) FROM segments WHERE shot_sha256 = ? OR shot_thumb_sha256 = ?")) {
            st.setString(1, key);
            st.setString(2, key);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }
}
