package org.hourbook.app.admin;

import java.util.Locale;
import org.hourbook.core.account.OrgKind;
import org.hourbook.core.account.Role;

/** Roles and kinds as an operator says them. */
final class Words {
    private Words() {}

    static String role(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    static String kind(OrgKind kind) {
        return switch (kind) {
            case AGENCY -> "agency";
            case CLIENT -> "client company";
            case FREELANCER -> "freelancer workspace";
        };
    }
}
