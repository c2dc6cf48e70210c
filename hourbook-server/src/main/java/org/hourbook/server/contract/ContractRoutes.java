package org.hourbook.server.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import org.hourbook.server.auth.Auth;
import org.hourbook.server.http.Paths;

/** {@code /api/v1/contracts}: list, create, read, change terms, close. */
public final class ContractRoutes {
    private ContractRoutes() {}

    public static void register(RoutesConfig routes, ContractService contracts) {
        routes.get("/api/v1/contracts", ctx -> ctx.json(contracts.list(Auth.require(ctx)).stream().map(ContractView::of).toList()));
        routes.post("/api/v1/contracts", ctx ->
                ctx.status(201).json(ContractView.of(contracts.create(Auth.require(ctx), ctx.bodyAsClass(NewContract.class)))));
        routes.get("/api/v1/contracts/{id}", ctx ->
                ctx.json(ContractView.of(contracts.visible(Auth.require(ctx), Paths.contractId(ctx)))));
        routes.patch("/api/v1/contracts/{id}", ctx ->
                ctx.json(ContractView.of(contracts.patch(Auth.require(ctx), Paths.contractId(ctx), ctx.bodyAsClass(JsonNode.class)))));
        routes.post("/api/v1/contracts/{id}/close", ctx ->
                ctx.json(ContractView.of(contracts.close(Auth.require(ctx), Paths.contractId(ctx)))));
    }
}
