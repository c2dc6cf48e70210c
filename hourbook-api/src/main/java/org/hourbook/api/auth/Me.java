package org.hourbook.api.auth;

import java.util.List;

/** {@code GET /api/v1/me}: the caller, their time zone (IANA id) and where they are a member. */
public record Me(long id, String email, String name, String zone, List<Membership> memberships) {

    /** {@code orgKind}: AGENCY, FREELANCER or CLIENT; {@code role}: OWNER, MANAGER, FREELANCER or CLIENT. */
    public record Membership(long orgId, String orgName, String orgKind, String role) {}
}
