package org.hourbook.server.contract;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.contract.LimitAction;
import org.hourbook.core.policy.Violation;
import org.hourbook.server.contract.SettingsPage.Values;

/**
 * Binds the terms form: an explicit list of fields (weekly limit and what the tracker does at it,
 * manual time, labels, rate), each
 * checked for its shape here and for the rules by {@link ContractService#patch}, whose field names
 * the form reuses. A field goes to the service only when it changed (an unchanged one would only
 * add noise to the audit log) — except one the viewer may not change: that is sent, so that the
 * service refuses it (403) and a hand-made post learns the same rule as the API.
 */
final class TermsForm {
    /** The typed values (to show again), the changes for the service, or the first shape problem. */
    record Bound(Values typed, Map<String, Object> changes, Violation problem) {}

    private TermsForm() {}

    static Bound bind(Context ctx, ContractTerms t, Set<String> mayChange) {
        List<String> labels = new ArrayList<>();
        for (String l : ctx.formParams("label")) if (!l.isBlank()) labels.add(l.strip());
        String added = ctx.formParam("newLabel");
        if (added != null && !added.isBlank()) labels.add(added.strip());
        String atLimit = ctx.formParam("atLimit");
        boolean warn = atLimit == null ? t.atLimit() == LimitAction.WARN : "WARN".equals(atLimit);
        Values typed = new Values(text(ctx, "weeklyLimitHours"), warn, ctx.formParam("manualTimeAllowed") != null, labels, text(ctx, "rate"));
        Map<String, Object> changes = new LinkedHashMap<>();
        if (ctx.formParam("weeklyLimitHours") != null) {
            Integer limit = null;
            if (!typed.limit().isEmpty()) {
                Long l = NewContractForm.parseLong(typed.limit());
                if (l == null || l > Integer.MAX_VALUE) {
                    return problem(typed, "weeklyLimitHours", "Enter whole hours, e.g. 20, or leave it empty for no limit.");
                }
                limit = l.intValue();
            }
            if (!mayChange.contains("weeklyLimitHours") || !Objects.equals(limit, t.weeklyLimitHours())) changes.put("weeklyLimitHours", limit);
        }
        if (atLimit != null) {
            if (!atLimit.equals("STOP") && !atLimit.equals("WARN")) return problem(typed, "atLimit", "Choose whether the tracker stops or warns.");
            LimitAction chosen = LimitAction.valueOf(atLimit);
            if (!mayChange.contains("atLimit") || chosen != t.atLimit()) changes.put("atLimit", chosen.name());
        }
        if (ctx.formParam("manualShown") != null
                && (!mayChange.contains("manualTimeAllowed") || typed.manual() != t.manualTimeAllowed())) {
            changes.put("manualTimeAllowed", typed.manual());
        }
        if (ctx.formParam("labelsShown") != null && (!mayChange.contains("activityLabels") || !labels.equals(t.activityLabels()))) {
            changes.put("activityLabels", labels);
        }
        if (ctx.formParam("rate") != null) {
            Long rate = NewContractForm.Money.minor(typed.rate());
            if (rate == null) return problem(typed, "rateMinor", "Enter the hourly rate as a number, e.g. 45 or 45.50.");
            if (!mayChange.contains("rateMinor") || rate != t.rateMinor()) changes.put("rateMinor", rate);
        }
        return new Bound(typed, changes, null);
    }

    private static Bound problem(Values typed, String field, String message) {
        return new Bound(typed, Map.of(), new Violation("validation", field, message));
    }

    private static String text(Context ctx, String field) {
        String v = ctx.formParam(field);
        return v == null ? "" : v.strip();
    }
}
