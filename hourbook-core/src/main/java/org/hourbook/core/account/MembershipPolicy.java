package org.hourbook.core.account;

import java.util.List;
import org.hourbook.core.policy.Decision;

/**
 * Who may invite whom into an organization, change a member's role, remove a member or rename
 * it. Owners and managers lead; only an owner makes or unmakes owners, and an organization always
 * keeps one owner.
 * <pre>
 *   kind        roles a member may hold        invited as             other companies it invites
 *   AGENCY      OWNER, MANAGER, FREELANCER     MANAGER, FREELANCER    CLIENT
 *   CLIENT      OWNER, MANAGER, CLIENT         MANAGER, CLIENT        AGENCY, FREELANCER
 *   FREELANCER  OWNER (one person's own)       nobody                 CLIENT
 * </pre>
 */
public final class MembershipPolicy {
    private MembershipPolicy() {}

    /** The roles a member of this kind of organization may hold. */
    public static List<Role> roles(OrgKind kind) {
        return switch (kind) {
            case AGENCY -> List.of(Role.OWNER, Role.MANAGER, Role.FREELANCER);
            case CLIENT -> List.of(Role.OWNER, Role.MANAGER, Role.CLIENT);
            case FREELANCER -> List.of(Role.OWNER);
        };
    }

    /** The roles an invitation into this kind of organization may carry (owners are made, not invited). */
    public static List<Role> invitable(OrgKind kind) {
        return roles(kind).stream().filter(r -> r != Role.OWNER).toList();
    }

    /** The kinds of company a member of this kind may invite to the server: the other side of its contracts. */
    public static List<OrgKind> companiesToInvite(OrgKind kind) {
        return kind == OrgKind.CLIENT ? List.of(OrgKind.AGENCY, OrgKind.FREELANCER) : List.of(OrgKind.CLIENT);
    }

    public static boolean leads(Role role) {
        return role == Role.OWNER || role == Role.MANAGER;
    }

    public static Decision mayInvite(Role actor, OrgKind kind, Role role) {
        if (!leads(actor)) return Decision.rejected("org.not_lead", null, "Only an owner or a manager invites people.");
        if (kind == OrgKind.FREELANCER) {
            return Decision.rejected("org.solo", "role", "A solo freelancer's workspace has one member; an agency invites a team.");
        }
        if (!invitable(kind).contains(role)) {
            return Decision.rejected("org.role", "role", "Choose one of: " + words(invitable(kind)) + ".");
        }
        return Decision.accepted();
    }

    public static Decision mayInviteCompany(Role actor, OrgKind from, OrgKind company) {
        if (!leads(actor)) return Decision.rejected("org.not_lead", null, "Only an owner or a manager invites another company.");
        if (!companiesToInvite(from).contains(company)) {
            return Decision.rejected("org.company_kind", "kind", "Choose one of: " + kinds(companiesToInvite(from)) + ".");
        }
        return Decision.accepted();
    }

    /**
     * @param owners how many owners the organization has now (the target included when they are one)
     */
    public static Decision mayChangeRole(Role actor, Role current, Role wanted, OrgKind kind, long owners) {
        if (!leads(actor)) return Decision.rejected("org.not_lead", null, "Only an owner or a manager changes roles.");
        if (!roles(kind).contains(wanted)) return Decision.rejected("org.role", "role", "Choose one of: " + words(roles(kind)) + ".");
        if ((current == Role.OWNER || wanted == Role.OWNER) && actor != Role.OWNER) {
            return Decision.rejected("org.owner_only", "role", "Only an owner makes someone an owner or changes an owner's role.");
        }
        if (current == Role.OWNER && wanted != Role.OWNER && owners <= 1) {
            return Decision.rejected("org.last_owner", "role", "An organization always keeps one owner; make someone else owner first.");
        }
        return Decision.accepted();
    }

    /** Removing a member (their time and audit history stay). */
    public static Decision mayRemove(Role actor, Role target, long owners) {
        if (!leads(actor)) return Decision.rejected("org.not_lead", null, "Only an owner or a manager removes members.");
        if (target == Role.OWNER && actor != Role.OWNER) {
            return Decision.rejected("org.owner_only", null, "Only an owner removes an owner.");
        }
        if (target == Role.OWNER && owners <= 1) {
            return Decision.rejected("org.last_owner", null, "An organization always keeps one owner; make someone else owner first.");
        }
        return Decision.accepted();
    }

    public static Decision mayRename(Role actor) {
        return actor == Role.OWNER ? Decision.accepted()
                : Decision.rejected("org.owner_only", "name", "Only an owner renames the organization.");
    }

    private static String words(List<Role> roles) {
        return String.join(", ", roles.stream().map(r -> r.name().toLowerCase(java.util.Locale.ROOT)).toList());
    }

    private static String kinds(List<OrgKind> kinds) {
        return String.join(", ", kinds.stream().map(k -> switch (k) {
            case AGENCY -> "an agency";
            case CLIENT -> "a client company";
            case FREELANCER -> "a solo freelancer";
        }).toList());
    }
}
