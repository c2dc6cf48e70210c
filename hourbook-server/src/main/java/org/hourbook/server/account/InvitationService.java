package org.hourbook.server.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.hourbook.core.account.MembershipPolicy;
import org.hourbook.core.account.OrgKind;
import org.hourbook.core.account.Organization;
import org.hourbook.core.account.Role;
import org.hourbook.core.account.User;
import org.hourbook.server.PublicUrl;
import org.hourbook.server.Refusal;
import org.hourbook.server.auth.CapabilityLinks;
import org.hourbook.server.auth.Viewer;
import org.hourbook.server.mail.Outbox;
import org.hourbook.server.mail.QueueResult;
import org.hourbook.store.Database;
import org.hourbook.store.Repositories;
import org.hourbook.store.account.AccountRepository;
import org.hourbook.store.account.Invitation;
import org.hourbook.store.account.InvitationRepository;
import org.hourbook.store.account.Seat;
import org.hourbook.store.auth.LinkPurpose;

/**
 * Invitations by email: owners and managers invite people into their organization with a role,
 * or invite another company (a client, an agency, a solo freelancer) whose contact becomes its
 * owner. Each is a one-time link valid {@link #VALID}, shown to the inviter to copy and mailed
 * when mail is set up; a re-send issues a new link and voids the old. Accepting is
 * {@link InvitationAcceptance}'s.
 */
public final class InvitationService {
    static final Duration VALID = Duration.ofDays(7);

    private final Database db;
    private final CapabilityLinks links;
    private final Outbox outbox;
    private final PublicUrl publicUrl;
    private final Clock clock;

