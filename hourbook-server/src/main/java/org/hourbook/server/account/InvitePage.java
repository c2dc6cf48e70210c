package org.hourbook.server.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.hourbook.core.account.OrgKind;
import org.hourbook.server.auth.Viewer;

/**
 * The page of an invitation link: what it is for, and the one thing to do next.
 *
 * @param csrf the form's token: the session's when signed in, else this browser's pre-session one ({@code Auth.formToken})
 */
public record InvitePage(Viewer viewer, InvitationAcceptance.Opened opened, FormPage form, String action, String csrf) {

    public String email() {
        return opened.invitation().email();
    }

    /** "Join Brightlane Studio (an agency) as a freelancer", "Set up Northwind Retail (a client company)". */
    public String headline() {
        var inv = opened.invitation();
        if (inv.contractId() != null) return "An offer: " + (opened.contractTitle() == null ? "a contract" : opened.contractTitle());
        if (inv.createsOrganization()) return "Set up " + opened.orgName() + " on Hourbook";
        return "Join " + opened.orgName();
    }

    public String explanation() {
        var inv = opened.invitation();
        if (inv.contractId() != null) {
            return opened.inviter() + " of " + orgOfInviter() + " offers you an hourly contract. Make your account to read its terms, "
                    + "then accept or decline it.";
        }
        if (inv.createsOrganization()) {
            return opened.inviter() + " invites you to set up " + opened.orgName() + " (" + article(opened.kind()) + ") on Hourbook, "
                    + "as its owner, to work together here.";
        }
        return opened.inviter() + " invites you to join " + opened.orgName() + " (" + article(opened.kind()) + ") as "
                + OrgWords.aRole(inv.role()) + ".";
    }

    /** The name of the organization the invitation came from (for an offer: the client). */
    private String orgOfInviter() {
        return opened.clientName() == null ? "a client" : opened.clientName();
    }

    /** A company invitation lets the new owner correct the company's name. */
    public boolean asksCompanyName() {
        return opened.invitation().createsOrganization() && opened.invitation().contractId() == null;
    }

    public boolean createAccount() {
        return opened.mode() == InvitationAcceptance.Mode.CREATE_ACCOUNT;
    }

    public boolean signIn() {
        return opened.mode() == InvitationAcceptance.Mode.SIGN_IN;
    }

    public boolean join() {
        return opened.mode() == InvitationAcceptance.Mode.JOIN;
    }

    public boolean otherAccount() {
        return opened.mode() == InvitationAcceptance.Mode.OTHER_ACCOUNT;
    }

    /** Sign in, then come back to this link. */
    public String signInHref() {
        return "/signin?next=" + URLEncoder.encode(action, StandardCharsets.UTF_8);
    }

    static String article(OrgKind kind) {
        return switch (kind) {
            case AGENCY -> "an agency";
            case FREELANCER -> "a solo freelancer's workspace";
            case CLIENT -> "a client company";
        };
    }
}
