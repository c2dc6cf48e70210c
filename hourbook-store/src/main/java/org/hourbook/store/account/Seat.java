package org.hourbook.store.account;

import org.hourbook.core.account.Membership;
import org.hourbook.core.account.Organization;

/** A person's place in one organization: the membership (role) and the organization it is in. */
public record Seat(Membership membership, Organization org) {
    public long orgId() {
        return org.id();
    }
}
