package org.hourbook.store.account;

import java.time.Instant;
import org.hourbook.core.account.Membership;
import org.hourbook.core.account.User;

/**
 * A member as an organization's members page lists them.
 *
 * @param joinedAt {@code null} for memberships older than the record of it
 * @param lastSeen the latest a session of theirs was active or a token of theirs was used; {@code null} when unknown
 */
public record Member(Membership membership, User user, Instant joinedAt, Instant lastSeen) {}
