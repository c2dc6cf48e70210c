package org.hourbook.tracker.journal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The tracker's local record of every segment, written before anything is uploaded: SQLite in
 * WAL mode with {@code synchronous=FULL}, so a segment the tracker closed survives kill -9 and
 * power loss. Every change is one transaction; when the disk is full the transaction fails and
 * the journal keeps its last good state (the caller logs it and tries again later).
 * Screenshots live next to it as files (see {@link ShotFiles}); rows only name them.
 */
public final class Journal implements AutoCloseable {
    private static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS segment (
              id TEXT PRIMARY KEY,
              account TEXT NOT NULL,
              contract_id INTEGER NOT NULL,
              slot_start INTEGER NOT NULL,
              memo TEXT NOT NULL,
              label TEXT,
              state TEXT NOT NULL,
              held INTEGER NOT NULL DEFAULT 0,
              activity_known INTEGER NOT NULL,
              minutes TEXT NOT NULL,
              shot TEXT NOT NULL,
              shot_planned_at INTEGER,
              shot_taken_at INTEGER,
              shot_file TEXT,
              thumb_file TEXT,
              shot_note TEXT,
              upload TEXT NOT NULL DEFAULT 'waiting',
              shot_upload TEXT NOT NULL DEFAULT 'waiting',
              refusal_code TEXT,
              refusal_field TEXT,
              refusal_message TEXT,
              closed_at INTEGER
            );
            CREATE UNIQUE INDEX IF NOT EXISTS segment_slot ON segment(account, slot_start) WHERE state <> 'discarded';
            CREATE INDEX IF NOT EXISTS segment_upload ON segment(upload, state);
            CREATE TABLE IF NOT EXISTS run (
              segment_id TEXT NOT NULL REFERENCES segment(id) ON DELETE CASCADE,
              from_ms INTEGER NOT NULL,
              to_ms INTEGER NOT NULL,
              PRIMARY KEY (segment_id, from_ms)
            );
            CREATE TABLE IF NOT EXISTS kv (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            """;
    private static final String COLUMNS = "id, account, contract_id, slot_start, memo, label, state, held, activity_known, minutes, shot, "
            + "shot_planned_at, shot_taken_at, shot_file, thumb_file, shot_note, upload, shot_upload, refusal_code, refusal_field, "
            + "refusal_message, closed_at";

    private final Connection db;
    private final Path file;
    /** What {@link #since} answered since the last write transaction (which empties it). */
    private final Map<String, List<JournalSegment>> sinceCache = new HashMap<>();

    private Journal(Connection db, Path file) {
        this.db = db;
        this.file = file;
    }

    public static Journal open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            SqliteLibrary.useCopyIn(file.toAbsolutePath().getParent().resolve(".cache"));
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 10000");
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = FULL");
                s.execute("PRAGMA foreign_keys = ON");
                for (String ddl : SCHEMA.split(";")) if (!ddl.isBlank()) s.execute(ddl);
            }
            return new Journal(c, file);
        } catch (SQLException | java.io.IOException e) {
            throw new JournalException("cannot open the journal " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** Starts tracking a slot. */
    public synchronized void insertOpen(JournalSegment s) {
        tx(() -> {
            try (PreparedStatement p = db.prepareStatement("INSERT INTO segment (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                int i = 1;
                p.setString(i++, s.id().toString());
                p.setString(i++, s.account());
                p.setLong(i++, s.contractId());
                p.setLong(i++, s.slotStart().getEpochSecond());
                p.setString(i++, s.memo());
                p.setString(i++, s.label());
                p.setString(i++, s.state());
                p.setInt(i++, s.held() ? 1 : 0);
                p.setInt(i++, s.activityKnown() ? 1 : 0);
                p.setString(i++, Minutes.encode(s.minutes()));
                p.setString(i++, s.shot());
                setInstant(p, i++, s.shotPlannedAt());
                setInstant(p, i++, s.shotTakenAt());
                p.setString(i++, s.shotFile());
                p.setString(i++, s.thumbFile());
                p.setString(i++, s.shotNote());
                p.setString(i++, s.upload());
                p.setString(i++, s.shotUpload());
                p.setString(i++, s.refusal() == null ? null : s.refusal().code());
                p.setString(i++, s.refusal() == null ? null : s.refusal().field());
                p.setString(i++, s.refusal() == null ? null : s.refusal().message());
                setInstant(p, i, s.closedAt());
                p.executeUpdate();
            }
            writeRuns(s.id(), s.runs());
        });
    }

    /** Saves the open segment's runs, counts, memo and label so far (its checkpoint). */
    public synchronized void checkpoint(JournalSegment s) {
        tx(() -> {
            try (PreparedStatement p = db.prepareStatement("UPDATE segment SET minutes = ?, activity_known = ?, memo = ?, label = ? WHERE id = ? AND state = 'open'")) {
                p.setString(1, Minutes.encode(s.minutes()));
                p.setInt(2, s.activityKnown() ? 1 : 0);
                p.setString(3, s.memo());
                p.setString(4, s.label());
                p.setString(5, s.id().toString());
                p.executeUpdate();
            }
            writeRuns(s.id(), s.runs());
        });
    }

    /**
     * Closes a segment with its final runs and counts; from here on it is what will be uploaded.
     * A segment with no tracked second is discarded instead (there is nothing to send).
     */
    public synchronized void close(JournalSegment s, Instant at, boolean held) {
        tx(() -> {
            writeRuns(s.id(), s.runs());
            boolean empty = s.trackedSeconds() == 0;
            try (PreparedStatement p = db.prepareStatement("UPDATE segment SET state = ?, held = ?, minutes = ?, activity_known = ?, memo = ?, "
                    + "label = ?, closed_at = ?, shot = CASE WHEN shot = 'planned' THEN ? ELSE shot END, "
                    + "shot_note = CASE WHEN shot = 'planned' THEN ? ELSE shot_note END WHERE id = ?")) {
                p.setString(1, empty ? "discarded" : "closed");
                p.setInt(2, held ? 1 : 0);
                p.setString(3, Minutes.encode(s.minutes()));
                p.setInt(4, s.activityKnown() ? 1 : 0);
                p.setString(5, s.memo());
                p.setString(6, s.label());
                p.setLong(7, at.toEpochMilli());
                p.setString(8, "failed");
                p.setString(9, "tracking ended before the screenshot was due");
                p.setString(10, s.id().toString());
                p.executeUpdate();
            }
        });
    }

    /** Closes every segment left open by a tracker that died, as they were at their last checkpoint. */
    public synchronized List<JournalSegment> recoverOpen(Instant now) {
        List<JournalSegment> open = query("WHERE state = 'open'", List.of());
        for (JournalSegment s : open) close(s, now, false);
        return open;
    }

    public synchronized void shotTaken(UUID id, Instant takenAt, String shotFile, String thumbFile) {
        update("UPDATE segment SET shot = 'taken', shot_taken_at = ?, shot_file = ?, thumb_file = ?, shot_note = NULL WHERE id = ?",
                takenAt.toEpochMilli(), shotFile, thumbFile, id.toString());
    }

    public synchronized void shotFailed(UUID id, String note) {
        update("UPDATE segment SET shot = 'failed', shot_note = ?, shot_upload = 'n/a' WHERE id = ?", note, id.toString());
    }

    /** The freelancer deleted the screenshot: the segment goes with it (its time is not billed). */
    public synchronized void deleteByFreelancer(UUID id) {
        update("UPDATE segment SET shot = 'deleted', upload = CASE WHEN upload = 'stored' THEN 'delete' ELSE 'deleted' END, "
                + "state = CASE WHEN state = 'open' THEN 'closed' ELSE state END WHERE id = ?", id.toString());
    }

    /** Held segments whose tracked part ended before {@code t} may be uploaded: there was input after them. */
    public synchronized int release(String account, Instant before) {
        return update("UPDATE segment SET held = 0 WHERE account = ? AND held = 1 AND state = 'closed' AND "
                + "(SELECT COALESCE(MAX(to_ms), 0) FROM run WHERE segment_id = segment.id) <= ?", account, before.toEpochMilli());
    }

    public synchronized int releaseAll(String account) {
        return update("UPDATE segment SET held = 0 WHERE account = ? AND held = 1", account);
    }

    /**
     * An idle discard: time from {@code from} on is cut from every held or open segment; a
     * segment left with no tracked second is discarded, and a screenshot taken in the cut part goes
     * too (it shows time that is not billed). Returns the seconds discarded.
     */
    public synchronized long discardFrom(String account, Instant from) {
        long[] cut = {0};
        tx(() -> {
            for (JournalSegment s : query("WHERE account = ? AND (held = 1 OR state = 'open') AND state <> 'discarded'", List.of(account))) {
                List<Run> kept = new ArrayList<>();
                for (Run r : s.runs()) {
                    if (!r.from().isBefore(from)) continue;
                    kept.add(r.to().isAfter(from) ? new Run(r.from(), from) : r);
                }
                JournalSegment trimmed = with(s, kept);
                cut[0] += s.trackedSeconds() - trimmed.trackedSeconds();
                writeRuns(s.id(), kept);
                if (s.shotTakenAt() != null && !s.shotTakenAt().isBefore(from)) {
                    update("UPDATE segment SET shot = 'failed', shot_note = 'taken during discarded idle time', shot_upload = 'n/a' WHERE id = ?",
                            s.id().toString());
                }
                if (trimmed.trackedSeconds() == 0 && !s.isOpen()) update("UPDATE segment SET state = 'discarded' WHERE id = ?", s.id().toString());
            }
        });
        return cut[0];
    }

    private static JournalSegment with(JournalSegment s, List<Run> runs) {
        return new JournalSegment(s.id(), s.account(), s.contractId(), s.slotStart(), s.memo(), s.label(), s.state(), s.held(),
                s.activityKnown(), s.minutes(), List.copyOf(runs), s.shot(), s.shotPlannedAt(), s.shotTakenAt(), s.shotFile(),
                s.thumbFile(), s.shotNote(), s.upload(), s.shotUpload(), s.refusal(), s.closedAt());
    }

    /** Closed segments the server has not confirmed yet, oldest first. */
    public synchronized List<JournalSegment> toUpload(String account, int limit) {
        return query("WHERE account = ? AND state = 'closed' AND held = 0 AND upload = 'waiting' ORDER BY slot_start LIMIT " + limit,
                List.of(account));
    }

    /** Stored segments whose screenshot is taken but not uploaded yet. */
    public synchronized List<JournalSegment> shotsToUpload(String account, int limit) {
        return query("WHERE account = ? AND upload = 'stored' AND shot = 'taken' AND shot_upload = 'waiting' ORDER BY slot_start LIMIT " + limit,
                List.of(account));
    }

    /** Stored segments the freelancer deleted since: their DELETE is still to be sent. */
    public synchronized List<JournalSegment> toDelete(String account) {
        return query("WHERE account = ? AND upload = 'delete'", List.of(account));
    }

    public synchronized void markStored(UUID id) {
        update("UPDATE segment SET upload = 'stored', shot_upload = CASE WHEN shot = 'taken' THEN shot_upload ELSE 'n/a' END WHERE id = ? AND upload = 'waiting'",
                id.toString());
    }

    public synchronized void markDeleted(UUID id) {
        update("UPDATE segment SET upload = 'deleted' WHERE id = ?", id.toString());
    }

    public synchronized void markRefused(UUID id, JournalSegment.Refusal why) {
        update("UPDATE segment SET upload = 'refused', refusal_code = ?, refusal_field = ?, refusal_message = ? WHERE id = ?",
                why.code(), why.field(), why.message(), id.toString());
    }

    public synchronized void markShotStored(UUID id) {
        update("UPDATE segment SET shot_upload = 'stored' WHERE id = ?", id.toString());
    }

    public synchronized void markShotRefused(UUID id, String message) {
        update("UPDATE segment SET shot_upload = 'refused', shot_note = ? WHERE id = ?", message, id.toString());
    }

    /** A refused segment the person asked to try again (e.g. after fixing the memo on the server side). */
    public synchronized void retryRefused(UUID id) {
        update("UPDATE segment SET upload = 'waiting', refusal_code = NULL, refusal_field = NULL, refusal_message = NULL WHERE id = ? AND upload = 'refused'",
                id.toString());
    }

    public synchronized Optional<JournalSegment> find(UUID id) {
        return query("WHERE id = ?", List.of(id.toString())).stream().findFirst();
    }

    public synchronized Optional<JournalSegment> inSlot(String account, Instant slotStart) {
        return query("WHERE account = ? AND slot_start = ? AND state <> 'discarded'", List.of(account, slotStart.getEpochSecond())).stream().findFirst();
    }

    /**
     * The account's segments from {@code from} on, oldest first. The tracker's status (today, this
     * week, what the server does not count yet) asks for them on every tick; the answer is kept
     * until the next write, so a tracker that writes nothing reads nothing (bench/README.md, idle CPU).
     */
    public synchronized List<JournalSegment> since(String account, Instant from) {
        String key = account + '\u001F' + from.getEpochSecond();
        List<JournalSegment> rows = sinceCache.get(key);
        if (rows == null) {
            if (sinceCache.size() >= 8) sinceCache.clear();
            rows = List.copyOf(query("WHERE account = ? AND slot_start >= ? AND state <> 'discarded' ORDER BY slot_start", List.of(account, from.getEpochSecond())));
            sinceCache.put(key, rows);
        }
        return rows;
    }

    public synchronized List<JournalSegment> refused(String account) {
        return query("WHERE account = ? AND upload = 'refused' ORDER BY slot_start", List.of(account));
    }

    public synchronized List<JournalSegment> all() {
        return query("ORDER BY slot_start", List.of());
    }

    /** Counts by what is left to do, for the status line. */
    public synchronized Counts counts(String account) {
        try (PreparedStatement p = db.prepareStatement("SELECT "
                + "SUM(CASE WHEN state = 'closed' AND upload = 'waiting' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN state = 'closed' AND upload = 'waiting' AND held = 1 THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN upload = 'stored' AND shot = 'taken' AND shot_upload = 'waiting' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN upload = 'refused' THEN 1 ELSE 0 END), "
                + "MIN(CASE WHEN state = 'closed' AND upload = 'waiting' THEN slot_start END) "
                + "FROM segment WHERE account = ?")) {
            p.setString(1, account);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                long oldest = r.getLong(5);
                Instant oldestWaiting = r.wasNull() ? null : Instant.ofEpochSecond(oldest);
                return new Counts(r.getInt(1), r.getInt(2), r.getInt(3), r.getInt(4), oldestWaiting);
            }
        } catch (SQLException e) {
            throw new JournalException("journal read failed: " + e.getMessage(), e);
        }
    }

    /** @param waiting closed segments not confirmed by the server (of which {@code held} wait for an idle answer) */
    public record Counts(int waiting, int held, int shotsWaiting, int refused, Instant oldestWaiting) {}

    public synchronized Optional<String> get(String key) {
        try (PreparedStatement p = db.prepareStatement("SELECT value FROM kv WHERE key = ?")) {
            p.setString(1, key);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new JournalException("journal read failed: " + e.getMessage(), e);
        }
    }

    public synchronized void put(String key, String value) {
        if (value == null) update("DELETE FROM kv WHERE key = ?", key);
        else update("INSERT INTO kv (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", key, value);
    }

    /** {@code PRAGMA integrity_check}: "ok" for a sound file. */
    public synchronized String integrity() {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            return r.next() ? r.getString(1) : "no answer";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            // closing a journal that failed is not worth a second failure
        }
    }

    private void writeRuns(UUID id, List<Run> runs) throws SQLException {
        try (PreparedStatement d = db.prepareStatement("DELETE FROM run WHERE segment_id = ?")) {
            d.setString(1, id.toString());
            d.executeUpdate();
        }
        try (PreparedStatement p = db.prepareStatement("INSERT INTO run (segment_id, from_ms, to_ms) VALUES (?, ?, ?)")) {
            for (Run r : runs) {
                p.setString(1, id.toString());
                p.setLong(2, r.from().toEpochMilli());
                p.setLong(3, r.to().toEpochMilli());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private List<JournalSegment> query(String where, List<Object> args) {
        try (PreparedStatement p = db.prepareStatement("SELECT " + COLUMNS + " FROM segment " + where)) {
            for (int i = 0; i < args.size(); i++) p.setObject(i + 1, args.get(i));
            Map<String, JournalSegment> out = new LinkedHashMap<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String code = r.getString("refusal_code");
                    JournalSegment.Refusal refusal = code == null ? null
                            : new JournalSegment.Refusal(code, r.getString("refusal_field"), r.getString("refusal_message"));
                    JournalSegment s = new JournalSegment(UUID.fromString(r.getString("id")), r.getString("account"), r.getLong("contract_id"),
                            Instant.ofEpochSecond(r.getLong("slot_start")), r.getString("memo"), r.getString("label"), r.getString("state"),
                            r.getInt("held") == 1, r.getInt("activity_known") == 1, Minutes.decode(r.getString("minutes")), List.of(),
                            r.getString("shot"), instant(r, "shot_planned_at"), instant(r, "shot_taken_at"), r.getString("shot_file"),
                            r.getString("thumb_file"), r.getString("shot_note"), r.getString("upload"), r.getString("shot_upload"), refusal,
                            instant(r, "closed_at"));
                    out.put(s.id().toString(), s);
                }
            }
            if (out.isEmpty()) return List.of();
            Map<String, List<Run>> runs = new LinkedHashMap<>();
            try (PreparedStatement q = db.prepareStatement("SELECT segment_id, from_ms, to_ms FROM run WHERE segment_id IN ("
                    + String.join(",", java.util.Collections.nCopies(out.size(), "?")) + ") ORDER BY from_ms")) {
                int i = 1;
                for (String id : out.keySet()) q.setString(i++, id);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        runs.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                                .add(new Run(Instant.ofEpochMilli(r.getLong(2)), Instant.ofEpochMilli(r.getLong(3))));
                    }
                }
            }
            List<JournalSegment> result = new ArrayList<>(out.size());
            for (JournalSegment s : out.values()) result.add(with(s, runs.getOrDefault(s.id().toString(), List.of())));
            return result;
        } catch (SQLException e) {
            throw new JournalException("journal read failed: " + e.getMessage(), e);
        }
    }

    private int update(String sql, Object... args) {
        int[] n = {0};
        tx(() -> {
            try (PreparedStatement p = db.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) p.setObject(i + 1, args[i]);
                n[0] = p.executeUpdate();
            }
        });
        return n[0];
    }

    private interface Work {
        void run() throws SQLException;
    }

    /** One transaction; nested calls join the outer one. */
    private void tx(Work work) {
        try {
            if (!db.getAutoCommit()) {
                work.run();
                return;
            }
            db.setAutoCommit(false);
            try {
                work.run();
                db.commit();
            } catch (SQLException | RuntimeException e) {
                try {
                    db.rollback();
                } catch (SQLException ignored) {
                    // the failed commit already rolled back
                }
                throw e;
            } finally {
                sinceCache.clear();
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            boolean full = freeBytes() < 1024 * 1024;
            throw new JournalException("journal write failed: " + e.getMessage() + (full ? " (the disk is full)" : ""), e, full);
        }
    }

    private long freeBytes() {
        try {
            return Files.getFileStore(file.toAbsolutePath().getParent()).getUsableSpace();
        } catch (java.io.IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static void setInstant(PreparedStatement p, int i, Instant t) throws SQLException {
        if (t == null) p.setNull(i, java.sql.Types.INTEGER);
        else p.setLong(i, t.toEpochMilli());
    }

    private static Instant instant(ResultSet r, String column) throws SQLException {
        long v = r.getLong(column);
        return r.wasNull() ? null : Instant.ofEpochMilli(v);
    }
}
