package org.hourbook.core.contract;

import java.util.Objects;

/**
 * The terms that decide what a billing week is worth: rate, currency, weekly limit and rounding.
 * They are kept per billing week (see {@code TermsInForce}) so that changing them never re-bills
 * a week whose timesheet is final.
 *
 * @param weeklyLimitHours {@code null} for no limit
 */
public record BillingTerms(long rateMinor, String currency, Integer weeklyLimitHours, BillingRounding rounding) {
    public BillingTerms {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(rounding, "rounding");
    }

    public static BillingTerms of(ContractTerms t) {
        return new BillingTerms(t.rateMinor(), t.currency(), t.weeklyLimitHours(), t.rounding());
    }

    /** {@code t} with these billing terms; everything else (parties, status, labels...) stays. */
    public ContractTerms applyTo(ContractTerms t) {
        return new ContractTerms(t.id(), t.clientOrgId(), t.freelancerId(), t.agencyOrgId(), t.title(), rateMinor, currency,
                weeklyLimitHours, t.manualTimeAllowed(), t.activityLabels(), t.screenshotPolicy(), t.idleMinutes(), t.zone(),
                t.status(), rounding, t.atLimit());
    }
}
