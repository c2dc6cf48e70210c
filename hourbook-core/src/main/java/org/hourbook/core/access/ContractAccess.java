package org.hourbook.core.access;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hourbook.core.account.Membership;
import org.hourbook.core.account.Role;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.policy.Decision;

/**
 * What one viewer may do with one contract, decided from who they are to it. Pure: the caller
 * loads the viewer's memberships and the contract's terms.
 * <ul>
 *   <li>the contract's freelancer views the diary and edits memos and time — never terms; on a
 *       contract through an agency only while they are a member of it (removing them from the
 *       agency ends their access to its contracts at once);</li>
 *   <li>any member of the client organization views it and edits labels, the weekly limit (and
 *       what the tracker does at it) and the manual-time permission — never memos or time;</li>
 *   <li>a client OWNER/MANAGER may also change the other terms (rate, title, …) and close it;</li>
 *   <li>an OWNER/MANAGER of the contract's agency views the diary, read-only;</li>
 *   <li>anyone else sees nothing: {@link #of} returns empty, which the server answers with 404.</li>
 * </ul>
 * Whether an edit is allowed <em>now</em> (edit window, closed contract) is a separate policy.
 */
public record ContractAccess(Set<Relation> relations, Set<TermField> editableTerms) {

    /** How a viewer is related to a contract; one person may hold several relations. */
    public enum Relation { FREELANCER, CLIENT_MEMBER, CLIENT_ADMIN, AGENCY_LEAD }

    public ContractAccess {
        relations = relations.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(relations));
        editableTerms = editableTerms.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(editableTerms));
    }

    /** Returns the viewer's rights on {@code terms}, or empty when the viewer may not even see it. */
    public static Optional<ContractAccess> of(long userId, Collection<Membership> memberships, ContractTerms terms) {
        EnumSet<Relation> rel = EnumSet.noneOf(Relation.class);
        if (terms.freelancerId() == userId && (terms.agencyOrgId() == null || memberOf(userId, memberships, terms.agencyOrgId()))) {
            rel.add(Relation.FREELANCER);
        }
        for (Membership m : memberships) {
            if (m.userId() != userId) continue;
            if (m.orgId() == terms.clientOrgId()) {
                rel.add(Relation.CLIENT_MEMBER);
                if (isLead(m.role())) rel.add(Relation.CLIENT_ADMIN);
            }
            if (terms.agencyOrgId() != null && m.orgId() == terms.agencyOrgId() && isLead(m.role())) {
                rel.add(Relation.AGENCY_LEAD);
            }
        }
        if (rel.isEmpty()) return Optional.empty();
        EnumSet<TermField> fields = EnumSet.noneOf(TermField.class);
        if (rel.contains(Relation.CLIENT_MEMBER)) fields.addAll(TermField.CLIENT_MEMBER_FIELDS);
        if (rel.contains(Relation.CLIENT_ADMIN)) fields.addAll(EnumSet.allOf(TermField.class));
        return Optional.of(new ContractAccess(rel, fields));
    }

    private static boolean memberOf(long userId, Collection<Membership> memberships, long orgId) {
        return memberships.stream().anyMatch(m -> m.userId() == userId && m.orgId() == orgId);
    }

    private static boolean isLead(Role role) {
        return role == Role.OWNER || role == Role.MANAGER;
    }

    public boolean is(Relation r) {
        return relations.contains(r);
    }

    /** Every related viewer sees the diary, screenshots, timesheet and audit log. */
    public boolean canViewDiary() {
        return !relations.isEmpty();
    }

    /** Memos, manual time, deleting segments and screenshots: the freelancer's own record. */
    public boolean canEditTime() {
        return is(Relation.FREELANCER);
    }

    /** Activity labels: the client curates them; the freelancer may pick one for their own time. */
    public boolean canEditLabels() {
        return is(Relation.FREELANCER) || is(Relation.CLIENT_MEMBER);
    }

    /** Only the freelancer uploads tracked time. */
    public boolean canUploadTime() {
        return is(Relation.FREELANCER);
    }

    public boolean canClose() {
        return is(Relation.CLIENT_ADMIN);
    }

    /**
     * Field-level check for a change of terms: rejected, naming the first field the viewer may not
     * change, so that a PATCH with one forbidden field changes nothing.
     */
    public Decision mayChange(Collection<TermField> fields) {
        for (TermField f : TermField.values()) {
            if (fields.contains(f) && !editableTerms.contains(f)) {
                return Decision.rejected("access.field_forbidden", f.jsonName(),
                        "you may not change " + f.jsonName() + " on this contract");
            }
        }
        return Decision.accepted();
    }

    /** The contract terms a PATCH may name, with their JSON names. */
    public enum TermField {
        TITLE("title"), RATE("rateMinor"), CURRENCY("currency"), WEEKLY_LIMIT("weeklyLimitHours"),
        MANUAL_TIME("manualTimeAllowed"), ACTIVITY_LABELS("activityLabels"), SCREENSHOT_POLICY("screenshotPolicy"),
        IDLE_MINUTES("idleMinutes"), ZONE("zone"), ROUNDING("rounding"), STATUS("status"), AT_LIMIT("atLimit");

        static final Set<TermField> CLIENT_MEMBER_FIELDS = EnumSet.of(WEEKLY_LIMIT, AT_LIMIT, MANUAL_TIME, ACTIVITY_LABELS);

        private final String jsonName;

        TermField(String jsonName) {
            this.jsonName = jsonName;
        }

        public String jsonName() {
            return jsonName;
        }

        public static Optional<TermField> byJsonName(String name) {
            return List.of(values()).stream().filter(f -> f.jsonName.equals(name)).findFirst();
        }
    }
}
