package org.hourbook.server.contract;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hourbook.api.contract.NewContract;
import org.hourbook.api.retainer.RetainerSpec;
import org.hourbook.core.policy.Violation;
import org.hourbook.server.retainer.RetainerPages;

/**
 * Binds the new-contract form: an explicit list of fields, checked for their shape here (numbers
 * are numbers) and for the rules by the contract service, whose field names the form reuses.
 */
final class NewContractForm {
    static final List<String> FIELDS = List.of("clientOrgId", "title", "freelancerEmail", "rateMinor", "currency",
            "weeklyLimitHours", "manualTimeAllowed", "activityLabels", "screenshotPolicy", "zone",
            // a retainer's fields, read when kind is "retainer"
            "kind", "capHours", "cycle", "cycleDay", "cycleWeekday", "cycleWeeks", "cycleAnchor", "rollover", "rolloverMaxHours",
            "overageAllowed");

    /** A bound form: the request for the service, or the first shape problem. */
    record Bound(Map<String, String> values, NewContract request, Violation problem) {}

    private NewContractForm() {}

    static Map<String, String> defaults(String zone, long orgId) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("clientOrgId", Long.toString(orgId));
        v.put("currency", "USD");
        v.put("screenshotPolicy", "NORMAL");
        v.put("zone", zone);
        v.put("kind", "hourly");
        v.put("cycle", "monthly");
        v.put("cycleDay", "1");
        v.put("rollover", "none");
        v.put("overageAllowed", "on");
        return v;
    }

    static Bound bind(Context ctx) {
        Map<String, String> v = new LinkedHashMap<>();
        for (String f : FIELDS) v.put(f, Optional.ofNullable(ctx.formParam(f)).orElse("").strip());
        if (ctx.formParam("manualTimeAllowed") != null) v.put("manualTimeAllowed", "on");
        if (ctx.formParam("overageAllowed") != null) v.put("overageAllowed", "on");
        Long org = parseLong(v.get("clientOrgId"));
        if (org == null) return problem(v, "clientOrgId", "Choose the client organization.");
        Long rate = Money.minor(v.get("rateMinor"));
        if (rate == null) return problem(v, "rateMinor", "Enter the hourly rate as a number, e.g. 45 or 45.50.");
        Integer limit = null;
        if (!v.get("weeklyLimitHours").isEmpty()) {
            Long l = parseLong(v.get("weeklyLimitHours"));
            if (l == null || l > Integer.MAX_VALUE) return problem(v, "weeklyLimitHours", "Enter whole hours, e.g. 20, or leave it empty.");
            limit = l.intValue();
        }
        List<String> labels = new ArrayList<>();
        for (String line : v.get("activityLabels").split("\\R")) if (!line.isBlank()) labels.add(line.strip());
        boolean retainer = "retainer".equals(v.get("kind"));
        RetainerSpec spec = null;
        if (retainer) {
            try {
                spec = new RetainerSpec(RetainerPages.decimal(v.get("capHours"), "capHours"), v.get("cycle"),
                        RetainerPages.integer(v.get("cycleDay"), "cycleDay"), v.get("cycleWeekday"), RetainerPages.integer(v.get("cycleWeeks"), "cycleWeeks"),
                        v.get("cycleAnchor").isEmpty() ? null : v.get("cycleAnchor"), v.get("rollover"),
                        RetainerPages.decimal(v.get("rolloverMaxHours"), "rolloverMaxHours"), !v.get("overageAllowed").isEmpty(), null);
            } catch (org.hourbook.server.Refusal r) {
                return new Bound(v, null, r.violation());
            }
        }
        NewContract req = new NewContract(org, v.get("freelancerEmail"), null, v.get("title"), rate,
                v.get("currency").toUpperCase(java.util.Locale.ROOT), retainer ? null : limit, !v.get("manualTimeAllowed").isEmpty(), labels,
                v.get("screenshotPolicy"), null, v.get("zone"), null, retainer ? "retainer" : "hourly", spec);
        return new Bound(v, req, null);
    }

    private static Bound problem(Map<String, String> v, String field, String message) {
        return new Bound(v, null, new Violation("validation", field, message));
    }

    static Long parseLong(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Rates are typed in major units ("45.50"); the services keep minor units (4550). */
    static final class Money {
        private Money() {}

        static Long minor(String typed) {
            try {
                BigDecimal major = new BigDecimal(typed.strip().replace(",", "."));
                if (major.scale() > 2 || major.signum() < 0) return null;
                return major.movePointRight(2).longValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                return null;
            }
        }
    }
}
