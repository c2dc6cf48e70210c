package org.hourbook.store.retainer;

import java.time.Instant;

/** A public link of a retainer; the token itself is never stored, only its hash. */
public record RetainerLink(long id, long contractId, String note, Long createdBy, Instant createdAt, Instant lastOpenedAt,
                           Instant revokedAt) {
    public boolean revoked() {
        return revokedAt != null;
    }
}
