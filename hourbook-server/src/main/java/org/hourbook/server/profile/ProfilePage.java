package org.hourbook.server.profile;

import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;
import org.hourbook.server.auth.AuthUrls;
import org.hourbook.server.auth.PasswordRule;
import org.hourbook.server.auth.Viewer;

/**
 * The profile page: name and time zone, password, email; each its own form, so a problem is shown
 * next to the form (and field) it belongs to.
 *
 * @param form       which form {@code error} belongs to: {@code profile}, {@code password} or {@code email}
 * @param errorField the field at fault in that form, or {@code null}
 */
public record ProfilePage(Viewer viewer, String name, String zone, String email, boolean confirmsByMail, String notice, String form,
                          String error, String errorField) {

    static ProfilePage of(Viewer v, boolean confirmsByMail, String notice) {
        return new ProfilePage(v, v.name(), v.zone().getId(), "", confirmsByMail, notice, null, null, null);
    }

    /** Every zone Java knows, sorted; a select's type-ahead finds "Asia/Kathmandu" quickly. */
    public List<String> zones() {
        return List.copyOf(new TreeSet<>(ZoneId.getAvailableZoneIds()));
    }

    public String errorFor(String formName, String field) {
        return formName.equals(form) && field.equals(errorField) ? error : null;
    }

    /** The form's error when it names no field of the form (shown above the form). */
    public String formError(String formName, List<String> fields) {
        return formName.equals(form) && (errorField == null || !fields.contains(errorField)) ? error : null;
    }

    public int minLength() {
        return PasswordRule.MIN_LENGTH;
    }

    public String csrf() {
        return viewer.csrfToken();
    }

    public String sessionsHref() {
        return AuthUrls.SESSIONS;
    }

    public String tokensHref() {
        return AuthUrls.TOKENS;
    }
}