    public InvitationService(Database db, CapabilityLinks links, Outbox outbox, PublicUrl publicUrl, Clock clock) {
        this.db = db;
        this.links = links;
        this.outbox = outbox;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    /** An invitation made or re-sent: its link (to show once) and whether a mail was queued. */
    public record Sent(Invitation invitation, String link, boolean mailed) {}

    public Sent inviteMember(Viewer viewer, long orgId, String email, Role role) {
        Seat seat = Orgs.seat(viewer, orgId);
        Orgs.check(MembershipPolicy.mayInvite(seat.membership().role(), seat.org().kind(), role));
        String to = NewAccount.checkedEmail(email, "email");
        Optional<User> existing = db.accounts().findUserByEmail(to);
        if (existing.isPresent() && db.accounts().membership(orgId, existing.get().id()).isPresent()) {
            throw Refusal.invalid("invite.member", "email", to + " is a member already.");
        }
        if (db.invitations().openToJoin(orgId, to).isPresent()) {
            throw Refusal.conflict("invite.pending", "email", to + " is invited already; re-send that invitation instead.");
        }
        var n = new InvitationRepository.New(orgId, to, role, null, null, null, viewer.id());
        return send(n, seat.org().name(), OrgWords.aRole(role), viewer);
    }

    /** Invites the contact of another company, who sets it up on this server as its owner. */
    public Sent inviteCompany(Viewer viewer, long orgId, String companyName, OrgKind kind, String email) {
        Seat seat = Orgs.seat(viewer, orgId);
        Orgs.check(MembershipPolicy.mayInviteCompany(seat.membership().role(), seat.org().kind(), kind));
        String name = NewAccount.orgName(companyName, "companyName");
        String to = NewAccount.checkedEmail(email, "email");
        var n = new InvitationRepository.New(orgId, to, Role.OWNER, kind, name, null, viewer.id());
        return send(n, name, "its owner", viewer);
    }

    private Sent send(InvitationRepository.New n, String orgName, String roleWords, Viewer viewer) {
        Instant now = clock.instant();
        return db.inTransaction(tx -> {
            Invitation inv = tx.invitations().create(n, now, now.plus(VALID));
            String link = link(tx, inv, null);
            boolean mailed = outbox.queue(tx, new org.hourbook.server.mail.Invitation(inv.email(), viewer.name(), orgName, roleWords,
                    link, VALID)) instanceof QueueResult.Queued;
            return new Sent(inv, link, mailed);
        });
    }

    /**
     * The invitation to an offer for someone without an account: accepting it gives them an
     * account and their own solo workspace, and leads to the offer. Made in the offer's
     * transaction; the offer mail carries the link.
     *
     * @param userId the account made for them (no password yet)
     */
    public Sent forOffer(Repositories tx, long clientOrgId, String email, long contractId, long userId, long invitedBy) {
        Instant now = clock.instant();
        var n = new InvitationRepository.New(clientOrgId, email, Role.OWNER, OrgKind.FREELANCER, null, contractId, invitedBy);
        Invitation inv = tx.invitations().create(n, now, now.plus(VALID));
        return new Sent(inv, link(tx, inv, userId), false);
    }

    /** A new link for an open invitation (expired ones too); the old link stops working. */
    public Sent resend(Viewer viewer, long orgId, long invitationId) {
        Seat seat = lead(viewer, orgId);
        Invitation inv = open(orgId, invitationId);
        Instant now = clock.instant();
        String orgName = inv.createsOrganization() && inv.newOrgName() != null ? inv.newOrgName() : seat.org().name();
        return db.inTransaction(tx -> {
            links.revokeAll(tx, LinkPurpose.INVITATION, subject(inv));
            tx.invitations().renew(inv.id(), now.plus(VALID));
            Long placeholder = inv.contractId() == null ? null : tx.accounts().findUserByEmail(inv.email()).map(User::id).orElse(null);
            String link = link(tx, inv, placeholder);
            String role = inv.contractId() != null ? "a freelancer" : inv.createsOrganization() ? "its owner" : OrgWords.aRole(inv.role());
            boolean mailed = outbox.queue(tx, new org.hourbook.server.mail.Invitation(inv.email(), viewer.name(), orgName, role, link,
                    VALID)) instanceof QueueResult.Queued;
            return new Sent(tx.invitations().find(inv.id()).orElseThrow(), link, mailed);
        });
    }

    /** Withdraws an open invitation: its link answers 410 from now on. */
    public void revoke(Viewer viewer, long orgId, long invitationId) {
        lead(viewer, orgId);
        Invitation inv = open(orgId, invitationId);
        db.useTransaction(tx -> {
            tx.invitations().revoke(inv.id(), clock.instant());
            links.revokeAll(tx, LinkPurpose.INVITATION, subject(inv));
        });
    }

    /** Voids the invitation to a withdrawn or answered offer (in the offer's transaction). */
    public void revokeForContract(Repositories tx, long contractId) {
        tx.invitations().openForContract(contractId).ifPresent(inv -> {
            tx.invitations().revoke(inv.id(), clock.instant());
            links.revokeAll(tx, LinkPurpose.INVITATION, subject(inv));
        });
    }

    private Seat lead(Viewer viewer, long orgId) {
        Seat seat = Orgs.seat(viewer, orgId);
        if (!MembershipPolicy.leads(seat.membership().role())) {
            throw Refusal.forbidden("org.not_lead", null, "Only an owner or a manager manages invitations.");
        }
        return seat;
    }

    private Invitation open(long orgId, long invitationId) {
        return db.invitations().find(invitationId).filter(i -> i.orgId() == orgId && i.isOpen())
                .orElseThrow(() -> Refusal.notFound("invitation"));
    }

    private String link(Repositories tx, Invitation inv, Long userId) {
        return publicUrl.of(AccountUrls.invite(links.issue(tx, LinkPurpose.INVITATION, subject(inv), userId, VALID).secret()));
    }

    static String subject(Invitation inv) {
        return Long.toString(inv.id());
    }

    /** The name an organization created by accepting gets when the invitation named none. */
    static String workspaceName(Invitation inv, User user) {
        return inv.newOrgName() != null ? inv.newOrgName() : user.name();
    }

    static boolean sameEmail(String a, String b) {
        return AccountRepository.normalizeEmail(a).equals(AccountRepository.normalizeEmail(b));
    }

    /** Who invited, for the accept page. */
    String inviterName(Invitation inv) {
        return inv.invitedBy() == null ? "Someone" : db.accounts().findUser(inv.invitedBy()).map(User::name).orElse("Someone");
    }

    String orgName(Invitation inv) {
        return db.accounts().findOrganization(inv.orgId()).map(Organization::name).orElse("an organization");
    }
}
