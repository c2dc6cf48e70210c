package org.hourbook.server.account;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hourbook.server.Refusal;
import org.hourbook.server.auth.Viewer;
import org.hourbook.server.http.ErrorMapping;
import org.hourbook.server.http.Params;
import org.hourbook.server.openapi.Endpoints;
import org.hourbook.server.openapi.Operation;
import org.hourbook.server.web.Pages;
import org.hourbook.server.web.WebContext;

/**
 * {@code /orgs/{orgId}}: an organization's members and invitations. Making or re-sending an
 * invitation answers the page itself (200) with the new link to copy, since the link exists only
 * in that answer; every other change redirects back with a notice. A refusal re-renders the page
 * with its message and the status the rule gives (403, 409, 422).
 */
public final class OrganizationPages implements Endpoints.Feature {
    private final OrganizationService orgs;
    private final InvitationService invitations;
    private final boolean mailOn;
    private final Pages pages;
    private final Clock clock;

    public OrganizationPages(OrganizationService orgs, InvitationService invitations, boolean mailOn, Pages pages, Clock clock) {
        this.orgs = orgs;
        this.invitations = invitations;
        this.mailOn = mailOn;
        this.pages = pages;
        this.clock = clock;
    }

    @Override
    public void register(Endpoints endpoints) {
        String org = AccountUrls.ORG;
        var id = AccountUrls.ORG_ID;
        endpoints.add(Operation.page("GET", org, "An organization: members, invitations, next steps").params(id), this::page);
        endpoints.add(Operation.form("POST", org + "/invitations", "Invite someone by email with a role", "InviteForm").status(200)
                .description("Answers the page with the invitation's link to copy (shown once), also emailed when mail is set up.")
                .params(id).errors(409), ctx -> send(ctx, "member"));
        endpoints.add(Operation.form("POST", org + "/companies", "Invite another company's contact to set it up here", "InviteCompanyForm")
                .status(200).description("Answers the page with the invitation's link to copy; accepting creates the company with "
                        + "the contact as its owner.").params(id), ctx -> send(ctx, "company"));
        endpoints.add(Operation.form("POST", org + "/invitations/{invitationId}/resend", "Re-send an invitation with a new link", "CsrfForm")
                .status(200).description("The old link stops working.").params(id, AccountUrls.INVITATION_ID), ctx -> send(ctx, "resend"));
        endpoints.add(Operation.form("POST", org + "/invitations/{invitationId}/revoke", "Withdraw an invitation", "CsrfForm")
                .params(id, AccountUrls.INVITATION_ID), ctx -> change(ctx, "revoked", (v, o) ->
                        invitations.revoke(v, o, Params.longParam(ctx, "invitationId", "invitation"))));
        endpoints.add(Operation.form("POST", org + "/members/{userId}/role", "Change a member's role", "RoleForm")
                .params(id, AccountUrls.USER_ID).errors(409), ctx -> change(ctx, "role", (v, o) ->
                        orgs.changeRole(v, o, Params.longParam(ctx, "userId", "member"), OrgWords.roleOf(ctx.formParam("role"), "role"))));
        endpoints.add(Operation.page("GET", org + "/members/{userId}/remove", "Confirm removing a member").params(id, AccountUrls.USER_ID),
                this::confirmRemove);
        endpoints.add(Operation.form("POST", org + "/members/{userId}/remove", "Remove a member", "CsrfForm")
                .description("Their time and audit history stay; they lose the organization's contracts at once, and with no "
                        + "membership left every session and token of theirs ends.").params(id, AccountUrls.USER_ID).errors(409),
                this::remove);
        endpoints.add(Operation.form("POST", org + "/name", "Rename the organization (owners)", "RenameForm").params(id),
                ctx -> change(ctx, "renamed", (v, o) -> orgs.rename(v, o, ctx.formParam("name"))));
    }

