package org.hourbook.api.org;

/**
 * The body of {@code POST /api/v1/orgs/{orgId}/invitations}: a person by email with a role (an
 * agency: {@code MANAGER} or {@code FREELANCER}; a client company: {@code MANAGER} or
 * {@code CLIENT}), or, with {@code companyName} and {@code companyKind}, another company's
 * contact who sets it up here as its owner.
 */
public record NewInvitation(String email, String role, String companyName, String companyKind) {}
