package org.hourbook.core.contract;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The terms of an hourly contract between a client organization and a freelancer.
 *
 * @param agencyOrgId      the agency the freelancer works for here, or {@code null} for a solo freelancer
 * @param rateMinor        hourly rate in minor units of {@code currency}
 * @param weeklyLimitHours hours per billing week, {@code null} for no limit
 * @param idleMinutes      minutes without input before the tracker stops counting
 * @param zone             the contract's zone (retainer cycles and the client's default view)
 * @param atLimit          what the tracker does when the weekly limit is reached
 */
public record ContractTerms(
        long id,
        long clientOrgId,
        long freelancerId,
        Long agencyOrgId,
        String title,
        long rateMinor,
        String currency,
        Integer weeklyLimitHours,
        boolean manualTimeAllowed,
        List<String> activityLabels,
        ScreenshotPolicy screenshotPolicy,
        int idleMinutes,
        ZoneId zone,
        ContractStatus status,
        BillingRounding rounding,
        LimitAction atLimit) {

    public ContractTerms {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(currency, "currency");
        activityLabels = List.copyOf(activityLabels == null ? List.of() : activityLabels);
        screenshotPolicy = screenshotPolicy == null ? ScreenshotPolicy.NORMAL : screenshotPolicy;
        zone = zone == null ? ZoneId.of("UTC") : zone;
        status = status == null ? ContractStatus.ACTIVE : status;
        rounding = rounding == null ? BillingRounding.SEGMENT : rounding;
        atLimit = atLimit == null ? LimitAction.STOP : atLimit;
    }

    /** Terms whose tracker stops at the weekly limit (the default). */
    public ContractTerms(long id, long clientOrgId, long freelancerId, Long agencyOrgId, String title, long rateMinor, String currency,
                         Integer weeklyLimitHours, boolean manualTimeAllowed, List<String> activityLabels,
                         ScreenshotPolicy screenshotPolicy, int idleMinutes, ZoneId zone, ContractStatus status, BillingRounding rounding) {
        this(id, clientOrgId, freelancerId, agencyOrgId, title, rateMinor, currency, weeklyLimitHours, manualTimeAllowed, activityLabels,
                screenshotPolicy, idleMinutes, zone, status, rounding, LimitAction.STOP);
    }

    /** The same terms under another id (as stored). */
    public ContractTerms withId(long newId) {
        return new ContractTerms(newId, clientOrgId, freelancerId, agencyOrgId, title, rateMinor, currency, weeklyLimitHours,
                manualTimeAllowed, activityLabels, screenshotPolicy, idleMinutes, zone, status, rounding, atLimit);
    }

    /** The same terms with another freelancer (an agency assigning a member to an accepted offer). */
    public ContractTerms withFreelancer(long newFreelancerId) {
        return new ContractTerms(id, clientOrgId, newFreelancerId, agencyOrgId, title, rateMinor, currency, weeklyLimitHours,
                manualTimeAllowed, activityLabels, screenshotPolicy, idleMinutes, zone, status, rounding, atLimit);
    }

    public boolean isClosed() {
        return status == ContractStatus.CLOSED;
    }
}
