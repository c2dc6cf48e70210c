package org.hourbook.store.audit;

import java.time.Instant;

/**
 * One recorded change. {@code beforeJson}/{@code afterJson} are JSON text chosen by the caller
 * ({@code null} for create/delete respectively); the store does not interpret them.
 *
 * @param id          assigned by the store; {@code 0} when appending
 * @param contractId  {@code null} for changes outside any contract (e.g. account admin)
 * @param actorUserId {@code null} for system actions
 */
public record AuditEntry(long id, Long contractId, Long actorUserId, Instant at, String action, String objectType, String objectId,
                         String beforeJson, String afterJson) {}
