package org.hourbook.server.account;

import org.hourbook.core.account.Organization;
import org.hourbook.server.auth.Viewer;
import org.hourbook.store.account.Member;

/** The confirm step before removing a member. */
public record RemoveMemberPage(Viewer viewer, Organization org, Member member) {
    public String action() {
        return AccountUrls.remove(org.id(), member.user().id());
    }

    public String back() {
        return AccountUrls.org(org.id());
    }

    public boolean self() {
        return member.user().id() == viewer.id();
    }
}
