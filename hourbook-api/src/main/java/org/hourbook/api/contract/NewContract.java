package org.hourbook.api.contract;

import java.util.List;
import org.hourbook.api.retainer.RetainerSpec;

/**
 * The body of {@code POST /api/v1/contracts}: an offer to the freelancer (or agency owner or
 * manager) named by email, who accepts or declines it.
 *
 * @param kind     {@code hourly} (default) or {@code retainer}
 * @param retainer the retainer's terms when {@code kind} is {@code retainer}
 * @param atLimit  {@code STOP} (default): the tracker stops at the weekly limit; {@code WARN}: it warns and keeps recording
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
        String rounding,
        String kind,
        RetainerSpec retainer,
        String atLimit) {

    /** An hourly contract (the body before retainers existed). */
    public NewContract(Long clientOrgId, String freelancerEmail, Long agencyOrgId, String title, Long rateMinor, String currency,
                       Integer weeklyLimitHours, Boolean manualTimeAllowed, List<String> activityLabels, String screenshotPolicy,
                       Integer idleMinutes, String zone, String rounding) {
        this(clientOrgId, freelancerEmail, agencyOrgId, title, rateMinor, currency, weeklyLimitHours, manualTimeAllowed, activityLabels,
                screenshotPolicy, idleMinutes, zone, rounding, null, null, null);
    }

    /** An hourly contract or a retainer whose tracker stops at the weekly limit. */
    public NewContract(Long clientOrgId, String freelancerEmail, Long agencyOrgId, String title, Long rateMinor, String currency,
                       Integer weeklyLimitHours, Boolean manualTimeAllowed, List<String> activityLabels, String screenshotPolicy,
                       Integer idleMinutes, String zone, String rounding, String kind, RetainerSpec retainer) {
        this(clientOrgId, freelancerEmail, agencyOrgId, title, rateMinor, currency, weeklyLimitHours, manualTimeAllowed, activityLabels,
                screenshotPolicy, idleMinutes, zone, rounding, kind, retainer, null);
    }

    public boolean wantsRetainer() {
        return kind != null && kind.strip().equalsIgnoreCase("retainer");
    }
}
