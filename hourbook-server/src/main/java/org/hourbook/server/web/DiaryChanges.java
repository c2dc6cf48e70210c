package org.hourbook.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.policy.Decision;
import org.hourbook.core.policy.Violation;
import org.hourbook.core.segment.ManualTimePolicy;
import org.hourbook.core.segment.OverlapPolicy;
import org.hourbook.core.segment.Segment;
import org.hourbook.core.segment.Source;
import org.hourbook.core.week.EditWindowPolicy;
import org.hourbook.server.Services;
import org.hourbook.server.http.Json;
import org.hourbook.server.web.ServicesBackend.Visible;
import org.hourbook.server.web.WebBackend.Done;
import org.hourbook.server.web.WebBackend.NotFound;
import org.hourbook.server.web.WebBackend.Outcome;
import org.hourbook.server.web.WebBackend.Refused;
import org.hourbook.server.web.WebBackend.Viewer;
import org.hourbook.store.AuditEntry;
import org.hourbook.store.SegmentInsert;

/**
 * The diary's changes from the pages: each checks who may (access), when (edit window, closed
 * contract) and what (manual-time and overlap rules), then writes the change and its audit entry
 * in one transaction.
 */
final class DiaryChanges {
    private static final int MEMO_MAX = 500;
    private final Services services;
    private final ServicesBackend reads;
    private final ObjectMapper json = Json.mapper();

    DiaryChanges(Services services, ServicesBackend reads) {
        this.services = services;
        this.reads = reads;
    }

    Outcome editMemo(Viewer viewer, long contractId, List<UUID> ids, String memo) {
        var visible = reads.visible(viewer, contractId);
        if (visible.isEmpty()) return new NotFound();
        if (!visible.get().access().canEditTime()) {
            return refused("access.memo_forbidden", "memo", "Only the freelancer can write memos; clients may change activity labels.");
        }
        if (memo.isBlank() || memo.length() > MEMO_MAX) {
            return refused("memo.length", "memo", "A memo has 1 to " + MEMO_MAX + " characters.");
        }
        var found = segmentsOf(contractId, ids);
        if (found == null) return new NotFound();
        Outcome locked = checkWindow(visible.get().terms(), found);
        if (locked != null) return locked;
        services.db().useTransaction(r -> {
            r.segments().updateMemo(ids, memo);
            for (Segment s : found) audit(r, contractId, viewer, "segment.memo", s.id(), Map.of("memo", s.memo()), Map.of("memo", memo));
        });
        return new Done(found.size());
    }

    Outcome setLabel(Viewer viewer, long contractId, UUID id, String label) {
        var visible = reads.visible(viewer, contractId);
        if (visible.isEmpty()) return new NotFound();
        ContractTerms t = visible.get().terms();
        if (!visible.get().access().canEditLabels()) {
            return refused("access.label_forbidden", "label", "You cannot change activity labels on this contract.");
        }
        if (t.isClosed()) return refused("contract.closed", null, "This contract is closed; its diary is read-only.");
        if (label != null && !t.activityLabels().contains(label)) {
            return refused("label.unknown", "label", "Pick one of the contract's activity labels.");
        }
        var found = segmentsOf(contractId, List.of(id));
        if (found == null) return new NotFound();
        Segment s = found.get(0);
        services.db().useTransaction(r -> {
            r.segments().updateLabel(List.of(id), label);
            audit(r, contractId, viewer, "segment.label", id, nullable("label", s.label()), nullable("label", label));
        });
        return new Done(1);
    }

