package org.hourbook.server.contract;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hourbook.core.access.ContractAccess.TermField;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.contract.LimitAction;
import org.hourbook.server.auth.Viewer;
import org.hourbook.server.web.Fmt;

/**
 * A contract's terms page. Each {@code may*} flag comes from the viewer's rights on the contract
 * (the services' field-level rules): a client member changes the limit (and what the tracker does
 * at it), manual time and labels; a
 * client owner or manager also the rate, and closes the contract. Others only read the terms.
 */
public record SettingsPage(Viewer viewer, long contractId, String title, String parties, String status, boolean closed,
                           boolean mayLimit, boolean mayManual, boolean mayLabels, boolean mayRate, boolean mayClose,
                           Values values, String rateText, String screenshotPolicy, String zone, String notice,
                           String error, String errorField) {

    /**
     * The editable values as the form shows them (typed values again after a refusal).
     *
     * @param warnAtLimit the tracker warns at the weekly limit and keeps recording (otherwise it stops)
     */
    public record Values(String limit, boolean warnAtLimit, boolean manual, List<String> labels, String rate) {}

    static Values current(ContractTerms t) {
        return new Values(t.weeklyLimitHours() == null ? "" : t.weeklyLimitHours().toString(), t.atLimit() == LimitAction.WARN,
                t.manualTimeAllowed(), t.activityLabels(), BigDecimal.valueOf(t.rateMinor(), 2).toPlainString());
    }

    /** The JSON names of the terms the viewer may change ({@code weeklyLimitHours}, {@code rateMinor}, ...). */
    static Set<String> editable(Visible v) {
        return v.access().editableTerms().stream().map(TermField::jsonName).collect(Collectors.toSet());
    }

    static SettingsPage of(Viewer viewer, Visible c, ContractService.Parties parties, Values values, String notice, String error,
                           String errorField) {
        var t = c.terms();
        boolean closed = t.isClosed();
        var e = editable(c);
        return new SettingsPage(viewer, t.id(), t.title(), parties.line(),
                t.status().name().toLowerCase(), closed,
                !closed && e.contains("weeklyLimitHours"), !closed && e.contains("manualTimeAllowed"),
                !closed && e.contains("activityLabels"), !closed && e.contains("rateMinor"), !closed && c.access().canClose(),
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

    /** The error when it belongs to {@code field}; {@code null} otherwise. */
    public String errorFor(String field) {
        return field.equals(errorField) ? error : null;
    }

    /** An error that names no field shown on this form is shown at the top. */
    public String generalError() {
        if (error == null || errorField == null) return error;
        boolean shown = switch (errorField) {
            case "weeklyLimitHours", "atLimit" -> mayLimit;
            case "manualTimeAllowed" -> mayManual;
            case "activityLabels" -> mayLabels;
            case "rateMinor" -> mayRate;
            default -> false;
        };
        return shown ? null : error;
    }
}
