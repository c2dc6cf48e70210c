package org.hourbook.store.importing;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hourbook.core.importing.ImportedEntry;
import org.hourbook.core.importing.KnownKeys;
import org.hourbook.core.retainer.EntrySource;
import org.hourbook.core.retainer.WorkEntry;
import org.hourbook.store.HandleSource;
import org.hourbook.store.Rows;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Imported time and the imports that brought it. The dedupe key is unique per contract: the import
 * reads the contract's keys ({@link #keys}) inside its transaction, after taking the retainer's
 * lock, and inserts only rows with a new key (see V17 for why no index holds them).
 */
public final class ImportRepository {
    private static final RowMapper<StoredImport> IMPORT = (rs, ctx) -> new StoredImport(rs.getLong("id"), rs.getLong("contract_id"),
            Rows.nullableLong(rs, "actor_user_id"), Rows.millis(rs, "created_at_ms"), rs.getString("file_name"), rs.getString("format"),
            rs.getInt("rows_read"), rs.getInt("rows_added"), rs.getInt("rows_already"), rs.getLong("seconds_added"),
            Rows.millis(rs, "undone_at_ms"));

    private final HandleSource handles;

    public ImportRepository(HandleSource handles) {
        this.handles = handles;
    }

    /** Notes a CSV kept in the blob store for a preview; the same file again moves its time on. */
    public void uploaded(String blobKey, long contractId, Instant now) {
        handles.write(h -> h.createUpdate("""
                        INSERT INTO import_uploads (blob_key, contract_id, uploaded_at_ms) VALUES (:k, :c, :t)
                        ON CONFLICT (blob_key) DO UPDATE SET uploaded_at_ms = excluded.uploaded_at_ms""")
                .bind("k", blobKey).bind("c", contractId).bind("t", now.toEpochMilli()).execute());
    }

    /** The upload was imported or removed: its blob is gone or going. */
    public void forgetUpload(String blobKey) {
        handles.write(h -> h.createUpdate("DELETE FROM import_uploads WHERE blob_key = :k").bind("k", blobKey).execute());
    }

    /** Blob keys of uploads made before {@code before} and never imported, oldest first. */
    public List<String> uploadsBefore(Instant before, int limit) {
        return handles.with(h -> h.createQuery("""
                        SELECT blob_key FROM import_uploads WHERE uploaded_at_ms < :t ORDER BY uploaded_at_ms LIMIT :n""")
                .bind("t", before.toEpochMilli()).bind("n", limit).mapTo(String.class).list());
    }

