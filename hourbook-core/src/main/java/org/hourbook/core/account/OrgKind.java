package org.hourbook.core.account;

/** An agency (many freelancers), a solo freelancer's own workspace, or a client company. */
public enum OrgKind {
    AGENCY, FREELANCER, CLIENT
}
