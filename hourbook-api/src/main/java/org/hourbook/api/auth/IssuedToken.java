package org.hourbook.api.auth;

import java.time.Instant;

/** A token just created; {@code token} is the bearer secret, shown this once. */
public record IssuedToken(long id, String name, String kind, String token, Instant createdAt) {}
