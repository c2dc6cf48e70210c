package org.hourbook.server.account;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hourbook.core.account.MembershipPolicy;
import org.hourbook.core.account.OrgKind;
import org.hourbook.core.account.Role;
import org.hourbook.server.auth.Viewer;
import org.hourbook.server.contract.ContractUrls;
import org.hourbook.store.account.Invitation;
import org.hourbook.store.account.Member;

/**
 * An organization's page: its members (name, email, role, joined, last seen), what its owners
 * and managers may change, the open invitations, the invitation forms, and the next steps while
 * it is new. {@code sent} is an invitation just made or re-sent, whose link is shown once.
 */
public record MembersPage(Viewer viewer, OrganizationService.View view, String notice, InvitationService.Sent sent, boolean mailOn,
                          String formName, FormPage form, Instant now) {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    /** One member's row; {@code roles} are the roles the viewer may give them (empty: no change offered). */
    public record Row(long userId, String name, String email, String role, String joined, String lastSeen, boolean you,
                      List<String> roles, boolean removable) {}

    /** One open invitation's row. */
    public record Pending(long id, String email, String what, String invitedBy, String expires, boolean expired) {}

    public long orgId() {
        return view.org().id();
    }

    public String name() {
        return view.org().name();
    }

    public String kind() {
        return OrgWords.kind(view.org().kind());
    }

    public String myRole() {
        return OrgWords.role(view.myRole());
    }

    public boolean lead() {
        return view.lead();
    }

    public boolean owner() {
        return view.myRole() == Role.OWNER;
    }

    public boolean agency() {
        return view.org().kind() == OrgKind.AGENCY;
    }

    public boolean client() {
        return view.org().kind() == OrgKind.CLIENT;
    }

    /** The notice after a change (a fixed key from the redirect), in words; none while a new link is shown. */
    public String noticeText() {
        if (notice == null || sent != null) return null;
        return switch (notice) {
            case "welcome" -> "Welcome! Your account and " + name() + " are ready.";
            case "joined" -> "You are a member of " + name() + " now.";
            case "revoked" -> "The invitation was withdrawn; its link no longer works.";
            case "role" -> "The role was changed.";
            case "removed" -> "The member was removed. Their time and history stay.";
            case "renamed" -> "The organization was renamed.";
            default -> null;
        };
    }

    /** New organizations (one member) show what to do next to whoever leads them. */
    public boolean nextSteps() {
        return lead() && ("welcome".equals(notice) || view.members().size() <= 1);
    }

    public List<Row> rows() {
        ZoneId zone = viewer.zone();
        return view.members().stream().map(m -> {
            Role r = m.membership().role();
            boolean you = m.user().id() == viewer.id();
            List<String> roles = MembershipPolicy.roles(view.org().kind()).stream()
                    .filter(to -> to == r || MembershipPolicy.mayChangeRole(view.myRole(), r, to, view.org().kind(), view.owners()).isAccepted())
                    .map(OrgWords::role).toList();
            return new Row(m.user().id(), m.user().name(), m.user().email(), OrgWords.role(r),
                    m.joinedAt() == null ? "—" : DATE.format(m.joinedAt().atZone(zone)), lastSeen(m, zone), you,
                    roles.size() > 1 ? roles : List.of(), MembershipPolicy.mayRemove(view.myRole(), r, view.owners()).isAccepted());
        }).toList();
    }

    private String lastSeen(Member m, ZoneId zone) {
        if (!lead()) return null;
        return m.lastSeen() == null ? "not recently" : DATE_TIME.format(m.lastSeen().atZone(zone));
    }

    public List<Pending> pending() {
        ZoneId zone = viewer.zone();
        Map<Long, String> by = view.inviters();
        return view.invitations().stream().map(i -> new Pending(i.id(), i.email(), what(i),
                i.invitedBy() == null ? "—" : by.getOrDefault(i.invitedBy(), "—"), DATE_TIME.format(i.expiresAt().atZone(zone)),
                i.isExpired(now))).toList();
    }

    private static String what(Invitation i) {
        if (i.contractId() != null) return "to a contract offer";
        if (i.createsOrganization()) return "to set up " + (i.newOrgName() == null ? "their workspace" : i.newOrgName())
                + " (" + OrgWords.kind(i.newOrgKind()) + ")";
        return "as " + OrgWords.aRole(i.role());
    }

    /** The roles an invitation into this organization may carry (none for a solo workspace), the most common first. */
    public List<String> invitableRoles() {
        return lead() ? MembershipPolicy.invitable(view.org().kind()).reversed().stream().map(OrgWords::role).toList() : List.of();
    }

    /** The kinds of company the viewer may invite, as {value, words}. */
    public List<String[]> companyKinds() {
        if (!lead()) return List.of();
        return MembershipPolicy.companiesToInvite(view.org().kind()).stream()
                .map(k -> new String[] {k.name(), OrgWords.kind(k)}).toList();
    }

    /** The form's values and problem when it is the one that was sent, else an empty form. */
    public FormPage formFor(String name) {
        return name.equals(formName) ? form : new FormPage(Map.of(), List.of(), null, null);
    }

    public String newContractHref() {
        return ContractUrls.NEW;
    }
}
