package org.hourbook.api.contract;

import java.util.List;

/**
 * A contract as the API shows it, with what the caller may do on it. Money in minor units
 * ({@code rateMinor} 4550 = 45.50), {@code weeklyLimitHours} {@code null} when there is none;
 * {@code atLimit} {@code STOP} or {@code WARN}: what the tracker does when the limit is reached.
 */
public record ContractView(long id, long clientOrgId, long freelancerId, Long agencyOrgId, String title, long rateMinor,
                           String currency, Integer weeklyLimitHours, boolean manualTimeAllowed, List<String> activityLabels,
                           String screenshotPolicy, int idleMinutes, String zone, String status, String rounding, String atLimit,
                           Rights rights) {

    /** What the caller may do; a closed contract advertises no write rights. */
    public record Rights(List<String> relations, boolean viewDiary, boolean editTime, boolean editLabels, boolean close,
                         List<String> editableTerms) {}
}
