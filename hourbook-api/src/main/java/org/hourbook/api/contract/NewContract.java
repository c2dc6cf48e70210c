package org.hourbook.api.contract;

import java.util.List;

/** The body of {@code POST /api/v1/contracts}: the freelancer is named by email. */
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
