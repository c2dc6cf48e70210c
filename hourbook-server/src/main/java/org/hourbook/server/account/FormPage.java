package org.hourbook.server.account;

import java.util.List;
import java.util.Map;

/**
 * The values a form shows (typed again after a refusal) and the one problem to show, next to
 * the field it names or at the top when no shown field is at fault.
 */
public record FormPage(Map<String, String> values, List<String> fields, String error, String errorField) {

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public String errorFor(String field) {
        return field.equals(errorField) ? error : null;
    }

    public String generalError() {
        return error != null && (errorField == null || !fields.contains(errorField)) ? error : null;
    }

    /** The zone list guesses the browser's zone only until the person chose one. */
    public boolean guessZone() {
        return value("zone").isEmpty() || "UTC".equals(value("zone")) && error == null;
    }

    public List<String> zones() {
        return NewAccount.zones();
    }
}
