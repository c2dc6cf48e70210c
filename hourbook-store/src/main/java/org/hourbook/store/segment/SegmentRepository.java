package org.hourbook.store.segment;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hourbook.core.segment.ScreenshotRef;
import org.hourbook.core.segment.Segment;
import org.hourbook.core.segment.Source;
import org.hourbook.store.HandleSource;
import org.hourbook.store.Rows;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Segments of tracked and manual time. Rules (grid, edit window, limits, permissions) are checked
 * by core policies before anything gets here; the store enforces only what must hold under
 * concurrency: unique ids and one segment per freelancer and slot.
 */
public final class SegmentRepository {
    static final RowMapper<Segment> SEGMENT = (rs, ctx) -> SegmentCodec.read(rs);

    private final HandleSource handles;

    public SegmentRepository(HandleSource handles) {
        this.handles = handles;
    }

    /**
     * Stores a batch in one transaction and says per segment what happened (see {@link SegmentInsert}).
     * Replays are safe: sending the same batch twice changes nothing the second time, and an id
     * that was deleted stays deleted. A conflict or overlap does not stop the other segments; a
     * caller that wants all-or-nothing runs this inside {@link Database#inTransaction} and throws.
     * The contracts and users must exist.
     * <p>Statements, whatever the batch size: one tombstone lookup, one batched insert, and only
     * for the rows that did not insert, one lookup by id (plus one per overlap). The batched insert
     * needs per-row update counts: PostgreSQL's {@code reWriteBatchedInserts} must stay off.
     */
    public List<SegmentInsert> insertAll(List<Segment> batch, Instant now) {
        return insertAll(encode(batch), now);
    }

    /**
     * Segments with their stored forms (per-minute column, content hash), worked out before a
     * transaction: on SQLite the transaction holds the one writer, so an upload encodes first.
     */
    public record Encoded(List<Segment> segments, List<String> minutes, List<String> hashes, List<Integer> trackedFrom) {
        Encoded slice(int from, int to) {
            return new Encoded(segments.subList(from, to), minutes.subList(from, to), hashes.subList(from, to), trackedFrom.subList(from, to));
        }

        Encoded pick(List<Integer> at) {
            return new Encoded(at.stream().map(segments::get).toList(), at.stream().map(minutes::get).toList(),
                    at.stream().map(hashes::get).toList(), at.stream().map(trackedFrom::get).toList());
        }
    }

    public static Encoded encode(List<Segment> batch) {
        return encode(batch, java.util.Collections.nCopies(batch.size(), (Integer) null));
    }

    /**
     * @param trackedFrom per segment, the second of its slot its tracked time begins at ({@code null}: 0),
     *                    checked by the caller to fit the slot
     */
    public static Encoded encode(List<Segment> batch, List<Integer> trackedFrom) {
        return new Encoded(List.copyOf(batch), batch.stream().map(s -> SegmentCodec.encodeMinutes(s.minutes())).toList(),
                batch.stream().map(SegmentCodec::contentHash).toList(), new ArrayList<>(trackedFrom));
    }

    /** The second of its slot a segment's tracked time begins at (0 when it was not told). */
    public int trackedFromOffset(UUID id) {
        return handles.with(h -> h.createQuery("SELECT tracked_from_offset FROM segments WHERE id = :id").bind("id", id.toString())
                .mapTo(Integer.class).findOne().orElse(0));
    }

    /** {@link #insertAll(List, Instant)} of segments encoded beforehand. */
    public List<SegmentInsert> insertAll(Encoded batch, Instant now) {
        if (batch.segments().isEmpty()) return List.of();
        List<Segment> segments = batch.segments();
        return handles.atomically(h -> {
            // An id repeated within a batch is judged after its earlier copy, as if uploaded later:
            // each run of distinct ids is one batched statement.
            List<SegmentInsert> results = new ArrayList<>(segments.size());
            Set<UUID> run = new HashSet<>();
            int from = 0;
            for (int i = 0; i < segments.size(); i++) {
                if (!run.add(segments.get(i).id())) {
                    results.addAll(insertRun(h, batch.slice(from, i), now));
                    run.clear();
                    run.add(segments.get(i).id());
                    from = i;
                }
            }
            results.addAll(insertRun(h, batch.slice(from, segments.size()), now));
            return results;
        });
    }

