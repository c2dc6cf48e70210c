package org.hourbook.server.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import org.hourbook.server.auth.Viewer;
import org.hourbook.server.contract.ContractService;
import org.hourbook.server.contract.ContractUrls;
import org.hourbook.server.contract.Visible;
import org.hourbook.server.http.Json;
import org.hourbook.server.openapi.Endpoints;
import org.hourbook.server.openapi.Operation;
import org.hourbook.server.openapi.Operation.Param;
import org.hourbook.server.web.Pages;
import org.hourbook.server.web.WebContext;

/** A contract's audit log page, 25 entries a page, newest first. */
public final class AuditPages implements Endpoints.Feature {
    private final ContractService contracts;
    private final AuditService audit;
    private final Pages pages;
    private final ObjectMapper json = Json.mapper();

    public AuditPages(ContractService contracts, AuditService audit, Pages pages) {
        this.contracts = contracts;
        this.audit = audit;
        this.pages = pages;
    }

    @Override
    public void register(Endpoints endpoints) {
        endpoints.add(Operation.page("GET", ContractUrls.PAGE + "/audit", "Audit log page")
                .params(ContractUrls.PAGE_ID, Param.query("page", "integer", false, "page number, from 1")), this::show);
    }

    private void show(Context ctx) {
        Viewer v = WebContext.viewer(ctx);
        Visible c = contracts.visible(v, WebContext.contractId(ctx));
        int page = pageNumber(ctx.queryParam("page"));
        var entries = audit.list(c, AuditLogPage.PAGE_SIZE, (page - 1) * AuditLogPage.PAGE_SIZE);
        pages.show(ctx, "audit/audit.jte", AuditLogPage.of(v, c.id(), c.terms().title(), audit.named(entries), entries.total(), page, json));
    }

    /** The asked page, 1 when absent or not a number, within 1..100,000. */
    static int pageNumber(String asked) {
        try {
            return (int) Math.max(1, Math.min(Long.parseLong(asked == null ? "" : asked.strip()), 100_000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
