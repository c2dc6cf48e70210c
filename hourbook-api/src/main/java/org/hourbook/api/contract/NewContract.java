package org.hourbook.api.contract;

import java.util.List;

/**
 * The body of {@code POST /api/v1/contracts}: an offer to the freelancer (or agency owner or
 * manager) named by email, who accepts or declines it.
 */
public record NewContract(
        Long clientOrgId,
        String freelancerEmail,
        Long agencyOrgId,
        String title,
        Long rateMinor,
        String currency,
        Integer weeklyLimitHours,
        Boolean manualTimeAllowed,
        List<String> activityLabels,
        String screenshotPolicy,
        Integer idleMinutes,
        String zone,
        String rounding) {}
