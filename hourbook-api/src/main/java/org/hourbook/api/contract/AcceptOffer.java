package org.hourbook.api.contract;

/**
 * The body of {@code POST /api/v1/contracts/{id}/offer/accept}; both may be left out.
 *
 * @param agencyOrgId  accept for this agency (one the caller owns or manages); {@code null}: for
 *                     oneself, or for the agency the offer was made through
 * @param freelancerId the agency member who does the work; {@code null}: the caller (the addressee)
 */
public record AcceptOffer(Long agencyOrgId, Long freelancerId) {}
