package org.hourbook.server.contract;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.hourbook.core.account.Organization;
import org.hourbook.server.auth.Viewer;

/** The "new contract" form of a client organization's owner or manager, with the values typed so far. */
public record NewContractPage(Viewer viewer, List<Organization> orgs, Map<String, String> values, String error,
                              String errorField) {

    /** Every zone Java knows, sorted; the browser's type-ahead on a select finds "Asia/Kathmandu" quickly. */
    public List<String> zones() {
        return List.copyOf(new TreeSet<>(ZoneId.getAvailableZoneIds()));
    }

    public List<String> policies() {
        return List.of("NORMAL", "BLURRED", "NONE");
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean checked(String field) {
        return !value(field).isEmpty();
    }

    public String errorFor(String field) {
        return field.equals(errorField) ? error : null;
    }

    public String generalError() {
        if (error == null) return null;
        return NewContractForm.FIELDS.contains(errorField) ? null : error;
    }
}
