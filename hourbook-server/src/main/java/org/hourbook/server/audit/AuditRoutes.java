package org.hourbook.server.audit;

import org.hourbook.server.auth.Auth;
import org.hourbook.server.contract.ContractService;
import org.hourbook.server.contract.ContractUrls;
import org.hourbook.server.http.Json;
import org.hourbook.server.http.Params;
import org.hourbook.server.openapi.Endpoints;
import org.hourbook.server.openapi.Operation;
import org.hourbook.server.openapi.Operation.Param;

/** {@code GET /api/v1/contracts/{id}/audit?limit=&offset=}: newest first. */
public final class AuditRoutes implements Endpoints.Feature {
    private final ContractService contracts;
    private final AuditService audit;

    public AuditRoutes(ContractService contracts, AuditService audit) {
        this.contracts = contracts;
        this.audit = audit;
    }

    @Override
    public void register(Endpoints endpoints) {
        endpoints.add(Operation.get(ContractUrls.API_ONE + "/audit").tag("audit").summary("Audit log of a contract")
                .description("Every create/edit/delete of time, memo, label and contract terms: who, when, before, after. Newest first.")
                .params(ContractUrls.API_ID, Param.query("limit", "integer", false, "1..500, default 100"),
                        Param.query("offset", "integer", false, "default 0"))
                .response("AuditPage").errors(404), ctx -> {
                    var v = contracts.visible(Auth.require(ctx), Params.contractId(ctx));
                    int limit = ctx.queryParamAsClass("limit", Integer.class).getOrDefault(100);
                    int offset = ctx.queryParamAsClass("offset", Integer.class).getOrDefault(0);
                    Json.answer(ctx, audit.list(v, limit, offset));
                });
    }
}
