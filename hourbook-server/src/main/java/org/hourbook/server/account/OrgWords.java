package org.hourbook.server.account;

import java.util.Locale;
import org.hourbook.core.account.OrgKind;
import org.hourbook.core.account.Role;

/** Organization kinds and roles as the pages and mails say them. */
public final class OrgWords {
    private OrgWords() {}

    public static String kind(OrgKind kind) {
        return switch (kind) {
            case AGENCY -> "agency";
            case FREELANCER -> "solo freelancer";
            case CLIENT -> "client company";
        };
    }

    public static String role(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    /** "a freelancer", "an owner": for sentences. */
    public static String aRole(Role role) {
        String r = role(role);
        return (r.startsWith("o") ? "an " : "a ") + r;
    }

    /** The kind a form sent ({@code AGENCY}, {@code agency}), or a refusal naming the field. */
    static OrgKind kindOf(String value, String field) {
        try {
            return OrgKind.valueOf(value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw org.hourbook.server.Refusal.invalid("org.kind", field, "Choose an agency, a solo freelancer or a client company.");
        }
    }

    static Role roleOf(String value, String field) {
        try {
            return Role.valueOf(value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw org.hourbook.server.Refusal.invalid("org.role", field, "Choose a role from the list.");
        }
    }
}
