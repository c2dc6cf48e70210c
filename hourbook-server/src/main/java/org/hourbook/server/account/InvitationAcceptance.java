package org.hourbook.server.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.hourbook.core.account.OrgKind;
import org.hourbook.core.account.Organization;
import org.hourbook.core.account.Role;
import org.hourbook.core.account.User;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.policy.Violation;
import org.hourbook.server.Refusal;
import org.hourbook.server.auth.CapabilityLinks;
import org.hourbook.server.auth.PasswordHasher;
import org.hourbook.server.auth.Viewer;
import org.hourbook.store.Database;
import org.hourbook.store.Repositories;
import org.hourbook.store.account.Invitation;
import org.hourbook.store.auth.CapabilityLink;
import org.hourbook.store.auth.LinkPurpose;

/**
 * Accepting an invitation ({@code /invite/{token}}). Someone without an account makes it here
 * (name, password, zone; the email is the invitation's); someone with one signs in as that
 * email first and then joins. The link, the invitation and the new membership change in one
 * transaction, so an invitation is accepted once.
 */
public final class InvitationAcceptance {
    private final Database db;
    private final CapabilityLinks links;
    private final InvitationService invitations;
    private final PasswordHasher passwords;
    private final Clock clock;

    public InvitationAcceptance(Database db, CapabilityLinks links, InvitationService invitations, PasswordHasher passwords, Clock clock) {
        this.db = db;
        this.links = links;
        this.invitations = invitations;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** What the page offers: make the account, sign in first, join as the signed-in person, or "this is not yours". */
    public enum Mode { CREATE_ACCOUNT, SIGN_IN, JOIN, OTHER_ACCOUNT }

    /**
     * @param orgName       the organization joined, or the one to create (null: named after the person)
     * @param contractTitle the offer it leads to, or {@code null}
     * @param clientName    the name of the inviter's organization (the client, for an offer)
     */
    public record Opened(Invitation invitation, String inviter, String orgName, OrgKind kind, String contractTitle, String clientName,
                         Mode mode) {}

    /** The invitation behind a link that still works (404 for a guess, 410 when used, expired or withdrawn). */
    public Opened open(String secret, Viewer viewer) {
        Invitation inv = invitation(db.repositories(), links.open(LinkPurpose.INVITATION, secret));
        String orgName = inv.createsOrganization() ? inv.newOrgName() : invitations.orgName(inv);
        OrgKind kind = inv.createsOrganization() ? inv.newOrgKind()
                : db.accounts().findOrganization(inv.orgId()).map(Organization::kind).orElse(OrgKind.AGENCY);
        String title = inv.contractId() == null ? null : db.contracts().find(inv.contractId()).map(ContractTerms::title).orElse(null);
        return new Opened(inv, invitations.inviterName(inv), orgName, kind, title, invitations.orgName(inv), mode(inv, viewer));
    }

    private Mode mode(Invitation inv, Viewer viewer) {
        if (viewer != null) return InvitationService.sameEmail(viewer.email(), inv.email()) ? Mode.JOIN : Mode.OTHER_ACCOUNT;
        Optional<User> user = db.accounts().findUserByEmail(inv.email());
        return user.isPresent() && db.accounts().passwordHash(user.get().id()).isPresent() ? Mode.SIGN_IN : Mode.CREATE_ACCOUNT;
    }

    /** Where accepting led: the organization joined or created, and the offer when there is one. */
    public record Accepted(User user, long orgId, Long contractId) {}

    /** The signed-in invitee joins (their email must be the invitation's). */
    public Accepted join(Viewer viewer, String secret, String companyName) {
        Opened opened = open(secret, viewer);
        if (opened.mode() != Mode.JOIN) {
            throw Refusal.forbidden("invite.other_account", null,
                    "This invitation is for " + opened.invitation().email() + "; sign out and open the link again to accept it.");
        }
        Instant now = clock.instant();
        return db.inTransaction(tx -> {
            Invitation inv = spend(tx, secret);
            if (!tx.invitations().accept(inv.id(), viewer.id(), now)) throw used();
            return new Accepted(viewer.user(), place(tx, inv, viewer.user(), companyName, now), inv.contractId());
        });
    }

    /** Makes the invitee's account (or completes one made without a password for an offer) and accepts. */
    public Accepted create(String secret, NewAccount account, String companyName) {
        Opened opened = open(secret, null);
        if (opened.mode() == Mode.SIGN_IN) {
            throw Refusal.conflict("invite.has_account", null, "You have an account already: sign in as " + opened.invitation().email()
                    + " to accept.");
        }
        if (opened.invitation().createsOrganization()) NewAccount.orgName(companyName == null || companyName.isBlank()
                ? account.name() : companyName, "companyName");
        String hash = passwords.hash(account.password());
        Instant now = clock.instant();
        return db.inTransaction(tx -> {
            Invitation inv = spend(tx, secret);
            Optional<User> existing = tx.accounts().findUserByEmail(inv.email());
            User user;
            if (existing.isPresent()) {
                if (!tx.accounts().completeAccount(existing.get().id(), account.name(), account.zone(), hash)) {
                    throw Refusal.conflict("invite.has_account", null, "You have an account already: sign in to accept.");
                }
                user = new User(existing.get().id(), existing.get().email(), account.name(), account.zone());
            } else {
                user = tx.accounts().createUser(inv.email(), account.name(), account.zone(), hash, now);
            }
            if (!tx.invitations().accept(inv.id(), user.id(), now)) throw used();
            return new Accepted(user, place(tx, inv, user, companyName, now), inv.contractId());
        });
    }

    private Invitation spend(Repositories tx, String secret) {
        return invitation(tx, links.spend(tx, LinkPurpose.INVITATION, secret));
    }

    private static Invitation invitation(Repositories repos, CapabilityLink link) {
        long id;
        try {
            id = Long.parseLong(link.subject());
        } catch (NumberFormatException | NullPointerException e) {
            throw Refusal.notFound("invitation");
        }
        Invitation inv = repos.invitations().find(id).orElseThrow(() -> Refusal.notFound("invitation"));
        if (!inv.isOpen()) throw inv.acceptedAt() != null ? used() : new Refusal.Gone(new Violation("link.revoked", null,
                "this invitation was withdrawn; ask for a new one"));
        return inv;
    }

    /** Joins the organization (keeping a role held already), or creates the invitation's new one with the person as owner. */
    private static long place(Repositories tx, Invitation inv, User user, String companyName, Instant now) {
        if (inv.createsOrganization() && inv.contractId() != null && !tx.accounts().membershipsOf(user.id()).isEmpty()) {
            // Someone offered two contracts gets their own workspace once.
            return tx.accounts().membershipsOf(user.id()).getFirst().orgId();
        }
        if (inv.createsOrganization()) {
            String name = companyName != null && !companyName.isBlank() ? companyName.strip() : InvitationService.workspaceName(inv, user);
            Organization org = tx.accounts().createOrganization(name, inv.newOrgKind(), now);
            tx.accounts().putMember(org.id(), user.id(), Role.OWNER, now);
            return org.id();
        }
        if (tx.accounts().membership(inv.orgId(), user.id()).isEmpty()) tx.accounts().putMember(inv.orgId(), user.id(), inv.role(), now);
        return inv.orgId();
    }

    private static Refusal.Gone used() {
        return new Refusal.Gone(new Violation("link.used", null, "this invitation was accepted already; each link works once"));
    }
}
