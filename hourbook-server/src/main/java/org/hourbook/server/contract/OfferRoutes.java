package org.hourbook.server.contract;

import org.hourbook.api.contract.AcceptOffer;
import org.hourbook.api.contract.OfferView;
import org.hourbook.core.contract.ContractStatus;
import org.hourbook.server.auth.Auth;
import org.hourbook.server.http.Params;
import org.hourbook.server.openapi.Endpoints;
import org.hourbook.server.openapi.Operation;
import org.hourbook.store.contract.Offer;

/**
 * {@code /api/v1/contracts/{id}/offer}: read a contract's offer, accept (for oneself or for an
 * agency, assigning a member), decline, withdraw, re-send. {@code POST /api/v1/contracts} makes
 * the offer ({@link ContractRoutes}).
 */
public final class OfferRoutes implements Endpoints.Feature {
    static final String OFFER = ContractUrls.API_ONE + "/offer";

    private final OfferService offers;

    public OfferRoutes(OfferService offers) {
        this.offers = offers;
    }

    @Override
    public void register(Endpoints endpoints) {
        var id = ContractUrls.API_ID;
        endpoints.add(Operation.get(OFFER).tag("offers").summary("A contract's offer")
                .description("Whom it was offered to, by whom, and how it was answered; 404 for a contract that was never an offer.")
                .params(id).response("Offer").errors(404),
                ctx -> ctx.json(view(offers.view(Auth.require(ctx), Params.contractId(ctx)).offer(), null)));
        endpoints.add(Operation.post(OFFER + "/accept").tag("offers").summary("Accept an offer")
                .description("By the person it was offered to, or an owner/manager of the agency it was made through. Without a body: "
                        + "for oneself (or for the offer's agency). With agencyOrgId: for an agency the caller owns or manages, "
                        + "freelancerId naming the member who does the work (default: the caller). Time can be recorded from now on.")
                .params(id).request("AcceptOffer").response("Contract").errors(403, 404, 409, 422),
                ctx -> {
                    AcceptOffer body = ctx.body().isBlank() ? new AcceptOffer(null, null) : ctx.bodyAsClass(AcceptOffer.class);
                    ctx.json(ContractRoutes.view(offers.accept(Auth.require(ctx), Params.contractId(ctx), body.agencyOrgId(),
                            body.freelancerId())));
                });
        endpoints.add(Operation.post(OFFER + "/decline").tag("offers").summary("Decline an offer")
                .description("By whoever may accept it; the contract is never recorded on.")
                .params(id).response("Contract").errors(403, 404, 409),
                ctx -> ctx.json(ContractRoutes.view(offers.decline(Auth.require(ctx), Params.contractId(ctx)))));
        endpoints.add(Operation.post(OFFER + "/withdraw").tag("offers").summary("Withdraw an offer")
                .description("The client's owner or manager, while it is not answered; its invitation link stops working.")
                .params(id).response("Contract").errors(403, 404, 409),
                ctx -> ctx.json(ContractRoutes.view(offers.withdraw(Auth.require(ctx), Params.contractId(ctx)))));
        endpoints.add(Operation.post(OFFER + "/resend").tag("offers").summary("Send a pending offer again")
                .description("The client's owner or manager. Mails it again (when mail is set up); someone without an account gets a "
                        + "new invitation link, returned here once as `link` (the old one stops working).")
                .params(id).response("Offer").errors(403, 404, 409),
                ctx -> {
                    OfferService.Made made = offers.resend(Auth.require(ctx), Params.contractId(ctx));
                    ctx.json(view(offers.view(Auth.require(ctx), made.contract().id()).offer(), made.link()));
                });
    }

    static OfferView view(Offer o, String link) {
        String state = o.state() == ContractStatus.ACTIVE ? "ACCEPTED" : o.state().name();
        return new OfferView(o.contractId(), state, o.toEmail(), o.offeredBy(), o.offeredAt(), o.answeredBy(), o.answeredAt(), link);
    }
}
