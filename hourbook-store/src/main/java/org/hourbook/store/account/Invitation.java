package org.hourbook.store.account;

import java.time.Instant;
import org.hourbook.core.account.OrgKind;
import org.hourbook.core.account.Role;

/**
 * An invitation by email, as stored (its secret lives in a capability link, hashed).
 *
 * @param orgId      the organization whose members page lists it, and which it joins unless {@code newOrgKind} is set
 * @param newOrgKind when set, accepting creates an organization of this kind with the invitee as its owner
 * @param newOrgName that organization's name, or {@code null} for "named after the person"
 * @param contractId the offer it leads to, or {@code null}
 * @param expiresAt  when its current link stops working
 */
public record Invitation(long id, long orgId, String email, Role role, OrgKind newOrgKind, String newOrgName, Long contractId,
                         Long invitedBy, Instant createdAt, Instant expiresAt, Instant acceptedAt, Long acceptedBy, Instant revokedAt) {

    /** Neither accepted nor revoked (it may have expired: then it can be re-sent). */
    public boolean isOpen() {
        return acceptedAt == null && revokedAt == null;
    }

    public boolean isExpired(Instant now) {
        return !expiresAt.isAfter(now);
    }

    /** Whether accepting creates an organization rather than joining {@link #orgId}. */
    public boolean createsOrganization() {
        return newOrgKind != null;
    }
}
