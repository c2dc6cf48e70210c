package org.hourbook.app.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hourbook.core.account.Role;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.segment.Segment;
import org.hourbook.server.diary.Audited;
import org.hourbook.server.http.Json;
import org.hourbook.store.audit.AuditEntry;

/**
 * The audit log the demo's contracts would have after two weeks of use, dated when each thing
 * would have happened: the client opening the contract, the tracker's uploads (one entry per hour
 * of work, as a tracker syncing in batches writes them), manual time, and a few memos the
 * freelancer reworded the same day. Without it the demo's audit page said "Nothing has been
 * changed yet" over two weeks of work.
 */
final class DemoHistory {
    private final ObjectMapper json = Json.mapper();
    private final Instant now;

    private DemoHistory(Instant now) {
        this.now = now;
    }

    static List<AuditEntry> of(List<ContractTerms> terms, List<DemoCast.Contract> specs, Map<String, Long> userIds,
                               List<Segment> segments, Instant now) {
        return new DemoHistory(now).entries(terms, specs, userIds, segments);
    }

    private List<AuditEntry> entries(List<ContractTerms> terms, List<DemoCast.Contract> specs, Map<String, Long> userIds,
                                     List<Segment> segments) {
        List<AuditEntry> out = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            ContractTerms t = terms.get(i);
            List<Segment> own = segments.stream().filter(s -> s.contractId() == t.id())
                    .sorted(Comparator.comparing(Segment::start)).toList();
            Instant opened = own.isEmpty() ? now.minus(Duration.ofDays(14)) : own.getFirst().start().minus(Duration.ofDays(3));
            out.add(entry(t.id(), userIds.get(clientOwnerOf(specs.get(i))), opened, "contract.create", "contract",
                    Long.toString(t.id()), null, json(t)));
            uploads(t, own, out);
            reworded(t, own, out);
        }
        out.sort(Comparator.comparing(AuditEntry::at));
        return out;
    }

    /** Tracked time as uploaded: one entry per contract and hour, an hour after it began. */
    private void uploads(ContractTerms t, List<Segment> own, List<AuditEntry> out) {
        Map<Long, List<Segment>> byHour = new TreeMap<>();
        for (Segment s : own) {
            if (s.isManual()) {
                out.add(entry(t.id(), t.freelancerId(), before(s.end().plus(Duration.ofMinutes(3))), "segment.manual", "segment",
                        s.id().toString(), null, json(Audited.of(s))));
            } else {
                byHour.computeIfAbsent(Math.floorDiv(s.start().getEpochSecond(), 3600), h -> new ArrayList<>()).add(s);
            }
        }
        byHour.forEach((hour, batch) -> {
            Instant at = before(Instant.ofEpochSecond((hour + 1) * 3600 + 40));
            List<Audited> created = batch.stream().map(Audited::of).toList();
            out.add(entry(t.id(), t.freelancerId(), at, "segment.create", "segment",
                    created.size() == 1 ? created.getFirst().id() : null, null, json(created.size() == 1 ? created.getFirst() : created)));
        });
    }

    /** The two latest tracked memos, first typed short and reworded twenty minutes later. */
    private void reworded(ContractTerms t, List<Segment> own, List<AuditEntry> out) {
        List<Segment> tracked = own.stream().filter(s -> !s.isManual() && s.memo() != null && s.memo().contains(":")).toList();
        for (Segment s : tracked.subList(Math.max(0, tracked.size() - 2), tracked.size())) {
            String draft = s.memo().substring(0, s.memo().indexOf(':')) + ": wip";
            out.add(entry(t.id(), t.freelancerId(), before(s.end().plus(Duration.ofMinutes(20))), "segment.memo", "segment",
                    s.id().toString(), json(named(s, draft)), json(named(s, s.memo()))));
        }
    }

    private static Map<String, Object> named(Segment s, String memo) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", s.start());
        m.put("memo", memo);
        return m;
    }

    /** Who opened the contract: the client organization's owner, else its manager. */
    private static String clientOwnerOf(DemoCast.Contract c) {
        return DemoCast.members().stream().filter(m -> m.orgKey().equals(c.clientKey()))
                .filter(m -> m.role() == Role.OWNER || m.role() == Role.MANAGER)
                .min(Comparator.comparing(m -> m.role() == Role.OWNER ? 0 : 1)).orElseThrow().personKey();
    }

    private static AuditEntry entry(long contractId, long actor, Instant at, String action, String type, String id, String before,
                                    String after) {
        return new AuditEntry(0, contractId, actor, at, action, type, id, before, after);
    }

    /** Nothing in the history happens after the demo was made. */
    private Instant before(Instant at) {
        return at.isAfter(now) ? now : at;
    }

    private String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
