package org.hourbook.server.account;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hourbook.core.account.MembershipPolicy;
import org.hourbook.core.account.Organization;
import org.hourbook.core.account.Role;
import org.hourbook.core.account.User;
import org.hourbook.server.Refusal;
import org.hourbook.server.auth.Viewer;
import org.hourbook.store.Database;
import org.hourbook.store.account.Invitation;
import org.hourbook.store.account.Member;
import org.hourbook.store.account.Seat;

/**
 * An organization's members: who they are, their roles, changing a role (one owner always stays),
 * removing a member, renaming. Access to contracts is worked out from memberships on every
 * request, so a removed member loses the organization's contracts at once; someone left with no
 * membership at all has their sessions and tokens ended too. Their time and audit history stay.
 */
public final class OrganizationService {
    private final Database db;
    private final Clock clock;

    public OrganizationService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * The organization as its page shows it to the viewer: every member sees the members; owners
     * and managers also the open invitations (with who sent each, by name).
     */
    public record View(Organization org, Role myRole, List<Member> members, List<Invitation> invitations, Map<Long, String> inviters) {
        public boolean lead() {
            return MembershipPolicy.leads(myRole);
        }

        public long owners() {
            return members.stream().filter(m -> m.membership().role() == Role.OWNER).count();
        }
    }

    public View view(Viewer viewer, long orgId) {
        Seat seat = Orgs.seat(viewer, orgId);
        return db.reading(() -> {
            Organization org = db.accounts().findOrganization(orgId).orElseThrow(() -> Refusal.notFound("organization"));
            boolean lead = MembershipPolicy.leads(seat.membership().role());
            List<Invitation> invitations = lead ? db.invitations().openForOrg(orgId) : List.of();
            Map<Long, String> inviters = new HashMap<>();
            for (Invitation i : invitations) {
                if (i.invitedBy() != null) {
                    inviters.computeIfAbsent(i.invitedBy(), id -> db.accounts().findUser(id).map(User::name).orElse("Someone"));
                }
            }
            return new View(org, seat.membership().role(), db.accounts().members(orgId), invitations, inviters);
        });
    }

    /** One member, for the remove confirmation; someone who is not a member is a 404. */
    public Member member(Viewer viewer, long orgId, long userId) {
        Orgs.seat(viewer, orgId);
        return db.accounts().members(orgId).stream().filter(m -> m.user().id() == userId).findFirst()
                .orElseThrow(() -> Refusal.notFound("member"));
    }

    public void changeRole(Viewer viewer, long orgId, long userId, Role role) {
        Seat seat = Orgs.seat(viewer, orgId);
        View view = view(viewer, orgId);
        Member target = member(viewer, orgId, userId);
        Orgs.check(MembershipPolicy.mayChangeRole(seat.membership().role(), target.membership().role(), role, seat.org().kind(),
                view.owners()));
        db.accounts().setRole(orgId, userId, role);
    }

    /** What removing did: whether the person lost their last membership (then every session and token of theirs ended). */
    public record Removed(User user, boolean signedOutEverywhere) {}

    public Removed remove(Viewer viewer, long orgId, long userId) {
        Seat seat = Orgs.seat(viewer, orgId);
        View view = view(viewer, orgId);
        Member target = member(viewer, orgId, userId);
        Orgs.check(MembershipPolicy.mayRemove(seat.membership().role(), target.membership().role(), view.owners()));
        return db.inTransaction(tx -> {
            tx.accounts().removeMember(orgId, userId);
            boolean none = tx.accounts().membershipsOf(userId).isEmpty();
            if (none) {
                // Nothing left to reach through them; their contracts' history stays, their access does not.
                tx.sessions().deleteForUser(userId);
                tx.apiTokens().revokeAllForUser(userId, clock.instant());
            }
            return new Removed(target.user(), none);
        });
    }

    public void rename(Viewer viewer, long orgId, String name) {
        Seat seat = Orgs.seat(viewer, orgId);
        Orgs.check(MembershipPolicy.mayRename(seat.membership().role()));
        db.accounts().renameOrganization(orgId, NewAccount.orgName(name, "name"));
    }
}
