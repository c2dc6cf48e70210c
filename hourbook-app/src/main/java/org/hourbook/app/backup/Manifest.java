package org.hourbook.app.backup;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code manifest.json}, the last entry of a backup archive: what the backup holds (counts an
 * operator recognises) and the SHA-256 of every other file in it. Its own SHA-256 is in the
 * archive's comment, so a damaged manifest is told apart from a damaged file.
 * <pre>
 * { "format": "hourbook-backup", "formatVersion": 1, "createdAt": "2026-11-18T15:00:00Z",
 *   "hourbookVersion": "0.1.0", "database": "sqlite", "schemaVersion": 9,
 *   "counts": { "users": 5, "contracts": 3, "segments": 812, "screenshots": 790, ... },
 *   "files": [ { "path": "hourbook.db", "sha256": "…", "bytes": 1064960 },
 *              { "path": "blobs/3f…", "sha256": "3f…", "bytes": 48211, "mediaType": "image/jpeg" } ],
 *   "missing": [ { "path": "blobs/9a…", "reason": "deleted since the snapshot (its segment is gone)" } ] }
 * </pre>
 *
 * @param database "sqlite" (the file is in the archive) or "postgresql" (it is not: pg_dump)
 * @param missing  screenshot files the database names that could not be copied, and why
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Manifest(String format, int formatVersion, String createdAt, String hourbookVersion, String database, Integer schemaVersion,
                Map<String, Long> counts, List<FileEntry> files, List<Missing> missing) {
    static final String FORMAT = "hourbook-backup";
    static final int VERSION = 1;
    static final String NAME = "manifest.json";
    static final String DATABASE = "hourbook.db";
    static final String BLOBS = "blobs/";
    /** The only paths a backup holds: nothing in an archive can name a file outside the target directory. */
    private static final Pattern PATH = Pattern.compile("hourbook\\.db|blobs/[0-9a-f]{64}");

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FileEntry(String path, String sha256, long bytes, String mediaType) {}

    record Missing(String path, String reason) {}

    static boolean validPath(String path) {
        return path != null && PATH.matcher(path).matches();
    }

    static String blobPath(String key) {
        return BLOBS + key;
    }

    boolean hasDatabase() {
        return files.stream().anyMatch(f -> f.path().equals(DATABASE));
    }

    /** The counts in the order they were written, for messages. */
    String describeCounts() {
        StringBuilder s = new StringBuilder();
        new LinkedHashMap<>(counts).forEach((k, v) -> s.append(s.isEmpty() ? "" : ", ").append(v).append(' ').append(k.replace('_', ' ')));
        return s.toString();
    }

    byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the manifest", e);
        }
    }

    static Manifest parse(byte[] json) throws IOException {
        return JSON.readValue(json, Manifest.class);
    }
}
