package org.hourbook.server.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hourbook.core.account.User;
import org.hourbook.server.contract.Visible;
import org.hourbook.server.http.Json;
import org.hourbook.store.Database;
import org.hourbook.store.Repositories;
import org.hourbook.store.audit.AuditEntry;

/**
 * Records who changed what, when, before and after. Callers pass the repositories of their own
 * transaction, so the change and its audit entry commit (or roll back) together.
 */
public final class AuditService {
    private final Database db;
    private final Clock clock;
    private final ObjectMapper json = Json.mapper();

    public AuditService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public void record(Repositories tx, long contractId, long actorId, String action, String objectType, String objectId,
                       Object before, Object after) {
        tx.audit().append(new AuditEntry(0, contractId, actorId, clock.instant(), action, objectType, objectId, toJson(before),
                toJson(after)));
    }

    /**
     * Like {@link #record}, with values already written as JSON by {@link #toJson}: a caller that
     * holds SQLite's one writer (an upload) serialises before it takes the lock.
     */
    public void recordJson(Repositories tx, long contractId, long actorId, String action, String objectType, String objectId,
                           String beforeJson, String afterJson) {
        tx.audit().append(new AuditEntry(0, contractId, actorId, clock.instant(), action, objectType, objectId, beforeJson, afterJson));
    }

    /** A contract's audit log, newest first; anyone who may view the diary may read it. */
    public Page list(Visible contract, int limit, int offset) {
        int bounded = Math.max(1, Math.min(limit, 500));
        return new Page(db.audit().listForContract(contract.id(), bounded, Math.max(0, offset)), db.audit().countForContract(contract.id()));
    }

    public record Page(List<AuditEntry> entries, long total) {}

    /** One entry with the name of who made it ("System" for the server itself), as the audit page shows it. */
    public record Named(AuditEntry entry, String actor) {}

    /** Like {@link #list}, with each actor's name (one lookup per person, not per entry). */
    public List<Named> named(Page page) {
        Map<Long, String> names = new HashMap<>();
        return page.entries().stream().map(e -> new Named(e, e.actorUserId() == null ? "System"
                : names.computeIfAbsent(e.actorUserId(), id -> db.accounts().findUser(id).map(User::name).orElse("Unknown")))).toList();
    }

    public String toJson(Object value) {
        if (value == null) return null;
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit value is not serialisable: " + value.getClass(), e);
        }
    }
}
