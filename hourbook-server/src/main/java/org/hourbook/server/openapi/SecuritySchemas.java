package org.hourbook.server.openapi;

import static org.hourbook.server.openapi.SchemaParts.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Bodies of readiness and of the profile, password and security pages' forms (kept apart from {@link Schemas} to keep it short). */
final class SecuritySchemas {
    private SecuritySchemas() {}

    static Map<String, Object> all() {
        Map<String, Object> s = new LinkedHashMap<>();
        Map<String, Object> csrf = str("the session's CSRF token, or on a public form this browser's pre-session token from the page");
        s.put("Ready", obj(List.of("status", "database", "storage"), "status", enumOf("ready", "not_ready"),
                "database", str("ok, or what is wrong (e.g. no answer within 2 s)"), "storage", enumOf("ok", "full")));
        s.put("ForgotPasswordForm", obj(List.of("_csrf", "email"), "_csrf", csrf, "email", str("the address the account signs in with")));
        s.put("NewPasswordForm", obj(List.of("_csrf", "password", "confirmation"), "_csrf", csrf,
                "password", str("at least 10 characters, not the email address"), "confirmation", str("the same password again")));
        s.put("ProfileForm", obj(List.of("_csrf", "name", "zone"), "_csrf", csrf, "name", str("at most 100 characters"),
                "zone", str("IANA zone, e.g. Europe/Berlin: the diary's \"mine\"")));
        s.put("PasswordChangeForm", obj(List.of("_csrf", "current", "password", "confirmation"), "_csrf", csrf,
                "current", str("the current password"), "password", str("the new one: at least 10 characters"),
                "confirmation", str("the new one again")));
        s.put("EmailChangeForm", obj(List.of("_csrf", "email", "current"), "_csrf", csrf, "email", str("the new address"),
                "current", str("the current password")));
        s.put("TokenForm", obj(List.of("_csrf", "name"), "_csrf", csrf, "name", str("what will use the token, at most 100 characters")));
        return s;
    }
}