    public long begin(long contractId, Long actorId, String fileName, String format, int rowsRead, Instant now) {
        return handles.write(h -> h.createUpdate("""
                        INSERT INTO imports (contract_id, actor_user_id, created_at_ms, file_name, format, rows_read, rows_added,
                            rows_already, seconds_added) VALUES (:c, :actor, :now, :file, :format, :rows, 0, 0, 0)""")
                .bind("c", contractId).bind("actor", actorId).bind("now", now.toEpochMilli()).bind("file", fileName)
                .bind("format", format).bind("rows", rowsRead).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /** What one batch did: rows added, and the seconds they bring. */
    public record Added(int rows, long seconds) {}

    private static final String INSERT_ENTRY = """
            INSERT INTO imported_entries (contract_id, import_id, dedupe_key, start_utc, seconds, entry_date, description,
                project, client, task, person, billable, category, line)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /**
     * Inserts a batch of entries whose keys the contract does not have yet (the caller has checked
     * them against {@link #keys}). Plain JDBC with positional binds on the handle's connection (so
     * inside its transaction): JDBI's named binding looked up each of the 14 names and its argument
     * factory per row, ~15 % of the import's CPU in a profile (bench/README.md).
     */
    public Added insert(long importId, long contractId, List<ImportedEntry> entries) {
        if (entries.isEmpty()) return new Added(0, 0);
        return handles.atomically(h -> {
            try (PreparedStatement ps = h.getConnection().prepareStatement(INSERT_ENTRY)) {
                for (ImportedEntry e : entries) {
                    ps.setLong(1, contractId);
                    ps.setLong(2, importId);
                    ps.setString(3, e.dedupeKey());
                    ps.setLong(4, e.start().getEpochSecond());
                    ps.setLong(5, e.seconds());
                    ps.setString(6, e.date().toString());
                    ps.setString(7, e.description());
                    ps.setString(8, e.project());
                    ps.setString(9, e.client());
                    ps.setString(10, e.task());
                    ps.setString(11, e.user());
                    ps.setInt(12, e.billable() ? 1 : 0);
                    ps.setString(13, e.category());
                    ps.setInt(14, e.line());
                    ps.addBatch();
                }
                ps.executeBatch();
            } catch (SQLException ex) {
                throw new UnableToExecuteStatementException("insert of " + entries.size() + " imported entries failed", ex, null);
            }
            // Every row goes in (nothing is skipped here any more), so the batch's counts say nothing new.
            long seconds = 0;
            for (ImportedEntry e : entries) if (e.billable()) seconds += e.seconds();
            return new Added(entries.size(), seconds);
        });
    }

    public void finish(long importId, int added, int already, long seconds) {
        handles.write(h -> h.createUpdate("UPDATE imports SET rows_added = :a, rows_already = :al, seconds_added = :s WHERE id = :id")
                .bind("a", added).bind("al", already).bind("s", seconds).bind("id", importId).execute());
    }

    /** The format and row count, once the file has been read through. */
    public void describe(long importId, String format, int rowsRead) {
        handles.write(h -> h.createUpdate("UPDATE imports SET format = :f, rows_read = :r WHERE id = :id")
                .bind("f", format).bind("r", rowsRead).bind("id", importId).execute());
    }

    /** The dedupe keys the contract has, read through its imports (whose rows lie together, see V16). */
    public KnownKeys keys(long contractId) {
        return handles.with(h -> {
            KnownKeys known = new KnownKeys();
            h.createQuery("SELECT dedupe_key FROM imported_entries WHERE import_id IN (SELECT id FROM imports WHERE contract_id = :c)")
                    .bind("c", contractId).mapTo(String.class).forEach(known::add);
            return known;
        });
    }

    /**
     * The contract's billable imported time as retainer entries (id = dedupe key), oldest first;
     * read through the contract's imports, whose rows lie together (see V16).
     */
    public List<WorkEntry> workEntries(long contractId) {
        return handles.with(h -> h.createQuery("""
                        SELECT dedupe_key, start_utc, seconds, category, description FROM imported_entries
                        WHERE import_id IN (SELECT id FROM imports WHERE contract_id = :c) AND billable = 1 ORDER BY start_utc, id""")
                .bind("c", contractId)
                .map((rs, ctx) -> new WorkEntry(rs.getString(1), Instant.ofEpochSecond(rs.getLong(2)), rs.getLong(3), EntrySource.IMPORTED,
                        rs.getString(4), rs.getString(5)))
                .list());
    }

    public List<StoredImport> imports(long contractId) {
        return handles.with(h -> h.createQuery("SELECT * FROM imports WHERE contract_id = :c ORDER BY id DESC").bind("c", contractId)
                .map(IMPORT).list());
    }

    public Optional<StoredImport> find(long importId) {
        return handles.with(h -> h.createQuery("SELECT * FROM imports WHERE id = :id").bind("id", importId).map(IMPORT).findOne());
    }

    /** Deletes every entry the import added and marks it undone; returns the rows deleted. */
    public int undo(long importId, Instant now) {
        return handles.atomically(h -> {
            int deleted = h.createUpdate("DELETE FROM imported_entries WHERE import_id = :id").bind("id", importId).execute();
            h.createUpdate("UPDATE imports SET undone_at_ms = :now WHERE id = :id AND undone_at_ms IS NULL")
                    .bind("id", importId).bind("now", now.toEpochMilli()).execute();
            return deleted;
        });
    }
}
