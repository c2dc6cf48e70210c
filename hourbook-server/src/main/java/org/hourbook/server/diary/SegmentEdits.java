package org.hourbook.server.diary;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.hourbook.core.segment.ManualTimePolicy;
import org.hourbook.core.segment.Segment;
import org.hourbook.core.segment.SegmentPolicy;
import org.hourbook.core.segment.Source;
import org.hourbook.core.week.EditWindowPolicy;
import org.hourbook.server.audit.AuditService;
import org.hourbook.server.auth.Viewer;
import org.hourbook.server.contract.ContractService;
import org.hourbook.server.contract.Visible;
import org.hourbook.server.Refusal;
import org.hourbook.store.Database;
import org.hourbook.store.blob.BlobStore;
import org.hourbook.store.segment.SegmentInsert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Changes to recorded time: memo (freelancer), label (client or freelancer), delete and manual
 * time (freelancer). Each change is checked whole before anything is written, and written with
 * its audit entries in one transaction.
 */
public final class SegmentEdits {
    private static final Logger LOG = LoggerFactory.getLogger(SegmentEdits.class);

    private final Database db;
    private final BlobStore blobs;
    private final ContractService contracts;
    private final AuditService audit;
    private final Clock clock;
    private final java.util.function.LongConsumer timeArrived;

    public SegmentEdits(Database db, BlobStore blobs, ContractService contracts, AuditService audit, Clock clock) {
        this(db, blobs, contracts, audit, clock, id -> {});
    }

    /** @param timeArrived told the contract's id after manual time is committed (retainer alerts); must return at once */
    public SegmentEdits(Database db, BlobStore blobs, ContractService contracts, AuditService audit, Clock clock,
                        java.util.function.LongConsumer timeArrived) {
        this.db = db;
        this.blobs = blobs;
        this.contracts = contracts;
        this.audit = audit;
        this.clock = clock;
        this.timeArrived = timeArrived;
    }

    /**
     * A new memo and/or label for these segments. Every part is checked before anything changes,
     * so a forbidden field changes nothing.
     */
    public int edit(Viewer viewer, long contractId, Collection<UUID> ids, String memo, String label) {
        if (memo == null && label == null) throw Refusal.invalid("validation", null, "send memo and/or label");
        Visible v = contracts.visible(viewer, contractId);
        if (memo != null && !v.access().canEditTime()) throw Refusal.forbidden("access.memo", "memo", "only the freelancer edits memos");
        if (label != null && !v.access().canEditLabels()) throw Refusal.forbidden("access.label", "label", "you may not change labels here");
        int changed = 0;
        if (memo != null) changed = editMemo(viewer, contractId, ids, memo);
        if (label != null) changed = setLabel(viewer, contractId, ids, label);
        return changed;
    }

    public int editMemo(Viewer viewer, long contractId, Collection<UUID> ids, String memo) {
        Visible v = contracts.visible(viewer, contractId);
        if (!v.access().canEditTime()) throw Refusal.forbidden("access.memo", "memo", "only the freelancer edits memos");
        String clean = memo == null ? "" : memo.strip();
        List<Segment> segments = load(v, ids);
        Instant now = clock.instant();
        for (Segment s : segments) {
            Refusal.check(EditWindowPolicy.check(s.start(), now, v.terms().status()).and(() -> SegmentPolicy.validate(s.withMemo(clean))));
        }
        db.useTransaction(tx -> {
            tx.segments().updateMemo(ids(segments), clean);
            for (Segment s : segments) {
                audit.record(tx, contractId, viewer.id(), "segment.memo", "segment", s.id().toString(), named(s, "memo", s.memo()),
                        named(s, "memo", clean));
            }
        });
        return segments.size();
    }

    /** Sets (or with a blank label clears) the activity label; it must be one of the contract's labels. */
    public int setLabel(Viewer viewer, long contractId, Collection<UUID> ids, String label) {
        Visible v = contracts.visible(viewer, contractId);
        if (!v.access().canEditLabels()) throw Refusal.forbidden("access.label", "label", "you may not change labels here");
        if (v.terms().isClosed()) throw Refusal.invalid("contract.closed", null, "This contract is closed; its diary is read-only.");
        String clean = label == null || label.isBlank() ? null : label.strip();
        if (clean != null && !v.terms().activityLabels().contains(clean)) {
            throw Refusal.invalid("segment.label", "label", "\"" + clean + "\" is not one of this contract's labels");
        }
        List<Segment> segments = load(v, ids);
        // The same window as memos: once a week locks its record (what the timesheet and any
        // report by activity summarise) is final, for the client as for the freelancer.
        Instant now = clock.instant();
        for (Segment s : segments) Refusal.check(EditWindowPolicy.check(s.start(), now, v.terms().status()));
        db.useTransaction(tx -> {
            tx.segments().updateLabel(ids(segments), clean);
            for (Segment s : segments) {
                audit.record(tx, contractId, viewer.id(), "segment.label", "segment", s.id().toString(), named(s, "label", s.label()),
                        named(s, "label", clean));
            }
        });
        return segments.size();
    }

