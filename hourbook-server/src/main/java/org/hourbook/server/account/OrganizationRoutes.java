package org.hourbook.server.account;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import org.hourbook.api.org.InvitationView;
import org.hourbook.api.org.MemberRole;
import org.hourbook.api.org.NewInvitation;
import org.hourbook.api.org.OrgRename;
import org.hourbook.api.org.OrgView;
import org.hourbook.core.account.Role;
import org.hourbook.server.auth.Auth;
import org.hourbook.server.auth.Viewer;
import org.hourbook.server.http.Params;
import org.hourbook.server.openapi.Endpoints;
import org.hourbook.server.openapi.Operation;
import org.hourbook.store.account.Invitation;

/**
 * {@code /api/v1/orgs/{orgId}}: what the members page does, for scripts — read the members and
 * open invitations, invite (the answer carries the link, once), re-send, withdraw, change a role,
 * remove a member, rename. The same services and rules as the page; a non-member gets 404.
 */
public final class OrganizationRoutes implements Endpoints.Feature {
    private final OrganizationService orgs;
    private final InvitationService invitations;
    private final Clock clock;

    public OrganizationRoutes(OrganizationService orgs, InvitationService invitations, Clock clock) {
        this.orgs = orgs;
        this.invitations = invitations;
        this.clock = clock;
    }

    @Override
    public void register(Endpoints endpoints) {
        String org = AccountUrls.API_ORG;
        var id = AccountUrls.ORG_ID;
        endpoints.add(Operation.get(org).tag("organizations").summary("An organization, its members and open invitations")
                .description("Any member sees the members; owners and managers also the open invitations (expired ones included, "
                        + "to re-send). 404 for someone who is not a member.").params(id).response("Organization").errors(404),
                ctx -> ctx.json(view(Auth.require(ctx), orgId(ctx))));
        endpoints.add(Operation.patch(org).tag("organizations").summary("Rename the organization")
                .description("Owners only.").params(id).request("OrgRename").response("Organization").errors(403, 404, 422), ctx -> {
                    Viewer v = Auth.require(ctx);
                    orgs.rename(v, orgId(ctx), ctx.bodyAsClass(OrgRename.class).name());
                    ctx.json(view(v, orgId(ctx)));
                });
        endpoints.add(Operation.post(org + "/invitations").tag("organizations").summary("Invite someone by email")
                .description("Owners and managers. With `role`, the person joins this organization (an agency: MANAGER or FREELANCER; a "
                        + "client company: MANAGER or CLIENT); with `companyName` and `companyKind`, they set up that company here as "
                        + "its owner. The answer carries the link to send (shown once; valid 7 days), also mailed when mail is set up.")
                .params(id).request("NewInvitation").status(201).response("Invitation").errors(403, 404, 409, 422), this::invite);
        endpoints.add(Operation.post(org + "/invitations/{invitationId}/resend").tag("organizations").summary("Re-send an invitation")
                .description("A new link valid 7 days; the old one stops working.").params(id, AccountUrls.INVITATION_ID)
                .response("Invitation").errors(403, 404, 409), ctx -> {
                    var sent = invitations.resend(Auth.require(ctx), orgId(ctx), invitationId(ctx));
                    ctx.json(invitation(sent.invitation(), sent.link(), sent.mailed(), clock.instant()));
                });
        endpoints.add(Operation.delete(org + "/invitations/{invitationId}").tag("organizations").summary("Withdraw an invitation")
                .description("Its link answers 410 from now on.").params(id, AccountUrls.INVITATION_ID).status(204).errors(403, 404),
                ctx -> {
                    invitations.revoke(Auth.require(ctx), orgId(ctx), invitationId(ctx));
                    ctx.status(204);
                });
        endpoints.add(Operation.put(org + "/members/{userId}/role").tag("organizations").summary("Change a member's role")
                .description("Owners and managers, within the roles of the organization's kind; an organization always keeps one owner.")
                .params(id, AccountUrls.USER_ID).request("MemberRole").response("Organization").errors(403, 404, 409, 422), ctx -> {
                    Viewer v = Auth.require(ctx);
                    Role role = OrgWords.roleOf(ctx.bodyAsClass(MemberRole.class).role(), "role");
                    orgs.changeRole(v, orgId(ctx), userId(ctx), role);
                    ctx.json(view(v, orgId(ctx)));
                });
        endpoints.add(Operation.delete(org + "/members/{userId}").tag("organizations").summary("Remove a member")
                .description("Their time and audit history stay; they lose this organization's contracts at once, and with no "
                        + "membership left every session and token of theirs ends. The last owner cannot be removed.")
                .params(id, AccountUrls.USER_ID).status(204).errors(403, 404, 409), ctx -> {
                    orgs.remove(Auth.require(ctx), orgId(ctx), userId(ctx));
                    ctx.status(204);
                });
    }

    private void invite(Context ctx) {
        Viewer v = Auth.require(ctx);
        NewInvitation req = ctx.bodyAsClass(NewInvitation.class);
        boolean company = req.companyName() != null || req.companyKind() != null;
        InvitationService.Sent sent = company
                ? invitations.inviteCompany(v, orgId(ctx), req.companyName(), OrgWords.kindOf(req.companyKind(), "companyKind"), req.email())
                : invitations.inviteMember(v, orgId(ctx), req.email(), OrgWords.roleOf(req.role(), "role"));
        ctx.status(201).json(invitation(sent.invitation(), sent.link(), sent.mailed(), clock.instant()));
    }

    private OrgView view(Viewer v, long orgId) {
        OrganizationService.View view = orgs.view(v, orgId);
        Instant now = clock.instant();
        return new OrgView(view.org().id(), view.org().name(), view.org().kind().name(), view.myRole().name(),
                view.members().stream().map(m -> new OrgView.Member(m.user().id(), m.user().name(), m.user().email(),
                        m.membership().role().name(), m.joinedAt(), m.lastSeen())).toList(),
                view.invitations().stream().map(i -> invitation(i, null, null, now)).toList());
    }

    private static InvitationView invitation(Invitation i, String link, Boolean mailed, Instant now) {
        return new InvitationView(i.id(), i.email(), i.role() == null ? null : i.role().name(), i.newOrgName(),
                i.newOrgKind() == null ? null : i.newOrgKind().name(), i.contractId(), i.createdAt(), i.expiresAt(), i.isExpired(now),
                link, mailed);
    }

    private static long orgId(Context ctx) {
        return Params.longParam(ctx, "orgId", "organization");
    }

    private static long invitationId(Context ctx) {
        return Params.longParam(ctx, "invitationId", "invitation");
    }

    private static long userId(Context ctx) {
        return Params.longParam(ctx, "userId", "member");
    }
}
