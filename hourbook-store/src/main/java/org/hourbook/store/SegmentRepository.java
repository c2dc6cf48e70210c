package org.hourbook.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hourbook.core.segment.ScreenshotRef;
import org.hourbook.core.segment.Segment;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Segments of tracked and manual time. Rules (grid, edit window, limits, permissions) are checked
 * by core policies before anything gets here; the store enforces only what must hold under
 * concurrency: unique ids and one segment per freelancer and slot.
 */
public final class SegmentRepository {
    static final RowMapper<Segment> SEGMENT = (rs, ctx) -> SegmentCodec.read(rs);

    private final HandleSource handles;

    SegmentRepository(HandleSource handles) {
        this.handles = handles;
    }

    /**
     * Stores a batch in one transaction and says per segment what happened (see {@link SegmentInsert}).
     * Replays are safe: sending the same batch twice changes nothing the second time. A conflict or
     * overlap does not stop the other segments; a caller that wants all-or-nothing runs this inside
     * {@link Database#inTransaction} and throws. The contracts and users must exist.
     */
    public List<SegmentInsert> insertAll(List<Segment> batch, Instant now) {
        return handles.atomically(h -> {
            List<SegmentInsert> results = new ArrayList<>(batch.size());
            for (Segment s : batch) results.add(insertOne(h, s, now));
            return results;
        });
    }

    private static SegmentInsert insertOne(Handle h, Segment s, Instant now) {
        String hash = SegmentCodec.contentHash(s);
        ScreenshotRef shot = s.screenshot();
        // DO NOTHING instead of catching the violation: on PostgreSQL a failed statement would
        // abort the whole batch's transaction.
        int inserted = h.createUpdate("""
                        INSERT INTO segments (id, contract_id, freelancer_id, start_utc, tracked_seconds, minutes, memo, label, source,
                            shot_sha256, shot_thumb_sha256, shot_media_type, shot_width, shot_height, shot_bytes, shot_taken_at_ms,
                            content_hash, created_at)
                        VALUES (:id, :contractId, :freelancerId, :start, :tracked, :minutes, :memo, :label, :source,
                            :sha, :thumb, :mediaType, :width, :height, :bytes, :takenAt, :hash, :now)
                        ON CONFLICT DO NOTHING""")
                .bind("id", s.id().toString())
                .bind("contractId", s.contractId())
                .bind("freelancerId", s.freelancerId())
                .bind("start", s.start().getEpochSecond())
                .bind("tracked", s.trackedSeconds())
                .bind("minutes", SegmentCodec.encodeMinutes(s.minutes()))
                .bind("memo", s.memo())
                .bind("label", s.label())
                .bind("source", s.source().name())
                .bind("sha", shot == null ? null : shot.sha256())
                .bind("thumb", shot == null ? null : shot.thumbSha256())
                .bind("mediaType", shot == null ? null : shot.mediaType())
                .bind("width", shot == null ? null : shot.width())
                .bind("height", shot == null ? null : shot.height())
                .bind("bytes", shot == null ? null : shot.bytes())
                .bind("takenAt", shot == null ? null : Rows.epochMillis(shot.takenAt()))
                .bind("hash", hash)
                .bind("now", now.getEpochSecond())
                .execute();
        if (inserted == 1) return new SegmentInsert.Inserted(s);
        Optional<String> storedHash = h.createQuery("SELECT content_hash FROM segments WHERE id = :id")
                .bind("id", s.id().toString()).mapTo(String.class).findOne();
        if (storedHash.isPresent()) {
            Segment stored = findById(h, s.id()).orElseThrow();
            return storedHash.get().equals(hash) ? new SegmentInsert.Replayed(stored) : new SegmentInsert.Conflict(s.id(), stored);
        }
        Segment existing = h.createQuery("SELECT * FROM segments WHERE freelancer_id = :f AND start_utc = :start")
                .bind("f", s.freelancerId()).bind("start", s.start().getEpochSecond()).map(SEGMENT).one();
        return new SegmentInsert.Overlap(s.id(), existing);
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
        return handles.with(h -> h.createUpdate("UPDATE segments SET " + column + " = :v WHERE id IN (<ids>)")
                .bind("v", value).bindList("ids", ids.stream().map(UUID::toString).toList()).execute());
    }

    /** Deletes and returns what was deleted (for the audit log and to release screenshot blobs). */
    public List<Segment> delete(Collection<UUID> ids) {
        if (ids.isEmpty()) return List.of();
        List<String> keys = ids.stream().map(UUID::toString).toList();
        return handles.atomically(h -> {
            List<Segment> doomed = h.createQuery("SELECT * FROM segments WHERE id IN (<ids>) ORDER BY start_utc")
                    .bindList("ids", keys).map(SEGMENT).list();
            h.createUpdate("DELETE FROM segments WHERE id IN (<ids>)").bindList("ids", keys).execute();
            return doomed;
        });
    }

    /** Sets (or with {@code null} removes) the screenshot of a segment. */
    public boolean attachScreenshot(UUID id, ScreenshotRef shot) {
        return handles.with(h -> h.createUpdate("""
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