    /** Inserts segments with distinct ids and classifies the rows that did not insert. */
    private static List<SegmentInsert> insertRun(Handle h, Encoded batch, Instant now) {
        List<Segment> segments = batch.segments();
        Map<UUID, Long> deleted = tombstones(h, segments.stream().map(Segment::id).toList());
        SegmentInsert[] results = new SegmentInsert[segments.size()];
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Long contractId = deleted.get(segments.get(i).id());
            if (contractId != null) results[i] = new SegmentInsert.Deleted(segments.get(i).id(), contractId);
            else fresh.add(i);
        }
        Encoded toInsert = batch.pick(fresh);
        int[] counts = fresh.isEmpty() ? new int[0] : insertBatch(h, toInsert, now);
        List<Integer> notInserted = new ArrayList<>();
        for (int k = 0; k < fresh.size(); k++) {
            if (counts[k] == 1) results[fresh.get(k)] = new SegmentInsert.Inserted(toInsert.segments().get(k));
            else notInserted.add(k);
        }
        classify(h, notInserted.stream().map(toInsert.segments()::get).toList(), notInserted.stream().map(toInsert.hashes()::get).toList(),
                notInserted.stream().map(fresh::get).toList(), results);
        return List.of(results);
    }

    private static final String INSERT = """
            INSERT INTO segments (id, contract_id, freelancer_id, start_utc, tracked_seconds, minutes, memo, label, source,
                shot_sha256, shot_thumb_sha256, shot_media_type, shot_width, shot_height, shot_bytes, shot_taken_at_ms,
                content_hash, created_at, tracked_from_offset)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING""";

    /**
     * One JDBC batch on the handle's connection. Plain JDBC rather than JDBI's named binding: on
     * SQLite this runs while holding the one writer, and JDBI's per-argument lookups were half of
     * the statement's cost (bench/README.md, ingest). DO NOTHING instead of catching the violation:
     * on PostgreSQL a failed statement would abort the whole batch's transaction.
     */
    private static int[] insertBatch(Handle h, Encoded fresh, Instant now) {
        try (PreparedStatement insert = h.getConnection().prepareStatement(INSERT)) {
            for (int k = 0; k < fresh.segments().size(); k++) {
                Segment s = fresh.segments().get(k);
                ScreenshotRef shot = s.screenshot();
                insert.setString(1, s.id().toString());
                insert.setLong(2, s.contractId());
                insert.setLong(3, s.freelancerId());
                insert.setLong(4, s.start().getEpochSecond());
                insert.setInt(5, s.trackedSeconds());
                insert.setString(6, fresh.minutes().get(k));
                insert.setString(7, s.memo());
                insert.setString(8, s.label());
                insert.setString(9, s.source().name());
                insert.setString(10, shot == null ? null : shot.sha256());
                insert.setString(11, shot == null ? null : shot.thumbSha256());
                insert.setString(12, shot == null ? null : shot.mediaType());
                insert.setObject(13, shot == null ? null : shot.width(), Types.INTEGER);
                insert.setObject(14, shot == null ? null : shot.height(), Types.INTEGER);
                insert.setObject(15, shot == null ? null : shot.bytes(), Types.BIGINT);
                insert.setObject(16, shot == null ? null : Rows.epochMillis(shot.takenAt()), Types.BIGINT);
                insert.setString(17, fresh.hashes().get(k));
                insert.setLong(18, now.getEpochSecond());
                insert.setObject(19, fresh.trackedFrom().get(k), Types.INTEGER);
                insert.addBatch();
            }
            return insert.executeBatch();
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException("insert of " + fresh.segments().size() + " segments failed", e, null);
        }
    }

    /**
     * Why rows did not insert: the same id is stored (replay or conflict), or the slot is taken
     * (overlap). A row may also have lost to an earlier row of the same batch; it is then judged
     * against that row, as if uploaded after it.
     */
    private static void classify(Handle h, List<Segment> rows, List<String> hashes, List<Integer> positions, SegmentInsert[] results) {
        if (rows.isEmpty()) return;
        Map<UUID, String> storedHash = new HashMap<>();
        Map<UUID, Segment> stored = new HashMap<>();
        h.createQuery("SELECT * FROM segments WHERE id IN (<ids>)")
                .bindList("ids", rows.stream().map(s -> s.id().toString()).distinct().toList())
                .map((rs, ctx) -> {
                    Segment s = SegmentCodec.read(rs);
                    storedHash.put(s.id(), rs.getString("content_hash"));
                    return s;
                })
                .forEach(s -> stored.put(s.id(), s));
        for (int k = 0; k < rows.size(); k++) {
            Segment s = rows.get(k);
            Segment same = stored.get(s.id());
            SegmentInsert outcome;
            if (same != null) {
                outcome = storedHash.get(s.id()).equals(hashes.get(k))
                        ? new SegmentInsert.Replayed(same) : new SegmentInsert.Conflict(s.id(), same);
            } else {
                Segment existing = h.createQuery("SELECT * FROM segments WHERE freelancer_id = :f AND start_utc = :start")
                        .bind("f", s.freelancerId()).bind("start", s.start().getEpochSecond()).map(SEGMENT).one();
                outcome = new SegmentInsert.Overlap(s.id(), existing);
            }
            results[positions.get(k)] = outcome;
        }
    }

    /** The ids among {@code ids} that were deleted (and so are never stored again). */
    public Set<UUID> deletedIds(Collection<UUID> ids) {
        if (ids.isEmpty()) return Set.of();
        return handles.with(h -> Set.copyOf(tombstones(h, List.copyOf(ids)).keySet()));
    }

    /** Deleted ids among {@code ids}, with the contract they belonged to. */
    private static Map<UUID, Long> tombstones(Handle h, List<UUID> ids) {
        Map<UUID, Long> out = new HashMap<>();
        // In chunks: a large batch (the demo's) would pass the databases' bind-parameter limits.
        for (int from = 0; from < ids.size(); from += 1000) {
            h.createQuery("SELECT id, contract_id FROM segment_tombstones WHERE id IN (<ids>)")
                    .bindList("ids", ids.subList(from, Math.min(ids.size(), from + 1000)).stream().map(UUID::toString).toList())
                    .map((rs, ctx) -> Map.entry(UUID.fromString(rs.getString("id")), rs.getLong("contract_id")))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
        }
        return out;
    }

    public Optional<Segment> findById(UUID id) {
        return handles.with(h -> findById(h, id));
    }

    private static Optional<Segment> findById(Handle h, UUID id) {
        return h.createQuery("SELECT * FROM segments WHERE id = :id").bind("id", id.toString()).map(SEGMENT).findOne();
    }

    /** The segments with these ids that exist, in time order. */
    public List<Segment> findByIds(Collection<UUID> ids) {
        if (ids.isEmpty()) return List.of();
        return handles.with(h -> h.createQuery("SELECT * FROM segments WHERE id IN (<ids>) ORDER BY start_utc")
                .bindList("ids", ids.stream().map(UUID::toString).toList()).map(SEGMENT).list());
    }

    /** A contract's segments starting in {@code [from, to)}, in time order (diary day, timesheet week). */
    public List<Segment> findByContract(long contractId, Instant from, Instant to) {
        return handles.with(h -> h.createQuery("""
                        SELECT * FROM segments WHERE contract_id = :c AND start_utc >= :from AND start_utc < :to ORDER BY start_utc""")
                .bind("c", contractId).bind("from", from.getEpochSecond()).bind("to", to.getEpochSecond()).map(SEGMENT).list());
    }

    /**
     * A contract's segments starting in {@code [from, to)}, in time order, with only what weekly
     * totals and over-limit marks need: id, contract, freelancer, start, tracked seconds and
     * source. Memo, label, per-minute counts and screenshot are left empty, which saves reading
     * and decoding them for the rest of a week when a diary shows one day.
     */
    public List<Segment> findTimingByContract(long contractId, Instant from, Instant to) {
        return handles.with(h -> h.createQuery("""
                        SELECT id, contract_id, freelancer_id, start_utc, tracked_seconds, source FROM segments
                        WHERE contract_id = :c AND start_utc >= :from AND start_utc < :to ORDER BY start_utc""")
                .bind("c", contractId).bind("from", from.getEpochSecond()).bind("to", to.getEpochSecond())
                // By position, as listed above: a billing week is ~180 rows, and each column looked up
                // by name is a map lookup per row in the driver. None of these columns is null.
                .map((rs, ctx) -> new Segment(UUID.fromString(rs.getString(1)), rs.getLong(2), rs.getLong(3),
                        Instant.ofEpochSecond(rs.getLong(4)), rs.getInt(5), List.of(), "", null, Source.valueOf(rs.getString(6)), null))
                .list());
    }

    /** A freelancer's segments on every contract starting in {@code [from, to)}, in time order. */
    public List<Segment> findByFreelancer(long freelancerId, Instant from, Instant to) {
        return handles.with(h -> h.createQuery("""
                        SELECT * FROM segments WHERE freelancer_id = :f AND start_utc >= :from AND start_utc < :to ORDER BY start_utc""")
                .bind("f", freelancerId).bind("from", from.getEpochSecond()).bind("to", to.getEpochSecond()).map(SEGMENT).list());
    }

    /** Several contracts at once (an agency's team page), ordered by contract, then time. */
    public List<Segment> findByContracts(Collection<Long> contractIds, Instant from, Instant to) {
        if (contractIds.isEmpty()) return List.of();
        return handles.with(h -> h.createQuery("""
                        SELECT * FROM segments WHERE contract_id IN (<ids>) AND start_utc >= :from AND start_utc < :to
                        ORDER BY contract_id, start_utc""")
                .bindList("ids", List.copyOf(contractIds)).bind("from", from.getEpochSecond()).bind("to", to.getEpochSecond())
                .map(SEGMENT).list());
    }

    /** @return how many of the segments were changed */
    public int updateMemo(Collection<UUID> ids, String memo) {
        return updateColumn(ids, "memo", memo == null ? "" : memo);
    }

    /** @param label {@code null} clears the label */
    public int updateLabel(Collection<UUID> ids, String label) {
        return updateColumn(ids, "label", label);
    }

    private int updateColumn(Collection<UUID> ids, String column, String value) {
        if (ids.isEmpty()) return 0;
        return handles.write(h -> h.createUpdate("UPDATE segments SET " + column + " = :v WHERE id IN (<ids>)")
                .bind("v", value).bindList("ids", ids.stream().map(UUID::toString).toList()).execute());
    }

    /**
     * Deletes and returns what was deleted (for the audit log and to release screenshot blobs).
     * Each id leaves a tombstone, so that a replayed upload of it is answered "deleted" instead of
     * bringing the time back.
     */
    public List<Segment> delete(Collection<UUID> ids, Instant now) {
        if (ids.isEmpty()) return List.of();
        List<String> keys = ids.stream().map(UUID::toString).toList();
        return handles.atomically(h -> {
            List<Segment> doomed = h.createQuery("SELECT * FROM segments WHERE id IN (<ids>) ORDER BY start_utc")
                    .bindList("ids", keys).map(SEGMENT).list();
            h.createUpdate("""
                            INSERT INTO segment_tombstones (id, contract_id, content_hash, deleted_at)
                            SELECT id, contract_id, content_hash, :now FROM segments WHERE id IN (<ids>)""")
                    .bindList("ids", keys).bind("now", now.getEpochSecond()).execute();
            h.createUpdate("DELETE FROM segments WHERE id IN (<ids>)").bindList("ids", keys).execute();
            return doomed;
        });
    }

    /** Sets (or with {@code null} removes) the screenshot of a segment. */
    public boolean attachScreenshot(UUID id, ScreenshotRef shot) {
        return handles.write(h -> h.createUpdate("""
                        UPDATE segments SET shot_sha256 = :sha, shot_thumb_sha256 = :thumb, shot_media_type = :mediaType,
                            shot_width = :width, shot_height = :height, shot_bytes = :bytes, shot_taken_at_ms = :takenAt
                        WHERE id = :id""")
                .bind("id", id.toString())
                .bind("sha", shot == null ? null : shot.sha256())
                .bind("thumb", shot == null ? null : shot.thumbSha256())
                .bind("mediaType", shot == null ? null : shot.mediaType())
                .bind("width", shot == null ? null : shot.width())
                .bind("height", shot == null ? null : shot.height())
                .bind("bytes", shot == null ? null : shot.bytes())
                .bind("takenAt", shot == null ? null : Rows.epochMillis(shot.takenAt()))
                .execute()) == 1;
    }

    /** Whether any segment still points at this blob (full image or thumbnail); check before deleting a blob. */
    public boolean isBlobReferenced(String sha256) {
        return handles.with(h -> h.createQuery("""
                        SELECT COUNT(*) FROM segments WHERE shot_sha256 = :k OR shot_thumb_sha256 = :k""")
                .bind("k", sha256).mapTo(Long.class).one()) > 0;
    }
}
