package org.hourbook.api.auth;

import java.time.Instant;

/** One of the caller's API tokens as listed (never its secret). */
public record TokenInfo(long id, String name, String kind, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {}
