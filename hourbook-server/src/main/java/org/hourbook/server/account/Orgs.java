package org.hourbook.server.account;

import org.hourbook.core.policy.Decision;
import org.hourbook.server.Refusal;
import org.hourbook.server.auth.Viewer;
import org.hourbook.store.account.Seat;

/** The checks the organization services share. */
final class Orgs {
    private Orgs() {}

    /** The viewer's place in the organization; an organization they are not in does not exist for them (404). */
    static Seat seat(Viewer viewer, long orgId) {
        return viewer.seats().stream().filter(s -> s.orgId() == orgId).findFirst().orElseThrow(() -> Refusal.notFound("organization"));
    }

    /**
     * A membership rule's rejection: a member who may not do this is 403 (they see the page),
     * the last owner a 409, a value that does not fit the organization a 422.
     */
    static void check(Decision decision) {
        if (!(decision instanceof Decision.Rejected r)) return;
        switch (r.violation().code()) {
            case "org.not_lead", "org.owner_only" -> throw new Refusal.Forbidden(r.violation());
            case "org.last_owner" -> throw new Refusal.Conflict(r.violation());
            default -> throw new Refusal.RuleBroken(r.violation());
        }
    }
}
