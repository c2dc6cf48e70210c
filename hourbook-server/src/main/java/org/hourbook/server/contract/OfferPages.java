package org.hourbook.server.contract;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.hourbook.server.Refusal;
import org.hourbook.server.auth.Viewer;
import org.hourbook.server.http.ErrorMapping;
import org.hourbook.server.openapi.Endpoints;
import org.hourbook.server.openapi.Operation;
import org.hourbook.server.web.Pages;
import org.hourbook.server.web.WebContext;

/**
 * {@code /contracts/{contractId}/offer}: the offer page and its answers. An answer redirects back
 * with a notice; a refusal re-renders the page with its message and status. Re-sending answers the
 * page itself (200), since a new invitation link exists only in that answer.
 */
public final class OfferPages implements Endpoints.Feature {
    private final OfferService offers;
    private final Pages pages;

    public OfferPages(OfferService offers, Pages pages) {
        this.offers = offers;
        this.pages = pages;
    }

    @Override
    public void register(Endpoints endpoints) {
        String offer = ContractUrls.PAGE + "/offer";
        var id = ContractUrls.PAGE_ID;
        endpoints.add(Operation.page("GET", offer, "A contract's offer: terms, answer, withdraw").params(id), ctx -> {
            Viewer v = WebContext.viewer(ctx);
            show(ctx, 200, v, offers.view(v, WebContext.contractId(ctx)), ctx.queryParam("done"), null, null);
        });
        endpoints.add(Operation.form("POST", offer + "/accept", "Accept an offer", "AcceptOfferForm").params(id).errors(409),
                ctx -> answer(ctx, "accepted", (v, c) -> offers.accept(v, c, optionalLong(ctx, "agencyOrgId"), optionalLong(ctx, "freelancerId"))));
        endpoints.add(Operation.form("POST", offer + "/decline", "Decline an offer", "CsrfForm").params(id).errors(409),
                ctx -> answer(ctx, "declined", offers::decline));
        endpoints.add(Operation.form("POST", offer + "/withdraw", "Withdraw an offer", "CsrfForm").params(id).errors(409),
                ctx -> answer(ctx, "withdrawn", offers::withdraw));
        endpoints.add(Operation.form("POST", offer + "/resend", "Send an offer again (a new invitation link when needed)", "CsrfForm")
                .status(200).params(id).errors(409), ctx -> {
                    Viewer v = WebContext.viewer(ctx);
                    long c = WebContext.contractId(ctx);
                    try {
                        var made = offers.resend(v, c);
                        show(ctx, 200, v, offers.view(v, c), null, made, null);
                    } catch (Refusal.NotFound n) {
                        throw n;
                    } catch (Refusal r) {
                        show(ctx, ErrorMapping.status(r), v, offers.view(v, c), null, null, r.getMessage());
                    }
                });
    }

    private interface Answer {
        void apply(Viewer viewer, long contractId);
    }

    private void answer(Context ctx, String notice, Answer answer) {
        Viewer v = WebContext.viewer(ctx);
        long c = WebContext.contractId(ctx);
        try {
            answer.apply(v, c);
            ctx.redirect(ContractUrls.offer(c, notice), HttpStatus.SEE_OTHER);
        } catch (Refusal.NotFound n) {
            throw n;
        } catch (Refusal r) {
            // After an agency accepted and assigned someone else, the offer may no longer be this viewer's to see.
            var view = contractsView(v, c);
            if (view == null) throw r;
            show(ctx, ErrorMapping.status(r), v, view, null, null, r.getMessage());
        }
    }

    private OfferService.View contractsView(Viewer v, long c) {
        try {
            return offers.view(v, c);
        } catch (Refusal.NotFound n) {
            return null;
        }
    }

    /** Shows the offer page (also right after an offer was made, with its link: see ContractPages). */
    void show(Context ctx, int status, Viewer v, OfferService.View view, String notice, OfferService.Made made, String error) {
        pages.show(ctx, status, "contract/offer.jte", new OfferPage(v, view, notice, made, error));
    }

    private static Long optionalLong(Context ctx, String name) {
        String raw = WebContext.field(ctx, name);
        if (raw.isEmpty()) return null;
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw Refusal.invalid("validation", name, "Choose from the list.");
        }
    }
}
