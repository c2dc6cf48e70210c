package org.hourbook.store.auth;

import java.time.Instant;

/** An API token as stored: the hash of the secret, never the secret. */
public record ApiToken(long id, String tokenHash, long userId, String name, TokenKind kind, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