    /** Deletes segments (and so their screenshots): the time is no longer billed. */
    public int delete(Viewer viewer, long contractId, Collection<UUID> ids) {
        Visible v = contracts.visible(viewer, contractId);
        if (!v.access().canEditTime()) throw Refusal.forbidden("access.delete", null, "only the freelancer deletes time");
        List<Segment> segments = load(v, ids);
        Instant now = clock.instant();
        for (Segment s : segments) Refusal.check(EditWindowPolicy.check(s.start(), now, v.terms().status()));
        db.useTransaction(tx -> {
            tx.segments().delete(ids(segments), now);
            for (Segment s : segments) {
                audit.record(tx, contractId, viewer.id(), "segment.delete", "segment", s.id().toString(), Audited.of(s), null);
            }
        });
        releaseBlobs(segments);
        return segments.size();
    }

    /** Manual time over [from, to): one MANUAL segment per 10-minute slot, all or nothing. */
    public List<Segment> addManual(Viewer viewer, long contractId, Instant from, Instant to, String memo) {
        Visible v = contracts.visible(viewer, contractId);
        if (!v.access().canEditTime()) throw Refusal.forbidden("access.manual", null, "only the freelancer adds manual time");
        if (from == null || to == null) throw Refusal.invalid("manual.range", from == null ? "from" : "to", "from and to are required");
        Instant now = clock.instant();
        Refusal.check(ManualTimePolicy.check(v.terms(), from, to, now));
        if (memo == null || memo.isBlank()) throw Refusal.invalid("manual.memo", "memo", "describe the work in a memo");
        List<Segment> slots = new ArrayList<>();
        for (Instant start : ManualTimePolicy.slots(from, to)) {
            Segment s = new Segment(UUID.randomUUID(), contractId, v.terms().freelancerId(), start, 600, List.of(), memo.strip(), null,
                    Source.MANUAL, null);
            Refusal.check(SegmentPolicy.validate(s));
            slots.add(s);
        }
        List<Segment> added = db.inTransaction(tx -> {
            List<Segment> created = new ArrayList<>();
            for (SegmentInsert r : tx.segments().insertAll(slots, now)) {
                if (!(r instanceof SegmentInsert.Inserted ins)) {
                    // Rolls the whole request back: manual time never half-applies.
                    throw Refusal.conflict("segment.overlap", "from", "there is already time recorded in that range");
                }
                created.add(ins.segment());
                audit.record(tx, contractId, viewer.id(), "segment.manual", "segment", ins.id().toString(), null, Audited.of(ins.segment()));
            }
            return created;
        });
        timeArrived.accept(contractId);
        return added;
    }

    /**
     * One changed field of a segment for the audit log, with the segment's start on both sides: the
     * log names the segment by its time without a query per row, and an unchanged field shows no change.
     */
    private static java.util.Map<String, Object> named(Segment s, String field, String value) {
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("start", s.start());
        out.put(field, value);
        return out;
    }

    /** The segments of this contract with these ids; any id that is not one of them is a 404. */
    List<Segment> load(Visible v, Collection<UUID> ids) {
        if (ids == null || ids.isEmpty()) throw Refusal.invalid("segment.ids", "ids", "name at least one segment");
        if (ids.size() > 1000) throw Refusal.invalid("segment.ids", "ids", "at most 1000 segments at once");
        LinkedHashSet<UUID> wanted = new LinkedHashSet<>(ids);
        List<Segment> found = db.segments().findByIds(wanted).stream().filter(s -> s.contractId() == v.id()).toList();
        if (found.size() != wanted.size()) throw Refusal.notFound("segment");
        return found;
    }

    private static List<UUID> ids(List<Segment> segments) {
        return segments.stream().map(Segment::id).toList();
    }

    /** Best effort after commit: a blob no segment points at any more is removed. */
    void releaseBlobs(List<Segment> deleted) {
        for (Segment s : deleted) {
            if (s.screenshot() == null) continue;
            for (String key : new String[] {s.screenshot().sha256(), s.screenshot().thumbSha256()}) {
                try {
                    if (key != null && !db.segments().isBlobReferenced(key)) blobs.delete(key);
                } catch (IOException | RuntimeException e) {
                    LOG.warn("could not delete unreferenced blob {}", key, e);
                }
            }
        }
    }
}
