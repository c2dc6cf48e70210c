package org.hourbook.core.contract;

import java.util.Collection;
import org.hourbook.core.account.Membership;
import org.hourbook.core.account.OrgKind;
import org.hourbook.core.account.Organization;
import org.hourbook.core.account.Role;
import org.hourbook.core.policy.Decision;

/**
 * The rules of a client's offer (Upwork's offer → accept). While it is {@link ContractStatus#OFFERED}
 * the contract's freelancer is the person it was addressed to; they answer it, or, for an offer made
 * through an agency, an owner or manager of that agency does.
 * <ul>
 *   <li>accepted for oneself: the addressee works on it solo (no agency);</li>
 *   <li>accepted for an agency the answerer owns or manages: one of the agency's members is
 *       assigned as its freelancer (the answerer may assign themselves);</li>
 *   <li>an offer made through an agency stays with that agency: the freelancer it names accepts it
 *       for themselves, or an owner or manager of the agency accepts it and may assign another member;</li>
 *   <li>the client's owner or manager may withdraw it until it is answered;</li>
 *   <li>until it is accepted, no time is recorded on it.</li>
 * </ul>
 */
public final class OfferPolicy {
    private OfferPolicy() {}

    /** How an offer is accepted: through which agency (or none) and who does the work. */
    public record Acceptance(Long agencyOrgId, long freelancerId) {}

    /** Time (tracked, manual, edits) on a contract in this status; an agreed contract passes (other rules decide). */
    public static Decision timeAllowed(ContractStatus status) {
        return switch (status) {
            case OFFERED -> Decision.rejected("contract.offered", null,
                    "This contract is an offer that has not been accepted yet; no time can be recorded until it is.");
            case DECLINED -> Decision.rejected("contract.declined", null, "This offer was declined; no time can be recorded on it.");
            case WITHDRAWN -> Decision.rejected("contract.withdrawn", null, "This offer was withdrawn; no time can be recorded on it.");
            case ACTIVE, PAUSED, CLOSED -> Decision.accepted();
        };
    }

    /** The offer still waits for an answer. */
    public static Decision pending(ContractTerms terms) {
        return switch (terms.status()) {
            case OFFERED -> Decision.accepted();
            case DECLINED -> Decision.rejected("offer.answered", null, "This offer was declined.");
            case WITHDRAWN -> Decision.rejected("offer.answered", null, "This offer was withdrawn.");
            default -> Decision.rejected("offer.answered", null, "This offer was accepted; it is a contract now.");
        };
    }

    /** May this person accept or decline the offer at all (the addressee, or a lead of the offer's agency)? */
    public static boolean mayAnswer(long userId, Collection<Membership> memberships, ContractTerms terms) {
        if (terms.freelancerId() == userId) return true;
        return terms.agencyOrgId() != null && leads(userId, memberships, terms.agencyOrgId());
    }

    public static Decision mayDecline(long userId, Collection<Membership> memberships, ContractTerms terms) {
        return pending(terms).and(() -> mayAnswer(userId, memberships, terms) ? Decision.accepted()
                : Decision.rejected("offer.not_yours", null, "Only the person the offer was made to, or their agency, answers it."));
    }

    /**
     * Accepting as {@code a}.
     *
     * @param agency        the agency named in {@code a} ({@code null} when none, or when it does not exist)
     * @param agencyMembers the memberships of that agency (empty when none)
     */
    public static Decision mayAccept(long userId, Collection<Membership> memberships, ContractTerms terms, Acceptance a,
                                     Organization agency, Collection<Membership> agencyMembers) {
        return mayDecline(userId, memberships, terms).and(() -> {
            if (a.agencyOrgId() == null) {
                if (terms.agencyOrgId() != null) {
                    return Decision.rejected("offer.agency", "agencyOrgId", "This offer was made through an agency; accept it for that agency.");
                }
                if (a.freelancerId() != userId || terms.freelancerId() != userId) {
                    return Decision.rejected("offer.freelancer", "freelancerId",
                            "Accepted for yourself, you are the freelancer; to assign someone else, accept it for your agency.");
                }
                return Decision.accepted();
            }
            if (terms.agencyOrgId() != null && !terms.agencyOrgId().equals(a.agencyOrgId())) {
                return Decision.rejected("offer.agency", "agencyOrgId", "This offer was made through another agency.");
            }
            // The freelancer an agency offer names may take it on themselves; assigning someone else is the agency's lead's call.
            boolean namedFreelancer = terms.agencyOrgId() != null && terms.freelancerId() == userId && a.freelancerId() == userId;
            if (agency == null || agency.id() != a.agencyOrgId() || agency.kind() != OrgKind.AGENCY
                    || !(namedFreelancer || leads(userId, memberships, agency.id()))) {
                return Decision.rejected("offer.agency", "agencyOrgId", "You can accept only for an agency you own or manage.");
            }
            boolean member = agencyMembers.stream().anyMatch(m -> m.orgId() == agency.id() && m.userId() == a.freelancerId());
            if (!member) {
                return Decision.rejected("offer.freelancer", "freelancerId", "Assign one of the agency's members as the freelancer.");
            }
            return Decision.accepted();
        });
    }

    /** The client's owner or manager withdraws a pending offer. */
    public static Decision mayWithdraw(long userId, Collection<Membership> memberships, ContractTerms terms) {
        return pending(terms).and(() -> leads(userId, memberships, terms.clientOrgId()) ? Decision.accepted()
                : Decision.rejected("offer.withdraw", null, "Only the client's owner or a manager withdraws an offer."));
    }

    private static boolean leads(long userId, Collection<Membership> memberships, long orgId) {
        return memberships.stream().anyMatch(m -> m.userId() == userId && m.orgId() == orgId
                && (m.role() == Role.OWNER || m.role() == Role.MANAGER));
    }
}
