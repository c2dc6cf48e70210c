package org.hourbook.core.account;

/** A member's role in an organization. */
public enum Role {
    OWNER, MANAGER, FREELANCER, CLIENT
}
