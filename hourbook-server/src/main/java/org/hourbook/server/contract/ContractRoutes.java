package org.hourbook.server.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.hourbook.api.contract.ContractView;
import org.hourbook.api.contract.NewContract;
import org.hourbook.core.access.ContractAccess;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.server.auth.Auth;
import org.hourbook.server.http.Params;
import org.hourbook.server.openapi.Endpoints;
import org.hourbook.server.openapi.Operation;

/** {@code /api/v1/contracts}: list, offer, read, change terms, close. */
public final class ContractRoutes implements Endpoints.Feature {
    private final ContractService contracts;
    private final OfferService offers;

    public ContractRoutes(ContractService contracts, OfferService offers) {
        this.contracts = contracts;
        this.offers = offers;
    }

    @Override
    public void register(Endpoints endpoints) {
        String one = ContractUrls.API_ONE;
        endpoints.add(Operation.get(ContractUrls.API).tag("contracts").forDevices().summary("Contracts I may see")
                .description("With the caller's rights on each.").response("ContractList"),
                ctx -> ctx.json(contracts.list(Auth.require(ctx)).stream().map(ContractRoutes::view).toList()));
        endpoints.add(Operation.post(ContractUrls.API).tag("contracts").summary("Offer a contract")
                .description("A client organization's OWNER or MANAGER offers it to a freelancer, or an agency's owner or manager, "
                        + "named by email; it is OFFERED until they accept it (then ACTIVE) or decline it, and no time is recorded "
                        + "until then. Someone without an account is mailed an invitation that leads to the offer; without mail, "
                        + "POST .../offer/resend returns a link to send them.")
                .request("NewContract").status(201).response("Contract").errors(400, 403, 422),
                ctx -> ctx.status(201).json(view(offers.offer(Auth.require(ctx), ctx.bodyAsClass(NewContract.class)).contract())));
        endpoints.add(Operation.get(one).tag("contracts").forDevices().summary("One contract")
                .description("404 when it does not exist or is not yours to see.").params(ContractUrls.API_ID).response("Contract").errors(404),
                ctx -> ctx.json(view(contracts.visible(Auth.require(ctx), Params.contractId(ctx)))));
        endpoints.add(Operation.patch(one).tag("contracts").summary("Change contract terms")
                .description("Field-checked per role: clients change activityLabels, weeklyLimitHours, atLimit, manualTimeAllowed; client "
                        + "owners/managers also the rest; freelancers and agency leads nothing. One forbidden field → 403 naming it, "
                        + "nothing changes.")
                .params(ContractUrls.API_ID).request("TermsPatch").response("Contract").errors(403, 404, 409, 422),
                ctx -> ctx.json(view(contracts.patch(Auth.require(ctx), Params.contractId(ctx), ctx.bodyAsClass(JsonNode.class)))));
        endpoints.add(Operation.post(one + "/close").tag("contracts").summary("Close a contract")
                .description("Client OWNER/MANAGER only; the diary becomes read-only.").params(ContractUrls.API_ID)
                .response("Contract").errors(403, 404),
                ctx -> ctx.json(view(contracts.close(Auth.require(ctx), Params.contractId(ctx)))));
    }

    /** The contract as the API shows it. A closed contract advertises no write rights (every write answers contract.closed). */
    static ContractView view(Visible v) {
        ContractTerms t = v.terms();
        ContractAccess a = v.access();
        boolean open = t.status().isOpen();
        var rights = new ContractView.Rights(a.relations().stream().map(Enum::name).sorted().toList(), a.canViewDiary(),
                open && a.canEditTime(), open && a.canEditLabels(), open && a.canClose(),
                open ? a.editableTerms().stream().sorted().map(ContractAccess.TermField::jsonName).toList() : List.of());
        return new ContractView(t.id(), t.clientOrgId(), t.freelancerId(), t.agencyOrgId(), t.title(), t.rateMinor(), t.currency(),
                t.weeklyLimitHours(), t.manualTimeAllowed(), t.activityLabels(), t.screenshotPolicy().name(), t.idleMinutes(),
                t.zone().getId(), t.status().name(), t.rounding().name(), t.atLimit().name(), rights);
    }
}
