package org.hourbook.store.auth;

import java.time.Instant;

/** A server-side web session; only the SHA-256 of the cookie token is stored. */
public record StoredSession(String tokenHash, long userId, String csrfToken, Instant createdAt, Instant expiresAt, Instant lastSeenAt) {

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
