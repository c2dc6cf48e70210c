package org.hourbook.server.account;

import org.hourbook.server.openapi.Operation.Param;

/**
 * The addresses of the setup, invitation and organization pages, for Java and templates alike;
 * the path templates are what the routes are registered under. One-time links carry their
 * secret in the path ({@code /setup/{token}}, {@code /invite/{token}}), never in a query.
 */
public final class AccountUrls {
    public static final String SETUP = "/setup/{token}";
    public static final String INVITE = "/invite/{token}";
    public static final Param TOKEN = Param.path("token", "string", "the one-time link's secret");

    public static final String ORG = "/orgs/{orgId}";
    public static final Param ORG_ID = Param.path("orgId", "integer", "organization id");
    public static final Param INVITATION_ID = Param.path("invitationId", "integer", "invitation id");
    public static final Param USER_ID = Param.path("userId", "integer", "the member's user id");

    /** The same organization through the API: its members, invitations and name. */
    public static final String API_ORG = "/api/v1/orgs/{orgId}";

    /** Where a new password is set through a PASSWORD link (the profile and password pages serve it). */
    public static final String PASSWORD_PREFIX = "/password/";

    private AccountUrls() {}

    public static String setup(String secret) {
        return "/setup/" + secret;
    }

    public static String invite(String secret) {
        return "/invite/" + secret;
    }

    /** The organization's page: members, invitations, next steps. */
    public static String org(long orgId) {
        return "/orgs/" + orgId;
    }

    /** The organization's page after a change, with the notice to show (a fixed key, never user text). */
    public static String org(long orgId, String notice) {
        return org(orgId) + "?done=" + notice;
    }

    public static String invitations(long orgId) {
        return org(orgId) + "/invitations";
    }

    public static String companies(long orgId) {
        return org(orgId) + "/companies";
    }

    public static String resend(long orgId, long invitationId) {
        return invitations(orgId) + "/" + invitationId + "/resend";
    }

    public static String revoke(long orgId, long invitationId) {
        return invitations(orgId) + "/" + invitationId + "/revoke";
    }

    public static String role(long orgId, long userId) {
        return org(orgId) + "/members/" + userId + "/role";
    }

    public static String remove(long orgId, long userId) {
        return org(orgId) + "/members/" + userId + "/remove";
    }

    public static String name(long orgId) {
        return org(orgId) + "/name";
    }
}
