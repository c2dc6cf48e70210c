package org.hourbook.server.contract;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hourbook.api.contract.NewContract;
import org.hourbook.core.account.Membership;
import org.hourbook.core.account.OrgKind;
import org.hourbook.core.account.Organization;
import org.hourbook.core.account.User;
import org.hourbook.core.contract.ContractStatus;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.contract.OfferPolicy;
import org.hourbook.core.policy.Decision;
import org.hourbook.server.PublicUrl;
import org.hourbook.server.Refusal;
import org.hourbook.server.account.InvitationService;
import org.hourbook.server.audit.AuditService;
import org.hourbook.server.auth.Viewer;
import org.hourbook.server.mail.ContractOffer;
import org.hourbook.server.mail.Outbox;
import org.hourbook.server.mail.QueueResult;
import org.hourbook.store.Database;
import org.hourbook.store.Repositories;
import org.hourbook.store.contract.Offer;

/**
 * Contract offers, Upwork's offer → accept: a client's owner or manager offers an hourly contract
 * to a person by email; they (or, for an offer made through an agency, its owner or manager)
 * accept it, for themselves or for an agency they lead assigning one of its members, or decline
 * it; until then the client may withdraw it and no time is recorded ({@link OfferPolicy}).
 * Someone without an account gets an invitation that leads to the offer (their account is made
 * now, without a password, so the offer has its freelancer). Every step is in the contract's
 * audit log.
 */
public final class OfferService {
    private final Database db;
    private final ContractService contracts;
    private final AuditService audit;
    private final InvitationService invitations;
    private final Outbox outbox;
    private final PublicUrl publicUrl;
    private final Clock clock;

