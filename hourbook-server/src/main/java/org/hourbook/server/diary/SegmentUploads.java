package org.hourbook.server.diary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hourbook.core.contract.ContractStatus;
import org.hourbook.core.policy.Decision;
import org.hourbook.core.segment.Segment;
import org.hourbook.core.segment.SegmentGrid;
import org.hourbook.core.segment.SegmentPolicy;
import org.hourbook.core.segment.Source;
import org.hourbook.core.week.EditWindowPolicy;
import org.hourbook.server.audit.AuditService;
import org.hourbook.server.auth.Viewer;
import org.hourbook.server.contract.ContractService;
import org.hourbook.server.contract.Visible;
import org.hourbook.server.Refusal;
import org.hourbook.api.diary.SegmentUpload;
import org.hourbook.api.diary.UploadResult;
import org.hourbook.server.ops.Metrics;
import org.hourbook.store.Database;
import org.hourbook.store.segment.SegmentInsert;
import org.hourbook.store.segment.SegmentRepository;

/**
 * Batch upload of tracked segments from the tracker. Each item is checked on its own; valid items
 * are stored in one transaction with their audit entries. Replays are recognised by id and
 * content, so a tracker may resend a batch after a lost response.
 */
public final class SegmentUploads {
    static final int MAX_BATCH = 500;

    private final Database db;
    private final ContractService contracts;
    private final AuditService audit;
    private final Metrics metrics;
    private final Clock clock;
    /** Told the contract's id after new time is committed (retainer alerts); must return at once. */
    private final java.util.function.LongConsumer timeArrived;

    public SegmentUploads(Database db, ContractService contracts, AuditService audit, Metrics metrics, Clock clock) {
        this(db, contracts, audit, metrics, clock, id -> {});
    }

    public SegmentUploads(Database db, ContractService contracts, AuditService audit, Metrics metrics, Clock clock,
                          java.util.function.LongConsumer timeArrived) {
        this.db = db;
        this.contracts = contracts;
        this.audit = audit;
        this.metrics = metrics;
        this.clock = clock;
        this.timeArrived = timeArrived;
    }

    public List<UploadResult> upload(Viewer viewer, long contractId, List<SegmentUpload> items) {
        Visible v = contracts.visible(viewer, contractId);
        if (!v.access().canUploadTime()) {
            throw Refusal.forbidden("access.upload", null, "only the contract's freelancer uploads time");
        }
        Set<UUID> ids = checkBatch(items);
        Instant now = clock.instant();
        UploadResult[] results = new UploadResult[items.size()];
        Checked checked = check(v, items, ids, now, results);
        if (!checked.segments().isEmpty()) store(viewer, contractId, checked, now, results);
        return List.of(results);
    }

    /** The items that passed the rules, where in its slot each one's tracked time begins, and their positions in the batch. */
    private record Checked(List<Segment> segments, List<Integer> trackedFrom, List<Integer> positions) {}

    /** The batch as a whole: not empty, not too large, every item with an id of its own. */
    private static Set<UUID> checkBatch(List<SegmentUpload> items) {
        if (items == null || items.isEmpty()) throw Refusal.invalid("segment.batch_empty", "segments", "send at least one segment");
        if (items.size() > MAX_BATCH) {
            throw Refusal.invalid("segment.batch_too_large", "segments", "at most " + MAX_BATCH + " segments per request");
        }
        Set<UUID> seen = new HashSet<>();
        for (SegmentUpload item : items) {
            if (item == null || item.id() == null) throw Refusal.invalid("segment.id", "id", "every segment needs a client-generated UUID id");
            if (!seen.add(item.id())) throw Refusal.invalid("segment.duplicate_id", "id", "segment " + item.id() + " appears twice in the batch");
        }
        return seen;
    }

