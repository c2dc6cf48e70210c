package org.hourbook.api.org;

/** The body of {@code PUT /api/v1/orgs/{orgId}/members/{userId}/role}: {@code OWNER}, {@code MANAGER}, {@code FREELANCER} or {@code CLIENT}. */
public record MemberRole(String role) {}
