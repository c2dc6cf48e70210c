package org.hourbook.server.account;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hourbook.server.Refusal;
import org.hourbook.server.auth.SessionCookie;
import org.hourbook.server.auth.Auth;
import org.hourbook.server.auth.Viewer;
import org.hourbook.server.contract.ContractUrls;
import org.hourbook.server.http.ErrorMapping;
import org.hourbook.server.openapi.Endpoints;
import org.hourbook.server.openapi.Operation;
import org.hourbook.server.web.Pages;
import org.hourbook.server.web.WebContext;

/**
 * {@code /invite/{token}}: an invitation's page. Without an account the person makes one here and
 * is signed in; with one they sign in as the invited email and come back to accept. Then they
 * land on the organization (or the offer) they were invited to.
 */
public final class InvitePages implements Endpoints.Feature {
    static final List<String> FIELDS = List.of("name", "password", "zone", "companyName");

    private final InvitationAcceptance acceptance;
    private final SessionCookie sessions;
    private final Pages pages;

    public InvitePages(InvitationAcceptance acceptance, SessionCookie sessions, Pages pages) {
        this.acceptance = acceptance;
        this.sessions = sessions;
        this.pages = pages;
    }

    @Override
    public void register(Endpoints endpoints) {
        endpoints.add(Operation.page("GET", AccountUrls.INVITE, "An invitation: make an account or sign in, then accept").open()
                .params(AccountUrls.TOKEN).errors(410), this::page);
        endpoints.add(Operation.form("POST", AccountUrls.INVITE, "Accept an invitation", "AcceptInvitationForm").open()
                .description("Anonymous: makes the account (name, password, zone) and signs it in. Signed in as the invited email: joins. "
                        + "Redirects to the organization or the offer; the link works once (410 afterwards).")
                .params(AccountUrls.TOKEN).errors(409, 410), this::accept);
    }

    private void page(Context ctx) {
        String token = ctx.pathParam("token");
        Viewer viewer = WebContext.signedIn(ctx).orElse(null);
        try {
            var opened = acceptance.open(token, viewer);
            show(ctx, 200, viewer, opened, token, new FormPage(Map.of("companyName", nullToEmpty(opened.orgName())), FIELDS, null, null));
        } catch (Refusal.Gone g) {
            SetupPages.gone(ctx, pages, g);
        }
    }

    private void accept(Context ctx) {
        String token = ctx.pathParam("token");
        Viewer viewer = WebContext.signedIn(ctx).orElse(null);
        Map<String, String> typed = new LinkedHashMap<>();
        for (String f : FIELDS) if (!f.equals("password")) typed.put(f, WebContext.field(ctx, f));
        try {
            InvitationAcceptance.Accepted done;
            if (viewer != null) {
                done = acceptance.join(viewer, token, typed.get("companyName"));
            } else {
                NewAccount account = NewAccount.of(typed.get("name"), null, ctx.formParam("password"), typed.get("zone"));
                done = acceptance.create(token, account, typed.get("companyName"));
                sessions.signIn(ctx, done.user().email(), account.password());
            }
            ctx.redirect(done.contractId() != null ? ContractUrls.offer(done.contractId()) : AccountUrls.org(done.orgId(), "joined"),
                    HttpStatus.SEE_OTHER);
        } catch (Refusal.Gone g) {
            SetupPages.gone(ctx, pages, g);
        } catch (Refusal.NotFound n) {
            throw n;
        } catch (Refusal r) {
            var opened = acceptance.open(token, viewer);
            show(ctx, ErrorMapping.status(r), viewer, opened, token, new FormPage(typed, FIELDS, r.getMessage(), r.field()));
        }
    }

    private void show(Context ctx, int status, Viewer viewer, InvitationAcceptance.Opened opened, String token, FormPage form) {
        pages.show(ctx, status, "account/invite.jte", new InvitePage(viewer, opened, form, AccountUrls.invite(token), Auth.formToken(ctx)));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
