package org.hourbook.api.org;

import java.time.Instant;
import java.util.List;

/**
 * An organization as {@code GET /api/v1/orgs/{orgId}} shows it to one of its members: every member
 * sees the members; owners and managers also the open invitations.
 *
 * @param kind   {@code AGENCY}, {@code FREELANCER} (a solo freelancer's own) or {@code CLIENT}
 * @param myRole the caller's role here
 */
public record OrgView(long id, String name, String kind, String myRole, List<Member> members, List<InvitationView> invitations) {

    /** @param lastSeenAt the member's last request anywhere in Hourbook, or {@code null} when never seen */
    public record Member(long userId, String name, String email, String role, Instant joinedAt, Instant lastSeenAt) {}
}
