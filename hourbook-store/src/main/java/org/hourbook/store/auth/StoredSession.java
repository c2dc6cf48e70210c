package org.hourbook.store.auth;

import java.time.Instant;

/**
 * A server-side web session; only the SHA-256 of the cookie token is stored.
 *
 * @param userAgent the browser's User-Agent at sign-in (at most 300 characters), or {@code null}
 */
public record StoredSession(String tokenHash, long userId, String csrfToken, Instant createdAt, Instant expiresAt, Instant lastSeenAt,
                            String userAgent) {
    /** How many hex digits of the hash name a session on its owner's sessions page. */
    public static final int PUBLIC_ID_LENGTH = 16;

    public StoredSession {
        if (userAgent != null && userAgent.length() > 300) userAgent = userAgent.substring(0, 300);
    }

    public StoredSession(String tokenHash, long userId, String csrfToken, Instant createdAt, Instant expiresAt, Instant lastSeenAt) {
        this(tokenHash, userId, csrfToken, createdAt, expiresAt, lastSeenAt, null);
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /**
     * The name of this session on its owner's sessions page (to end it): the first 64 bits of the
     * hash, which is no secret (the cookie is what signs in, and only its hash is stored) and is
     * only ever looked up among the owner's own sessions.
     */
    public String publicId() {
        return tokenHash.substring(0, PUBLIC_ID_LENGTH);
    }
}