    Outcome delete(Viewer viewer, long contractId, List<UUID> ids) {
        var visible = reads.visible(viewer, contractId);
        if (visible.isEmpty()) return new NotFound();
        if (!visible.get().access().canEditTime()) {
            return refused("access.delete_forbidden", null, "Only the freelancer can delete time from the diary.");
        }
        var found = segmentsOf(contractId, ids);
        if (found == null) return new NotFound();
        Outcome locked = checkWindow(visible.get().terms(), found);
        if (locked != null) return locked;
        services.db().useTransaction(r -> {
            r.segments().delete(ids);
            for (Segment s : found) {
                audit(r, contractId, viewer, "segment.delete", s.id(),
                        Map.of("start", s.start().toString(), "source", s.source().name(), "memo", s.memo()), null);
            }
        });
        return new Done(found.size());
    }

    Outcome addManual(Viewer viewer, long contractId, Instant from, Instant to, String memo) {
        var visible = reads.visible(viewer, contractId);
        if (visible.isEmpty()) return new NotFound();
        Visible v = visible.get();
        if (!v.access().canEditTime()) {
            return refused("access.manual_forbidden", null, "Only the freelancer can add manual time.");
        }
        if (memo.isBlank() || memo.length() > MEMO_MAX) {
            return refused("memo.length", "memo", "A memo has 1 to " + MEMO_MAX + " characters.");
        }
        Instant now = services.clock().instant();
        Decision d = ManualTimePolicy.check(v.terms(), from, to, now);
        if (d instanceof Decision.Rejected r) return new Refused(r.violation());
        List<Instant> slots = ManualTimePolicy.slots(from, to);
        var existing = services.db().segments().findByFreelancer(v.terms().freelancerId(), from, to);
        d = OverlapPolicy.check(existing, slots);
        if (d instanceof Decision.Rejected r) return new Refused(r.violation());
        List<Segment> batch = new ArrayList<>();
        for (Instant slot : slots) {
            batch.add(new Segment(UUID.randomUUID(), contractId, v.terms().freelancerId(), slot, 600, List.of(), memo, null,
                    Source.MANUAL, null));
        }
        try {
            return services.db().inTransaction(r -> {
            List<SegmentInsert> results = r.segments().insertAll(batch, now);
            if (results.stream().anyMatch(x -> !(x instanceof SegmentInsert.Inserted))) {
                // Another upload took one of the slots meanwhile: keep none of this request.
                throw new OverlapRace();
            }
            audit(r, contractId, viewer, "segment.manual", batch.get(0).id(), null,
                    Map.of("from", from.toString(), "to", to.toString(), "memo", memo, "segments", batch.size()));
            return (Outcome) new Done(batch.size());
            });
        } catch (OverlapRace e) {
            return refused("segment.overlap", "from", "Part of this time is already in your diary (on this or another contract).");
        }
    }

    /** Thrown inside the transaction so that it rolls back; never leaves this class. */
    private static final class OverlapRace extends RuntimeException {
        OverlapRace() {
            super("overlap", null, false, false);
        }
    }

    /** The segments when every id belongs to this contract; {@code null} when any does not. */
    private List<Segment> segmentsOf(long contractId, List<UUID> ids) {
        List<Segment> found = services.db().segments().findByIds(ids);
        if (found.size() != ids.size() || found.stream().anyMatch(s -> s.contractId() != contractId)) return null;
        return found;
    }

    private Outcome checkWindow(ContractTerms t, List<Segment> segments) {
        Instant now = services.clock().instant();
        for (Segment s : segments) {
            Decision d = EditWindowPolicy.check(s.start(), now, t.status());
            if (d instanceof Decision.Rejected r) return new Refused(r.violation());
        }
        return null;
    }

    private void audit(org.hourbook.store.Repositories r, long contractId, Viewer viewer, String action, UUID objectId,
                       Map<String, ?> before, Map<String, ?> after) {
        r.audit().append(new AuditEntry(0, contractId, viewer.userId(), services.clock().instant(), action, "segment",
                objectId.toString(), text(before), text(after)));
    }

    private String text(Map<String, ?> value) {
        if (value == null) return null;
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> nullable(String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(key, value);
        return m;
    }

    private static Refused refused(String code, String field, String message) {
        return new Refused(new Violation(code, field, message));
    }
}
