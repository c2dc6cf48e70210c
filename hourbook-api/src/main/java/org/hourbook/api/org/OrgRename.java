package org.hourbook.api.org;

/** The body of {@code PATCH /api/v1/orgs/{orgId}}: a new name (owners only). */
public record OrgRename(String name) {}
