package org.hourbook.store.audit;

import java.util.List;
import org.hourbook.store.HandleSource;
import org.hourbook.store.Rows;
import org.jdbi.v3.core.mapper.RowMapper;

/** The append-only audit trail: who changed what, when, before and after. */
public final class AuditRepository {
    private static final RowMapper<AuditEntry> ENTRY = (rs, ctx) -> new AuditEntry(
            rs.getLong("id"), Rows.nullableLong(rs, "contract_id"), Rows.nullableLong(rs, "actor_user_id"), Rows.millis(rs, "at_ms"),
            rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
            rs.getString("before_json"), rs.getString("after_json"));

    private final HandleSource handles;

    public AuditRepository(HandleSource handles) {
        this.handles = handles;
    }

    /** Appends {@code entry} (its id is ignored) and returns it with the assigned id. Time is kept to the millisecond. */
    public AuditEntry append(AuditEntry e) {
        long id = handles.write(h -> h.createUpdate("""
                        INSERT INTO audit_log (contract_id, actor_user_id, at_ms, action, object_type, object_id, before_json, after_json)
                        VALUES (:contract, :actor, :at, :action, :type, :objectId, :before, :after)""")
                .bind("contract", e.contractId()).bind("actor", e.actorUserId()).bind("at", e.at().toEpochMilli())
                .bind("action", e.action()).bind("type", e.objectType()).bind("objectId", e.objectId())
                .bind("before", e.beforeJson()).bind("after", e.afterJson())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new AuditEntry(id, e.contractId(), e.actorUserId(), java.time.Instant.ofEpochMilli(e.at().toEpochMilli()), e.action(),
                e.objectType(), e.objectId(), e.beforeJson(), e.afterJson());
    }

    /** A page of a contract's trail, newest first (ties in time broken by insertion order). */
    public List<AuditEntry> listForContract(long contractId, int limit, int offset) {
        return handles.with(h -> h.createQuery("""
                        SELECT * FROM audit_log WHERE contract_id = :c ORDER BY at_ms DESC, id DESC LIMIT :limit OFFSET :offset""")
                .bind("c", contractId).bind("limit", limit).bind("offset", offset).map(ENTRY).list());
    }

    public long countForContract(long contractId) {
        return handles.with(h -> h.createQuery("SELECT COUNT(*) FROM audit_log WHERE contract_id = :c")
                .bind("c", contractId).mapTo(Long.class).one());
    }
}
