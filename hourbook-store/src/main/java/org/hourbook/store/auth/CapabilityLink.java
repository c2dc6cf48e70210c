package org.hourbook.store.auth;

import java.time.Instant;

/**
 * A stored capability link (never its secret, only the hash).
 *
 * @param subject what the link is about, as the feature that made it wrote it (e.g. an invitation id)
 * @param userId  the account it acts for, when there is one
 */
public record CapabilityLink(long id, String tokenHash, LinkPurpose purpose, String subject, Long userId, Instant createdAt,
                             Instant expiresAt, Instant usedAt, Instant revokedAt) {

    /** Why a link no longer works, or {@code null} while it does. */
    public String spentBecause(Instant now) {
        if (revokedAt != null) return "revoked";
        if (usedAt != null) return "used";
        if (!expiresAt.isAfter(now)) return "expired";
        return null;
    }
}
