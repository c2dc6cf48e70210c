package org.hourbook.server.audit;

import io.javalin.config.RoutesConfig;
import org.hourbook.server.auth.Auth;
import org.hourbook.server.contract.ContractService;
import org.hourbook.server.http.Json;
import org.hourbook.server.http.Paths;

/** {@code GET /api/v1/contracts/{id}/audit?limit=&offset=}: newest first. */
public final class AuditRoutes {
    private AuditRoutes() {}

    public static void register(RoutesConfig routes, ContractService contracts, AuditService audit) {
        routes.get("/api/v1/contracts/{id}/audit", ctx -> {
            var v = contracts.visible(Auth.require(ctx), Paths.contractId(ctx));
            int limit = ctx.queryParamAsClass("limit", Integer.class).getOrDefault(100);
            int offset = ctx.queryParamAsClass("offset", Integer.class).getOrDefault(0);
            Json.answer(ctx, audit.list(v, limit, offset));
        });
    }
}
