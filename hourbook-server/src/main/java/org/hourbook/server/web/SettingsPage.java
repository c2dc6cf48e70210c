package org.hourbook.server.web;

import java.math.BigDecimal;
import java.util.List;
import org.hourbook.server.web.TermsBackend.ContractInfo;
import org.hourbook.server.web.WebBackend.Viewer;

/**
 * A contract's terms page. Each {@code may*} flag comes from the viewer's rights on the contract
 * (the services' field-level rules): a client member changes the limit, manual time and labels; a
 * client owner or manager also the rate, and closes the contract. Others only read the terms.
 */
public record SettingsPage(Viewer viewer, long contractId, String title, String parties, String status, boolean closed,
                           boolean mayLimit, boolean mayManual, boolean mayLabels, boolean mayRate, boolean mayClose,
                           Values values, String rateText, String screenshotPolicy, String zone, String notice,
                           String error, String errorField) {

    /** The editable values as the form shows them (typed values again after a refusal). */
    public record Values(String limit, boolean manual, List<String> labels, String rate) {}

    static Values current(ContractInfo c) {
        var t = c.terms();
        return new Values(t.weeklyLimitHours() == null ? "" : t.weeklyLimitHours().toString(), t.manualTimeAllowed(),
                t.activityLabels(), BigDecimal.valueOf(t.rateMinor(), 2).toPlainString());
    }

    static SettingsPage of(Viewer viewer, ContractInfo c, Values values, String notice, String error, String errorField) {
        var t = c.terms();
        boolean closed = t.isClosed();
        var e = c.editable();
        return new SettingsPage(viewer, t.id(), t.title(), c.freelancerName() + " for " + c.clientName(),
                t.status().name().toLowerCase(), closed,
                !closed && e.contains("weeklyLimitHours"), !closed && e.contains("manualTimeAllowed"),
                !closed && e.contains("activityLabels"), !closed && e.contains("rateMinor"), !closed && c.mayClose(),
                values, Fmt.money(t.rateMinor(), t.currency()) + " / h", t.screenshotPolicy().name().toLowerCase(),
                t.zone().getId(), notice, error, errorField);
    }

    /** The contract's currency, for the rate field's label. */
    public String currency() {
        return rateText.substring(rateText.indexOf(' ') + 1, rateText.indexOf(" / h"));
    }

    public boolean mayChangeAny() {
        return mayLimit || mayManual || mayLabels || mayRate;
    }

    public String base() {
        return "/contracts/" + contractId;
    }

    /** The error when it belongs to {@code field}; {@code null} otherwise. */
    public String errorFor(String field) {
        return field.equals(errorField) ? error : null;
    }

    /** An error that names no field shown on this form is shown at the top. */
    public String generalError() {
        if (error == null || errorField == null) return error;
        boolean shown = switch (errorField) {
            case "weeklyLimitHours" -> mayLimit;
            case "manualTimeAllowed" -> mayManual;
            case "activityLabels" -> mayLabels;
            case "rateMinor" -> mayRate;
            default -> false;
        };
        return shown ? null : error;
    }
}
