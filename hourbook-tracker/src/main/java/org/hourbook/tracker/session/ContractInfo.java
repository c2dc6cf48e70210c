package org.hourbook.tracker.session;

import java.util.List;
import org.hourbook.core.contract.BillingRounding;
import org.hourbook.core.contract.ScreenshotPolicy;

/**
 * What tracking needs to know about a contract (its terms as the server sent them).
 *
 * @param stopAtLimit the client's choice: stop at the weekly limit, or warn and keep tracking
 */
public record ContractInfo(long id, String title, ScreenshotPolicy screenshots, int idleMinutes, Integer weeklyLimitHours,
                           boolean stopAtLimit, BillingRounding rounding, List<String> labels) {
    public ContractInfo {
        labels = labels == null ? List.of() : List.copyOf(labels);
    }
}