    private void page(Context ctx) {
        Viewer v = WebContext.viewer(ctx);
        long orgId = orgId(ctx);
        show(ctx, 200, v, orgs.view(v, orgId), ctx.queryParam("done"), null, null, empty());
    }

    private interface Change {
        void apply(Viewer viewer, long orgId);
    }

    private void change(Context ctx, String notice, Change change) {
        Viewer v = WebContext.viewer(ctx);
        long orgId = orgId(ctx);
        try {
            change.apply(v, orgId);
            ctx.redirect(AccountUrls.org(orgId, notice), HttpStatus.SEE_OTHER);
        } catch (Refusal.NotFound n) {
            throw n;
        } catch (Refusal r) {
            show(ctx, ErrorMapping.status(r), v, orgs.view(v, orgId), null, null, notice, new FormPage(Map.of(), List.of(), r.getMessage(), r.field()));
        }
    }

    private void send(Context ctx, String formName) {
        Viewer v = WebContext.viewer(ctx);
        long orgId = orgId(ctx);
        Map<String, String> typed = new LinkedHashMap<>();
        for (String f : List.of("email", "role", "companyName", "kind")) typed.put(f, WebContext.field(ctx, f));
        try {
            InvitationService.Sent sent = switch (formName) {
                case "member" -> invitations.inviteMember(v, orgId, typed.get("email"), OrgWords.roleOf(typed.get("role"), "role"));
                case "company" -> invitations.inviteCompany(v, orgId, typed.get("companyName"), OrgWords.kindOf(typed.get("kind"), "kind"),
                        typed.get("email"));
                default -> invitations.resend(v, orgId, Params.longParam(ctx, "invitationId", "invitation"));
            };
            show(ctx, 200, v, orgs.view(v, orgId), null, sent, null, empty());
        } catch (Refusal.NotFound n) {
            throw n;
        } catch (Refusal r) {
            List<String> shown = formName.equals("company") ? List.of("email", "companyName", "kind") : List.of("email", "role");
            show(ctx, ErrorMapping.status(r), v, orgs.view(v, orgId), null, null, formName, new FormPage(typed, shown, r.getMessage(), r.field()));
        }
    }

    private void confirmRemove(Context ctx) {
        Viewer v = WebContext.viewer(ctx);
        long orgId = orgId(ctx);
        var view = orgs.view(v, orgId);
        var member = orgs.member(v, orgId, Params.longParam(ctx, "userId", "member"));
        if (!view.lead()) throw Refusal.notFound("page");
        pages.show(ctx, "account/remove-member.jte", new RemoveMemberPage(v, view.org(), member));
    }

    private void remove(Context ctx) {
        Viewer v = WebContext.viewer(ctx);
        long orgId = orgId(ctx);
        long userId = Params.longParam(ctx, "userId", "member");
        try {
            OrganizationService.Removed removed = orgs.remove(v, orgId, userId);
            // Someone who removed themselves has left: the organization's page is no longer theirs.
            ctx.redirect(userId == v.id() ? (removed.signedOutEverywhere() ? "/signin" : "/contracts") : AccountUrls.org(orgId, "removed"),
                    HttpStatus.SEE_OTHER);
        } catch (Refusal.NotFound n) {
            throw n;
        } catch (Refusal r) {
            show(ctx, ErrorMapping.status(r), v, orgs.view(v, orgId), null, null, "remove", new FormPage(Map.of(), List.of(), r.getMessage(), r.field()));
        }
    }

    private void show(Context ctx, int status, Viewer v, OrganizationService.View view, String notice, InvitationService.Sent sent,
                      String formName, FormPage form) {
        pages.show(ctx, status, "account/members.jte", new MembersPage(v, view, notice, sent, mailOn, formName, form, clock.instant()));
    }

    private static FormPage empty() {
        return new FormPage(Map.of(), List.of(), null, null);
    }

    private static long orgId(Context ctx) {
        return Params.longParam(ctx, "orgId", "organization");
    }
}