    /** Each item on its own: a rejected one gets its result now, the rest go on to be stored. */
    private Checked check(Visible v, List<SegmentUpload> items, Set<UUID> ids, Instant now, UploadResult[] results) {
        Map<UUID, Boolean> storedIds = new HashMap<>();
        List<Segment> toInsert = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            SegmentUpload item = items.get(i);
            Segment segment;
            try {
                segment = toSegment(v, item);
            } catch (IllegalArgumentException | NullPointerException e) {
                results[i] = UploadResult.failed(item.id(), "rejected", "segment.invalid", "segments[" + i + "]", String.valueOf(e.getMessage()));
                continue;
            }
            Decision d = check(v, segment, now).and(() -> trackedPart(segment, item.trackedFrom()));
            if (d instanceof Decision.Rejected r && !known(item.id(), storedIds, ids)) {
                String field = "segments[" + i + "]" + (r.violation().field() == null ? "" : "." + r.violation().field());
                results[i] = UploadResult.failed(item.id(), "rejected", r.violation().code(), field, r.violation().message());
                continue;
            }
            toInsert.add(segment);
            offsets.add(item.trackedFrom() == null || !d.isAccepted() ? null
                    : (int) Duration.between(segment.start(), item.trackedFrom()).toSeconds());
            positions.add(i);
        }
        return new Checked(toInsert, offsets, positions);
    }

    /** Stores the checked items with one audit entry in one transaction, and says what happened to each. */
    private void store(Viewer viewer, long contractId, Checked checked, Instant now, UploadResult[] results) {
        List<Segment> toInsert = checked.segments();
        // Each segment's audit JSON, per-minute column and content hash are worked out before the
        // transaction: on SQLite it holds the one writer, so inside it only stores and joins.
        List<String> auditJson = toInsert.stream().map(s -> audit.toJson(Audited.of(s))).toList();
        SegmentRepository.Encoded encoded = SegmentRepository.encode(toInsert, checked.trackedFrom());
        List<SegmentInsert> stored = db.inTransaction(tx -> {
            List<SegmentInsert> r = tx.segments().insertAll(encoded, now);
            // One audit row per upload (listing every segment it created), not one per segment:
            // an upload is one act of the tracker, and this keeps ingest to a few statements.
            List<String> created = new ArrayList<>();
            String onlyId = null;
            for (int k = 0; k < r.size(); k++) {
                if (r.get(k) instanceof SegmentInsert.Inserted ins) {
                    created.add(auditJson.get(k));
                    onlyId = ins.id().toString();
                }
            }
            if (!created.isEmpty()) {
                audit.recordJson(tx, contractId, viewer.id(), "segment.create", "segment", created.size() == 1 ? onlyId : null,
                        null, created.size() == 1 ? created.get(0) : "[" + String.join(",", created) + "]");
            }
            return r;
        });
        int inserted = 0;
        for (int k = 0; k < stored.size(); k++) {
            int at = checked.positions().get(k);
            if (stored.get(k) instanceof SegmentInsert.Inserted) inserted++;
            results[at] = result(stored.get(k), contractId, "segments[" + at + "]");
        }
        metrics.segmentsIngested(inserted);
        if (inserted > 0) timeArrived.accept(contractId);
    }

    /** What the store's answer for one item means to the tracker; {@code item} names it, e.g. {@code segments[3]}. */
    private static UploadResult result(SegmentInsert stored, long contractId, String item) {
        return switch (stored) {
            case SegmentInsert.Inserted ins -> UploadResult.inserted(ins.segment());
            case SegmentInsert.Replayed rep -> rep.stored().contractId() == contractId
                    ? UploadResult.replayed(rep.stored())
                    : UploadResult.failed(rep.id(), "conflict", "segment.conflict", item + ".id", "segment id already used on another contract");
            case SegmentInsert.Conflict c -> UploadResult.failed(c.id(), "conflict", "segment.conflict", item + ".id",
                    "segment " + c.id() + " was stored before with other content");
            case SegmentInsert.Overlap o -> UploadResult.failed(o.id(), "overlap", "segment.overlap", item + ".start",
                    "the freelancer already has time at " + o.existing().start() + " (possibly on another contract)");
            case SegmentInsert.Deleted del -> del.contractId() == contractId
                    ? UploadResult.failed(del.id(), "deleted", "segment.deleted", item + ".id",
                            "segment " + del.id() + " was deleted; it is not stored again")
                    : UploadResult.failed(del.id(), "conflict", "segment.conflict", item + ".id", "segment id already used on another contract");
        };
    }

    /**
     * Whether this id is stored or was deleted: such an item is a replay, a conflict or "deleted"
     * whatever the rules say now (e.g. after its week locked), so the store decides. Looked up once
     * per batch, and only when some item broke a rule, so the usual upload costs no extra query.
     */
    private boolean known(UUID id, Map<UUID, Boolean> storedIds, Set<UUID> batchIds) {
        if (storedIds.isEmpty()) {
            batchIds.forEach(b -> storedIds.put(b, Boolean.FALSE));
            db.segments().findByIds(batchIds).forEach(s -> storedIds.put(s.id(), Boolean.TRUE));
            db.segments().deletedIds(batchIds).forEach(d -> storedIds.put(d, Boolean.TRUE));
        }
        return storedIds.getOrDefault(id, Boolean.FALSE);
    }

    private static Segment toSegment(Visible v, SegmentUpload item) {
        if (item.start() == null) throw new IllegalArgumentException("start is required");
        if (item.trackedSeconds() == null) throw new IllegalArgumentException("trackedSeconds is required");
        String label = item.label() == null || item.label().isBlank() ? null : item.label();
        return new Segment(item.id(), v.id(), v.terms().freelancerId(), item.start(), item.trackedSeconds(), item.minutes(),
                item.memo(), label, Source.TRACKED, null);
    }

    /**
     * The tracked part lies inside the slot: {@code trackedFrom} on a whole second of it, and the
     * tracked seconds from there end by the slot's end.
     * <pre>
     *  slot      12:00 |=====================| 12:10
     *  tracked         .      12:05 |========| 12:10   trackedFrom 12:05, 300 s: fits
     *  refused         .         12:07 |========|      ends after the slot
     * </pre>
     */
    static Decision trackedPart(Segment s, Instant trackedFrom) {
        if (trackedFrom == null) return Decision.accepted();
        Instant slotEnd = SegmentGrid.slotEnd(s.start());
        if (trackedFrom.getNano() != 0 || trackedFrom.isBefore(s.start()) || !trackedFrom.isBefore(slotEnd)) {
            return Decision.rejected("segment.tracked_from", "trackedFrom", "trackedFrom must be a whole second inside the segment's "
                    + "10 minutes (" + s.start() + " to " + slotEnd + "); got " + trackedFrom + ".");
        }
        if (trackedFrom.plusSeconds(s.trackedSeconds()).isAfter(slotEnd)) {
            return Decision.rejected("segment.tracked_from", "trackedFrom", s.trackedSeconds() + " tracked seconds from " + trackedFrom
                    + " end after the segment's 10 minutes (" + slotEnd + ").");
        }
        return Decision.accepted();
    }

    private static Decision check(Visible v, Segment s, Instant now) {
        return SegmentPolicy.validate(s)
                .and(() -> v.terms().status() != ContractStatus.PAUSED ? Decision.accepted()
                        : Decision.rejected("contract.paused", null, "This contract is paused; time cannot be recorded."))
                .and(() -> EditWindowPolicy.check(s.start(), now, v.terms().status()))
                .and(() -> s.start().plusSeconds(s.trackedSeconds()).isAfter(now.plusSeconds(60))
                        ? Decision.rejected("time.future", "trackedSeconds", "Tracked time cannot end in the future.")
                        : Decision.accepted())
                .and(() -> s.label() == null || v.terms().activityLabels().contains(s.label()) ? Decision.accepted()
                        : Decision.rejected("segment.label", "label", "\"" + s.label() + "\" is not one of this contract's labels."));
    }
}