    public OfferService(Database db, ContractService contracts, AuditService audit, InvitationService invitations, Outbox outbox,
                        PublicUrl publicUrl, Clock clock) {
        this.db = db;
        this.contracts = contracts;
        this.audit = audit;
        this.invitations = invitations;
        this.outbox = outbox;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    /**
     * An offer made or re-sent: the contract, the address the person is sent to (an invitation
     * link, once, when they have no account; else the offer's page), and whether it was mailed.
     */
    public record Made(Visible contract, String link, boolean invitation, boolean mailed) {}

    public Made offer(Viewer viewer, NewContract req) {
        Organization client = contracts.clientFor(viewer, req.clientOrgId());
        if (req.freelancerEmail() == null || req.freelancerEmail().isBlank()) {
            throw Refusal.invalid("contract.freelancer", "freelancerEmail", "freelancerEmail is required");
        }
        String email = req.freelancerEmail().strip();
        if (!email.matches("[^@\\s]+@[^@\\s]+") || email.length() > 254) {
            throw Refusal.invalid("contract.freelancer", "freelancerEmail", "freelancerEmail is not an email address");
        }
        Optional<User> existing = db.accounts().findUserByEmail(email);
        if (existing.isPresent() && existing.get().id() == viewer.id()) {
            throw Refusal.invalid("contract.freelancer", "freelancerEmail", "you cannot offer a contract to yourself");
        }
        if (req.agencyOrgId() != null) {
            boolean member = existing.isPresent() && db.accounts().membership(req.agencyOrgId(), existing.get().id()).isPresent()
                    && db.accounts().findOrganization(req.agencyOrgId()).map(o -> o.kind() == OrgKind.AGENCY).orElse(false);
            if (!member) throw Refusal.invalid("contract.agency", "agencyOrgId", "the freelancer is not a member of that agency");
        }
        ContractTerms draft = ContractService.draft(req, client.id(), 0);
        // A retainer offer carries its terms; they are stored with the offer and apply once it is accepted.
        org.hourbook.core.retainer.RetainerTerms retainer = req.wantsRetainer()
                ? org.hourbook.server.retainer.RetainerTermsInput.parse(req.retainer(), draft.zone()) : null;
        Instant now = clock.instant();
        boolean hasPassword = existing.isPresent() && db.accounts().passwordHash(existing.get().id()).isPresent();
        Made made = db.inTransaction(tx -> {
            long freelancerId = existing.map(User::id).orElseGet(() ->
                    tx.accounts().createUser(email, email.substring(0, email.indexOf('@')), draft.zone(), null, now).id());
            ContractTerms c = tx.contracts().create(draft.withFreelancer(freelancerId));
            if (retainer != null) {
                org.hourbook.server.retainer.RetainerService.create(tx, audit, c, retainer, Boolean.TRUE.equals(req.retainer().alertClient()),
                        viewer.id(), now);
            }
            tx.offers().create(c.id(), email, viewer.id(), now);
            audit.record(tx, c.id(), viewer.id(), "offer.make", "contract", Long.toString(c.id()), null, offered(c, email));
            return send(tx, viewer, client, c, email, freelancerId, hasPassword);
        });
        return new Made(contracts.visible(viewer, made.contract().id()), made.link(), made.invitation(), made.mailed());
    }

    /** Mails the offer: to its page for someone who can sign in, else with a new invitation to it. */
    private Made send(Repositories tx, Viewer viewer, Organization client, ContractTerms c, String email, long freelancerId,
                      boolean hasPassword) {
        String link = hasPassword ? publicUrl.of(ContractUrls.offer(c.id()))
                : invitations.forOffer(tx, client.id(), email, c.id(), freelancerId, viewer.id()).link();
        boolean mailed = outbox.queue(tx, new ContractOffer(email, client.name(), viewer.name(), c.title(), link)) instanceof QueueResult.Queued;
        return new Made(new Visible(c, null), link, !hasPassword, mailed);
    }

    /** The offer of a contract the viewer may see (404 for a contract that never was an offer). */
    public record View(Visible contract, Offer offer, ContractService.Parties parties, String offeredBy, String answeredBy,
                       boolean mayAnswer, boolean mayWithdraw, List<AgencyChoice> agencies) {}

    /** An agency the viewer may accept for, with the members they may assign. */
    public record AgencyChoice(Organization agency, List<User> members) {}

    public View view(Viewer viewer, long contractId) {
        Visible v = contracts.visible(viewer, contractId);
        Offer offer = db.offers().find(contractId).orElseThrow(() -> Refusal.notFound("offer"));
        ContractTerms t = v.terms();
        boolean pending = t.status() == ContractStatus.OFFERED;
        boolean mayAnswer = pending && OfferPolicy.mayAnswer(viewer.id(), viewer.memberships(), t);
        boolean mayWithdraw = pending && OfferPolicy.mayWithdraw(viewer.id(), viewer.memberships(), t).isAccepted();
        List<AgencyChoice> agencies = new ArrayList<>();
        if (mayAnswer) {
            for (var seat : viewer.seats()) {
                if (seat.org().kind() != OrgKind.AGENCY || !org.hourbook.core.account.MembershipPolicy.leads(seat.membership().role())) continue;
                if (t.agencyOrgId() != null && t.agencyOrgId() != seat.orgId()) continue;
                List<User> members = db.accounts().members(seat.orgId()).stream().map(m -> m.user()).toList();
                agencies.add(new AgencyChoice(seat.org(), members));
            }
            if (agencies.isEmpty() && t.agencyOrgId() != null && t.freelancerId() == viewer.id()) {
                // The freelancer an agency offer names takes it on for the agency, as themselves.
                db.accounts().findOrganization(t.agencyOrgId()).ifPresent(a -> agencies.add(new AgencyChoice(a, List.of(viewer.user()))));
            }
        }
        return new View(v, offer, contracts.parties(t), name(offer.offeredBy()), name(offer.answeredBy()), mayAnswer, mayWithdraw, agencies);
    }

    /**
     * Accepts: for oneself ({@code agencyOrgId} null), or for an agency the viewer leads with
     * {@code freelancerId} as its freelancer (default: the viewer). An offer made through an
     * agency is accepted for it (its addressee by default).
     */
    public Visible accept(Viewer viewer, long contractId, Long agencyOrgId, Long freelancerId) {
        Visible v = contracts.visible(viewer, contractId);
        ContractTerms t = v.terms();
        Long agencyId = agencyOrgId != null ? agencyOrgId : t.agencyOrgId();
        long fl = freelancerId != null ? freelancerId : t.agencyOrgId() != null && agencyOrgId == null ? t.freelancerId() : viewer.id();
        Organization agency = agencyId == null ? null : db.accounts().findOrganization(agencyId).orElse(null);
        List<Membership> members = agency == null ? List.of() : db.accounts().membersOf(agency.id());
        check(OfferPolicy.mayAccept(viewer.id(), viewer.memberships(), t, new OfferPolicy.Acceptance(agencyId, fl), agency, members));
        answer(viewer, t, ContractStatus.ACTIVE, tx -> {
            tx.contracts().assign(contractId, fl, agencyId);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("status", ContractStatus.ACTIVE.name());
            after.put("freelancer", name(fl));
            if (agency != null) after.put("agency", agency.name());
            return after;
        });
        return contracts.visible(viewer, contractId);
    }

    public Visible decline(Viewer viewer, long contractId) {
        Visible v = contracts.visible(viewer, contractId);
        check(OfferPolicy.mayDecline(viewer.id(), viewer.memberships(), v.terms()));
        answer(viewer, v.terms(), ContractStatus.DECLINED, tx -> Map.of("status", ContractStatus.DECLINED.name()));
        return contracts.visible(viewer, contractId);
    }

    public Visible withdraw(Viewer viewer, long contractId) {
        Visible v = contracts.visible(viewer, contractId);
        check(OfferPolicy.mayWithdraw(viewer.id(), viewer.memberships(), v.terms()));
        answer(viewer, v.terms(), ContractStatus.WITHDRAWN, tx -> Map.of("status", ContractStatus.WITHDRAWN.name()));
        return contracts.visible(viewer, contractId);
    }

    /** Mails the pending offer again; someone without an account gets a new invitation link (the old one stops working). */
    public Made resend(Viewer viewer, long contractId) {
        Visible v = contracts.visible(viewer, contractId);
        check(OfferPolicy.mayWithdraw(viewer.id(), viewer.memberships(), v.terms()).isAccepted() ? Decision.accepted()
                : Decision.rejected("offer.withdraw", null, "Only the client's owner or a manager re-sends an offer."));
        Offer offer = db.offers().find(contractId).orElseThrow(() -> Refusal.notFound("offer"));
        Organization client = db.accounts().findOrganization(v.terms().clientOrgId()).orElseThrow();
        boolean hasPassword = db.accounts().passwordHash(v.terms().freelancerId()).isPresent();
        Made made = db.inTransaction(tx -> {
            invitations.revokeForContract(tx, contractId);
            audit.record(tx, contractId, viewer.id(), "offer.resend", "contract", Long.toString(contractId), null,
                    Map.of("offeredTo", offer.toEmail()));
            return send(tx, viewer, client, v.terms(), offer.toEmail(), v.terms().freelancerId(), hasPassword);
        });
        return new Made(v, made.link(), made.invitation(), made.mailed());
    }

    private interface Outcome {
        Map<String, Object> apply(Repositories tx);
    }

    /** One answer, once: the offer, the contract's status, the invitation to it and the audit entry change together. */
    private void answer(Viewer viewer, ContractTerms t, ContractStatus outcome, Outcome change) {
        Instant now = clock.instant();
        db.useTransaction(tx -> {
            if (!tx.offers().answer(t.id(), outcome, viewer.id(), now)) {
                throw Refusal.conflict("offer.answered", null, "this offer was answered already");
            }
            tx.contracts().setStatus(t.id(), outcome);
            invitations.revokeForContract(tx, t.id());
            Map<String, Object> after = change.apply(tx);
            String action = switch (outcome) {
                case ACTIVE -> "offer.accept";
                case DECLINED -> "offer.decline";
                default -> "offer.withdraw";
            };
            audit.record(tx, t.id(), viewer.id(), action, "contract", Long.toString(t.id()), Map.of("status", ContractStatus.OFFERED.name()),
                    after);
        });
    }

    /** An offer rule's rejection: answered already is a 409, "not yours to answer" a 403, a wrong choice a 422. */
    private static void check(Decision d) {
        if (!(d instanceof Decision.Rejected r)) return;
        switch (r.violation().code()) {
            case "offer.answered" -> throw new Refusal.Conflict(r.violation());
            case "offer.not_yours", "offer.withdraw" -> throw new Refusal.Forbidden(r.violation());
            default -> throw new Refusal.RuleBroken(r.violation());
        }
    }

    private String name(Long userId) {
        return userId == null ? null : db.accounts().findUser(userId).map(User::name).orElse("Unknown");
    }

    private static Map<String, Object> offered(ContractTerms c, String email) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("offeredTo", email);
        m.put("title", c.title());
        m.put("rateMinor", c.rateMinor());
        m.put("currency", c.currency());
        m.put("weeklyLimitHours", c.weeklyLimitHours());
        m.put("manualTimeAllowed", c.manualTimeAllowed());
        m.put("zone", c.zone().getId());
        return m;
    }
}
